package io.github.vietdoc.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every lexicon file loads, names its source, is NFC and holds no duplicate term. */
class LexiconFilesTest {
    private static final Path DIR = Path.of("src/main/resources/io/github/vietdoc/lexicon");

    static List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".tsv"))
                    .map(n -> n.substring(0, n.length() - 4))
                    .sorted()
                    .toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> lexiconsAreCleanAndSourced() throws IOException {
        List<String> names = names();
        assertThat(names).contains("furniture", "abbreviations", "document-kinds", "newsrooms");
        return names.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            String file = Files.readString(DIR.resolve(name + ".tsv"));
            assertThat(file).as("%s starts with a comment naming its source", name).startsWith("#");
            assertThat(file.toLowerCase(java.util.Locale.ROOT)).as("%s names a source", name).contains("source");
            Lexicon lexicon = Lexicon.named(name);
            assertThat(lexicon.entries()).isNotEmpty();
            Set<String> seen = new HashSet<>();
            for (Lexicon.Entry e : lexicon.entries()) {
                assertThat(e.term()).as("%s line %d", name, e.line()).isNotBlank();
                assertThat(java.text.Normalizer.isNormalized(e.term(), java.text.Normalizer.Form.NFC))
                        .as("%s line %d is NFC", name, e.line()).isTrue();
                assertThat(seen.add(e.term())).as("%s line %d duplicates '%s'", name, e.line(), e.term()).isTrue();
            }
        }));
    }

    @Test
    void alternationPrefersTheLongestTerm() {
        Pattern p = Pattern.compile(Lexicon.alternation(List.of("Bí thư", "Phó Bí thư", "nhà", "nhà văn hóa", "nhà văn")));
        assertThat(match(p, "Phó  Bí thư Huyện ủy")).isEqualTo("Phó  Bí thư");
        assertThat(match(p, "nhà văn hóa thôn")).isEqualTo("nhà văn hóa");
        assertThat(match(p, "nhà văn nổi tiếng")).isEqualTo("nhà văn");
        assertThat(match(p, "nhà ở")).isEqualTo("nhà");
        assertThat(match(p, "Phó Chủ tịch")).isNull();
    }

    @Test
    void alternationFallsBackToAShorterTermWhenTheRestFails() {
        // the lookahead after the group fails for "đồng chí" in "đồng chíx", so "đồng" must still be tried
        Pattern p = Pattern.compile(Lexicon.alternation(List.of("đồng", "đồng chí")) + "(?![a-z])");
        assertThat(match(p, "đồng chí Oanh")).isEqualTo("đồng chí");
        assertThat(match(p, "đồng chíx")).isEqualTo("đồng");
    }

    @Test
    void alternationQuotesRegexCharacters() {
        Pattern p = Pattern.compile(Lexicon.alternation(List.of("m²", "%", "km/h", "a.b", "(x)")));
        assertThat(match(p, "km/h")).isEqualTo("km/h");
        assertThat(match(p, "a.b")).isEqualTo("a.b");
        assertThat(match(p, "axb")).isNull();
        assertThat(match(p, "(x)")).isEqualTo("(x)");
        assertThat(match(p, "%")).isEqualTo("%");
    }

    private static String match(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.lookingAt() ? m.group() : null;
    }
}
