package io.github.juesuan.report;

import io.github.juesuan.fixtures.FixtureDocument;
import io.github.juesuan.fixtures.FixtureWriter;
import io.github.juesuan.fixtures.Format;
import io.github.juesuan.fixtures.Layout;
import io.github.juesuan.fixtures.Links;
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

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
    /** The link from 太原市 back to the root, or null where no symbolic link can be made. */
    private static Path loopLink;
    private static BatchResult four;
    private static final List<BatchProgress> PROGRESS = Collections.synchronizedList(new ArrayList<>());
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
            loopLink = Files.createSymbolicLink(root.resolve("太原市/回到上级"), root);
        } catch (IOException | UnsupportedOperationException e) {
            loopLink = null; // aLinkBackToAnAncestorIsNotWalked is skipped then
        }

        one = Batch.run(List.of(root), CHECKER, 1, p -> {
        });
        four = Batch.run(List.of(root), CHECKER, 4, p -> {
            if (OVERLAP.getAndSet(true)) {
                throw new AssertionError("two progress calls at once");
            }
            PROGRESS.add(p);
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
        List<String> files = one.entries().stream().map(FileOutcome::file).toList();
        List<String> sorted = EXPECTED.keySet().stream().map(Path::of).sorted().map(Path::toString).toList();
        assertEquals(sorted, files);
        for (String s : SKIPPED) {
            assertFalse(files.contains(s), s);
        }
        assertTrue(files.stream().anyMatch(f -> f.endsWith(".XLSX")), "upper-case extensions are taken");
        assertEquals(sorted, BatchFiles.files(List.of(root)).stream().map(Path::toString).toList());
    }

    @Test
    void eachFileGetsWhatItsOriginalGot() {
        for (FileOutcome e : one.entries()) {
            Object expected = EXPECTED.get(e.file());
            if (expected instanceof Report r) {
                FileOutcome.Checked c = assertInstanceOf(FileOutcome.Checked.class, e, e::toString);
                assertEquals(Path.of(e.file()).getFileName().toString(), c.report().file());
                assertEquals(gist(r), gist(c.report()), e.file());
                assertEquals(r.passed(), c.report().passed(), e.file());
            } else {
                FileOutcome.Unreadable u = assertInstanceOf(FileOutcome.Unreadable.class, e, e::toString);
                assertEquals(expected, u.reason(), e.file());
                assertTrue(u.message().startsWith(Path.of(e.file()).getFileName() + ": "), u.message());
            }
        }
    }

    @Test
    void unreadableFilesAreListedWithTheirReason() {
        Map<String, List<String>> byReason = one.unreadableFiles().stream().collect(Collectors.groupingBy(
                FileOutcome.Unreadable::reason, TreeMap::new, Collectors.mapping(FileOutcome.Unreadable::file, Collectors.toList())));
        assertEquals(List.of("CORRUPT", "EMPTY", "NOT_A_WORKBOOK"), List.copyOf(byReason.keySet()));
        byReason.forEach((reason, files) -> {
            assertEquals(BAD_COPIES, files.size(), reason);
            files.forEach(f -> assertEquals(reason, EXPECTED.get(f), f));
        });
        FileOutcome.Unreadable empty = one.unreadableFiles().stream().filter(u -> u.reason().equals("EMPTY")).findFirst().orElseThrow();
        assertEquals(Path.of(empty.file()).getFileName() + ": 文件为空（0 字节），请重新导出或上传 (the file is empty (0 bytes))",
                empty.message());
        FileOutcome.Unreadable pdf = one.unreadableFiles().stream().filter(u -> u.reason().equals("NOT_A_WORKBOOK")).findFirst().orElseThrow();
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
            // By the batch's own clock (each report's elapsed time), which a busy machine cannot skew the way
            // it delays the consumer's thread: reports are at least 200 ms apart, but for the last.
            Duration gap = seen.get(i + 1).elapsed().minus(seen.get(i).elapsed());
            assertTrue(gap.toNanos() >= Batch.PROGRESS_INTERVAL_NANOS || i + 1 == seen.size() - 1,
                    "reports at least 200 ms apart: " + gap.toMillis() + " ms");
        }
        if (four.elapsed().toMillis() >= 1000) {
            assertTrue(seen.size() >= 2, "a batch of a second or more reports on the way: " + seen.size());
            BatchProgress mid = seen.get(0);
            assertTrue(mid.done() < mid.total() && mid.filesPerSecond() > 0 && mid.eta().isPresent(), mid.toString());
        }
    }

    // ------------------------------------------------------------------------------- without the folder

    @Test
    void aNamedLinkToAFolderIsWalkedAndAFileReachedTwiceIsTakenOnce(@TempDir Path dir) throws IOException {
        Path book = Files.write(Files.createDirectories(dir.resolve("a/b")).resolve("x.XLS"), new byte[0]);
        Path link = Links.symbolic(dir.resolve("链接"), dir.resolve("a"));
        assertEquals(List.of(link.resolve("b/x.XLS")), BatchFiles.files(List.of(link)), "a named link to a folder is walked");
        assertEquals(List.of(book), BatchFiles.files(List.of(dir.resolve("a"), link)), "one file, reached twice, once");
    }

    @Test
    void aLinkBackToAnAncestorIsNotWalked() {
        assumeTrue(loopLink != null, "no symbolic link can be made here");
        assertTrue(Files.isSymbolicLink(loopLink));
        // The folder holds the link 太原市/回到上级 → root: walking it would find every file again (and again).
        assertEquals(EXPECTED.keySet(), one.entries().stream().map(FileOutcome::file).collect(Collectors.toCollection(TreeSet::new)));
        assertTrue(one.entries().stream().noneMatch(e -> e.file().contains("回到上级")), "nothing through the loop");
    }


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
                BatchFiles.files(List.of(txt, dir.resolve("a"), lock, book, missing, dir.resolve("a/b/../b/x.XLS"))));

        BatchResult r = Batch.run(List.of(txt, missing), CHECKER, 2, p -> {
        });
        assertEquals(List.of(txt.toString(), missing.toString()), r.entries().stream().map(FileOutcome::file).toList());
        assertEquals(List.of("NOT_A_WORKBOOK", "NOT_FOUND"), r.unreadableFiles().stream().map(FileOutcome.Unreadable::reason).toList());
        assertEquals(0, r.read());
    }

    @Test
    void handingEntriesOverKeepsNoneAndGivesTheSameEntriesAndTotals() throws IOException {
        List<FileOutcome> handed = new ArrayList<>();
        BatchResult streamed = Batch.run(List.of(root), CHECKER::check, 2, p -> {
        }, handed::add);
        assertEquals(List.of(), streamed.entries(), "nothing kept");
        assertEquals(List.of(), streamed.reports());
        assertEquals(one.entries().stream().map(FileOutcome::file).toList(),
                handed.stream().map(FileOutcome::file).toList(), "every file once, in path order");
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

    private static String json(List<FileOutcome> entries) {
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
                r.unreadableFiles().stream().map(FileOutcome.Unreadable::message).toList());
        assertEquals(List.of(FileOutcome.Unreadable.INTERNAL, FileOutcome.Unreadable.INTERNAL),
                r.unreadableFiles().stream().map(FileOutcome.Unreadable::reason).toList());
        assertEquals(List.of("1-ok.xlsx", "4-ok.xlsx", "5-ok.xls"), r.reports().stream().map(Report::file).toList());

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
    void progressArithmetic() {
        BatchProgress p = new BatchProgress(30, 120, Duration.ofSeconds(10), false);
        assertEquals(3.0, p.filesPerSecond(), 1e-9);
        assertEquals(Duration.ofSeconds(30), p.eta().orElseThrow());
        assertEquals(0.25, p.fraction(), 1e-9);
        assertTrue(new BatchProgress(0, 10, Duration.ofSeconds(1), false).eta().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new BatchProgress(11, 10, Duration.ZERO, false));
    }
}
