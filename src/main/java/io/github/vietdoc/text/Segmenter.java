package io.github.vietdoc.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import io.github.vietdoc.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentence breaks by ICU, told not to break after the genre's abbreviations ({@code TP.}, {@code v.v.},
 * {@code ThS.}); ICU itself keeps {@code 1.209} and {@code 5,8} whole. Sentences never cross paragraphs.
 */
final class Segmenter {
    private final BreakIterator prototype;

    Segmenter(Lexicon abbreviations) {
        ULocale vi = new ULocale("vi");
        FilteredBreakIteratorBuilder builder = FilteredBreakIteratorBuilder.getEmptyInstance();
        for (String abbreviation : abbreviations.terms()) {
            builder.suppressBreakAfter(abbreviation);
        }
        this.prototype = builder.wrapIteratorWithFilter(BreakIterator.getSentenceInstance(vi));
    }

    List<TextRange> sentences(String text, List<TextRange> paragraphs) {
        BreakIterator it = (BreakIterator) prototype.clone();
        List<TextRange> out = new ArrayList<>();
        for (TextRange p : paragraphs) {
            String para = text.substring(p.start(), p.end());
            it.setText(para);
            int start = it.first();
            for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
                int s = start;
                int e = end;
                while (s < e && Character.isWhitespace(para.charAt(s))) {
                    s++;
                }
                while (e > s && Character.isWhitespace(para.charAt(e - 1))) {
                    e--;
                }
                if (s < e) {
                    out.add(new TextRange(p.start() + s, p.start() + e));
                }
            }
        }
        return List.copyOf(out);
    }
}
