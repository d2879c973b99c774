package io.github.juesuan.write;

import io.github.juesuan.fixtures.FixtureWriter;
import io.github.juesuan.fixtures.Format;
import io.github.juesuan.fixtures.Layout;
import io.github.juesuan.fixtures.SyntheticDocument;
import io.github.juesuan.fixtures.WrittenFigure;
import io.github.juesuan.fixtures.WrittenWorkbook;
import io.github.juesuan.model.Severity;
import io.github.juesuan.model.Source;
import io.github.juesuan.report.Checker;
import io.github.juesuan.report.Finding;
import io.github.juesuan.report.Report;
import io.github.juesuan.report.TestReports;
import io.github.juesuan.rules.Outcome;
import io.github.juesuan.rules.Participant;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.hssf.util.HSSFColor;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The annotated copy, on real files: the bundled sample (.xlsx saved by LibreOffice), the LibreOffice .xls
 * of the same seed, and a synthetic POI-written workbook with a figure broken so rules FAIL. Every cell of
 * every original sheet is compared with the original; every finding's cells must carry the fill and a
 * comment; the 校验结果 sheet must be first with one linked row per finding; the copy must check as the
 * original does.
 */
class AnnotatedWorkbookTest {
    private static final Path SAMPLE = Path.of("samples/shanxi-kepu-2024.xlsx");
    private static final Path LO_XLS = Path.of("src/test/resources/fixtures/valid/libreoffice/lo-seed-shanxi.xls");
    private static final Path LO_XLSX = Path.of("src/test/resources/fixtures/valid/libreoffice/lo-seed-shanxi.xlsx");
    private static final String RED = "FFC7CE";
    private static final String AMBER = "FFEB9C";
    private static final String PALE = "FFF9DB";

    // ---- the three real files ------------------------------------------------------------------------

