package io.github.vietdoc.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the place-and-date line of a letter ({@code Lục Ngạn, ngày 20 tháng 6 năm 2021}) into the place and an
 * ISO date. A day left blank for the signer to fill in ({@code ngày   tháng 6 năm 2021}) gives the month
 * ({@code 2021-06}); a blank month too gives the year. Stateless.
 */
final class PlaceDateParser {
    /**
     * The date that closes the line, matched on the key: {@code NGÀY 20 THÁNG 6 NĂM 2021},
     * {@code NGÀY  THÁNG 6 NĂM 2021}, {@code NGÀY ... THÁNG ... NĂM 2021}, {@code NGÀY 05/3/2020}.
     */
    private static final Pattern DATE = Pattern.compile("(?<![\\p{L}\\p{N}])NGÀY *(?:"
            + "(?:(?<d>[0-9]{1,2})|[._…-]*) *THÁNG *(?:(?<m>[0-9]{1,2})|[._…-]*) *NĂM *(?<y>[0-9]{4})"
            + "|(?<nd>[0-9]{1,2}) *[/.-] *(?<nm>[0-9]{1,2}) *[/.-] *(?<ny>[0-9]{4}))(?![0-9])[ .,;|]*$");
    /**
     * Capitalized words closing a text, the place before the date: {@code Hậu Giang} in
     * {@code V/v tăng cường phòng chống dịch Hậu Giang}, {@code TP. Hồ Chí Minh}, {@code Thành phố Vị Thanh}.
     */
    private static final Pattern PLACE_TAIL = Pattern.compile("(?<![\\p{L}\\p{N}])"
            + "(?:(?:Thành phố|Thị xã|Thị trấn|TP\\.|Tp\\.|TX\\.|TP|Tp) *)?[\\p{Lu}][\\p{Ll}]*(?: +[\\p{Lu}][\\p{Ll}]*){0,4}$");
    /** A place in capitals is short and has no digits: {@code HẬU GIANG}. */
    private static final int MAX_CAPS_PLACE_WORDS = 5;

    /** A line that holds a place and a date; {@code before} is the text left of the place (another column's). */
    record PlaceDate(String place, String date, boolean dayMissing, String before) {
    }

    private PlaceDateParser() {
    }

    /**
     * The place and date closing {@code text}. When {@code embedded} is false the line must be the place-date
     * line itself, or the flattened header line of an issuer in capitals and the place-date
     * ({@code HUYỆN ỦY LỤC NGẠN Lục Ngạn, ngày …}); when true any text may come before the place
     * ({@code V/v tăng cường … Hậu Giang, ngày …}), the place then being set off by a comma. A date with text
     * but no place before it is a date in a sentence ({@code có hiệu lực từ ngày 1-9-2018},
     * {@code Kế hoạch của UBND tỉnh Hậu Giang ngày 05/3/2020}): null, as when there is no date.
     */
    static PlaceDate parse(String text, boolean embedded) {
        return parse(text, LetterLexicon.key(text), embedded);
    }

    /** The same, given the key of {@code text}. */
    static PlaceDate parse(String text, String key, boolean embedded) {
        if (!key.contains("NGÀY")) {
            return null;
        }
        Matcher d = DATE.matcher(key);
        if (!d.find()) {
            return null;
        }
        // the place ends where the comma and spaces before "ngày" start: "Lục Ngạn, ngày"
        int cut = d.start();
        boolean commaBefore = false;
        while (cut > 0 && (text.charAt(cut - 1) == ' ' || text.charAt(cut - 1) == ',')) {
            commaBefore |= text.charAt(cut - 1) == ',';
            cut--;
        }
        String prefix = text.substring(0, cut).strip();
        String place = null;
        String before = "";
        if (embedded && !commaBefore) {
            return null;
        }
        if (!prefix.isEmpty()) {
            Matcher p = PLACE_TAIL.matcher(prefix);
            if (p.find()) {
                place = p.group();
                before = prefix.substring(0, p.start()).strip();
            } else if (LetterPiece.isCaps(prefix) && words(prefix) <= MAX_CAPS_PLACE_WORDS && !hasDigit(prefix)) {
                place = prefix;
            } else {
                return null;
            }
            if (!embedded && !before.isEmpty() && !LetterPiece.isCaps(before)) {
                return null;
            }
        }
        boolean dayMissing = d.group("y") != null && d.group("d") == null;
        return new PlaceDate(place, iso(d), dayMissing, before);
    }

    private static String iso(Matcher d) {
        try {
            if (d.group("ny") != null) {
                return LocalDate.of(Integer.parseInt(d.group("ny")), Integer.parseInt(d.group("nm")),
                        Integer.parseInt(d.group("nd"))).toString();
            }
            int year = Integer.parseInt(d.group("y"));
            if (d.group("m") == null) {
                return String.format(Locale.ROOT, "%04d", year);
            }
            int month = Integer.parseInt(d.group("m"));
            if (d.group("d") == null) {
                return month >= 1 && month <= 12 ? String.format(Locale.ROOT, "%04d-%02d", year, month) : null;
            }
            return LocalDate.of(year, month, Integer.parseInt(d.group("d"))).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int words(String s) {
        return LetterPiece.words(s);
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
