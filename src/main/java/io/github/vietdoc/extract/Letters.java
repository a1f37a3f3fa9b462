package io.github.vietdoc.extract;

/** Explicit character classes for Vietnamese text, used instead of {@code \w} and {@code \b}. */
final class Letters {
    /** Latin letters with the Vietnamese diacritics, e.g. {@code đ}, {@code ố}, {@code Ư}. */
    static final String CLASS = "A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u1E00-\\u1EFF";

    private Letters() {
    }
}
