package io.github.vietdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.vietdoc.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<JsonNode> lines() throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                nodes.add(Json.mapper().readTree(line));
            }
        }
        return nodes;
    }

    @Test
    void aBatchWithBadInputsGivesOneLinePerInputAndExitOne() throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), "Tin hội nghị\n\nNgày 11/6, đồng chí Nguyễn Việt Oanh chủ trì hội nghị.");
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 0, 0});
        String missing = dir.resolve("missing.txt").toString();

        int code = run("extract", empty.toString(), good.toString(), binary.toString(), missing);

        assertThat(code).isEqualTo(1);
        List<JsonNode> lines = lines();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0).get("source").asText()).isEqualTo(empty.toString());
        assertThat(lines.get(0).get("error").asText()).contains("empty");
        assertThat(lines.get(1).get("error")).isNull();
        assertThat(lines.get(1).get("type").asText()).isEqualTo("NEWS_ITEM");
        assertThat(lines.get(2).get("error").asText()).contains("binary");
        assertThat(lines.get(3).get("source").asText()).isEqualTo(missing);
        assertThat(lines.get(3).get("error").asText()).contains("no such file");
        for (JsonNode failed : List.of(lines.get(0), lines.get(2), lines.get(3))) {
            assertThat(failed.size()).as("only source and error: %s", failed).isEqualTo(2);
        }
    }

    @Test
    void allGoodExitsZeroAndDirectoriesAreWalkedInNameOrder() throws Exception {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("b.txt"), "Tin thứ hai.");
        Files.writeString(dir.resolve("a.md"), "Tin thứ nhất.");
        Files.writeString(dir.resolve("sub/c.html"), "<p>Tin thứ ba.</p>");
        Files.writeString(dir.resolve("notes.json"), "{}");

        assertThat(run("extract", dir.toString())).isEqualTo(0);

        List<JsonNode> lines = lines();
        assertThat(lines).extracting(n -> Path.of(n.get("source").asText()).getFileName().toString())
                .containsExactly("a.md", "b.txt", "c.html");
    }

    @Test
    void jsonFormatIsOneArrayAndOutputCanGoToAFile() throws Exception {
        Path doc = Files.writeString(dir.resolve("a.txt"), "Tin thứ nhất.");
        Path target = dir.resolve("out.json");

        assertThat(run("extract", "--format", "json", "-o", target.toString(), doc.toString(), doc.toString())).isEqualTo(0);

        JsonNode array = Json.mapper().readTree(Files.readString(target));
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(2);
        assertThat(out.size()).isZero();
    }

    @Test
    void usageErrorsExitTwoWithUsageText() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("extract")).isEqualTo(2);
        assertThat(run("extract", "--format", "xml", "a.txt")).isEqualTo(2);
        assertThat(run("extract", "--bogus", "a.txt")).isEqualTo(2);
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage:").contains("jsonl or json");
    }

    @Test
    void helpAndVersion() {
        assertThat(run("--help")).isEqualTo(0);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("usage:").contains("--format");
        out.reset();
        assertThat(run("--version")).isEqualTo(0);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("vietdoc ").doesNotContain("unknown");
    }
}
