package io.github.vietdoc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vietdoc.model.Indicator;
import io.github.vietdoc.model.IndicatorKind;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The indicator sets in {@code testdata/indicators/}: every text must give exactly the listed indicators
 * (value and unit, counts by kind) with the listed attributes, as {@code score.py} compares them.
 *
 * <p>The texts were written for this project in the genre of local government and Party documents:
 * {@code sentences.jsonl} (120 sentences, 168 indicators), {@code paragraphs.jsonl} (40 paragraphs, 203) and
 * {@code documents.jsonl} (12 letters, conclusions, news items and reports, 259). Each set was written by a
 * session that did not see the extractor and was first used as a held-out measure; a line is
 * {@code {"id", "text", "indicators": [{"value", "unit" (COUNT for counts), "qualifier", "estimated", "total",
 * "from", "relativePercent", "relativeChange"}]}}.
 */
class IndicatorSetsTest {
    private static final Path SETS = Path.of("testdata/indicators");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Extractor EXTRACTOR = VietDoc.extractor().build();

    @TestFactory
    Stream<DynamicTest> everyTextGivesItsIndicators() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String set : List.of("sentences", "paragraphs", "documents")) {
            for (String line : Files.readAllLines(SETS.resolve(set + ".jsonl"))) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode item = JSON.readTree(line);
                tests.add(DynamicTest.dynamicTest(set + " #" + item.get("id").asText(), () -> check(item)));
            }
        }
        assertThat(tests).hasSizeGreaterThan(150);
        return tests.stream();
    }

    private static void check(JsonNode item) {
        String text = item.get("text").asText();
        List<Indicator> found = new ArrayList<>(EXTRACTOR.extract(text).indicators());
        List<String> want = new ArrayList<>();
        for (JsonNode g : item.get("indicators")) {
            want.add(key(new BigDecimal(g.get("value").asText()), g.get("unit").asText()));
        }
        assertThat(found.stream().map(i -> key(i.value(), i.kind() == IndicatorKind.COUNT ? "COUNT" : i.unit())))
                .as("indicators of: %s", text)
                .containsExactlyInAnyOrderElementsOf(want);
        for (JsonNode g : item.get("indicators")) {
            String k = key(new BigDecimal(g.get("value").asText()), g.get("unit").asText());
            Indicator i = found.stream()
                    .filter(x -> key(x.value(), x.kind() == IndicatorKind.COUNT ? "COUNT" : x.unit()).equals(k))
                    .findFirst().orElseThrow();
            found.remove(i);
            String what = i.text();
            if (g.has("qualifier")) {
                assertThat(i.qualifier()).as("qualifier of %s", what).hasToString(g.get("qualifier").asText());
            }
            if (g.has("estimated")) {
                assertThat(i.estimated()).as("estimated of %s", what).isEqualTo(g.get("estimated").asBoolean());
            }
            same(i.total(), g.get("total"), "total of " + what);
            same(i.from(), g.get("from"), "from of " + what);
            same(i.relative() == null ? null : i.relative().percent(), g.get("relativePercent"), "percent of " + what);
            same(i.relative() == null ? null : i.relative().changePercent(), g.get("relativeChange"), "change of " + what);
            assertThat(text.substring(i.start(), i.end())).isEqualTo(i.text());
        }
    }

    private static void same(BigDecimal got, JsonNode want, String what) {
        if (want != null) {
            assertThat(got).as(what).isNotNull();
            assertThat(got.compareTo(new BigDecimal(want.asText()))).as(what + ": " + got + " vs " + want).isZero();
        }
    }

    private static String key(BigDecimal value, String unit) {
        return value.stripTrailingZeros().toPlainString() + " " + unit;
    }
}
