package io.github.juesuan.cli;

import io.github.juesuan.model.Severity;
import io.github.juesuan.report.Batch;
import io.github.juesuan.report.BatchProgress;
import io.github.juesuan.report.BatchResult;
import io.github.juesuan.report.Checker;
import io.github.juesuan.report.Lang;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * What the command line prints about a batch, whole: the progress line ({@link ProgressLine}) and the summary
 * ({@link BatchSummary}) in both languages, and the words behind them.
 */
class BatchOutputTest {
    private static final String SAMPLE = "samples/shanxi-kepu-2024.xlsx";
    private static final String NL = System.lineSeparator();

    @TempDir
    static Path dir;

    /** Two copies of the sample, an empty file, a PDF by a workbook's name, and a file whose check meets a bug. */
    private static BatchResult result;

    @BeforeAll
    static void batch() throws IOException {
        Files.copy(Path.of(SAMPLE), Files.createDirectories(dir.resolve("甲")).resolve("决算.xlsx"));
        Files.copy(Path.of(SAMPLE), Files.createDirectories(dir.resolve("乙")).resolve("决算.xlsx"));
        Files.write(dir.resolve("空.xlsx"), new byte[0]);
        Files.write(dir.resolve("附件.xls"), "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        Files.write(dir.resolve("坏.xlsx"), new byte[1]);
        Checker checker = Checker.create();
        result = Batch.run(List.of(dir), file -> {
            if (file.getFileName().toString().equals("坏.xlsx")) {
                throw new IllegalStateException("boom");
            }
            return checker.check(file);
        }, 2, p -> {
        });
    }

    /** The summary with its one timed line made fixed. */
    private static String summary(Lang lang) {
        return print(out -> BatchSummary.print(result, lang, out))
                .replaceFirst("用时 [0-9.]+ 秒，每秒 [0-9.]+ 个文件", "用时 T 秒，每秒 R 个文件")
                .replaceFirst("took [0-9.]+ s, [0-9.]+ files/s", "took T s, R files/s");
    }

    @Test
    void theSummaryInChinese() {
        assertEquals("共 5 个文件：已核对 2 个，无法读取 3 个（其中内部错误 1 个）" + NL
                + "有错误的文件 2 个，有警告的文件 2 个" + NL
                + "用时 T 秒，每秒 R 个文件（2 个线程）" + NL
                + NL
                + "出现最多的问题（按规则）：" + NL
                + "  JX.007　警告　2 处，2 个文件　各指标分值与预算执行分值之和应为100" + NL
                + "  JX.008　错误　2 处，2 个文件　总分应等于执行率得分与各指标得分之和" + NL
                + "  WZ.006　错误　2 处，2 个文件　" + wz006(Lang.ZH) + NL
                + NL
                + "无法读取的文件：" + NL
                + unreadable("　"),
                summary(Lang.ZH));
    }

    @Test
    void theSummaryInEnglish() {
        assertEquals("5 files: 2 checked, 3 unreadable (1 internal errors)" + NL
                + "2 files with errors, 2 files with warnings" + NL
                + "took T s, R files/s (2 threads)" + NL
                + NL
                + "Most frequent findings (by rule):" + NL
                + "  JX.007  WARNING  2 findings in 2 files  " + message("JX.007", Lang.EN) + NL
                + "  JX.008  ERROR  2 findings in 2 files  " + message("JX.008", Lang.EN) + NL
                + "  WZ.006  ERROR  2 findings in 2 files  " + wz006(Lang.EN) + NL
                + NL
                + "Files that could not be read:" + NL
                + unreadable("  "),
                summary(Lang.EN));
    }

    /** The unreadable files' lines: path, separator, the message without the file name (in its two languages). */
    private static String unreadable(String separator) {
        return "  " + dir.resolve("坏.xlsx") + separator + "检查时发生内部错误，请把此文件报告给开发者 (internal error: "
                + "java.lang.IllegalStateException: boom)" + NL
                + "  " + dir.resolve("空.xlsx") + separator + "文件为空（0 字节），请重新导出或上传 (the file is empty (0 bytes))" + NL
                + "  " + dir.resolve("附件.xls") + separator + reason("附件.xls") + NL;
    }

    private static String wz006(Lang lang) {
        return message("WZ.006", lang);
    }

    private static String message(String rule, Lang lang) {
        return result.rules().stream().filter(c -> c.ruleId().equals(rule)).findFirst().orElseThrow().message(lang);
    }

    /** The reason after the file name, as the batch gave it. */
    private static String reason(String name) {
        String m = result.unreadableFiles().stream().filter(u -> u.file().endsWith(name)).findFirst().orElseThrow()
                .message();
        return m.substring((name + ": ").length());
    }

    /**
     * A folder on the command line, whole: the summary on standard output, the progress line's last state and
     * the unreadable files on standard error; with {@code --json -} the summary moves to standard error. The
     * golden files were written from the command line before the printing moved out of {@code report}.
     */
    @Test
    void aFolderOnTheCommandLine(@TempDir Path in) throws IOException {
        Files.copy(Path.of(SAMPLE), Files.createDirectories(in.resolve("甲")).resolve("决算.xlsx"));
        Files.copy(Path.of(SAMPLE), Files.createDirectories(in.resolve("乙")).resolve("决算.xlsx"));
        Files.write(in.resolve("空.xlsx"), new byte[0]);
        Files.write(in.resolve("附件.xls"), "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        for (String lang : List.of("zh", "en")) {
            CliRun r = CliRun.run("check", in.toString(), "--threads", "2", "--lang", lang);
            assertEquals(Main.UNREADABLE, r.code(), r.err());
            assertEquals(golden("check-folder." + lang + ".out", in), masked(r.out()), lang);
            assertEquals(golden("check-folder." + lang + ".err", in), masked(r.err()), lang);
        }
        CliRun json = CliRun.run("check", in.toString(), "--threads", "2", "--json", "-");
        String err = golden("check-folder.zh.err", in);
        int progress = err.indexOf(NL) + NL.length();
        assertEquals(err.substring(0, progress) + golden("check-folder.zh.out", in) + err.substring(progress),
                masked(json.err()), "the progress line, the summary, then the unreadable files");
        assertEquals('{', json.out().charAt(0), json.out());
    }

    /** A golden file of {@code fixtures/golden/batch}, its {@code {DIR}/} the folder checked. */
    private static String golden(String name, Path dir) throws IOException {
        String text = Files.readString(Path.of("src/test/resources/fixtures/golden/batch", name), StandardCharsets.UTF_8);
        return text.replace("{DIR}/", dir + java.io.File.separator).replace("\n", NL);
    }

    /** Output with its times and rates made fixed, and without the progress lines before the last. */
    private static String masked(String s) {
        return s.replaceAll("用时 [0-9.]+ 秒，每秒 [0-9.]+ 个文件", "用时 T 秒，每秒 R 个文件")
                .replaceAll("took [0-9.]+ s, [0-9.]+ files/s \\(", "took T s, R files/s (")
                .replaceAll("[0-9.]+ (个/秒|files/s)", "R $1")
                .replaceAll("(?m)(用时|took) [0-9:]+$", "$1 T")
                .replaceAll("(?m)^(核对进度|progress) [0-9]+/[0-9]+ [0-9]+%.*(剩余|ETA).*\\R", "");
    }

    @Test
    void aTerminalGetsOneRedrawnLine() {
        String s = print(err -> {
            ProgressLine printer = new ProgressLine(err, true, Lang.ZH);
            printer.accept(new BatchProgress(0, 200, Duration.ofMillis(200), false));
            printer.accept(new BatchProgress(50, 200, Duration.ofSeconds(5), false));
            printer.accept(new BatchProgress(200, 200, Duration.ofSeconds(20), true));
        });
        assertEquals("\r[------------------------] 0/200 0%　0.0 个/秒　剩余 --:--"
                + "\r[######------------------] 50/200 25%　10.0 个/秒　剩余 0:15"
                + "\r[########################] 200/200 100%　10.0 个/秒　用时 0:20" + NL, s);
        String en = print(err -> {
            ProgressLine printer = new ProgressLine(err, true, Lang.EN);
            printer.accept(new BatchProgress(1, 3, Duration.ofSeconds(2), false));
            printer.accept(new BatchProgress(3, 3, Duration.ofSeconds(3), true));
        });
        assertEquals("\r[########----------------] 1/3 33%  0.5 files/s  ETA 0:04"
                + "\r[########################] 3/3 100%  1.0 files/s  took 0:03" + NL, en);
    }

    @Test
    void aLogGetsAPlainLineEveryTwoSecondsAtMost() {
        String s = print(err -> {
            ProgressLine printer = new ProgressLine(err, false, Lang.ZH);
            for (int i = 1; i <= 25; i++) {
                printer.accept(new BatchProgress(i, 100, Duration.ofMillis(200L * i), false));
            }
            printer.accept(new BatchProgress(100, 100, Duration.ofMillis(5100), true));
        });
        assertEquals("核对进度 10/100 10%　5.0 个/秒　剩余 0:18" + NL
                + "核对进度 20/100 20%　5.0 个/秒　剩余 0:16" + NL
                + "核对进度 100/100 100%　19.6 个/秒　用时 0:05" + NL, s);
        assertFalse(s.contains("\r"));
        String en = print(err -> new ProgressLine(err, false, Lang.EN)
                .accept(new BatchProgress(4, 4, Duration.ofMillis(2000), true)));
        assertEquals("progress 4/4 100%  2.0 files/s  took 0:02" + NL, en);
    }

    @Test
    void clock() {
        assertEquals("1:01:01", ProgressLine.clock(Duration.ofSeconds(3661)));
        assertEquals("0:59", ProgressLine.clock(Duration.ofMillis(59_400)));
        assertEquals("0:00", ProgressLine.clock(Duration.ofMillis(-5)));
    }

    @Test
    void everyWordIsInBothLanguagesAndTheSeveritiesAreTheModels() throws IOException {
        assertEquals(bundle("zh").stringPropertyNames(), bundle("en").stringPropertyNames());
        for (Severity s : Severity.values()) {
            assertEquals(s.chinese(), CliWords.severity(s, Lang.ZH), s.name());
            assertEquals(s.name(), CliWords.severity(s, Lang.EN), s.name());
        }
        assertEquals(List.of("错误", "警告", "提示"), Arrays.stream(Severity.values()).map(Severity::chinese).toList());
    }

    @Test
    void anArgumentIsNeverReadAsAPattern() {
        assertEquals("共 {1} 个文件：已核对 2 个，无法读取 3 个",
                CliWords.of(Lang.ZH).get("summary.files", "{1}", 2, 3));
        assertEquals(" (7 internal errors)", CliWords.of(Lang.EN).get("summary.internal", 7));
    }

    private static Properties bundle(String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = CliWords.class.getResourceAsStream("Messages_" + lang + ".properties")) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static String print(Consumer<PrintStream> body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        body.accept(out);
        out.flush();
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
