package io.github.vietdoc.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
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

    @org.junit.jupiter.api.Test
    void alternationPutsLongerTermsFirst() {
        assertThat(Lexicon.alternation(List.of("Bí thư", "Phó Bí thư"))).startsWith("(?:\\QPhó\\E +\\QBí\\E");
    }
}
