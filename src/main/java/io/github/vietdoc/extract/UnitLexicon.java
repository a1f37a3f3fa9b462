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
    private static final Unit PERCENT = new Unit("%", IndicatorKind.PERCENT);
    private static final UnitLexicon INSTANCE = new UnitLexicon();

    private final Map<String, Unit> units = new HashMap<>();
    private final Map<String, String> rateDenominators = new HashMap<>();
    private final String alternation;
    private final String measureAlternation;
    private final String countAlternation;

    private UnitLexicon() {
        List<String> measures = new ArrayList<>();
        for (Lexicon.Entry e : Lexicon.named("units").entries()) {
            units.put(key(e.term()), new Unit(e.field(0), IndicatorKind.valueOf(e.field(1))));
            measures.add(e.term());
        }
        List<String> counted = new ArrayList<>();
        for (Lexicon.Entry e : Lexicon.named("counted-nouns").entries()) {
            String canonical = e.field(0) == null ? e.term() : e.field(0);
            if (units.putIfAbsent(key(e.term()), new Unit(canonical, IndicatorKind.COUNT)) == null) {
                counted.add(e.term());
            }
        }
        for (Lexicon.Entry e : Lexicon.named("rate-denominators").entries()) {
            rateDenominators.put(key(e.term()), e.field(0) == null ? e.term() : e.field(0));
        }
        List<String> all = new ArrayList<>(measures);
        all.addAll(counted);
        alternation = Lexicon.alternation(all);
        measureAlternation = Lexicon.alternation(measures);
        countAlternation = Lexicon.alternation(counted);
    }

    static UnitLexicon get() {
        return INSTANCE;
    }

    /** All terms, longest first, as a regex alternation ({@code lò sấy} before {@code lò}). */
    String alternation() {
        return alternation;
    }

    /** Measure units only ({@code tấn}, {@code m2}, {@code USD}), longest first; they may touch the number: 200m2. */
    String measureAlternation() {
        return measureAlternation;
    }

    /** Counted nouns only ({@code lò sấy}, {@code hộ}), longest first. */
    String countAlternation() {
        return countAlternation;
    }

    /**
     * The canonical denominator of a rate, e.g. {@code giờ} → {@code h} in {@code 60 km/giờ}; a unit's own
     * canonical form ({@code ha} in {@code 5 tấn/héc-ta}); otherwise the word as written, in lower case.
     */
    String rateDenominator(String word) {
        String k = key(word);
        Unit u = units.get(k);
        if (u != null && u.kind() != IndicatorKind.COUNT) {
            return u.canonical();
        }
        return rateDenominators.getOrDefault(k, k);
    }

    /**
     * The unit after a number, as a regex group named {@code unit}: {@code %}, a term after spaces, or a measure
     * unit touching its number ({@code 200m2}).
     */
    String unitRegex() {
        String end = "(?![" + Letters.CLASS + "0-9])";
        return "(?<unit> *%| +" + alternation + end + "|" + measureAlternation + end + ")";
    }

    /**
     * The denominators of a rate, as a regex group named {@code per}: {@code /ha}, {@code / giờ}, {@code /người/năm};
     * each a known denominator (ngày đêm), a unit (m2) or any word.
     */
    String perRegex() {
        String word = "ngày +đêm|" + measureAlternation + "|[" + Letters.CLASS + "]+";
        return "(?<per>(?: */ *(?:" + word + ")(?![" + Letters.CLASS + "0-9]))+)";
    }

    /** The unit of a matched unit text, {@code %} included, or null. */
    Unit forText(String matched) {
        String t = matched.strip();
        return t.equals("%") ? PERCENT : lookup(t);
    }

    /** The unit for a matched term in any case ({@code Tổ} → {@code tổ}), or null. */
    Unit lookup(String term) {
        return units.get(key(term));
    }

    private static String key(String term) {
        return SPACES.matcher(term.trim()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
