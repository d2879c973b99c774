package io.github.juesuan.report;

import io.github.juesuan.fixtures.FixtureDocument;
import io.github.juesuan.fixtures.FixtureWriter;
import io.github.juesuan.fixtures.Format;
import io.github.juesuan.fixtures.Layout;
import io.github.juesuan.fixtures.SyntheticDocument;
import io.github.juesuan.fixtures.WrittenFigure;
import io.github.juesuan.fixtures.WrittenWorkbook;
import io.github.juesuan.model.Severity;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link Batch} over a province-like folder: 200 workbooks in nested folders (clean ones in every layout and
 * format, some with one figure broken, some unreadable) plus files it must skip, checked on 1, 2 and 4 threads.
 */
class BatchTest {
    private static final int CLEAN_COPIES = 21;
    private static final int BROKEN_COPIES = 10;
    private static final int BAD_COPIES = 4;

    @TempDir
    static Path tmp;

    private static Path root;
    private static final Checker CHECKER = Checker.create();
    /** Every file the batch must take, with what checking its distinct original gave (or the unreadable reason). */
    private static final Map<String, Object> EXPECTED = new TreeMap<>();
    private static final List<String> SKIPPED = new ArrayList<>();
    private static BatchResult one;
    private static BatchResult four;
    private static final List<BatchProgress> PROGRESS = Collections.synchronizedList(new ArrayList<>());
    private static final List<Long> PROGRESS_AT = Collections.synchronizedList(new ArrayList<>());
    private static final AtomicBoolean OVERLAP = new AtomicBoolean();

