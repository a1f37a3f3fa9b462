package io.github.vietdoc.extract;

import io.github.vietdoc.lexicon.Lexicon;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The word lists the people extractor reads, loaded and compiled once. */
final class PeopleLexicon {
    static final PeopleLexicon INSTANCE = new PeopleLexicon();

    /** Letters and combining marks of a syllable. */
    static final String LETTER = "[\\p{L}\\p{M}]";
    /** Not a letter, mark or digit (a word edge). */
    static final String EDGE = "[^\\p{L}\\p{M}\\p{N}]";

    final Set<String> surnames;
    final Set<String> cues;
    final Set<String> nonNameWords;
    final Set<String> placeWordsBefore;
    final Set<String> nonPersons;
    final Set<String> tailWords;
    /** Lower-case title head to its written form: {@code phó chủ tịch} → {@code Phó Chủ tịch}. */
    final Map<String, String> headForms;
    /**
     * A title head at the current position, longest first: {@code Phó Bí thư} in {@code Phó Bí thư Huyện ủy}.
     */
    final Pattern head;
    /**
     * A stop word or phrase ending a title run, case-insensitive: {@code chủ trì} in
     * {@code Bí thư Huyện ủy chủ trì hội nghị}.
     */
    final Pattern stop;

    private PeopleLexicon() {
        surnames = Set.copyOf(Lexicon.named("person-surnames").terms());
        cues = lower(Lexicon.named("person-cues").terms());
        Set<String> words = new HashSet<>();
        Set<String> before = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (Lexicon.Entry e : Lexicon.named("non-names").entries()) {
            String t = e.term().toLowerCase(Locale.ROOT);
            switch (e.field(0)) {
                case "word" -> words.add(t);
                case "before" -> before.add(t);
                default -> names.add(t);
            }
        }
        nonNameWords = Set.copyOf(words);
        placeWordsBefore = Set.copyOf(before);
        nonPersons = Set.copyOf(names);
        Set<String> tails = new HashSet<>();
        Map<String, String> heads = new HashMap<>();
        for (Lexicon.Entry e : Lexicon.named("person-titles").entries()) {
            if ("tail".equals(e.field(0))) {
                for (String w : e.term().split(" ")) {
                    tails.add(w.toLowerCase(Locale.ROOT));
                }
            } else {
                heads.putIfAbsent(e.term().toLowerCase(Locale.ROOT), e.term());
            }
        }
        tailWords = Set.copyOf(tails);
        headForms = Map.copyOf(heads);
        List<String> headTerms = Lexicon.named("person-titles").entries().stream()
                .filter(e -> "head".equals(e.field(0))).map(Lexicon.Entry::term).toList();
        head = Pattern.compile("(?<!" + LETTER + ")" + Lexicon.alternation(headTerms) + "(?!" + LETTER + ")");
        stop = Pattern.compile(Lexicon.named("person-stopwords").alternation() + "(?!" + LETTER + ")",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static Set<String> lower(List<String> terms) {
        Set<String> out = new HashSet<>();
        for (String t : terms) {
            out.add(t.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }

    /** A position's title written as the lexicon writes it: {@code PHÓ CHỦ TỊCH} → {@code Phó Chủ tịch}. */
    String titleCase(String title) {
        String t = title.strip().replaceAll("\\s+", " ");
        String known = headForms.get(t.toLowerCase(Locale.ROOT));
        if (known != null) {
            return known;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        return lower.isEmpty() ? lower : lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1);
    }
}
