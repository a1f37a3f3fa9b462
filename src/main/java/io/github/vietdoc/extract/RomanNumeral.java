package io.github.vietdoc.extract;

import java.util.Locale;

/**
 * Roman numerals as Vietnamese documents write session and term numbers ({@code lần thứ V},
 * {@code khóa XXV}, {@code Đại hội XIII}). Only well-formed numerals from 1 to 3999 are read.
 */
final class RomanNumeral {
    private RomanNumeral() {
    }

    /** The value of {@code s} ({@code XXV} → 25, case ignored), or -1 when it is not a well-formed numeral. */
    static int parse(String s) {
        if (s == null || s.isEmpty() || s.length() > 15) {
            return -1;
        }
        String u = s.toUpperCase(Locale.ROOT);
        int total = 0;
        for (int i = 0; i < u.length(); i++) {
            int v = value(u.charAt(i));
            if (v < 0) {
                return -1;
            }
            int next = i + 1 < u.length() ? value(u.charAt(i + 1)) : 0;
            if (next > v) {
                total -= v;
            } else {
                total += v;
            }
        }
        // round-trip check rejects IIII, VX, IC and other malformed numerals
        return total > 0 && total < 4000 && format(total).equals(u) ? total : -1;
    }

    /** The canonical numeral of {@code n} (1..3999). */
    static String format(int n) {
        if (n <= 0 || n >= 4000) {
            throw new IllegalArgumentException("out of range: " + n);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] marks = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder b = new StringBuilder();
        int rest = n;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                b.append(marks[i]);
                rest -= values[i];
            }
        }
        return b.toString();
    }

    /** An ordinal as written: Arabic ({@code 14}) or Roman ({@code XIV}); -1 when neither. */
    static int parseOrdinal(String s) {
        if (s != null && !s.isEmpty() && s.length() <= 4 && s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Integer.parseInt(s);
        }
        return parse(s);
    }

    private static int value(char c) {
        return switch (c) {
            case 'I' -> 1;
            case 'V' -> 5;
            case 'X' -> 10;
            case 'L' -> 50;
            case 'C' -> 100;
            case 'D' -> 500;
            case 'M' -> 1000;
            default -> -1;
        };
    }
}