    @BeforeAll
    static void folder() throws IOException {
        Path distinct = tmp.resolve("distinct");
        root = tmp.resolve("山西省2024决算公开");
        Map<Path, Report> clean = new LinkedHashMap<>();
        long seed = 1000;
        // the four layouts the counts below are made for (8 clean files × 21 copies)
        for (Layout layout : List.of(Layout.SHANXI, Layout.CENTRAL, Layout.SHANGHAI, Layout.STACKED)) {
            for (Format format : Format.values()) {
                Path file = distinct.resolve("clean-" + layout.fileToken() + "." + format.extension());
                FixtureWriter.write(SyntheticDocument.generate(seed++), layout, format, file);
                clean.put(file, oracle(file));
            }
        }
        Map<Path, Report> broken = new LinkedHashMap<>();
        Path grand = broken(SyntheticDocument.generate(2001), Layout.SHANXI, Format.XLSX,
                distinct.resolve("broken-grand.xlsx"), "01", "inc.grand", "amount");
        Path hospitality = broken(SyntheticDocument.generate(2002), Layout.SHANGHAI, Format.XLS,
                distinct.resolve("broken-hospitality.xls"), "09", "hospitality", "actual");
        broken.put(grand, oracle(grand));
        broken.put(hospitality, oracle(hospitality));

        byte[] xlsx = Files.readAllBytes(distinct.resolve("clean-shanxi.xlsx"));
        Map<String, byte[]> bad = new LinkedHashMap<>();
        bad.put("EMPTY", new byte[0]);
        bad.put("NOT_A_WORKBOOK", "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        bad.put("CORRUPT", Arrays.copyOf(xlsx, xlsx.length / 2));

        int n = 0;
        for (int c = 0; c < CLEAN_COPIES; c++) {
            for (Map.Entry<Path, Report> e : clean.entrySet()) {
                Path target = place(n++, e.getKey());
                Files.copy(e.getKey(), target);
                EXPECTED.put(target.toString(), e.getValue());
            }
        }
        for (int c = 0; c < BROKEN_COPIES; c++) {
            for (Map.Entry<Path, Report> e : broken.entrySet()) {
                Path target = place(n++, e.getKey());
                Files.copy(e.getKey(), target);
                EXPECTED.put(target.toString(), e.getValue());
            }
        }
        for (int c = 0; c < BAD_COPIES; c++) {
            for (Map.Entry<String, byte[]> e : bad.entrySet()) {
                Path target = place(n++, Path.of("bad-" + e.getKey().toLowerCase(Locale.ROOT) + (c % 2 == 0 ? ".xlsx" : ".xls")));
                Files.write(target, e.getValue());
                EXPECTED.put(target.toString(), e.getKey());
            }
        }
        assertEquals(200, EXPECTED.size());

        // What a real folder also holds, and the batch must leave alone.
        skip(root.resolve("太原市/~$单位001.xlsx"), new byte[165]);
        skip(root.resolve("太原市/说明.txt"), "报送说明".getBytes(StandardCharsets.UTF_8));
        skip(root.resolve("notes.txt"), "notes".getBytes(StandardCharsets.UTF_8));
        skip(root.resolve("大同市/.隐藏.xlsx"), xlsx);
        skip(root.resolve(".svn/pristine/单位.xlsx"), xlsx);
        skip(root.resolve("太原市/附件.pdf"), bad.get("NOT_A_WORKBOOK"));
        try {
            Files.createSymbolicLink(root.resolve("太原市/回到上级"), root);
        } catch (IOException | UnsupportedOperationException e) {
            System.out.println("no symbolic link (" + e + "): the loop case is not exercised");
        }

        one = Batch.run(List.of(root), CHECKER, 1, p -> {
        });
        four = Batch.run(List.of(root), CHECKER, 4, p -> {
            if (OVERLAP.getAndSet(true)) {
                throw new AssertionError("two progress calls at once");
            }
            PROGRESS.add(p);
            PROGRESS_AT.add(System.nanoTime());
            OVERLAP.set(false);
        });
        System.out.printf(Locale.ROOT, "batch of %d files: 1 thread %.1f files/s, 4 threads %.1f files/s%n",
                one.files(), one.filesPerSecond(), four.filesPerSecond());
    }

    /** The n-th copy's place: nested 市/县 folders (some at the top), some with an upper-case extension. */
    private static Path place(int n, Path original) throws IOException {
        String name = original.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = name.substring(dot);
        if (n % 11 == 0) {
            ext = ext.toUpperCase(Locale.ROOT);
        }
        String[] cities = {"太原市", "大同市", "阳泉市", "长治市", "晋城市"};
        Path dir = n % 7 == 0 ? root : root.resolve(cities[n % cities.length]).resolve("区县" + (n % 3));
        Files.createDirectories(dir);
        return dir.resolve(String.format(Locale.ROOT, "单位%03d-%s%s", n, name.substring(0, dot), ext));
    }

    private static void skip(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        SKIPPED.add(file.toString());
    }

    private static Report oracle(Path file) throws IOException {
        return CHECKER.check(file);
    }

    /** Writes {@code doc} and adds 1 to one figure with POI, as a careless edit would. */
    private static Path broken(FixtureDocument doc, Layout layout, Format format, Path file, String table, String row,
                               String column) throws IOException {
        WrittenWorkbook w = FixtureWriter.write(doc, layout, format, file);
        WrittenFigure f = w.find(table, row, column).orElseThrow(() -> new AssertionError("no " + table + "/" + row));
        assertNotNull(f.value(), f.id());
        Workbook wb;
        try (InputStream in = Files.newInputStream(file)) {
            wb = WorkbookFactory.create(in);
        }
        try (wb) {
            CellReference ref = new CellReference(f.a1());
            Cell cell = wb.getSheet(f.sheet()).getRow(ref.getRow()).getCell(ref.getCol());
            cell.setCellValue(f.value().doubleValue() + 1);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    /** What a finding says, without the file name that differs between copies. */
    private static List<String> gist(Report r) {
        return r.findings().stream().map(f -> f.ruleId() + " " + f.severity() + " " + f.outcome() + " " + f.instance()
                + " " + f.substituted()).toList();
    }

    // ------------------------------------------------------------------------------------------------ tests

    @Test
    void theBrokenOriginalsHaveExactlyTheErrorsThatWereMade() {
        Map<String, List<String>> serious = new TreeMap<>();
        EXPECTED.values().stream().filter(Report.class::isInstance).map(Report.class::cast).distinct()
                .forEach(r -> serious.put(r.file(), r.findings().stream().filter(f -> f.severity() != Severity.INFO)
                        .map(f -> f.ruleId() + " " + f.severity()).toList()));
        assertEquals(10, serious.size(), serious.toString());
        serious.forEach((file, found) -> assertEquals(file.startsWith("broken-grand") ? List.of("GK01.002 ERROR", "GK01.005 ERROR")
                : file.startsWith("broken-hospitality") ? List.of("GK09.001 ERROR") : List.of(), found, file));
    }

    @Test
    void summaryCountsAreExact() {
        assertEquals(200, one.files());
        assertEquals(188, one.read());
        assertEquals(12, one.unreadable());
        assertEquals(0, one.internalErrors());
        assertEquals(2 * BROKEN_COPIES, one.withErrors());
        assertEquals(0, one.withWarnings());
        assertTrue(one.hasErrors());
        assertEquals(List.of("GK01.002 ERROR 10 10", "GK01.005 ERROR 10 10", "GK09.001 ERROR 10 10"),
                one.rules().stream().map(c -> c.ruleId() + " " + c.severity() + " " + c.findings() + " " + c.files()).toList());
        assertEquals("收入总计应等于本年收入合计、使用非财政拨款结余与年初结转和结余之和", one.rules().get(0).message());
        assertEquals(2, one.topRules(2).size());
        assertEquals(1, one.threads());
        assertEquals(4, four.threads());
    }

    @Test
    void everyWorkbookIsTakenOnceInPathOrderAndNothingElse() {
        List<String> files = one.entries().stream().map(JsonReport.Entry::file).toList();
        List<String> sorted = EXPECTED.keySet().stream().map(Path::of).sorted().map(Path::toString).toList();
        assertEquals(sorted, files);
        for (String s : SKIPPED) {
            assertFalse(files.contains(s), s);
        }
        assertTrue(files.stream().anyMatch(f -> f.endsWith(".XLSX")), "upper-case extensions are taken");
        assertEquals(sorted, Batch.files(List.of(root)).stream().map(Path::toString).toList());
    }

    @Test
    void eachFileGetsWhatItsOriginalGot() {
        for (JsonReport.Entry e : one.entries()) {
            Object expected = EXPECTED.get(e.file());
            if (expected instanceof Report r) {
                assertNotNull(e.report(), e.file() + ": " + e.unreadable());
                assertNull(e.unreadable(), e.file());
                assertEquals(Path.of(e.file()).getFileName().toString(), e.report().file());
                assertEquals(gist(r), gist(e.report()), e.file());
                assertEquals(r.passed(), e.report().passed(), e.file());
            } else {
                assertNull(e.report(), e.file());
                assertTrue(e.unreadable().startsWith(Path.of(e.file()).getFileName() + ": "), e.unreadable());
            }
        }
    }

    @Test
    void unreadableFilesAreListedWithTheirReason() {
        Map<String, List<String>> byReason = one.unreadableFiles().stream().collect(Collectors.groupingBy(
                BatchResult.Unreadable::reason, TreeMap::new, Collectors.mapping(BatchResult.Unreadable::file, Collectors.toList())));
        assertEquals(List.of("CORRUPT", "EMPTY", "NOT_A_WORKBOOK"), List.copyOf(byReason.keySet()));
        byReason.forEach((reason, files) -> {
            assertEquals(BAD_COPIES, files.size(), reason);
            files.forEach(f -> assertEquals(reason, EXPECTED.get(f), f));
        });
        BatchResult.Unreadable empty = one.unreadableFiles().stream().filter(u -> u.reason().equals("EMPTY")).findFirst().orElseThrow();
        assertEquals(Path.of(empty.file()).getFileName() + ": 文件为空（0 字节），请重新导出或上传 (the file is empty (0 bytes))",
                empty.message());
        BatchResult.Unreadable pdf = one.unreadableFiles().stream().filter(u -> u.reason().equals("NOT_A_WORKBOOK")).findFirst().orElseThrow();
        assertTrue(pdf.message().contains("PDF"), pdf.message());
    }

    @Test
    void threadsChangeNeitherOrderNorReports() throws IOException {
        assertEquals(one.entries(), four.entries());
        assertEquals(ReportSchema.text(one.entries()), ReportSchema.text(four.entries()));
        assertEquals(one.rules(), four.rules());
        assertEquals(one.unreadableFiles(), four.unreadableFiles());
    }

    @Test
    void twoThreadsRate() throws IOException {
        BatchResult two = Batch.run(List.of(root), CHECKER, 2, p -> {
        });
        System.out.printf(Locale.ROOT, "batch rate, %d-file folder, 2 threads: %.1f files/s (%d ms)%n",
                two.files(), two.filesPerSecond(), two.elapsed().toMillis());
        assertEquals(one.entries(), two.entries());
    }

    @Test
    void theBatchJsonMatchesTheSchema() throws IOException {
        assertEquals(List.of(), ReportSchema.violations(ReportSchema.write(four.entries())));
    }

    @Test
    void progressIsSerialisedThrottledAndEndsOnce() {
        List<BatchProgress> seen = List.copyOf(PROGRESS);
        assertFalse(seen.isEmpty());
        BatchProgress last = seen.get(seen.size() - 1);
        assertTrue(last.finished());
        assertEquals(200, last.done());
        assertEquals(200, last.total());
        assertEquals(Duration.ZERO, last.eta().orElseThrow());
        for (int i = 0; i < seen.size() - 1; i++) {
            assertFalse(seen.get(i).finished(), "only the last is final");
            assertTrue(seen.get(i).done() <= seen.get(i + 1).done(), "done never goes back");
            assertTrue(PROGRESS_AT.get(i + 1) - PROGRESS_AT.get(i) >= 150_000_000L || i + 1 == seen.size() - 1,
                    "calls at least ~200 ms apart: " + (PROGRESS_AT.get(i + 1) - PROGRESS_AT.get(i)) / 1_000_000 + " ms");
        }
        if (four.elapsed().toMillis() >= 1000) {
            assertTrue(seen.size() >= 2, "a batch of a second or more reports on the way: " + seen.size());
            BatchProgress mid = seen.get(0);
            assertTrue(mid.done() < mid.total() && mid.filesPerSecond() > 0 && mid.eta().isPresent(), mid.toString());
        }
    }

    @Test
    void summaryInChineseByDefaultAndInEnglish() {
        String zh = print(out -> Batch.printSummary(one, Lang.ZH, out));
        assertTrue(zh.startsWith("共 200 个文件：已核对 188 个，无法读取 12 个\n有错误的文件 20 个，有警告的文件 0 个\n用时 "), zh);
        assertTrue(zh.contains("个文件（1 个线程）\n"), zh);
        assertTrue(zh.contains("\n出现最多的问题（按规则）：\n"
                + "  GK01.002　错误　10 处，10 个文件　收入总计应等于本年收入合计、使用非财政拨款结余与年初结转和结余之和\n"), zh);
        assertTrue(zh.contains("\n  GK09.001　错误　10 处，10 个文件　"), zh);
        BatchResult.Unreadable empty = one.unreadableFiles().stream().filter(u -> u.reason().equals("EMPTY")).findFirst().orElseThrow();
        assertTrue(zh.contains("\n无法读取的文件：\n"), zh);
        assertTrue(zh.contains("\n  " + empty.file() + "　文件为空（0 字节），请重新导出或上传 (the file is empty (0 bytes))\n"), zh);

        String en = print(out -> Batch.printSummary(one, Lang.EN, out));
        assertTrue(en.startsWith("200 files: 188 checked, 12 unreadable\n20 files with errors, 0 files with warnings\ntook "), en);
        assertTrue(en.contains("\nMost frequent findings (by rule):\n  GK01.002  ERROR  10 findings in 10 files  total income (line 31) must equal lines 27 + 28 + 29\n"), en);
        assertTrue(en.contains("\nFiles that could not be read:\n"), en);
    }

    // ------------------------------------------------------------------------------- without the folder

    @Test
    void aNamedFileIsTakenWhateverItsNameAndNothingTwice(@TempDir Path dir) throws IOException {
        Path sub = Files.createDirectories(dir.resolve("a/b"));
        Path book = Files.write(sub.resolve("x.XLS"), new byte[0]);
        Path lock = Files.write(dir.resolve("~$lock.xlsx"), new byte[0]);
        Path txt = Files.write(dir.resolve("notes.txt"), "hello".getBytes(StandardCharsets.UTF_8));
        Files.write(sub.resolve("~$x.xls"), new byte[0]);
        Files.write(sub.resolve(".x.xlsx"), new byte[0]);
        Files.write(sub.resolve("x.xlsx.bak"), new byte[0]);
        Path missing = dir.resolve("缺失.xlsx");
        assertEquals(Stream.of(book, lock, missing, txt).sorted().toList(),
                Batch.files(List.of(txt, dir.resolve("a"), lock, book, missing, dir.resolve("a/b/../b/x.XLS"))));

        try {
            Path link = Files.createSymbolicLink(dir.resolve("链接"), dir.resolve("a"));
            assertEquals(List.of(link.resolve("b/x.XLS")), Batch.files(List.of(link)), "a named link to a folder is walked");
            assertEquals(List.of(book), Batch.files(List.of(dir.resolve("a"), link)), "one file, reached twice, once");
        } catch (IOException | UnsupportedOperationException e) {
            System.out.println("no symbolic link (" + e + "): the named-link case is not exercised");
        }

        BatchResult r = Batch.run(List.of(txt, missing), CHECKER, 2, p -> {
        });
        assertEquals(List.of(txt.toString(), missing.toString()), r.entries().stream().map(JsonReport.Entry::file).toList());
        assertEquals(List.of("NOT_A_WORKBOOK", "NOT_FOUND"), r.unreadableFiles().stream().map(BatchResult.Unreadable::reason).toList());
        assertEquals(0, r.read());
    }

    @Test
    void handingEntriesOverKeepsNoneAndGivesTheSameEntriesAndTotals() throws IOException {
        List<JsonReport.Entry> handed = new ArrayList<>();
        BatchResult streamed = Batch.run(List.of(root), CHECKER::check, 2, p -> {
        }, handed::add);
        assertEquals(List.of(), streamed.entries(), "nothing kept");
        assertEquals(List.of(), streamed.reports());
        assertEquals(one.entries().stream().map(JsonReport.Entry::file).toList(),
                handed.stream().map(JsonReport.Entry::file).toList(), "every file once, in path order");
        assertEquals(json(one.entries()), json(handed), "the same reports");
        assertEquals(List.of(one.files(), one.read(), one.unreadable(), one.withErrors(), one.withWarnings()),
                List.of(streamed.files(), streamed.read(), streamed.unreadable(), streamed.withErrors(),
                        streamed.withWarnings()));
        assertEquals(one.rules(), streamed.rules());
        assertEquals(one.unreadableFiles(), streamed.unreadableFiles());
        for (Severity s : Severity.values()) {
            int sum = one.reports().stream().mapToInt(r -> r.count(s)).sum();
            assertEquals(sum, one.findings(s), s.name());
            assertEquals(sum, streamed.findings(s), s.name());
        }
    }

    @Test
    void aSlowFirstFileHoldsBackAtMostTwoFilesPerThread(@TempDir Path dir) throws IOException {
        for (int i = 0; i < 40; i++) {
            Files.write(dir.resolve(String.format(Locale.ROOT, "%02d.xlsx", i)), new byte[1]);
        }
        int threads = 3;
        java.util.concurrent.atomic.AtomicInteger started = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger handed = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger most = new java.util.concurrent.atomic.AtomicInteger();
        List<String> order = new ArrayList<>();
        BatchResult r = Batch.run(List.of(dir), file -> {
            most.accumulateAndGet(started.incrementAndGet() - handed.get(), Math::max);
            if (file.getFileName().toString().equals("00.xlsx")) {
                try {
                    Thread.sleep(300); // everything after it is done long before it, and must wait
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return new Report(file.getFileName().toString(), file, null, null, List.of(), List.of(), List.of(), 1);
        }, threads, p -> {
        }, e -> {
            order.add(Path.of(e.file()).getFileName().toString());
            handed.incrementAndGet();
        });
        assertEquals(40, r.files());
        assertEquals(40, order.size());
        assertEquals(order.stream().sorted().toList(), order, "handed over in path order");
        assertEquals(Batch.IN_FLIGHT_PER_THREAD * threads, most.get(),
                "files checked but not yet handed over never exceed the in-flight bound, and reach it");
    }

    @Test
    void aFailingConsumerStopsTheBatch(@TempDir Path dir) throws IOException {
        for (int i = 0; i < 20; i++) {
            Files.write(dir.resolve(String.format(Locale.ROOT, "%02d.xlsx", i)), new byte[1]);
        }
        List<String> handed = Collections.synchronizedList(new ArrayList<>());
        java.io.UncheckedIOException thrown = assertThrows(java.io.UncheckedIOException.class, () -> Batch.run(List.of(dir),
                file -> new Report(file.getFileName().toString(), file, null, null, List.of(), List.of(), List.of(), 1), 2,
                p -> {
                }, e -> {
                    handed.add(e.file());
                    if (handed.size() == 5) {
                        throw new java.io.UncheckedIOException(new IOException("disk full"));
                    }
                }));
        assertEquals("java.io.IOException: disk full", thrown.getMessage());
        assertEquals(5, handed.size(), "nothing is handed over after the failure");
    }

    private static String json(List<JsonReport.Entry> entries) {
        java.io.StringWriter w = new java.io.StringWriter();
        try {
            JsonReport.write(entries, w);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return w.toString();
    }

    @Test
    void anEmptyFolderIsAnEmptyBatch(@TempDir Path dir) {
        List<BatchProgress> seen = new ArrayList<>();
        BatchResult r = Batch.run(List.of(dir), CHECKER, 3, seen::add);
        assertEquals(0, r.files());
        assertEquals(List.of(), r.rules());
        assertEquals(1, seen.size());
        assertTrue(seen.get(0).finished());
        assertEquals(1.0, seen.get(0).fraction());
        assertThrows(IllegalArgumentException.class, () -> Batch.run(List.of(dir), CHECKER, 0, p -> {
        }));
    }

    @Test
    void bugsInOneFileDoNotStopTheBatch(@TempDir Path dir) throws IOException {
        for (String name : List.of("1-ok.xlsx", "2-bug.xlsx", "3-deep.xlsx", "4-ok.xlsx", "5-ok.xls")) {
            Files.write(dir.resolve(name), new byte[1]);
        }
        BatchResult r = Batch.run(List.of(dir), file -> {
            String name = file.getFileName().toString();
            if (name.contains("bug")) {
                throw new IllegalStateException("boom");
            }
            if (name.contains("deep")) {
                return deep(0);
            }
            return new Report(name, null, "单位", 2024, List.of(), List.of(), List.of(), 1);
        }, 2, p -> {
        });
        assertEquals(5, r.files());
        assertEquals(3, r.read());
        assertEquals(2, r.internalErrors());
        assertEquals(List.of("2-bug.xlsx: 检查时发生内部错误，请把此文件报告给开发者 (internal error: java.lang.IllegalStateException: boom)",
                        "3-deep.xlsx: 检查时发生内部错误，请把此文件报告给开发者 (internal error: java.lang.StackOverflowError)"),
                r.unreadableFiles().stream().map(BatchResult.Unreadable::message).toList());
        assertEquals(List.of(BatchResult.INTERNAL, BatchResult.INTERNAL),
                r.unreadableFiles().stream().map(BatchResult.Unreadable::reason).toList());
        assertEquals(List.of("1-ok.xlsx", "4-ok.xlsx", "5-ok.xls"), r.reports().stream().map(Report::file).toList());
        assertTrue(print(out -> Batch.printSummary(r, Lang.ZH, out)).startsWith("共 5 个文件：已核对 3 个，无法读取 2 个（其中内部错误 2 个）\n"));

        AssertionError fatal = assertThrows(AssertionError.class, () -> Batch.run(List.of(dir), file -> {
            throw new AssertionError("fatal");
        }, 2, p -> {
        }));
        assertEquals("fatal", fatal.getMessage());
    }

    private static Report deep(int n) {
        return n < 0 ? null : deep(n + 1);
    }

    @Test
    void aTerminalGetsOneRedrawnLine() {
        String s = print(err -> {
            var printer = Batch.progressPrinter(err, true, Lang.ZH);
            printer.accept(new BatchProgress(0, 200, Duration.ofMillis(200), false));
            printer.accept(new BatchProgress(50, 200, Duration.ofSeconds(5), false));
            printer.accept(new BatchProgress(200, 200, Duration.ofSeconds(20), true));
        });
        assertEquals("\r[------------------------] 0/200 0%　0.0 个/秒　剩余 --:--"
                + "\r[######------------------] 50/200 25%　10.0 个/秒　剩余 0:15"
                + "\r[########################] 200/200 100%　10.0 个/秒　用时 0:20" + System.lineSeparator(), s);
        String en = print(err -> Batch.progressPrinter(err, true, Lang.EN)
                .accept(new BatchProgress(1, 3, Duration.ofSeconds(2), false)));
        assertEquals("\r[########----------------] 1/3 33%  0.5 files/s  ETA 0:04", en);
    }

    @Test
    void aLogGetsAPlainLineEveryTwoSecondsAtMost() {
        String s = print(err -> {
            var printer = Batch.progressPrinter(err, false, Lang.ZH);
            for (int i = 1; i <= 25; i++) {
                printer.accept(new BatchProgress(i, 100, Duration.ofMillis(200L * i), false));
            }
            printer.accept(new BatchProgress(100, 100, Duration.ofMillis(5100), true));
        });
        String nl = System.lineSeparator();
        assertEquals("核对进度 10/100 10%　5.0 个/秒　剩余 0:18" + nl
                + "核对进度 20/100 20%　5.0 个/秒　剩余 0:16" + nl
                + "核对进度 100/100 100%　19.6 个/秒　用时 0:05" + nl, s);
        assertFalse(s.contains("\r"));
    }

    @Test
    void progressArithmetic() {
        BatchProgress p = new BatchProgress(30, 120, Duration.ofSeconds(10), false);
        assertEquals(3.0, p.filesPerSecond(), 1e-9);
        assertEquals(Duration.ofSeconds(30), p.eta().orElseThrow());
        assertEquals(0.25, p.fraction(), 1e-9);
        assertTrue(new BatchProgress(0, 10, Duration.ofSeconds(1), false).eta().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new BatchProgress(11, 10, Duration.ZERO, false));
        assertEquals("1:01:01", Batch.clock(Duration.ofSeconds(3661)));
        assertEquals("0:59", Batch.clock(Duration.ofMillis(59_400)));
    }

    private static String print(java.util.function.Consumer<PrintStream> body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        body.accept(out);
        out.flush();
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
