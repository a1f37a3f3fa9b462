package io.github.vietdoc.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** {@code java -jar vietdoc-cli.jar COMMAND …}: the command line of vietdoc. */
public final class Main {
    static final int OK = 0;
    static final int SOME_FAILED = 1;
    static final int USAGE = 2;

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int code = run(args, out, err);
        out.flush();
        System.exit(code);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.print(Usage.TEXT);
            return USAGE;
        }
        switch (args[0]) {
            case "--help", "-h", "help" -> {
                out.print(Usage.TEXT);
                return OK;
            }
            case "--version", "-V" -> {
                out.println("vietdoc " + io.github.vietdoc.VietDoc.version());
                return OK;
            }
            case "extract" -> {
                return ExtractCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), out, err);
            }
            case "normalize" -> {
                return NormalizeCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), out, err);
            }
            default -> {
                err.println("vietdoc: unknown command '" + args[0] + "'");
                err.print(Usage.TEXT);
                return USAGE;
            }
        }
    }
}
