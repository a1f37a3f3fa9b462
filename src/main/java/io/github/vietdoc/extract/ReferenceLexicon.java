package io.github.vietdoc.extract;

import io.github.vietdoc.lexicon.Lexicon;
import io.github.vietdoc.text.Normalizer;
import io.github.vietdoc.text.TonePlacement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The word lists of reference extraction, read once from {@code reference-kind-words.tsv},
 * {@code reference-cues.tsv} and {@code document-kinds.tsv}, with the patterns built from them.
 * Terms are matched in both tone-mark placements, so the lists hold for either view. Immutable.
 */
final class ReferenceLexicon {
    /** A word after which the thing that follows ends: not a letter or digit. */
    static final String WORD_END = "(?![\\p{L}\\p{M}\\p{N}])";

    /** Whether a bare number right after the kind word (Chỉ thị 16) is a citation. */
    enum Bare { YES, CAPITALIZED, NO }

    /** A kind word: its code ({@code null} for a word that names no kind), its bare-number rule, whether a title may follow. */
    record KindWord(String code, Bare bare, boolean titled) {
    }

    private static final Normalizer[] PLACEMENTS = {
        Normalizer.create(TonePlacement.CLASSIC), Normalizer.create(TonePlacement.MODERN)};

    private final Map<String, KindWord> kindWords = new HashMap<>();
    /** upper-case code → code as the lexicon writes it (QĐI → QĐi). */
    private final Map<String, String> codes = new HashMap<>();
    private final Set<String> symbolIssuers = new LinkedHashSet<>();
    private final KindWords kindWordFinder;
    private final String modifiers;
    private final Pattern count;
    private final Pattern issuerStop;
    private final Pattern issuerStart;
    private final Pattern issuerPart;

    ReferenceLexicon() {
        for (Lexicon.Entry e : Lexicon.named("document-kinds").entries()) {
            codes.putIfAbsent(e.term().toUpperCase(Locale.ROOT), e.term());
        }
        for (Lexicon.Entry e : Lexicon.named("reference-kind-words").entries()) {
            String code = "*".equals(e.field(0)) ? null : e.field(0);
            if (code != null && !codes.containsValue(code)) {
                throw new IllegalStateException("reference-kind-words line " + e.line() + ": unknown code " + code);
            }
            KindWord kw = new KindWord(code, Bare.valueOf(e.field(1).toUpperCase(Locale.ROOT)), "titled".equals(e.field(2)));
            for (String form : placements(e.term())) {
                kindWords.put(form.toLowerCase(Locale.ROOT), kw);
            }
        }
        Map<String, List<String>> byRole = new HashMap<>();
        for (Lexicon.Entry e : Lexicon.named("reference-cues").entries()) {
            for (String role : e.field(0).split(",")) {
                byRole.computeIfAbsent(role.strip(), r -> new ArrayList<>()).addAll(placements(e.term()));
            }
        }
        symbolIssuers.addAll(byRole.getOrDefault("symbol-issuer", List.of()));
        this.kindWordFinder = new KindWords(kindWords);
        this.modifiers = Lexicon.alternation(byRole.get("modifier"));
        this.count = Pattern.compile("(?iu)" + Lexicon.alternation(byRole.get("count")) + WORD_END);
        // issuer words are case-sensitive: a capitalized word belongs to a name (Ban Chỉ đạo)
        this.issuerStop = Pattern.compile("(?u)" + Lexicon.alternation(byRole.get("issuer-stop")) + WORD_END);
        this.issuerStart = Pattern.compile("(?u)" + Lexicon.alternation(byRole.get("issuer-start")) + WORD_END);
        this.issuerPart = Pattern.compile("(?u)" + Lexicon.alternation(byRole.get("issuer-part")) + WORD_END);
    }

    /** The term in both tone-mark placements (one entry when they agree). */
    private static List<String> placements(String term) {
        Set<String> out = new LinkedHashSet<>();
        for (Normalizer n : PLACEMENTS) {
            out.add(n.normalizeValue(term));
        }
        return List.copyOf(out);
    }

    /** Kind words anywhere: {@code Nghị quyết}, {@code chỉ thị}, {@code Thông tư liên tịch}. */
    KindWords kindWords() {
        return kindWordFinder;
    }

    /** A regex alternation of the words between the kind word and "số": {@code thanh tra}, {@code hỏa tốc}, {@code của}. */
    String modifiers() {
        return modifiers;
    }

    /** Words that make a bare number before them a quantity: {@code năm}, {@code nội dung}. */
    Pattern count() {
        return count;
    }

    Pattern issuerStop() {
        return issuerStop;
    }

    Pattern issuerStart() {
        return issuerStart;
    }

    /** Lower-case words of a body name that do not count as the sentence going on: {@code nhân dân}, {@code tỉnh}. */
    Pattern issuerPart() {
        return issuerPart;
    }

    /** The kind code a symbol part names ({@code NQ}, {@code QĐi} for {@code QĐI}), or null. */
    String code(String part) {
        return codes.get(part.toUpperCase(Locale.ROOT));
    }

    /** Issuer abbreviations that a damaged symbol may glue to its kind code. */
    Set<String> symbolIssuers() {
        return symbolIssuers;
    }
}
