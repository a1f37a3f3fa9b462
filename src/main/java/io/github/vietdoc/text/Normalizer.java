package io.github.vietdoc.text;

import io.github.vietdoc.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Builds the normalized view of a raw document through a fixed sequence of rewrites, each recording
 * its edits so that any view range maps back to raw offsets. Immutable and thread-safe: create one and
 * share it.
 */
public final class Normalizer {
    private final List<NormalizationStep> steps;
    /** The rewrites that apply to a single value (a name, a title): no page structure. */
    private final List<NormalizationStep> valueSteps;
    private final Segmenter segmenter;
    private final TonePlacement placement;

    private Normalizer(TonePlacement placement) {
        this.placement = placement;
        WhitespaceStep whitespace = new WhitespaceStep();
        CharacterStep characters = new CharacterStep();
        ToneMarkStep tones = new ToneMarkStep(placement);
        MarkdownStep markdown = new MarkdownStep();
        this.valueSteps = List.of(characters, tones, markdown, whitespace);
        this.steps = List.of(
                new LegacyFontStep(),
                new HtmlStep(),
                characters,
                tones,
                markdown,
                whitespace,
                new FurnitureStep(Lexicon.named("furniture")),
                whitespace,
                new LineJoinStep());
        this.segmenter = new Segmenter(Lexicon.named("abbreviations"));
    }

    public static Normalizer create(TonePlacement placement) {
        return new Normalizer(Objects.requireNonNull(placement));
    }

    public TonePlacement placement() {
        return placement;
    }

    public SourceText normalize(String raw) {
        List<String> warnings = new ArrayList<>();
        AlignedText view = AlignedText.of(raw);
        for (NormalizationStep step : steps) {
            view = step.apply(view, warnings);
        }
        return new SourceText(raw, view, warnings, segmenter);
    }

    /** Normalizes a short value (a name, a title) the same way, for fields that are not spans. */
    public String normalizeValue(String value) {
        AlignedText view = AlignedText.of(value);
        List<String> ignored = new ArrayList<>();
        for (NormalizationStep step : valueSteps) {
            view = step.apply(view, ignored);
        }
        return view.text().replace('\n', ' ').strip();
    }
}
