package io.github.juesuan.cli;

import io.github.juesuan.model.Severity;
import io.github.juesuan.read.JuesuanReader;
import io.github.juesuan.read.ReaderOptions;
import io.github.juesuan.read.ReadResult;
import io.github.juesuan.report.Batch;
import io.github.juesuan.report.BatchResult;
import io.github.juesuan.report.HtmlReport;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import io.github.juesuan.report.Checker;
import io.github.juesuan.report.Lang;
import io.github.juesuan.report.Report;
import io.github.juesuan.rules.RulePack;
import io.github.juesuan.rules.RuleSyntaxException;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * {@code check FILE|DIR… [--json OUT] [--html OUT] [--annotate DIR] [--perf-csv OUT] [--threads N] [--details]
 * [--rules PACK] [--disable ID,…] [--only ID,…] [--severity ID=LEVEL] [--lang en] [--password PW]}.
 *
 * <p>One file: its full report. Several files or folders: a progress line on standard error, then a
 * summary (with {@code --details}, every file's full report first).
 */
final class CheckCommand {
    private CheckCommand() {
    }

    static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        List<String> files = new ArrayList<>();
        List<String> packs = new ArrayList<>();
        List<String> disabled = new ArrayList<>();
        List<String> only = new ArrayList<>();
        List<String[]> severities = new ArrayList<>();
        String json = null;
        String perfCsv = null;
        String html = null;
        String annotate = null;
        String password = null;
        int threads = Batch.defaultThreads();
        boolean details = false;
        Lang lang = Lang.ZH;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--json":
                    json = value(args, ++i, a);
                    break;
                case "--perf-csv":
                    perfCsv = value(args, ++i, a);
                    break;
                case "--html":
                    html = value(args, ++i, a);
                    break;
                case "--annotate":
                    annotate = value(args, ++i, a);
                    break;
                case "--details":
                    details = true;
                    break;
                case "--threads": {
                    String v = value(args, ++i, a);
                    try {
                        threads = Integer.parseInt(v);
                    } catch (NumberFormatException e) {
                        threads = 0;
                    }
                    if (threads < 1 || threads > 256) {
                        throw new Main.UsageException("--threads 应为 1 到 256 之间的整数 (--threads takes 1–256)");
                    }
                    break;
                }
                case "--rules":
                    packs.add(value(args, ++i, a));
                    break;
                case "--disable":
                    disabled.addAll(ids(value(args, ++i, a)));
                    break;
                case "--only":
                    only.addAll(ids(value(args, ++i, a)));
                    break;
                case "--severity": {
                    String v = value(args, ++i, a);
                    int eq = v.indexOf('=');
                    if (eq < 0) {
                        throw new Main.UsageException("--severity 的格式为 规则编号=ERROR|WARNING|INFO (--severity ID=LEVEL)");
                    }
                    severities.add(new String[]{v.substring(0, eq).strip(), v.substring(eq + 1).strip()});
                    break;
                }
                case "--lang": {
                    String v = value(args, ++i, a).toLowerCase(Locale.ROOT);
                    if (!v.equals("en") && !v.equals("zh")) {
                        throw new Main.UsageException("--lang 只能是 zh 或 en (--lang takes zh or en)");
                    }
                    lang = v.equals("en") ? Lang.EN : Lang.ZH;
                    break;
                }
                case "--password":
                    password = value(args, ++i, a);
                    break;
                default:
                    if (a.startsWith("--")) {
                        throw new Main.UsageException("未知选项 " + a + " (unknown option)");
                    }
                    files.add(a);
            }
        }
        if (files.isEmpty()) {
            throw new Main.UsageException("check 需要至少一个文件或文件夹 (check takes one or more FILEs or folders)");
        }
        RulePack pack;
        try {
            pack = pack(packs, disabled, only, severities);
        } catch (RuleSyntaxException e) {
            err.println("规则包有误 (rule pack error): " + e.getMessage());
            return Main.USAGE;
        } catch (IOException e) {
            err.println("无法读取规则包 (cannot read the rule pack): " + e.getMessage());
            return Main.USAGE;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return Main.USAGE;
        }
        ReaderOptions options = password == null ? ReaderOptions.DEFAULTS : ReaderOptions.DEFAULTS.withPassword(password);
        JuesuanReader reader = JuesuanReader.create(options);
        Checker checker = Checker.create(reader, pack);
        Inputs inputs = Inputs.of(files);
        boolean single = inputs.paths().size() == 1 && !Files.isDirectory(inputs.paths().get(0));
        Targets.check(inputs, json, html, perfCsv, annotate);
        boolean toStdout = OutputFile.STDOUT.equals(json) || OutputFile.STDOUT.equals(html)
                || OutputFile.STDOUT.equals(perfCsv);
        // An output on standard output has it to itself, so it can be piped into jq or a file.
        PrintStream text = toStdout ? err : out;
        List<String> outputProblems = Collections.synchronizedList(new ArrayList<>());
        Lang language = lang;
        String htmlTarget = html;
        Outputs outputs;
        try {
            outputs = new Outputs(single, details, json, perfCsv, html, lang, text, out);
        } catch (OutputFile.Failure e) {
            err.println(e.getMessage());
            return Main.UNWRITABLE;
        }
        // Each file's HTML section waits on disk, not in memory: a province's batch must stay bounded.
        Map<String, Path> sections = new ConcurrentHashMap<>();
        Path sectionDir = null;
        BatchResult result;
        try (outputs) {
            if (html != null) {
                try {
                    sectionDir = Files.createTempDirectory("juesuan-html-");
                    Cleanup.register(sectionDir);
                } catch (IOException e) {
                    throw new OutputFile.Failure(System.getProperty("java.io.tmpdir"), "temporary folder", e);
                }
            }
            Path spill = sectionDir;
            Path annotateDir;
            try {
                annotateDir = annotate == null ? null : Files.createDirectories(Path.of(annotate));
            } catch (IOException e) {
                throw new OutputFile.Failure(annotate, "annotated copies", e);
            } catch (InvalidPathException e) {
                throw new OutputFile.Failure(annotate, "annotated copies", Locales.message(e));
            }
            Copies copies = annotateDir == null ? null : new Copies(annotateDir, inputs.real());
            // Each worker renders what needs the file's disclosure while it still has it: the batch keeps reports only.
            Batch.Check check = path -> {
                ReadResult read = inputs.read(reader, path, in);
                Report report = checker.check(read);
                if (spill != null) {
                    try {
                        Path part = Files.createTempFile(spill, "section-", ".html");
                        Files.writeString(part, HtmlReport.section(report, read.disclosure(), language), StandardCharsets.UTF_8);
                        sections.put(path.toString(), part);
                    } catch (IOException e) {
                        // The page then lacks this file's section: the run says so and exits 73.
                        outputProblems.add(new OutputFile.Failure(htmlTarget, "HTML report", e).getMessage());
                    }
                }
                if (copies != null && !report.findings().isEmpty()) {
                    try {
                        copies.write(path, report);
                    } catch (IOException | OutputFile.Failure e) {
                        outputProblems.add(e.getMessage());
                    }
                }
                return report;
            };
            // Every output is written as the files come, in path order, so a batch keeps no report once it is
            // out: JSON and CSV go straight to their temporary files, the full text reports of a batch to a
            // temporary file printed after the progress line, and the HTML page keeps one summary line per
            // file with its section on disk.
            result = Batch.run(inputs.paths(), copies == null ? List.of() : List.of(annotateDir), check, threads,
                    single ? p -> { } : Batch.progressPrinter(err, System.console() != null, lang), outputs::accept);
            outputs.finish(result, file -> {
                Path part = sections.get(file);
                try {
                    return part == null ? null : Files.readString(part, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (OutputFile.Failure e) {
            err.println(e.getMessage());
            return Main.UNWRITABLE;
        } finally {
            Cleanup.delete(sectionDir);
            if (sectionDir != null) {
                Cleanup.release(sectionDir);
            }
        }
        result.unreadableFiles().forEach(u -> err.println(u.message()));
        outputProblems.forEach(err::println);
        return !outputProblems.isEmpty() ? Main.UNWRITABLE : result.unreadable() > 0 ? Main.UNREADABLE
                : result.hasErrors() ? Main.FINDINGS : Main.OK;
    }

    private static RulePack pack(List<String> packs, List<String> disabled, List<String> only,
                                 List<String[]> severities) throws IOException, RuleSyntaxException {
        RulePack pack = RulePack.standard();
        for (String p : packs) {
            pack = pack.plus(RulePack.load(Path.of(p)));
        }
        if (!only.isEmpty()) {
            pack = pack.only(only);
        }
        if (!disabled.isEmpty()) {
            pack = pack.without(disabled);
        }
        for (String[] s : severities) {
            Severity level;
            try {
                level = Severity.valueOf(s[1].toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("未知的级别「" + s[1] + "」，应为 ERROR、WARNING 或 INFO (unknown severity)", e);
            }
            pack = pack.withSeverity(s[0], level);
        }
        return pack;
    }

    private static List<String> ids(String v) {
        return Arrays.stream(v.split("[,，]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new Main.UsageException(option + " 需要一个参数 (" + option + " needs a value)");
        }
        return args.get(i);
    }
}