    @Test
    void sampleXlsx(@TempDir Path dir) throws Exception {
        Report report = Checker.create().check(SAMPLE);
        assertEquals(2, report.count(Severity.ERROR), "the seed's 绩效自评2 JX.008 and 绩效自评1!G11's 190.33");
        assertEquals(1, report.count(Severity.WARNING), "JX.007, on the 分值 of 预算执行率 the form does not print");
        assertFalse(report.findings("GK01.002").isEmpty(), "the 01 rounding tail");
        Path copy = AnnotatedWorkbook.write(SAMPLE, report, dir);
        assertEquals(dir.resolve("shanxi-kepu-2024.xlsx"), copy);
        assertEquals(List.of(copy), listFiles(dir), "no temporary file left behind");
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            // The copy is a file like any other the user writes there, not an owner-only temporary file.
            Path probe = Files.write(dir.resolve("probe"), new byte[0]);
            assertEquals(Files.getPosixFilePermissions(probe), Files.getPosixFilePermissions(copy));
            Files.delete(probe);
        }
        assertTrue(startsWithZip(Files.readAllBytes(copy)), "an .xlsx stays an .xlsx");
        checkCopy(SAMPLE, copy, report);
        try (Workbook wb = open(copy)) {
            // The rounding tail: C33 is pale yellow and its comment reads as the text report does.
            Cell c33 = cell(wb, "公开01表", "C33");
            assertEquals(PALE, fillHex(c33));
            assertTrue(c33.getCellComment().getString().getString().contains(
                    "[提示] GK01.002 尾差 收入总计应等于本年收入合计、使用非财政拨款结余与年初结转和结余之和 代入 400.55 + 0 + 9.79 = 410.34 ≠ 410.33（差 0.01，容许 ±0.015）"),
                    c33.getCellComment().getString().getString());
            // C34 is a blank the rule reads: it gets the fill even though the file stored no cell there.
            assertEquals(PALE, fillHex(cell(wb, "公开01表", "C34")));
            // The total of project 2 takes part in JX.008 only: red, with the numbers in the comment.
            Cell j25 = cell(wb, "绩效自评2", "J25");
            assertEquals(RED, fillHex(j25));
            assertTrue(j25.getCellComment().getString().getString().contains("JX.008 不符 项目2　总分应等于执行率得分与各指标得分之和 代入 47.06 ≠"));
            assertEquals("juesuan", j25.getCellComment().getAuthor());
        }
    }

    @Test
    void libreOfficeXls(@TempDir Path dir) throws Exception {
        Report report = Checker.create().check(LO_XLS);
        assertEquals(2, report.count(Severity.ERROR)); // JX.008, WZ.006 (JX.007 a warning)
        Path copy = AnnotatedWorkbook.write(LO_XLS, report, dir);
        assertTrue(startsWithOle2(Files.readAllBytes(copy)), "an .xls stays an .xls");
        checkCopy(LO_XLS, copy, report);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"samples/shanxi-kepu-2024.xlsx",
            "src/test/resources/fixtures/valid/libreoffice/lo-seed-shanxi.xls"})
    void sheetNamesWithApostrophesAndSpacesInAFolderWithSpacesAndChinese(String sample, @TempDir Path dir)
            throws Exception {
        String ext = sample.substring(sample.lastIndexOf('.'));
        Path original = Files.createDirectories(dir.resolve("山西 省 2024")).resolve("科普 服务中心 决算" + ext);
        try (Workbook wb = open(Path.of(sample))) {
            wb.setSheetName(wb.getSheetIndex("绩效自评2"), "绩效自评 2's");
            wb.setSheetName(wb.getSheetIndex("公开01表"), "O'Neil 公开01表");
            save(wb, original);
        }
        Report report = Checker.create().check(original);
        assertEquals(2, report.count(Severity.ERROR), "the seed's two errors, whatever the sheets are called");
        assertEquals("绩效自评 2's!J25", report.findings("JX.008").get(0).cells().stream()
                .filter(c -> c.source().location().endsWith("!J25")).findFirst().orElseThrow().source().location());
        assertEquals("O'Neil 公开01表", report.findings("GK01.002").get(0).cells().get(0).source().sheet());
        Path out = Files.createDirectories(dir.resolve("批注 副本"));
        Path copy = AnnotatedWorkbook.write(original, report, out);
        assertEquals(out.resolve("科普 服务中心 决算" + ext), copy);
        checkCopy(original, copy, report); // every 校验结果 link, quoted and with '' for the apostrophe, resolves
    }

    @Test
    void libreOfficeXlsxKeepsItsNamedStyles(@TempDir Path dir) throws Exception {
        // LibreOffice writes 20 named-style records; POI's cloneStyleFrom would overwrite the last one.
        Report report = Checker.create().check(LO_XLSX);
        Path copy = AnnotatedWorkbook.write(LO_XLSX, report, dir);
        checkCopy(LO_XLSX, copy, report);
    }

    @Test
    void syntheticWithBrokenFigures(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("in").resolve("synthetic.xlsx");
        WrittenWorkbook w = FixtureWriter.write(SyntheticDocument.generate(20240101L), Layout.SHANXI, Format.XLSX, file);
        WrittenFigure total = w.find("01", "inc.total", "amount").orElseThrow();
        try (Workbook wb = open(file)) {
            Cell c = cell(wb, total.sheet(), total.a1());
            c.setCellValue(c.getNumericCellValue() + 1);
            // The unit's own note on the cell: it must survive, with ours after it.
            Drawing<?> d = c.getSheet().createDrawingPatriarch();
            ClientAnchor a = wb.getCreationHelper().createClientAnchor();
            a.setCol1(c.getColumnIndex() + 1);
            a.setRow1(c.getRowIndex());
            a.setCol2(c.getColumnIndex() + 4);
            a.setRow2(c.getRowIndex() + 3);
            Comment own = d.createCellComment(a);
            own.setAuthor("填报人");
            own.setString(wb.getCreationHelper().createRichTextString("含上年补拨"));
            c.setCellComment(own);
            save(wb, file);
        }
        Report report = Checker.create().check(file);
        // 本年收入合计 no longer adds up, and 02's 合计 no longer matches it: GKX.001 says 收入决算表, a table
        // title, which the 校验结果 sheet must not present to the reader as one.
        assertFalse(report.findings("GK01.001").isEmpty());
        assertFalse(report.findings("GKX.001").isEmpty());
        assertTrue(report.findings("GKX.001").get(0).message().contains("收入决算表"));
        Path copy = AnnotatedWorkbook.write(file, report, dir.resolve("out"));
        checkCopy(file, copy, report);
        try (Workbook wb = open(copy)) {
            Cell c = cell(wb, total.sheet(), total.a1());
            assertEquals(RED, fillHex(c));
            String text = c.getCellComment().getString().getString();
            assertTrue(text.startsWith("含上年补拨\n"), text);
            assertTrue(text.contains("[错误] GK01.001 不符") && text.contains("[错误] GKX.001 不符"), text);
            assertEquals("填报人", c.getCellComment().getAuthor());
            // The description is shown whole to the eye; only zero-width spaces keep the reader off it.
            Sheet results = wb.getSheetAt(0);
            boolean found = false;
            for (Row row : results) {
                String shown = row.getCell(5).getStringCellValue();
                if (visible(shown).equals("收入决算表合计应等于收支总表本年收入合计")) {
                    found = true;
                    assertFalse(shown.contains("收入决算表"), "a table title, as the reader would see it");
                }
            }
            assertTrue(found);
        }
    }

    @Test
    void crossSheetReferencesInAnXlsStayOnTheirSheets(@TempDir Path dir) throws Exception {
        crossSheetReferences(dir, Format.XLS);
    }

    @Test
    void crossSheetReferencesInAnXlsxStayOnTheirSheets(@TempDir Path dir) throws Exception {
        crossSheetReferences(dir, Format.XLSX);
    }

    /**
     * Formulas and names that name other sheets — what an .xls stores by sheet position, which POI's own
     * setSheetOrder gets wrong — point at the same sheets and compute the same values in the copy.
     */
    private void crossSheetReferences(Path dir, Format format) throws Exception {
        Path file = dir.resolve("in").resolve("linked." + format.extension());
        WrittenWorkbook w = FixtureWriter.write(SyntheticDocument.generate(7L), Layout.SHANXI, format, file);
        WrittenFigure total = w.find("01", "inc.total", "amount").orElseThrow();
        try (Workbook wb = open(file)) {
            Sheet notes = wb.createSheet("附注 (核对)");
            Row r = notes.createRow(0);
            r.createCell(0).setCellFormula("'" + total.sheet() + "'!" + total.a1());
            r.createCell(1).setCellFormula("SUM('" + total.sheet() + "'!C7:C14)");
            r.createCell(2).setCellFormula("'" + wb.getSheetName(wb.getNumberOfSheets() - 2) + "'!A1");
            Name name = wb.createName();
            name.setNameName("收入合计");
            name.setRefersToFormula("'" + total.sheet() + "'!$" + total.a1().replaceAll("(\\d+)", "\\$$1"));
            r.createCell(3).setCellFormula("收入合计*2");
            wb.getSheet(total.sheet()).setRepeatingRows(CellRangeAddress.valueOf("1:5"));
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            save(wb, file);
        }
        Report report = Checker.create().check(file);
        Path copy = AnnotatedWorkbook.write(file, report, dir.resolve("out"));
        checkCopy(file, copy, report);
        try (Workbook original = open(file); Workbook wb = open(copy)) {
            FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            Row before = original.getSheet("附注 (核对)").getRow(0);
            Row after = wb.getSheet("附注 (核对)").getRow(0);
            for (int c = 0; c < 4; c++) {
                assertEquals(before.getCell(c).getCellFormula(), after.getCell(c).getCellFormula());
                double cached = before.getCell(c).getCellType() == CellType.FORMULA
                        && before.getCell(c).getCachedFormulaResultType() == CellType.NUMERIC
                        ? before.getCell(c).getNumericCellValue() : Double.NaN;
                if (!Double.isNaN(cached)) {
                    assertEquals(cached, evaluator.evaluate(after.getCell(c)).getNumberValue(), 1e-9,
                            "附注!" + after.getCell(c).getAddress() + " computed in the copy");
                }
            }
            assertEquals(original.getName("收入合计").getRefersToFormula(), wb.getName("收入合计").getRefersToFormula());
            assertEquals(String.valueOf(original.getSheet(total.sheet()).getRepeatingRows()),
                    String.valueOf(wb.getSheet(total.sheet()).getRepeatingRows()));
            int printTitles = 0;
            for (Name n : wb.getAllNames()) {
                if (n.getNameName().toLowerCase(java.util.Locale.ROOT).endsWith("print_titles")) {
                    printTitles++;
                    assertEquals(total.sheet(), wb.getSheetName(n.getSheetIndex()), "print titles stay on their sheet");
                    assertTrue(n.getRefersToFormula().contains(total.sheet()), n.getRefersToFormula());
                }
            }
            assertEquals(1, printTitles);
        }
    }

    @Test
    void aCellInManyFindingsGetsAReadableComment(@TempDir Path dir) throws Exception {
        Report checked = Checker.create().check(SAMPLE);
        Finding tail = checked.findings("GK01.002").get(0);
        List<Finding> many = new ArrayList<>(checked.findings());
        for (int i = 0; i < 40; i++) {
            many.add(TestReports.failure("TEST." + i, Severity.WARNING, tail.table().orElse(null), "测试" + i, "test " + i,
                    tail.cells()));
        }
        Report report = TestReports.withFindings(checked, many);
        Path copy = AnnotatedWorkbook.write(SAMPLE, report, dir);
        try (Workbook wb = open(copy)) {
            Cell c33 = cell(wb, "公开01表", "C33");
            assertEquals(AMBER, fillHex(c33), "a failed WARNING outweighs a rounding tail");
            String[] lines = c33.getCellComment().getString().getString().split("\n");
            assertEquals(31, lines.length, c33.getCellComment().getString().getString());
            assertEquals("……另有 11 条，见「校验结果」", lines[30]);
            assertEquals(many.size() + 1, wb.getSheetAt(0).getPhysicalNumberOfRows());
        }
    }

    /** A 04 whose template shades the fund columns of rows 60–64: those cells are amber, said 分项未填, never "≠ 0". */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(Format.class)
    void shadedRowsOf04AreAWarningNamingTheBlankCells(Format format, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("in").resolve("shaded-04." + format.extension());
        WrittenWorkbook w = FixtureWriter.write(SyntheticDocument.generate(20240101L).shaded04(), Layout.SHANXI, format,
                file);
        Report report = Checker.create().check(file);
        assertEquals(0, report.count(Severity.ERROR));
        Path copy = AnnotatedWorkbook.write(file, report, dir.resolve("out"));
        checkCopy(file, copy, report);
        WrittenFigure total = w.find("04", "exp.grand", "total").orElseThrow();
        WrittenFigure general = w.find("04", "exp.grand", "general").orElseThrow();
        try (Workbook wb = open(copy)) {
            Cell blank = cell(wb, general.sheet(), general.a1());
            assertColour(wb, AMBER, fillHex(blank), general.a1());
            String comment = blank.getCellComment().getString().getString();
            assertTrue(comment.contains("[警告] GK04.004 分项未填 总计　各支出行的合计应等于三项财政拨款之和（合计已填（"
                    + total.printed().replace(",", "") + "），分项均未填：" + general.sheet() + "!" + general.a1()), comment);
            assertFalse(comment.contains("≠"), comment);
        }
    }

    // ---- files no copy can be written for --------------------------------------------------------------

    @Test
    void wpsLikeXlsxIsRefusedWithTheFileNamed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("wps-保存.xlsx");
        Files.write(file, wpsProperties(Files.readAllBytes(SAMPLE)));
        Report report = Checker.create().check(file); // juesuan's own reader copes with it
        IOException e = assertThrows(IOException.class, () -> AnnotatedWorkbook.write(file, report, dir.resolve("out")));
        assertTrue(e.getMessage().startsWith("wps-保存.xlsx："), e.getMessage());
        assertTrue(e.getMessage().contains("无法为此文件写出带批注的副本"), e.getMessage());
        assertTrue(e.getMessage().contains("cannot write an annotated copy of wps-保存.xlsx"), e.getMessage());
        assertTrue(e.getMessage().indexOf("无法") < e.getMessage().indexOf("cannot"), "Chinese first");
        assertFalse(Files.exists(dir.resolve("out").resolve("wps-保存.xlsx")));
    }

    @Test
    void neverOverwritesTheOriginal(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("seed.xlsx");
        Files.copy(SAMPLE, file);
        byte[] before = Files.readAllBytes(file);
        Report report = Checker.create().check(file);
        IOException e = assertThrows(IOException.class, () -> AnnotatedWorkbook.write(file, report, dir));
        assertTrue(e.getMessage().startsWith("seed.xlsx："), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void notAWorkbookIsRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("决算.xlsx");
        Files.writeString(file, "%PDF-1.4 not a workbook");
        Report report = TestReports.report("决算.xlsx", List.of(), 0);
        IOException e = assertThrows(IOException.class, () -> AnnotatedWorkbook.write(file, report, dir.resolve("out")));
        assertTrue(e.getMessage().startsWith("决算.xlsx："), e.getMessage());
    }

    @Test
    void rowsAndCellsWithoutReferences(@TempDir Path dir) throws Exception {
        // Some generators leave out the r of every <row> and <c>; POI numbers them in order, as the reader does.
        // (Blank rows the sample skips close up, so this file holds other tables with other findings.)
        Path file = dir.resolve("norefs.xlsx");
        Files.write(file, withoutRowAndCellRefs(Files.readAllBytes(SAMPLE)));
        Report report = Checker.create().check(file);
        assertFalse(report.findings().isEmpty());
        checkCopy(file, AnnotatedWorkbook.write(file, report, dir.resolve("out")), report);
    }

    // ---- the checks every copy must pass -----------------------------------------------------------------

    private static void checkCopy(Path original, Path copy, Report report) throws Exception {
        assertEquals(original.getFileName(), copy.getFileName());
        try (Workbook before = open(original); Workbook after = open(copy)) {
            assertSameSheets(before, after);
            for (int i = 0; i < before.getNumberOfSheets(); i++) {
                assertSameCells(before, before.getSheetAt(i), after, after.getSheet(before.getSheetName(i)));
            }
            assertNamedStylesKept(before, after);
            Map<String, List<Finding>> byCell = findingsByCell(report);
            assertMarked(before, after, byCell);
            assertResultSheet(after, report);
            // One clone per (style, fill): far fewer new styles than marked cells.
            int added = after.getNumCellStyles() - before.getNumCellStyles();
            assertTrue(added <= 8 + 3 * distinctStyles(after, byCell.keySet()), "new styles: " + added);
        }
        // The copy checks as the original does: the 校验结果 sheet adds no finding and hides none.
        Report again = Checker.create().check(copy);
        assertEquals(report.findings(), again.findings());
        assertEquals(report.passed(), again.passed());
    }

    private static void assertSameSheets(Workbook before, Workbook after) {
        assertEquals(before.getNumberOfSheets() + 1, after.getNumberOfSheets());
        assertEquals(AnnotatedWorkbook.RESULT_SHEET, after.getSheetName(0));
        for (int i = 0; i < before.getNumberOfSheets(); i++) {
            assertEquals(before.getSheetName(i), after.getSheetName(i + 1), "sheet order");
            assertEquals(before.isSheetHidden(i), after.isSheetHidden(i + 1), before.getSheetName(i) + " hidden");
            assertFalse(after.getSheetAt(i + 1).isSelected(), before.getSheetName(i) + " must not stay selected");
        }
        assertEquals(0, after.getActiveSheetIndex());
        assertTrue(after.getSheetAt(0).isSelected());
    }

    /** Every cell of the union of both sheets: type, value, formula and number format as before. */
    private static void assertSameCells(Workbook wbBefore, Sheet before, Workbook wbAfter, Sheet after) {
        String name = before.getSheetName();
        assertNotNull(after, name);
        assertEquals(merged(before), merged(after), name + " merged regions");
        Set<String> addresses = new TreeSet<>();
        for (Sheet s : List.of(before, after)) {
            for (Row row : s) {
                for (Cell c : row) {
                    addresses.add(c.getRowIndex() + ":" + c.getColumnIndex());
                }
            }
        }
        for (int col = 0; col < 30; col++) {
            assertEquals(before.getColumnWidth(col), after.getColumnWidth(col), name + " column " + col + " width");
        }
        for (Row row : before) {
            assertEquals(row.getHeight(), after.getRow(row.getRowNum()).getHeight(), name + " row " + (row.getRowNum() + 1));
        }
        for (String key : addresses) {
            int r = Integer.parseInt(key.substring(0, key.indexOf(':')));
            int c = Integer.parseInt(key.substring(key.indexOf(':') + 1));
            String at = name + "!" + new CellReference(r, c).formatAsString();
            Cell x = cellAt(before, r, c);
            Cell y = cellAt(after, r, c);
            assertEquals(type(x), type(y), at + " type");
            if (x == null || y == null) {
                if (y != null) {
                    assertEquals(CellType.BLANK, y.getCellType(), at + " a new cell must stay blank");
                    assertEquals(effectiveStyle(wbBefore, before, r, c).getDataFormatString(),
                            y.getCellStyle().getDataFormatString(), at + " number format");
                }
                continue;
            }
            switch (x.getCellType()) {
                case FORMULA:
                    assertEquals(x.getCellFormula(), y.getCellFormula(), at + " formula");
                    assertEquals(x.getCachedFormulaResultType(), y.getCachedFormulaResultType(), at + " cached type");
                    assertEquals(value(x, x.getCachedFormulaResultType()), value(y, y.getCachedFormulaResultType()), at + " cached value");
                    break;
                default:
                    assertEquals(value(x, x.getCellType()), value(y, y.getCellType()), at + " value");
            }
            CellStyle sx = x.getCellStyle();
            CellStyle sy = y.getCellStyle();
            assertEquals(sx.getDataFormatString(), sy.getDataFormatString(), at + " number format");
            assertEquals(sx.getFontIndex(), sy.getFontIndex(), at + " font");
            assertEquals(sx.getBorderTop(), sy.getBorderTop(), at + " border");
            assertEquals(sx.getBorderBottom(), sy.getBorderBottom(), at + " border");
            assertEquals(sx.getBorderLeft(), sy.getBorderLeft(), at + " border");
            assertEquals(sx.getBorderRight(), sy.getBorderRight(), at + " border");
            assertEquals(sx.getAlignment(), sy.getAlignment(), at + " alignment");
            assertEquals(sx.getWrapText(), sy.getWrapText(), at + " wrap");
            if (x.getHyperlink() != null) {
                assertEquals(x.getHyperlink().getAddress(), y.getHyperlink().getAddress(), at + " hyperlink");
            }
        }
    }

    private static void assertNamedStylesKept(Workbook before, Workbook after) {
        if (before instanceof XSSFWorkbook) {
            String x = ((XSSFWorkbook) before).getStylesSource().getCTStylesheet().xmlText();
            String y = ((XSSFWorkbook) after).getStylesSource().getCTStylesheet().xmlText();
            for (String element : List.of("cellStyleXfs", "cellStyles")) {
                assertEquals(part(x, element), part(y, element), "named styles (" + element + ")");
            }
        }
    }

    private static String part(String xml, String element) {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("<(\\w+:)?" + element + "[ >].*?</(\\w+:)?" + element + ">", java.util.regex.Pattern.DOTALL)
                .matcher(xml);
        return m.find() ? m.group() : null;
    }

    /** Each finding's cells: the most severe fill (or the original fill) and a comment with the rule id. */
    private static void assertMarked(Workbook before, Workbook after, Map<String, List<Finding>> byCell) {
        for (Map.Entry<String, List<Finding>> e : byCell.entrySet()) {
            String at = e.getKey();
            String sheet = at.substring(0, at.lastIndexOf('!'));
            String a1 = at.substring(at.lastIndexOf('!') + 1);
            Cell cell = cell(after, sheet, a1);
            assertNotNull(cell, at + " exists in the copy");
            String expected = null;
            for (Finding f : e.getValue()) {
                expected = moreSevere(expected, expectedFill(f));
            }
            if (expected == null) {
                CellReference ref = new CellReference(a1);
                Sheet s = before.getSheet(sheet);
                Cell original = cellAt(s, ref.getRow(), ref.getCol());
                CellStyle style = original == null ? effectiveStyle(before, s, ref.getRow(), ref.getCol()) : original.getCellStyle();
                assertEquals(style.getFillPattern(), cell.getCellStyle().getFillPattern(), at + " keeps its fill");
                assertEquals(String.valueOf(hex(before, style)), String.valueOf(fillHex(cell)), at + " keeps its fill");
            } else {
                assertEquals(FillPatternType.SOLID_FOREGROUND, cell.getCellStyle().getFillPattern(), at + " solid fill");
                assertColour(after, expected, fillHex(cell), at);
            }
            Comment comment = cell.getCellComment();
            assertNotNull(comment, at + " comment");
            String text = comment.getString().getString();
            List<Finding> listed = e.getValue().size() <= 30 ? e.getValue() : e.getValue().subList(0, 30);
            for (Finding f : listed) {
                assertTrue(text.contains("] " + f.ruleId() + " "), at + " comment names " + f.ruleId() + ": " + text);
            }
            assertFalse(text.contains("\n\n"), at + " one line per finding");
        }
    }

    /**
     * .xlsx colours are exact. An .xls has a 56-colour palette: the colour must be nearer the expected one
     * than the two others, and never the original's.
     */
    private static void assertColour(Workbook wb, String expected, String actual, String at) {
        if (wb instanceof XSSFWorkbook) {
            assertEquals(expected, actual, at + " fill");
            return;
        }
        String nearest = null;
        int best = Integer.MAX_VALUE;
        for (String candidate : List.of(RED, AMBER, PALE)) {
            int d = distance(candidate, actual);
            if (d < best) {
                best = d;
                nearest = candidate;
            }
        }
        assertEquals(expected, nearest, at + " fill " + actual);
    }

    private static void assertResultSheet(Workbook wb, Report report) {
        Sheet s = wb.getSheetAt(0);
        assertEquals(report.findings().size(), s.getLastRowNum(), "one row per finding after the header");
        assertEquals(report.findings().size() + 1, s.getPhysicalNumberOfRows());
        Row header = s.getRow(0);
        assertEquals(List.of("序号", "级别", "结果", "规则", "表", "说明", "代入", "单元格"), texts(header, 8));
        for (int i = 0; i < report.findings().size(); i++) {
            Finding f = report.findings().get(i);
            Row row = s.getRow(i + 1);
            String at = "校验结果 row " + (i + 2) + " (" + f.ruleId() + ")";
            assertNotNull(row, at);
            assertEquals(f.severity().chinese(), visible(row.getCell(1).getStringCellValue()), at);
            assertEquals(f.ruleId(), visible(row.getCell(3).getStringCellValue()), at);
            assertTrue(visible(row.getCell(5).getStringCellValue()).contains(f.message()), at);
            for (Cell c : row) {
                assertEquals(CellType.STRING, c.getCellType(), at + " text only, so the reader sees no numbers");
            }
            Source where = f.where().orElse(null);
            Cell link = row.getCell(7);
            if (where == null) {
                assertTrue(link == null || link.getHyperlink() == null, at);
                continue;
            }
            Hyperlink h = link.getHyperlink();
            assertNotNull(h, at + " link");
            assertEquals(HyperlinkType.DOCUMENT, h.getType(), at);
            String address = h.getAddress();
            int bang = address.lastIndexOf('!');
            String sheetPart = address.substring(0, bang);
            assertTrue(sheetPart.startsWith("'") && sheetPart.endsWith("'"), at + " quoted sheet: " + address);
            String sheetName = sheetPart.substring(1, sheetPart.length() - 1).replace("''", "'");
            assertTrue(wb.getSheetIndex(sheetName) > 0, at + " links to an existing sheet: " + address);
            assertEquals(where.sheet(), sheetName, at);
            assertEquals(new CellReference(where.cell()).formatAsString(), address.substring(bang + 1), at);
            assertTrue(visible(link.getStringCellValue()).startsWith(where.location()), at);
        }
    }

    // ---- helpers -------------------------------------------------------------------------------------

    /** The fill the brief asks for: FAIL at ERROR red, at WARNING amber, ROUNDING pale yellow, else none. */
    private static String expectedFill(Finding f) {
        if (f.outcome() == Outcome.ROUNDING) {
            return PALE;
        }
        if (f.outcome() == Outcome.FAIL || f.outcome().isBlank() || f.outcome() == Outcome.STRUCTURAL) {
            switch (f.severity()) {
                case ERROR:
                    return RED;
                case WARNING:
                    return AMBER;
                default:
                    return f.outcome() != Outcome.STRUCTURAL ? PALE : null;
            }
        }
        return null;
    }

    private static String moreSevere(String a, String b) {
        List<String> order = Arrays.asList(null, PALE, AMBER, RED);
        return order.indexOf(a) >= order.indexOf(b) ? a : b;
    }

    private static Map<String, List<Finding>> findingsByCell(Report report) {
        Map<String, List<Finding>> byCell = new LinkedHashMap<>();
        for (Finding f : report.findings()) {
            Set<String> cells = new LinkedHashSet<>();
            if (f.location().isPresent()) {
                cells.add(f.location().orElseThrow().location());
            }
            for (Participant p : f.cells()) {
                cells.add(p.source().location());
            }
            for (String c : cells) {
                byCell.computeIfAbsent(c, k -> new ArrayList<>()).add(f);
            }
        }
        return byCell;
    }

    private static int distinctStyles(Workbook wb, Set<String> cells) {
        Set<Integer> styles = new TreeSet<>();
        for (String at : cells) {
            Cell c = cell(wb, at.substring(0, at.lastIndexOf('!')), at.substring(at.lastIndexOf('!') + 1));
            if (c != null) {
                styles.add((int) c.getCellStyle().getIndex());
            }
        }
        return styles.size();
    }

    private static String fillHex(Cell cell) {
        return hex(cell.getSheet().getWorkbook(), cell.getCellStyle());
    }

    private static String hex(Workbook wb, CellStyle style) {
        if (style.getFillPattern() == FillPatternType.NO_FILL) {
            return null;
        }
        if (style instanceof XSSFCellStyle) {
            XSSFColor c = ((XSSFCellStyle) style).getFillForegroundXSSFColor();
            return c == null || c.getRGB() == null ? null : String.format("%02X%02X%02X",
                    c.getRGB()[0] & 0xFF, c.getRGB()[1] & 0xFF, c.getRGB()[2] & 0xFF);
        }
        HSSFColor c = ((HSSFWorkbook) wb).getCustomPalette().getColor(((HSSFCellStyle) style).getFillForegroundColor());
        if (c == null) {
            return null;
        }
        short[] t = c.getTriplet();
        return String.format("%02X%02X%02X", t[0], t[1], t[2]);
    }

    private static int distance(String a, String b) {
        int d = 0;
        for (int i = 0; i < 6; i += 2) {
            d += Math.abs(Integer.parseInt(a.substring(i, i + 2), 16) - Integer.parseInt(b.substring(i, i + 2), 16));
        }
        return d;
    }

    private static CellStyle effectiveStyle(Workbook wb, Sheet s, int r, int c) {
        Row row = s.getRow(r);
        if (row != null && row.isFormatted()) {
            return row.getRowStyle();
        }
        CellStyle column = s.getColumnStyle(c);
        return column != null ? column : wb.getCellStyleAt(0);
    }

    private static List<String> merged(Sheet s) {
        List<String> regions = new ArrayList<>();
        for (CellRangeAddress a : s.getMergedRegions()) {
            regions.add(a.formatAsString());
        }
        regions.sort(null);
        return regions;
    }

    private static String type(Cell c) {
        return c == null || c.getCellType() == CellType.BLANK ? "BLANK" : c.getCellType().name();
    }

    private static Object value(Cell c, CellType type) {
        switch (type) {
            case NUMERIC:
                return c.getNumericCellValue();
            case STRING:
                return c.getRichStringCellValue().getString();
            case BOOLEAN:
                return c.getBooleanCellValue();
            case ERROR:
                return c.getErrorCellValue();
            default:
                return null;
        }
    }

    private static List<String> texts(Row row, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(row.getCell(i).getStringCellValue());
        }
        return out;
    }

    /** The text as a reader of the sheet sees it: without zero-width spaces. */
    private static String visible(String s) {
        return s.replace("\u200B", "");
    }

    private static Cell cell(Workbook wb, String sheet, String a1) {
        CellReference ref = new CellReference(a1);
        Sheet s = wb.getSheet(sheet);
        return s == null ? null : cellAt(s, ref.getRow(), ref.getCol());
    }

    private static Cell cellAt(Sheet s, int r, int c) {
        Row row = s.getRow(r);
        return row == null ? null : row.getCell(c);
    }

    private static List<Path> listFiles(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.toList();
        }
    }

    private static Workbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return WorkbookFactory.create(in);
        }
    }

    private static void save(Workbook wb, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
    }

    private static boolean startsWithZip(byte[] b) {
        return b.length > 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    }

    private static boolean startsWithOle2(byte[] b) {
        return b.length > 8 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF && b[2] == 0x11 && (b[3] & 0xFF) == 0xE0;
    }

    /**
     * What WPS Office does to docProps/core.xml (as {@code read.XlsxVariants.Variant.WPS_PROPERTIES}, which is
     * package-private there): a Dublin Core refinement other than created/modified, which OPC rule M4.3
     * forbids and POI enforces.
     */
    private static byte[] wpsProperties(byte[] xlsx) throws IOException {
        return rewrite(xlsx, (name, text) -> {
            if (!name.equals("docProps/core.xml")) {
                return text;
            }
            assertTrue(text.contains("xmlns:dcterms=") && text.contains("xmlns:xsi="), text);
            return text.replace("</cp:coreProperties>",
                    "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2024-03-01T08:00:00Z</dcterms:modified>"
                            + "<dcterms:lastPrinted xsi:type=\"dcterms:W3CDTF\">2024-03-01T08:00:00Z</dcterms:lastPrinted>"
                            + "</cp:coreProperties>");
        });
    }

    /** Every {@code r} attribute of {@code <row>} and {@code <c>} removed (rows and cells written in order). */
    private static byte[] withoutRowAndCellRefs(byte[] xlsx) throws IOException {
        return rewrite(xlsx, (name, text) -> name.startsWith("xl/worksheets/sheet")
                ? text.replaceAll("<row r=\"\\d+\"", "<row").replaceAll("<c r=\"[A-Z]+\\d+\"", "<c") : text);
    }

    private interface PartRewriter {
        String rewrite(String name, String text);
    }

    private static byte[] rewrite(byte[] xlsx, PartRewriter rewriter) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] data = in.readAllBytes();
                if (e.getName().endsWith(".xml")) {
                    data = rewriter.rewrite(e.getName(), new String(data, StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(data);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
