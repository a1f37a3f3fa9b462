package io.github.vietdoc.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the words that name a document kind ({@code Nghị quyết}, {@code chỉ thị}, {@code Thông tư liên
 * tịch}) in any case, as whole words, the longest form first. Looks each word of the text up by its first
 * syllable rather than trying a case-insensitive alternation at every character, which is many times
 * slower on long texts. Immutable.
 */
final class KindWords {
    /** A kind word found in a text: its range and what it names. */
    record Match(int start, int end, ReferenceLexicon.KindWord word) {
    }

    /** A form of a kind word, as syllables in lower case, with what it names. */
    private record Form(String[] syllables, ReferenceLexicon.KindWord word) {
    }

    /** First syllable, lower case → the forms that start with it, longest first. */
    private final Map<String, List<Form>> byFirstSyllable = new HashMap<>();
    /** The letters first syllables start with, lower case: most words are passed over on their first letter. */
    private final String firstLetters;

    /** {@code forms}: each form of a kind word (any case, single spaces) → what it names. */
    KindWords(Map<String, ReferenceLexicon.KindWord> forms) {
        forms.forEach((form, word) -> {
            String[] syllables = form.toLowerCase(Locale.ROOT).split(" ");
            byFirstSyllable.computeIfAbsent(syllables[0], k -> new ArrayList<>()).add(new Form(syllables, word));
        });
        byFirstSyllable.values().forEach(list -> list.sort(Comparator.comparingInt((Form f) -> -f.syllables().length)));
        StringBuilder letters = new StringBuilder();
        for (String first : byFirstSyllable.keySet()) {
            if (letters.indexOf(first.substring(0, 1)) < 0) {
                letters.append(first.charAt(0));
            }
        }
        this.firstLetters = letters.toString();
    }

    /** The first kind word at or after {@code from}, or null. */
    Match find(String view, int from) {
        int i = from;
        int n = view.length();
        while (i < n) {
            if (!isWordChar(view.charAt(i))) {
                i++;
                continue;
            }
            int wordEnd = wordEnd(view, i);
            if (i == 0 || !isWordChar(view.charAt(i - 1))) {
                Match m = at(view, i, wordEnd);
                if (m != null) {
                    return m;
                }
            }
            i = wordEnd;
        }
        return null;
    }

    /** The kind word starting exactly at {@code pos}, or null. */
    Match at(String view, int pos) {
        if (pos >= view.length() || !isWordChar(view.charAt(pos)) || (pos > 0 && isWordChar(view.charAt(pos - 1)))) {
            return null;
        }
        return at(view, pos, wordEnd(view, pos));
    }

    private Match at(String view, int pos, int firstEnd) {
        if (firstLetters.indexOf(Character.toLowerCase(view.charAt(pos))) < 0) {
            return null;
        }
        List<Form> forms = byFirstSyllable.get(view.substring(pos, firstEnd).toLowerCase(Locale.ROOT));
        if (forms == null) {
            return null;
        }
        for (Form f : forms) {
            int end = firstEnd;
            boolean ok = true;
            for (int s = 1; s < f.syllables().length && ok; s++) {
                String syllable = f.syllables()[s];
                ok = end < view.length() && view.charAt(end) == ' '
                        && view.regionMatches(true, end + 1, syllable, 0, syllable.length())
                        && wordEnd(view, end + 1) == end + 1 + syllable.length();
                end += 1 + syllable.length();
            }
            if (ok) {
                return new Match(pos, end, f.word());
            }
        }
        return null;
    }

    private static int wordEnd(String view, int i) {
        int j = i;
        while (j < view.length() && isWordChar(view.charAt(j))) {
            j++;
        }
        return j;
    }

    /** A letter, a combining mark or a digit: what a word is made of. */
    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
