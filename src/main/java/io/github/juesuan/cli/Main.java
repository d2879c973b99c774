package io.github.juesuan.cli;

import io.github.juesuan.read.ReadException;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code juesuan} command line.
 *
 * <pre>
 * java -jar juesuan.jar check FILE|DIR… [--json OUT] [--html OUT] [--annotate DIR] [--perf-csv OUT]
 *                                  [--threads N] [--details] [--rules PACK] [--disable ID,…] [--only ID,…]
 *                                  [--severity ID=LEVEL] [--lang en] [--password PW]
 * java -jar juesuan.jar read FILE [--json] [--password PW]
 * </pre>
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
        System.exit(run(args, out, err));
    }

    /** Runs the command line, writing to the given streams, {@code -} reading {@link System#in}; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, System.in, out, err);
    }

    /** Runs the command line with the given streams ({@code in} for the input {@code -}); returns the exit code. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help") || args[0].equals("help")) {
            usage(args.length == 0 ? err : out);
            return args.length == 0 ? USAGE : OK;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            switch (args[0]) {
                case "check":
                    return CheckCommand.run(rest, in, out, err);
                case "read":
                    return ReadCommand.run(rest, in, out, err);
                default:
                    err.println("未知命令「" + args[0] + "」(unknown command)");
                    usage(err);
                    return USAGE;
            }
        } catch (UsageException e) {
            err.println(e.getMessage());
            usage(err);
            return USAGE;
        } catch (ReadException e) {
            err.println(e.getMessage());
            return UNREADABLE;
        } catch (RuntimeException e) {
            err.println("juesuan 内部错误，请附上文件报告此问题 (internal error, please report it): " + e);
            if (Boolean.getBoolean("juesuan.debug")) {
                e.printStackTrace(err);
            }
            return INTERNAL;
        }
    }

    private static void usage(PrintStream s) {
        s.println("用法 (usage):");
        s.println("  java -jar juesuan.jar check FILE|DIR… [--json OUT] [--html OUT] [--annotate DIR] [--perf-csv OUT]");
        s.println("                                  [--threads N] [--details] [--rules PACK] [--disable ID,…] [--only ID,…]");
        s.println("                                  [--severity ID=LEVEL] [--lang en] [--password PW]");
        s.println("      核对决算公开工作簿的勾稽关系并列出发现的问题 (check the identities and print the findings)");
        s.println("  java -jar juesuan.jar read FILE [--json] [--password PW]");
        s.println("      读取决算公开工作簿并列出每张表的每个数字 (print every table and figure)");
        s.println("  FILE 为 - 时读标准输入；OUT 为 - 时写标准输出 (- reads standard input / writes standard output)");
        s.println("退出码 (exit codes): 0 无错误; 1 发现错误; 2 文件无法读取; 64 用法或规则包错误; 70 内部错误;"
                + " 73 输出无法写入");
    }

    /** A wrong command line. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
