package io.github.vietdoc.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The entries of a {@code Kính gửi} or {@code Nơi nhận} list: dash bullets open an entry, also several on one
 * flattened line ({@code - Như trên;- Lưu: VT, TH.}), and an entry is stripped of its bullet and of the
 * punctuation that closes it, keeping what is inside ({@code Văn phòng: LDVP, CVTH (theo dõi, đôn đốc)}).
 */
final class LetterItems {
    /**
     * A bullet opening an entry: at the start, or after the punctuation that closed the entry before
     * ({@code huyện, - Ủy ban}); never the hyphen inside {@code chính trị- xã hội} or {@code kinh tế - xã hội}.
     */
    private static final Pattern BULLET = Pattern.compile("(?:^|(?<=[,;.:)]) *)[-+•·–] *(?=[\\p{L}\\p{N}(])");
    /** Bullets and spaces before an entry: {@code - }, {@code + }. */
    private static final Pattern LEADING = Pattern.compile("^[-+•·–* ]+");
    /** Punctuation closing an entry: {@code ,}, {@code ;}, {@code .}, {@code ./.}. */
    private static final Pattern TRAILING = Pattern.compile("(?:[ ,;.:*_]|\\./\\.)+$");

    private LetterItems() {
    }

    /** The entries a line holds, each still with its closing punctuation (which tells whether it is finished). */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        Matcher m = BULLET.matcher(line);
        int from = 0;
        while (m.find()) {
            add(out, line.substring(from, m.start()));
            from = m.end();
        }
        add(out, line.substring(from));
        return out;
    }

    private static void add(List<String> out, String part) {
        String t = part.strip();
        if (!t.isEmpty()) {
            out.add(t);
        }
    }

    /** The last character of an entry, telling whether it is closed ({@code ;}, {@code ,}, {@code .}) or open. */
    static char end(String entry) {
        return entry.isEmpty() ? ' ' : entry.charAt(entry.length() - 1);
    }

    static boolean isClosed(String entry) {
        char c = end(entry);
        return c == ';' || c == ',' || c == '.' || c == ':';
    }

    /** The entries without bullets and closing punctuation; empty entries dropped. */
    static List<String> clean(List<String> raw) {
        List<String> out = new ArrayList<>();
        for (String r : raw) {
            String t = TRAILING.matcher(LEADING.matcher(r).replaceAll("")).replaceAll("").strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }
}
