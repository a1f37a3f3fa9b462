package io.github.vietdoc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vietdoc.json.Json;
import io.github.vietdoc.model.Document;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Regression over every document in {@code testdata/}: its output must equal the stored
 * {@code NAME.expected.json}. On a mismatch the actual output is written to
 * {@code target/golden-actual/} so that {@code diff} shows the change. Regenerate after a reviewed
 * change with {@code mvn test -Dtest=GoldenTest -Dvietdoc.regenerate=true}; CI never does.
 */
class GoldenTest {
    private static final Extractor EXTRACTOR = VietDoc.extractor().build();
    private static final Path ACTUAL = Path.of("target", "golden-actual");

    @TestFactory
    Stream<DynamicTest> everyTestdataDocumentMatchesItsGolden() {
        boolean regenerate = Boolean.parseBoolean(System.getProperty("vietdoc.regenerate", "false"));
        return Testdata.documents().stream().map(doc -> DynamicTest.dynamicTest(Testdata.source(doc), () -> {
            Document d = EXTRACTOR.extract(Testdata.source(doc), Files.readAllBytes(doc));
            String actual = Json.pretty(d) + "\n";
            Path expected = Testdata.expected(doc);
            if (regenerate) {
                Files.writeString(expected, actual, StandardCharsets.UTF_8);
                return;
            }
            assertThat(expected).as("golden file for %s (run with -Dvietdoc.regenerate=true to create it)", doc).exists();
            String want = Files.readString(expected, StandardCharsets.UTF_8);
            if (!want.equals(actual)) {
                Path out = ACTUAL.resolve(Testdata.source(doc) + ".json");
                write(out, actual);
                assertThat(actual).as("output of %s; actual written to %s — diff %s %s", doc, out, expected, out)
                        .isEqualTo(want);
            }
        }));
    }

    private static void write(Path out, String text) throws IOException {
        Files.createDirectories(out.getParent());
        Files.writeString(out, text, StandardCharsets.UTF_8);
    }
}
