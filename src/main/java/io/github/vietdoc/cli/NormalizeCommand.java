package io.github.vietdoc.cli;

import io.github.vietdoc.text.Normalizer;
import io.github.vietdoc.text.TextDecoder;
import io.github.vietdoc.text.TonePlacement;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code normalize FILE}: prints the normalized view the extractors read, for checking a document by eye. */
final class NormalizeCommand {
    private NormalizeCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 1 || args[0].startsWith("-")) {
            err.println("usage: java -jar vietdoc-cli.jar normalize FILE");
            return Main.USAGE;
        }
        try {
            TextDecoder.Decoded d = TextDecoder.decode(Files.readAllBytes(Path.of(args[0])));
            if (d.error() != null) {
                err.println("vietdoc normalize: " + args[0] + ": " + d.error());
                return Main.SOME_FAILED;
            }
            var doc = Normalizer.create(TonePlacement.CLASSIC).normalize(d.text());
            out.println(doc.text());
            for (String w : d.warnings()) {
                err.println("warning: " + w);
            }
            for (String w : doc.warnings()) {
                err.println("warning: " + w);
            }
            return Main.OK;
        } catch (IOException e) {
            err.println("vietdoc normalize: " + args[0] + ": cannot read: " + e.getMessage());
            return Main.SOME_FAILED;
        }
    }
}
