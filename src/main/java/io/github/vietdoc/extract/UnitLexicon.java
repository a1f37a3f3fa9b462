package io.github.vietdoc.extract;

import io.github.vietdoc.lexicon.Lexicon;
import io.github.vietdoc.model.IndicatorKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Measure units ({@code units.tsv}) and counted nouns ({@code counted-nouns.tsv}) after a number. */
final class UnitLexicon {
    /** A canonical unit and its dimension, e.g. {@code đồng}/MONEY, {@code lò sấy}/COUNT. */
    record Unit(String canonical, IndicatorKind kind) {
    }

    private static final Pattern SPACES = Pattern.compile(" +");
    private static final UnitLexicon INSTANCE = new UnitLexicon();

    private final Map<String, Unit> units = new HashMap<>();
    private final String alternation;

    private UnitLexicon() {
        List<String> terms = new ArrayList<>();
        for (Lexicon.Entry e : Lexicon.named("units").entries()) {
            units.put(key(e.term()), new Unit(e.field(0), IndicatorKind.valueOf(e.field(1))));
            terms.add(e.term());
        }
        for (Lexicon.Entry e : Lexicon.named("counted-nouns").entries()) {
            String canonical = e.field(0) == null ? e.term() : e.field(0);
            units.putIfAbsent(key(e.term()), new Unit(canonical, IndicatorKind.COUNT));
            terms.add(e.term());
        }
        alternation = Lexicon.alternation(terms);
    }

    static UnitLexicon get() {
        return INSTANCE;
    }

    /** All terms, longest first, as a regex alternation ({@code lò sấy} before {@code lò}). */
    String alternation() {
        return alternation;
    }

    /** The unit for a matched term in any case ({@code Tổ} → {@code tổ}), or null. */
    Unit lookup(String term) {
        return units.get(key(term));
    }

    private static String key(String term) {
        return SPACES.matcher(term.trim()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
