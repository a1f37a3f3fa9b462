package io.github.vietdoc.extract;

/**
 * One unit of a letter's layout: a line of the view, a table cell, or the part of a flattened two-column
 * line on one side of the motto. {@code key} is {@link LetterLexicon#key(String) the matching key} of
 * {@code text}; {@code line} the view line it comes from; {@code blankBefore} whether a blank line
 * separates it from the piece before.
 */
record LetterPiece(String text, String key, int line, boolean blankBefore) {

    static LetterPiece of(String text, int line, boolean blankBefore) {
        String t = text.strip();
        return new LetterPiece(t, LetterLexicon.key(t), line, blankBefore);
    }

    /** The part {@code [start, end)} of this piece, as a piece of its own on the same line. */
    LetterPiece part(int start, int end) {
        return of(text.substring(start, end), line, false);
    }

    /** The rest of this piece from {@code start}. */
    LetterPiece rest(int start) {
        return part(start, text.length());
    }

    LetterPiece withBlankBefore(boolean blank) {
        return blank == blankBefore ? this : new LetterPiece(text, key, line, blank);
    }

    boolean isEmpty() {
        return text.isEmpty();
    }

    int words() {
        return words(text);
    }

    static int words(String text) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = text.charAt(i) == ' ';
            if (!space && !inWord) {
                n++;
            }
            inWord = !space;
        }
        return n;
    }

    /** Has a letter and no lower-case one: {@code HUYỆN ỦY LỤC NGẠN}, {@code T/M BAN THƯỜNG VỤ}. */
    boolean isCaps() {
        return isCaps(text);
    }

    static boolean isCaps(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    /** Opens with a list bullet: {@code - Như trên;}, {@code + Lưu VT}, {@code • Sở Y tế}. */
    boolean isBullet() {
        return !text.isEmpty() && isBulletChar(text.charAt(0));
    }

    static boolean isBulletChar(char c) {
        return c == '-' || c == '+' || c == '•' || c == '·' || c == '–';
    }
}
