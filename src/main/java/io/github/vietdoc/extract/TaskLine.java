package io.github.vietdoc.extract;

import io.github.vietdoc.text.SourceText;
import io.github.vietdoc.text.TextRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A non-blank line of the normalized view as the task readers see it: its stripped range and text,
 * whether it opens a paragraph, the item marker it starts with (or null) and its role to a list.
 */
record TaskLine(TextRange range, String text, boolean paragraphStart, ListItemParser.Marker marker,
                ClosingMatter.Role role) {

    /** A short line repeated on several pages is a running header: at most this many words. */
    private static final int RUNNING_HEADER_WORDS = 12;

    boolean isFurniture() {
        return role == ClosingMatter.Role.FURNITURE;
    }

    boolean isEnd() {
        return role == ClosingMatter.Role.END;
    }

    /** A dash or plus bullet: {@code - Tổng hợp báo cáo.}, {@code + Kiểm tra…}, {@code • …}. */
    boolean isBullet() {
        char c = text.charAt(0);
        return (c == '-' || c == '+' || c == '•' || c == '*') && text.length() > 1 && text.charAt(1) == ' ';
    }

    /**
     * Reads the non-blank lines of a document. A line opens a paragraph after a blank line, or when the
     * line before closed its sentence and this one starts with a capital or a marker (a PDF export without
     * blank lines). A short line that occurs more than once, not a list item, is a running header.
     */
    static List<TaskLine> read(SourceText doc, ListItemParser parser, ClosingMatter closing) {
        String view = doc.text();
        List<TextRange> ranges = new ArrayList<>();
        List<Boolean> afterBlank = new ArrayList<>();
        boolean blank = true;
        for (TextRange line : doc.lines()) {
            int s = line.start();
            int e = line.end();
            while (s < e && Character.isWhitespace(view.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(view.charAt(e - 1))) {
                e--;
            }
            if (s == e) {
                blank = true;
                continue;
            }
            ranges.add(new TextRange(s, e));
            afterBlank.add(blank);
            blank = false;
        }
        Map<String, Integer> counts = new HashMap<>();
        List<String> texts = new ArrayList<>(ranges.size());
        for (TextRange r : ranges) {
            String t = view.substring(r.start(), r.end());
            texts.add(t);
            if (r.length() < 200 && ClosingMatter.hasAtMostWords(t, RUNNING_HEADER_WORDS)) {
                counts.merge(t, 1, Integer::sum);
            }
        }
        List<TaskLine> out = new ArrayList<>(ranges.size());
        boolean afterStamp = false;
        String previous = null;
        for (int k = 0; k < ranges.size(); k++) {
            String t = texts.get(k);
            ListItemParser.Marker marker = parser.parse(t);
            ClosingMatter.Role role = closing.role(t, afterStamp);
            if (role == ClosingMatter.Role.TEXT && marker == null && counts.getOrDefault(t, 0) > 1
                    && !endsSentence(t) && !isBulletText(t)) {
                role = ClosingMatter.Role.FURNITURE;
            }
            afterStamp = role == ClosingMatter.Role.FURNITURE && closing.isStamp(t);
            boolean opens = afterBlank.get(k) || previous == null
                    || (endsSentence(previous) && (marker != null || Character.isUpperCase(t.charAt(0))));
            out.add(new TaskLine(ranges.get(k), t, opens, marker, role));
            if (role != ClosingMatter.Role.FURNITURE) {
                previous = t;
            }
        }
        return out;
    }

    private static boolean endsSentence(String t) {
        char c = t.charAt(t.length() - 1);
        return c == '.' || c == ';' || c == ':' || c == '!' || c == '?';
    }

    private static boolean isBulletText(String t) {
        char c = t.charAt(0);
        return c == '-' || c == '+' || c == '•' || c == '*';
    }
}
