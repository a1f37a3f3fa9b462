package io.github.vietdoc.bench;

import io.github.vietdoc.Extractor;
import io.github.vietdoc.VietDoc;
import io.github.vietdoc.json.Json;
import io.github.vietdoc.model.Document;
import io.github.vietdoc.text.Normalizer;
import io.github.vietdoc.text.TonePlacement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Throughput benchmark over a folder of documents (the 10,000-article corpus):
 * {@code scripts/bench.sh /tmp/corpus/vietnews-10k}. Reads everything into memory first, warms the JIT
 * with one pass, then times single-threaded normalization, full extraction, and extraction plus JSON.
 * Reports MB/s (UTF-8 input bytes) and documents/s.
 */
public final class CorpusBench {
    private CorpusBench() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: CorpusBench DIR [ROUNDS]");
            System.exit(2);
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<String> texts = new ArrayList<>();
        long bytes = 0;
        try (Stream<Path> files = Files.walk(Path.of(args[0]))) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                byte[] b = Files.readAllBytes(p);
                bytes += b.length;
                texts.add(new String(b, StandardCharsets.UTF_8));
            }
        }
        System.out.printf(Locale.ROOT, "%d documents, %.1f MB%n", texts.size(), bytes / 1e6);
        Normalizer normalizer = Normalizer.create(TonePlacement.CLASSIC);
        Extractor extractor = VietDoc.extractor().build();

        run("warm-up (extract+json)", texts, bytes, () -> {
            for (String t : texts) {
                Json.line(extractor.extract("bench", t));
            }
        });
        for (int r = 1; r <= rounds; r++) {
            run("normalize  #" + r, texts, bytes, () -> texts.forEach(normalizer::normalize));
            run("extract    #" + r, texts, bytes, () -> texts.forEach(t -> extractor.extract("bench", t)));
            run("extract+json #" + r, texts, bytes, () -> {
                for (String t : texts) {
                    Document d = extractor.extract("bench", t);
                    Json.line(d);
                }
            });
        }
    }

    private static void run(String name, List<String> texts, long bytes, Runnable work) {
        long t0 = System.nanoTime();
        work.run();
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "%-20s %7.2f s  %7.2f MB/s  %8.0f docs/s%n", name, s, bytes / 1e6 / s, texts.size() / s);
    }
}
