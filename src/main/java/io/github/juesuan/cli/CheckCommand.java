package io.github.juesuan.cli;

import io.github.juesuan.model.Severity;
import io.github.juesuan.read.JuesuanReader;
import io.github.juesuan.read.ReaderOptions;
import io.github.juesuan.read.ReadResult;
import io.github.juesuan.report.Batch;
import io.github.juesuan.report.BatchResult;
import io.github.juesuan.report.HtmlReport;
import io.github.juesuan.write.AnnotatedWorkbook;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import io.github.juesuan.report.Checker;
import io.github.juesuan.report.JsonReport;
import io.github.juesuan.report.Lang;
import io.github.juesuan.report.ProjectCsv;
import io.github.juesuan.report.Report;
import io.github.juesuan.report.TextReport;
import io.github.juesuan.rules.RulePack;
import io.github.juesuan.rules.RuleSyntaxException;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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

    static int run(List<String> args, PrintStream out, PrintStream err) {
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
        List<Path> inputs = files.stream().map(Path::of).toList();
        boolean single = inputs.size() == 1 && !Files.isDirectory(inputs.get(0));
        // Each file's HTML section waits on disk, not in memory: a province's batch must stay bounded.
        Map<String, Path> sections = new ConcurrentHashMap<>();
        Path sectionDir = null;
        if (html != null) {
            try {
                sectionDir = Files.createTempDirectory("juesuan-html-");
            } catch (IOException e) {
                err.println("无法创建临时目录 (cannot create a temporary directory): " + e.getMessage());
                return Main.UNREADABLE;
            }
        }
        Path spill = sectionDir;
        List<String> annotateProblems = java.util.Collections.synchronizedList(new ArrayList<>());
        Path annotateDir = annotate == null ? null : Path.of(annotate);
        if (annotateDir != null) {
            try {
                Files.createDirectories(annotateDir);
            } catch (IOException e) {
                err.println("无法创建目录 " + annotate + " (cannot create the directory): " + e.getMessage());
                return Main.UNREADABLE;
            }
        }
        boolean withHtml = html != null;
        Lang language = lang;
        // Each worker renders what needs the file's disclosure while it still has it: the batch keeps reports only.
        Batch.Check check = path -> {
            ReadResult read = reader.read(path);
            Report report = checker.check(read);
            if (withHtml) {
                try {
                    Path part = Files.createTempFile(spill, "section-", ".html");
                    Files.writeString(part, HtmlReport.section(report, read.disclosure(), language), StandardCharsets.UTF_8);
                    sections.put(path.toString(), part);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            if (annotateDir != null && !report.findings().isEmpty()) {
                try {
                    AnnotatedWorkbook.write(path, report, Files.createDirectories(annotatedDir(annotateDir, inputs, path)));
                } catch (IOException e) {
                    annotateProblems.add(e.getMessage());
                }
            }
            return report;
        };
        // Every output is written as the files come, in path order, so a batch keeps no report once it is out:
        // JSON and CSV go straight to their files, the full text reports of a batch to a temporary file printed
        // after the progress line, and the HTML page keeps one summary line per file with its section on disk.
        Outputs outputs;
        try {
            outputs = new Outputs(single, details, json, perfCsv, html != null, lang, out);
        } catch (OutputFailure e) {
            err.println(e.getMessage());
            deleteQuietly(sectionDir);
            return Main.UNREADABLE;
        }
        BatchResult result;
        try (outputs) {
            result = Batch.run(inputs, check, threads, single ? p -> { }
                    : Batch.progressPrinter(err, System.console() != null, lang), outputs::accept);
            outputs.finish(result);
        } catch (OutputFailure e) {
            err.println(e.getMessage());
            deleteQuietly(sectionDir);
            return Main.UNREADABLE;
        }
        result.unreadableFiles().forEach(u -> err.println(u.message()));
        annotateProblems.forEach(err::println);
        if (html != null) {
            try (Writer w = Files.newBufferedWriter(Path.of(html), StandardCharsets.UTF_8)) {
                HtmlReport.writeSummarised(outputs.lines, file -> {
                    Path part = sections.get(file);
                    try {
                        return part == null ? null : Files.readString(part, StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }, lang, w);
            } catch (IOException | java.io.UncheckedIOException e) {
                err.println("无法写入 " + html + " (cannot write the HTML report): " + e.getMessage());
                return Main.UNREADABLE;
            } finally {
                deleteQuietly(sectionDir);
            }
        }
        return result.unreadable() > 0 ? Main.UNREADABLE : result.hasErrors() ? Main.FINDINGS : Main.OK;
    }

    /** An output that could not be written: its message names the file and says so in both languages. */
    private static final class OutputFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutputFailure(String target, String what, IOException cause) {
            super("无法写入 " + target + " (cannot write the " + what + "): " + cause.getMessage(), cause);
        }
    }

    /** The outputs a check writes file by file, in path order (see {@link Batch}). */
    private static final class Outputs implements AutoCloseable {
        private final boolean single;
        private final Lang lang;
        private final PrintStream out;
        private final String jsonTarget;
        private final String csvTarget;
        private Path detailsFile;
        private PrintStream details;
        private Path jsonFile;
        private Writer jsonWriter;
        private JsonReport.Streaming json;
        private Writer csv;
        private Path csvFile;
        private boolean firstText = true;
        private boolean finished;
        final List<HtmlReport.Line> lines;

        Outputs(boolean single, boolean withDetails, String json, String perfCsv, boolean html, Lang lang,
                PrintStream out) {
            this.single = single;
            this.lang = lang;
            this.out = out;
            this.jsonTarget = json;
            this.csvTarget = perfCsv;
            this.lines = html ? new ArrayList<>() : null;
            try {
                if (withDetails && !single) {
                    detailsFile = Files.createTempFile("juesuan-details-", ".txt");
                    details = new PrintStream(Files.newOutputStream(detailsFile), false, StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                throw new OutputFailure(System.getProperty("java.io.tmpdir"), "temporary file", e);
            }
            if (json != null) {
                try {
                    // JSON on standard output follows the text, as it always has: it waits in a temporary file.
                    Path target = json.equals("-") ? Files.createTempFile("juesuan-json-", ".json") : Path.of(json);
                    jsonWriter = Files.newBufferedWriter(target, StandardCharsets.UTF_8);
                    jsonFile = target; // ours from here on: removed if the run cannot finish it
                    this.json = JsonReport.open(jsonWriter);
                } catch (IOException | java.nio.file.InvalidPathException e) {
                    close();
                    throw new OutputFailure(json, "JSON report", e instanceof IOException io ? io : new IOException(e));
                }
            }
            if (perfCsv != null) {
                try {
                    Path target = Path.of(perfCsv);
                    csv = Files.newBufferedWriter(target, StandardCharsets.UTF_8);
                    csvFile = target;
                    ProjectCsv.header(csv);
                } catch (IOException | java.nio.file.InvalidPathException e) {
                    close();
                    throw new OutputFailure(perfCsv, "CSV", e instanceof IOException io ? io : new IOException(e));
                }
            }
        }

        void accept(JsonReport.Entry e) {
            Report r = e.report();
            if (r != null && (single || details != null)) {
                PrintStream to = single ? out : details;
                if (!firstText) {
                    to.println();
                }
                TextReport.write(r, lang, to);
                firstText = false;
            }
            if (json != null) {
                try {
                    json.write(e);
                } catch (IOException x) {
                    throw new OutputFailure(jsonTarget, "JSON report", x);
                }
            }
            if (csv != null && r != null) {
                try {
                    ProjectCsv.rows(r, csv);
                } catch (IOException x) {
                    throw new OutputFailure(csvTarget, "CSV", x);
                }
            }
            if (lines != null) {
                lines.add(HtmlReport.Line.of(e));
            }
        }

        /** After the batch: the full reports, the summary, the end of the JSON document. */
        void finish(BatchResult result) {
            if (details != null) {
                details.close();
                try {
                    Files.copy(detailsFile, out);
                } catch (IOException e) {
                    throw new OutputFailure(detailsFile.toString(), "details", e);
                }
                out.flush();
            }
            if (!single) {
                if (!firstText) {
                    out.println();
                }
                Batch.printSummary(result, lang, out);
            }
            if (csv != null) {
                try {
                    csv.flush();
                } catch (IOException e) {
                    throw new OutputFailure(csvTarget, "CSV", e);
                }
            }
            if (json != null) {
                try {
                    json.finish();
                    jsonWriter.close();
                    jsonWriter = null;
                    if (jsonTarget.equals("-")) {
                        Files.copy(jsonFile, out);
                        out.flush();
                    }
                } catch (IOException e) {
                    throw new OutputFailure(jsonTarget, "JSON report", e);
                }
            }
            finished = true;
        }

        /** Closes everything; a JSON or CSV file left unfinished by a failure is removed, not left half-written. */
        @Override
        public void close() {
            if (details != null) {
                details.close();
            }
            closeQuietly(jsonWriter);
            closeQuietly(csv);
            try {
                if (detailsFile != null) {
                    Files.deleteIfExists(detailsFile);
                }
                if (jsonFile != null && ("-".equals(jsonTarget) || !finished)) {
                    Files.deleteIfExists(jsonFile);
                }
                if (csvFile != null && !finished) {
                    Files.deleteIfExists(csvFile);
                }
            } catch (IOException e) {
                // a temporary file left behind is not worth failing the run for
            }
        }

        private static void closeQuietly(Writer w) {
            if (w != null) {
                try {
                    w.close();
                } catch (IOException e) {
                    // already reported by whatever failed first, or nothing left to write
                }
            }
        }
    }

    /**
     * Where a file's annotated copy goes: under the output directory, at the file's place below the folder it
     * was found in, so two units' files of the same name never overwrite each other.
     */
    private static Path annotatedDir(Path outDir, List<Path> inputs, Path file) {
        for (Path input : inputs) {
            if (Files.isDirectory(input) && file.startsWith(input)) {
                Path parent = input.relativize(file).getParent();
                return parent == null ? outDir : outDir.resolve(parent.toString());
            }
        }
        return outDir;
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // a temporary directory left behind is not worth failing the run for
        }
    }

    private static RulePack pack(List<String> packs, List<String> disabled, List<String> only,
                                 List<String[]> severities) throws IOException, RuleSyntaxException {
        RulePack pack = RulePack.standard();
        for (String p : packs) {
            pack = pack.plus(Path.of(p), JuesuanReader.vocabulary());
        }
        // Every pattern is matched against the whole pack, so --only and --disable work in either order.
        for (String[] s : severities) {
            Severity level;
            try {
                level = Severity.valueOf(s[1].toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("未知的级别「" + s[1] + "」，应为 ERROR、WARNING 或 INFO (unknown severity)", e);
            }
            pack = option("--severity", pack, p -> p.withSeverity(s[0], level));
        }
        option("--only", pack, p -> p.only(only));
        option("--disable", pack, p -> p.without(disabled));
        return pack.select(only, disabled);
    }

    /** Applies one option's patterns, naming the option where a pattern matches no rule. */
    private static RulePack option(String option, RulePack pack, java.util.function.UnaryOperator<RulePack> apply) {
        try {
            return apply.apply(pack);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + "：" + e.getMessage(), e);
        }
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
