package io.github.juesuan.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The {@code juesuan} command line.
 *
 * <pre>
 * java -jar juesuan.jar check [--details] [--annotate DIR] [--html OUT] [--json OUT] [--lang zh|en]
 *                             [--password PW] [--perf-csv OUT] [--threads N] [--disable ID,…]…
 *                             [--only ID,…]… [--rules PACK]… [--severity ID=LEVEL]… FILE|DIR…
 * java -jar juesuan.jar read [--json] [--lang zh|en] [--password PW] FILE
 * java -jar juesuan.jar --help | --version | help [check|read]
 * </pre>
 *
 * <p>The options and usage text are picocli's ({@link Commands}); {@code read} and {@code check} share
 * {@code --lang} and {@code --password} ({@link Common}). A wrong command line prints what is wrong, Chinese
 * first with the English in brackets, and where to find the usage.
 *
 * <p>Exit codes: 0 success (no ERROR); 1 a check found an ERROR; 2 an input could not be read (the message
 * names the file and what is wrong); 64 wrong usage or a broken rule pack (also an output that is an input,
 * lies in an input folder's walk, or names the same path as another output); 70 an internal error (a bug:
 * please report it with the file); 73 an output (a report, the CSV, an annotated copy) could not be written.
 * When several apply, 73 wins over 2, and 2 over 1.
 *
 * <p>Outputs are complete or absent: each is written to a temporary file beside it and moved into place at
 * the end, so an existing report is untouched until the new one is whole, and a failed or interrupted run
 * (SIGTERM, Ctrl-C) leaves neither a half-written report nor temporary files. {@code -} as an input is
 * standard input; as an output, standard output, which then carries that output only (the text report and
 * summary go to standard error).
 */
public final class Main {
    /** Success. */
    public static final int OK = 0;
    /** A check found at least one ERROR. */
    public static final int FINDINGS = 1;
    /** An input could not be read. */
    public static final int UNREADABLE = 2;
    /** The command line was wrong. */
    public static final int USAGE = 64;
    /** A bug in juesuan. */
    public static final int INTERNAL = 70;
    /** An output could not be written (sysexits' EX_CANTCREAT). */
    public static final int UNWRITABLE = 73;

    private Main() {
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        if (System.getProperty("org.slf4j.simpleLogger.log.org.apache.poi") == null) {
            // POI logs its own view of a damaged file (e.g. a cut .xls) at ERROR; juesuan reports it to the user
            System.setProperty("org.slf4j.simpleLogger.log.org.apache.poi", "off");
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int code;
        try {
            code = run(args, out, err);
        } catch (NoClassDefFoundError e) {
            if (e.getMessage() == null || !e.getMessage().startsWith("picocli/")) {
                throw e;
            }
            // Only outside target/juesuan.jar: the library's module requires picocli statically.
            err.println(CliWords.both("error.picocliMissing"));
            code = INTERNAL;
        }
        System.exit(code);
    }

    /** Runs the command line, writing to the given streams, {@code -} reading {@link System#in}; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, System.in, out, err);
    }

    /** Runs the command line with the given streams ({@code in} for the input {@code -}); returns the exit code. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return Commands.create(in, out, err, Commands.usageLanguage(args)).execute(args);
    }

    /** A wrong command line. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
