package io.github.juesuan.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.juesuan.fixtures.FixtureDocument;
import io.github.juesuan.fixtures.FixtureWriter;
import io.github.juesuan.fixtures.Format;
import io.github.juesuan.fixtures.Layout;
import io.github.juesuan.fixtures.PerformanceForm;
import io.github.juesuan.fixtures.SyntheticDocument;
import io.github.juesuan.fixtures.WrittenFigure;
import io.github.juesuan.fixtures.WrittenWorkbook;
import io.github.juesuan.model.Disclosure;
import io.github.juesuan.model.Severity;
import io.github.juesuan.read.JuesuanReader;
import io.github.juesuan.read.ReadException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Makes a per-rule test a few lines: a fixture workbook written once, copies of it with one figure changed,
 * and assertions on the evaluations of one rule.
 *
 * <pre>{@code
 * h = RuleHarness.synthetic(dir);          // once per class, in a BeforeAll, dir a static TempDir
 * h.assertPasses("GK01.001");
 * RuleHarness broken = h.plus("01", "inc.other", "amount", new BigDecimal("1.00"));
 * broken.assertFailsAt("GK01.001", Severity.ERROR, "",
 *         h.cell("01", "inc.total", "amount"), h.cell("01", "inc.general", "amount"), …);
 * }</pre>
 *
 * <p>Cells are named by table, row key and column key and located through the {@link WrittenWorkbook} the
 * fixture writer returned, so a test pins which figures took part, not where a layout happened to put them.
 * A harness is immutable apart from its lazily read disclosure; {@link #mutate} returns a new one over a copy.
 */
final class RuleHarness {

    /** The seed of the synthetic department every rule test uses. */
    private static final ThreadLocal<RuleHarness> LAST_FAILED = new ThreadLocal<>();

    static final long SYNTHETIC_SEED = 20240101L;

    private final WrittenWorkbook written;
    private final Path file;
    private final Path dir;
    private Disclosure disclosure;

    private RuleHarness(WrittenWorkbook written, Path file, Path dir) {
        this.written = written;
        this.file = file;
        this.dir = dir;
    }

    /** The synthetic department ({@link SyntheticDocument#generate}) written as a SHANXI .xlsx into {@code dir}. */
    static RuleHarness synthetic(Path dir) throws IOException {
        return write(SyntheticDocument.generate(SYNTHETIC_SEED), Layout.SHANXI, Format.XLSX, dir);
    }

    /** {@code doc} written in {@code layout} and {@code format} into {@code dir}. */
    static RuleHarness write(FixtureDocument doc, Layout layout, Format format, Path dir) throws IOException {
        return write(doc, layout, format, dir, PerformanceForm.SHANXI);
    }

    /** {@code doc} written in {@code layout} and {@code format}, its 绩效自评表 in {@code perfForm}, into {@code dir}. */
    static RuleHarness write(FixtureDocument doc, Layout layout, Format format, Path dir, PerformanceForm perfForm)
            throws IOException {
        Path file = Files.createTempFile(dir, layout.fileToken() + "-", "." + format.extension());
        return new RuleHarness(FixtureWriter.write(doc, layout, format, file, perfForm), file, dir);
    }

    /** Where the fixture writer put every figure (also valid for every mutated copy). */
    WrittenWorkbook written() {
        return written;
    }

    /** This harness's workbook: the one written, or a mutated copy. */
    Path file() {
        return file;
    }

    /** The written entry for one figure; fails the test when the layout did not write it. */
    WrittenFigure figure(String table, String rowKey, String columnKey) {
        return written.find(table, rowKey, columnKey).orElseThrow(() -> new AssertionError(
                "the " + written.layout() + " workbook has no figure " + table + "/" + rowKey + "/" + columnKey));
    }

    /** The location a {@link Participant} reports for one figure, e.g. {@code 公开01表!C33}. */
    String cell(String table, String rowKey, String columnKey) {
        WrittenFigure f = figure(table, rowKey, columnKey);
        return f.sheet() + "!" + f.a1();
    }

    /** The locations of one column over several rows, in the order given. */
    String[] cells(String table, List<String> rowKeys, String columnKey) {
        return rowKeys.stream().map(r -> cell(table, r, columnKey)).toArray(String[]::new);
    }

    /** The value originally written for one figure (a blank or a dash as zero). */
    BigDecimal value(String table, String rowKey, String columnKey) {
        BigDecimal v = figure(table, rowKey, columnKey).value();
        return v == null ? BigDecimal.ZERO : v;
    }

    /**
     * A copy of this workbook in which one figure holds {@code newValue} as a number; this harness is
     * unchanged. A blank cell is created; a cell that held no number gets a number format with as many
     * decimals as {@code newValue} has, so the reader takes it at that precision. Only .xlsx.
     */
    RuleHarness mutate(String table, String rowKey, String columnKey, BigDecimal newValue) {
        Objects.requireNonNull(newValue, "newValue");
        return edit(table, rowKey, columnKey, newValue);
    }

    /** A copy of this workbook in which one figure's cell is empty (its style kept); only .xlsx. */
    RuleHarness blank(String table, String rowKey, String columnKey) {
        return edit(table, rowKey, columnKey, null);
    }

    /** A copy of this workbook in which one figure's cell holds {@code text} (a dash, say); only .xlsx. */
    RuleHarness text(String table, String rowKey, String columnKey, String text) {
        return edit(table, rowKey, columnKey, Objects.requireNonNull(text, "text"));
    }

    /** {@link #blank} of several figures of one column. */
    RuleHarness blank(String table, List<String> rowKeys, String columnKey) {
        RuleHarness out = this;
        for (String row : rowKeys) {
            out = out.blank(table, row, columnKey);
        }
        return out;
    }

    /** A copy with one figure set to {@code value} (a number or a text), or emptied where it is null. */
    private RuleHarness edit(String table, String rowKey, String columnKey, Object value) {
        if (written.format() != Format.XLSX) {
            throw new IllegalStateException("mutate opens the workbook with XSSFWorkbook: .xlsx only");
        }
        WrittenFigure f = figure(table, rowKey, columnKey);
        try {
            Path copy = Files.createTempFile(dir, "mutated-", ".xlsx");
            try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                XSSFSheet sheet = wb.getSheet(f.sheet());
                if (sheet == null) {
                    throw new AssertionError("no sheet «" + f.sheet() + "» in " + file);
                }
                CellReference ref = new CellReference(f.a1());
                Row row = sheet.getRow(ref.getRow());
                if (row == null) {
                    row = sheet.createRow(ref.getRow());
                }
                Cell cell = row.getCell(ref.getCol());
                if (cell == null) {
                    cell = row.createCell(ref.getCol());
                }
                CellType type = cell.getCellType();
                if (type == CellType.FORMULA) {
                    cell.removeFormula();
                }
                if (value == null) {
                    cell.setBlank();
                } else if (value instanceof String text) {
                    cell.setCellValue(text);
                } else if (value instanceof BigDecimal newValue) {
                    cell.setCellValue(newValue.doubleValue());
                }
                if (value instanceof BigDecimal newValue && type != CellType.NUMERIC && type != CellType.FORMULA) {
                    CellStyle style = wb.createCellStyle();
                    style.cloneStyleFrom(cell.getCellStyle());
                    int scale = Math.max(0, newValue.scale());
                    style.setDataFormat(wb.createDataFormat().getFormat(scale == 0 ? "0" : "#,##0." + "0".repeat(scale)));
                    cell.setCellStyle(style);
                }
                try (OutputStream out = Files.newOutputStream(copy)) {
                    wb.write(out);
                }
            }
            return new RuleHarness(written, copy, dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link #mutate} to the written value plus {@code delta}. */
    /** A copy whose table {@code table} prints {@code title} as its title (.xlsx only). */
    RuleHarness retitled(String table, String title) {
        io.github.juesuan.fixtures.WrittenTable t = written.tables().stream().filter(w -> w.table().equals(table))
                .findFirst().orElseThrow(() -> new AssertionError("no table " + table + " in " + file));
        try {
            Path copy = Files.createTempFile(dir, "retitled-", ".xlsx");
            try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                CellReference ref = new CellReference(t.titleA1());
                wb.getSheet(t.sheet()).getRow(ref.getRow()).getCell(ref.getCol()).setCellValue(title);
                try (OutputStream out = Files.newOutputStream(copy)) {
                    wb.write(out);
                }
            }
            return new RuleHarness(written, copy, dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    RuleHarness plus(String table, String rowKey, String columnKey, BigDecimal delta) {
        return mutate(table, rowKey, columnKey, value(table, rowKey, columnKey).add(delta));
    }

    /** This workbook as the reader sees it (read once). */
    Disclosure read() {
        if (disclosure == null) {
            try {
                disclosure = JuesuanReader.create().read(file).disclosure();
            } catch (ReadException e) {
                throw new AssertionError("cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        return disclosure;
    }

    /** Every evaluation of the standard pack's rule {@code ruleId} on this workbook. */
    List<Evaluation> evaluate(String ruleId) {
        Rule rule = RulePack.standard().rule(ruleId)
                .orElseThrow(() -> new AssertionError("the standard pack has no rule " + ruleId));
        return RuleEngine.evaluate(rule, read());
    }

    /** Every evaluation of the whole standard pack on this workbook. */
    List<Evaluation> evaluateAll() {
        return RuleEngine.evaluate(RulePack.standard(), read());
    }

    /**
     * Asserts that the rule was evaluated at least once and that no evaluation is FAIL or NOT_EVALUABLE
     * (ROUNDING is a pass: the tails of figures rounded one by one).
     *
     * @return the evaluations
     */
    List<Evaluation> assertPasses(String ruleId) {
        List<Evaluation> all = evaluate(ruleId);
        assertFalse(all.isEmpty(), ruleId + " was not evaluated on " + file.getFileName());
        for (Evaluation e : all) {
            assertTrue(e.outcome() == Outcome.PASS || e.outcome() == Outcome.ROUNDING,
                    ruleId + " should pass on " + file.getFileName() + " but:\n" + describe(all));
        }
        return all;
    }

    /**
     * Asserts that exactly one evaluation of the rule is FAIL, that none is NOT_EVALUABLE, and that the
     * failing one's cells are exactly {@code expectedCellLocations} (order does not matter, each once).
     *
     * @return the failing evaluation
     */
    Evaluation assertFailsAt(String ruleId, String... expectedCellLocations) {
        LAST_FAILED.set(this);
        List<Evaluation> all = evaluate(ruleId);
        List<Evaluation> failed = all.stream().filter(e -> e.outcome() == Outcome.FAIL).toList();
        assertEquals(1, failed.size(), ruleId + " should fail exactly once on " + file.getFileName() + ":\n" + describe(all));
        assertTrue(all.stream().noneMatch(e -> e.outcome() == Outcome.NOT_EVALUABLE),
                ruleId + " has NOT_EVALUABLE instances:\n" + describe(all));
        Evaluation f = failed.get(0);
        assertEquals(ruleId, f.rule().id());
        assertEquals(Outcome.FAIL, f.outcome());
        List<String> actual = locations(f);
        assertEquals(actual.size(), Set.copyOf(actual).size(), ruleId + ": a cell is listed twice: " + actual);
        Set<String> expected = new TreeSet<>(Arrays.asList(expectedCellLocations));
        assertEquals(expectedCellLocations.length, expected.size(), "the test lists a cell twice");
        assertEquals(expected, new TreeSet<>(actual), ruleId + " failed with other cells: " + describe(List.of(f)));
        return f;
    }

    /** The harness of this thread's last {@link #assertFailsAt}, once (null when there was none since). */
    static RuleHarness takeLastFailed() {
        RuleHarness last = LAST_FAILED.get();
        LAST_FAILED.remove();
        return last;
    }

    /** Every evaluation of the standard pack on this workbook but the passes. */
    List<Evaluation> notPassing() {
        return evaluateAll().stream().filter(e -> e.outcome() != Outcome.PASS).toList();
    }

    /** {@link #assertFailsAt(String, String...)}, and the rule's severity and the failing instance. */
    Evaluation assertFailsAt(String ruleId, Severity severity, String instance, String... expectedCellLocations) {
        Evaluation f = assertFailsAt(ruleId, expectedCellLocations);
        assertEquals(severity, f.rule().severity(), ruleId + " severity");
        assertEquals(instance, f.instance(), ruleId + " failed at another instance: " + describe(List.of(f)));
        return f;
    }

    /** The cells of an evaluation as {@code sheet!A1}, in the order the engine reports them. */
    static List<String> locations(Evaluation e) {
        return e.cells().stream().map(p -> p.source().location()).toList();
    }

    /** One line per evaluation, for assertion messages. */
    static String describe(List<Evaluation> evaluations) {
        return evaluations.stream()
                .map(e -> "  " + e.rule().id() + " " + e.outcome() + " [" + e.instance() + "] " + e.substituted()
                        + " " + locations(e) + (e.reasonEn().isEmpty() ? "" : " (" + e.reasonEn() + ")"))
                .collect(Collectors.joining("\n"));
    }

    @Override
    public String toString() {
        return "RuleHarness[" + file + "]";
    }
}
