package io.github.vietdoc.cli;

import io.github.vietdoc.Extractor;
import io.github.vietdoc.VietDoc;
import io.github.vietdoc.json.Json;
import io.github.vietdoc.model.Document;
import io.github.vietdoc.text.TonePlacement;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** {@code extract [options] PATH...}: one JSON record per document, in input order. */
final class ExtractCommand {
    /** Files larger than this are refused without being read. */
    private static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private ExtractCommand() {
    }

    static int run(String[] args, PrintStream stdout, PrintStream err) {
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("vietdoc extract: " + e.getMessage());
            err.print(Usage.TEXT);
            return Main.USAGE;
        }
        if (o.help) {
            stdout.print(Usage.TEXT);
            return Main.OK;
        }
        Extractor.Builder builder = VietDoc.extractor().tonePlacement(o.tone);
        if (o.referenceDate != null) {
            builder.referenceDate(o.referenceDate);
        }
        Extractor extractor = builder.build();
        List<Inputs.Input> inputs = Inputs.expand(o.paths);
        try (Writer writer = o.output == null
                ? new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8))
                : Files.newBufferedWriter(o.output, StandardCharsets.UTF_8)) {
            int failed = write(extractor, inputs, o, writer);
            writer.flush();
            return failed == 0 ? Main.OK : Main.SOME_FAILED;
        } catch (IOException e) {
            err.println("vietdoc extract: cannot write output: " + e.getMessage());
            return Main.SOME_FAILED;
        }
    }

    /** Processes documents in parallel, writing them in input order; returns how many failed. */
    private static int write(Extractor extractor, List<Inputs.Input> inputs, Options o, Writer w) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(o.threads, r -> {
            Thread t = new Thread(r, "vietdoc-extract");
            t.setDaemon(true);
            return t;
        });
        int failed = 0;
        boolean first = true;
        try {
            if (o.json) {
                w.write("[");
            }
            Deque<Future<Document>> window = new ArrayDeque<>();
            int next = 0;
            while (next < inputs.size() || !window.isEmpty()) {
                while (next < inputs.size() && window.size() < 4 * o.threads) {
                    Inputs.Input in = inputs.get(next++);
                    window.add(pool.submit(() -> process(extractor, in)));
                }
                Document d = await(window.removeFirst());
                if (d.isFailed()) {
                    failed++;
                }
                if (o.json) {
                    w.write(first ? "\n" : ",\n");
                    w.write(Json.pretty(d));
                } else {
                    w.write(Json.line(d));
                    w.write('\n');
                }
                first = false;
            }
            if (o.json) {
                w.write(first ? "]\n" : "\n]\n");
            }
        } finally {
            pool.shutdownNow();
        }
        return failed;
    }

    private static Document await(Future<Document> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            // process() catches everything; this is only reached on an Error such as OutOfMemoryError
            throw new IllegalStateException(e.getCause());
        }
    }

    static Document process(Extractor extractor, Inputs.Input in) {
        if (in.error() != null) {
            return Document.failed(in.source(), in.error());
        }
        try {
            byte[] bytes;
            if (in.isStdin()) {
                try (InputStream s = System.in) {
                    bytes = s.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_FILE_BYTES + 1));
                }
            } else {
                long size = Files.size(in.path());
                if (size > MAX_FILE_BYTES) {
                    return Document.failed(in.source(), "file too large: " + size + " bytes, the limit is " + MAX_FILE_BYTES);
                }
                bytes = Files.readAllBytes(in.path());
            }
            if (bytes.length > MAX_FILE_BYTES) {
                return Document.failed(in.source(), "input too large: more than " + MAX_FILE_BYTES + " bytes");
            }
            return extractor.extract(in.source(), bytes);
        } catch (IOException | RuntimeException e) {
            return Document.failed(in.source(), "cannot read: " + describe(e));
        } catch (OutOfMemoryError e) {
            return Document.failed(in.source(), "out of memory while reading");
        }
    }

    private static String describe(Exception e) {
        String kind = e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2");
        return e.getMessage() == null ? kind : kind.toLowerCase(Locale.ROOT) + ": " + e.getMessage();
    }

    /** Parsed command-line options. */
    static final class Options {
        boolean json;
        boolean help;
        Path output;
        TonePlacement tone = TonePlacement.CLASSIC;
        LocalDate referenceDate;
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        final List<String> paths = new ArrayList<>();

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "-h", "--help" -> o.help = true;
                    case "--format" -> {
                        String f = value(args, ++i, a);
                        if (!f.equals("jsonl") && !f.equals("json")) {
                            throw new IllegalArgumentException("--format takes jsonl or json, not '" + f + "'");
                        }
                        o.json = f.equals("json");
                    }
                    case "-o", "--output" -> o.output = Path.of(value(args, ++i, a));
                    case "--tone" -> {
                        String t = value(args, ++i, a).toUpperCase(Locale.ROOT);
                        try {
                            o.tone = TonePlacement.valueOf(t);
                        } catch (IllegalArgumentException e) {
                            throw new IllegalArgumentException("--tone takes classic or modern");
                        }
                    }
                    case "--reference-date" -> {
                        try {
                            o.referenceDate = LocalDate.parse(value(args, ++i, a));
                        } catch (DateTimeParseException e) {
                            throw new IllegalArgumentException("--reference-date takes an ISO date such as 2021-06-30");
                        }
                    }
                    case "--threads" -> {
                        try {
                            o.threads = Integer.parseInt(value(args, ++i, a));
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("--threads takes a whole number");
                        }
                        if (o.threads < 1 || o.threads > 256) {
                            throw new IllegalArgumentException("--threads takes a number from 1 to 256");
                        }
                    }
                    default -> {
                        if (a.startsWith("-") && !a.equals(Inputs.STDIN)) {
                            throw new IllegalArgumentException("unknown option '" + a + "'");
                        }
                        o.paths.add(a);
                    }
                }
            }
            if (o.paths.isEmpty() && !o.help) {
                throw new IllegalArgumentException("no PATH given");
            }
            return o;
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }
    }
}
