package io.github.vietdoc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.vietdoc.json.Json;
import io.github.vietdoc.model.Document;
import io.github.vietdoc.model.Meeting;
import io.github.vietdoc.model.Mention;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Properties every output must have, over every document in testdata/, whatever the extractors find. */
class InvariantsTest {
    private static final Extractor EXTRACTOR = VietDoc.extractor().build();

    @TestFactory
    Stream<DynamicTest> everySpanIsTheRawTextAtItsOffsets() {
        return Testdata.documents().stream().map(doc -> DynamicTest.dynamicTest(Testdata.source(doc), () -> {
            String raw = new String(Files.readAllBytes(doc), StandardCharsets.UTF_8);
            Document d = EXTRACTOR.extract(Testdata.source(doc), raw);
            assertThat(d.error()).isNull();
            for (Mention m : mentions(d)) {
                assertThat(m.start()).isBetween(0, m.end());
                assertThat(m.end()).isLessThanOrEqualTo(raw.length());
                assertThat(m.text()).as("span [%d, %d) of %s", m.start(), m.end(), doc)
                        .isEqualTo(raw.substring(m.start(), m.end()));
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> jsonRoundTripsAndHoldsNoMarkup() {
        return Testdata.documents().stream().map(doc -> DynamicTest.dynamicTest(Testdata.source(doc), () -> {
            Document d = EXTRACTOR.extract(Testdata.source(doc), Files.readAllBytes(doc));
            String line = Json.line(d);
            assertThat(line).doesNotContain("\n");
            JsonNode tree = Json.mapper().readTree(line);
            assertThat(Json.mapper().writeValueAsString(tree)).isEqualTo(line);
            assertThat(tree.get("source").asText()).isEqualTo(Testdata.source(doc));
            assertThat(tree.get("type").asText()).isNotEmpty();
            for (String field : List.of("meetings", "people", "indicators", "tasks", "references", "authors", "warnings")) {
                assertThat(tree.get(field)).as(field).isNotNull();
                assertThat(tree.get(field).isArray()).as(field).isTrue();
            }
            String values = d.title() + " " + d.authors();
            assertThat(values).doesNotContain("**").doesNotContain("<").doesNotContain("&nbsp;");
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyLetterOfTheViewMapsToTheSameLetterInTheRawText() {
        io.github.vietdoc.text.Normalizer normalizer =
                io.github.vietdoc.text.Normalizer.create(io.github.vietdoc.text.TonePlacement.CLASSIC);
        return Testdata.documents().stream().map(doc -> DynamicTest.dynamicTest(Testdata.source(doc), () -> {
            String raw = new String(Files.readAllBytes(doc), StandardCharsets.UTF_8);
            io.github.vietdoc.text.SourceText view = normalizer.normalize(raw);
            String text = view.text();
            for (int i = 0; i < text.length(); i++) {
                if (!Character.isLetter(text.charAt(i))) {
                    continue;
                }
                String rawPiece = view.span(i, i + 1).text();
                assertThat(base(rawPiece)).as("view char %d '%s' of %s maps to '%s'", i, text.charAt(i), doc, rawPiece)
                        .contains(base(String.valueOf(text.charAt(i))));
            }
        }));
    }

    /**
     * Letters without diacritics, lower case: what a letter and its raw source must share. The Icelandic eth
     * (Ð, ð), which pages type for đ, counts as d too: the normalizer folds it to đ.
     */
    private static String base(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D').replace('ð', 'd').replace('Ð', 'D').toLowerCase(java.util.Locale.ROOT);
    }

    static List<Mention> mentions(Document d) {
        List<Mention> out = new ArrayList<>();
        for (Meeting m : d.meetings()) {
            out.add(m);
            out.addAll(m.chairs());
            out.addAll(m.attendees());
        }
        out.addAll(d.people());
        out.addAll(d.indicators());
        out.addAll(d.tasks());
        out.addAll(d.directives());
        out.addAll(d.references());
        return out;
    }
}
