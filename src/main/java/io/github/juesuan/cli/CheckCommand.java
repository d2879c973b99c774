package io.github.juesuan.cli;

import io.github.juesuan.model.Severity;
import io.github.juesuan.read.JuesuanReader;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.File;
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
import java.util.concurrent.Callable;

/**
 * {@code check FILE|DIR… [--json OUT] [--html OUT] [--annotate DIR] [--perf-csv OUT] [--threads N] [--details]
 * [--rules PACK] [--disable ID,…] [--only ID,…] [--severity ID=LEVEL] [--lang en] [--password PW]}.
 *
 * <p>One file: its full report. Several files or folders: a progress line on standard error, then a
 * summary (with {@code --details}, every file's full report first).
 */
@Command(name = "check", versionProvider = Commands.Version.class,
        sortOptions = false, footerHeading = "%n")
final class CheckCommand implements Callable<Integer> {
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*")
    private List<File> files = new ArrayList<>();

    @Option(names = "--json", paramLabel = "OUT")
    private File json;

    @Option(names = "--html", paramLabel = "OUT")
    private File html;

    @Option(names = "--annotate", paramLabel = "DIR")
    private File annotate;

    @Option(names = "--perf-csv", paramLabel = "OUT")
    private File perfCsv;

    @Option(names = "--details")
    private boolean details;

    @Option(names = "--threads", paramLabel = "N")
    private String threads;

    @Option(names = "--rules", paramLabel = "PACK")
    private List<File> packs = new ArrayList<>();

    @Option(names = "--disable", paramLabel = "IDS")
    private List<String> disabled = new ArrayList<>();

    @Option(names = "--only", paramLabel = "IDS")
    private List<String> only = new ArrayList<>();

    @Option(names = "--severity", paramLabel = "ID=LEVEL")
    private List<String> severity = new ArrayList<>();

    @Mixin
    private Common common = new Common();

    @Mixin
    private HelpOptions help = new HelpOptions();

    CheckCommand(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        int threads = Batch.defaultThreads();
        if (this.threads != null) {
            try {
                threads = Integer.parseInt(this.threads.strip());
            } catch (NumberFormatException e) {
                threads = 0;
            }
            if (threads < 1 || threads > 256) {
                throw new Main.UsageException(CliWords.both("usage.threads"));
            }
        }
        List<String[]> severities = new ArrayList<>();
        for (String v : severity) {
            int eq = v.indexOf('=');
            if (eq < 0) {
                throw new Main.UsageException(CliWords.both("usage.severity"));
            }
            severities.add(new String[]{v.substring(0, eq).strip(), v.substring(eq + 1).strip()});
        }
        Lang lang = common.lang();
        String json = path(this.json);
        String html = path(this.html);
        String annotate = path(this.annotate);
        String perfCsv = path(this.perfCsv);
        List<String> files = this.files.stream().map(File::getPath).toList();
        List<String> packs = this.packs.stream().map(File::getPath).toList();
        List<String> disabled = this.disabled.stream().flatMap(v -> ids(v).stream()).toList();
        List<String> only = this.only.stream().flatMap(v -> ids(v).stream()).toList();
        RulePack pack;
        try {
            pack = pack(packs, disabled, only, severities);
        } catch (RuleSyntaxException e) {
            err.println(CliWords.both("rules.error") + ": " + e.getMessage());
            return Main.USAGE;
        } catch (IOException e) {
            err.println(CliWords.both("rules.unreadable") + ": " + e.getMessage());
            return Main.USAGE;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return Main.USAGE;
        }
        JuesuanReader reader = JuesuanReader.create(common.readerOptions());
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
                    throw new OutputFile.Failure(System.getProperty("java.io.tmpdir"), OutputKind.TEMPORARY_FOLDER, e);
                }
            }
            Path spill = sectionDir;
            Path annotateDir;
            try {
                annotateDir = annotate == null ? null : Files.createDirectories(Path.of(annotate));
            } catch (IOException e) {
                throw new OutputFile.Failure(annotate, OutputKind.ANNOTATED_COPIES, e);
            } catch (InvalidPathException e) {
                throw new OutputFile.Failure(annotate, OutputKind.ANNOTATED_COPIES, Locales.bothLanguages());
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
                        outputProblems.add(new OutputFile.Failure(htmlTarget, OutputKind.HTML_REPORT, e).getMessage());
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
                    single ? p -> { } : new ProgressLine(err, System.console() != null, lang), outputs::accept);
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
            Path file = Locales.pathOrNull(p);
            if (file == null) {
                throw new IllegalArgumentException("--rules " + p + "：" + Locales.bothLanguages());
            }
            pack = pack.plus(file, JuesuanReader.vocabulary());
        }
        // Every pattern is matched against the whole pack, so --only and --disable work in either order.
        for (String[] s : severities) {
            Severity level;
            try {
                level = Severity.valueOf(s[1].toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(CliWords.both("usage.unknownSeverity", s[1]), e);
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

    private static String path(File f) {
        return f == null ? null : f.getPath();
    }
}
