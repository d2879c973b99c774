package io.github.juesuan.read;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import io.github.juesuan.read.XlsxVariants.Variant;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFDataFormat;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Reads one POI-written workbook and the XML-level variants {@link XlsxVariants} makes of it (what Excel,
 * WPS, LibreOffice and generators write for the same content), and damaged or hostile packages.
 */
class XlsxVariantsTest {

    private static final String FILE = "决算.xlsx";
    private static final String MAIN = "收入支出决算总表";
    private static final String DETAIL = "支出决算明细表";
    private static final String CUSTOM_FORMAT = "#,##0.00_ ;[红色]-#,##0.00 ";

    private static byte[] original;
    private static List<RawSheet> expected;

    @TempDir
    Path tmp;

    @BeforeAll
    static void buildWorkbook(@TempDir Path dir) throws Exception {
        original = workbook();
        Path path = dir.resolve("original.xlsx");
        Files.write(path, original);
        expected = XlsxGrid.read(path, FILE, ReaderOptions.DEFAULTS);
    }

    // ---------------------------------------------------------------- the original

    @Test
    void readsThePoiWrittenWorkbook() {
        assertEquals(2, expected.size());
        RawSheet main = expected.get(0);
        assertEquals(MAIN, main.name());
        assertEquals(0, main.index());
        assertFalse(main.hidden());
        assertEquals(List.of(new Merge(0, 0, 0, 5), new Merge(2, 0, 3, 0), new Merge(2, 1, 2, 2),
                new Merge(2, 3, 2, 4), new Merge(2, 5, 3, 5)), main.merges());

        assertCell(main, RawCell.text(0, 0, "收入支出决算总表", false));
        assertCell(main, RawCell.text(4, 0, "  一般公共服务支出 ", false));
        assertCell(main, RawCell.number(4, 1, 1234567.891, 4, "#,##0.00", false));
        assertCell(main, RawCell.text(4, 2, "1,000.50", false)); // a number stored as text stays text
        assertCell(main, RawCell.number(4, 3, -3.25, 164, CUSTOM_FORMAT, false));
        assertCell(main, RawCell.number(4, 4, 0, 4, "#,##0.00", false));
        assertCell(main, RawCell.number(4, 5, 0.8765, 10, "0.00%", false));
        assertCell(main, RawCell.number(5, 1, 1234567.891 - 3.25, 4, "#,##0.00", true));
        assertCell(main, RawCell.text(5, 2, "合计（元）", true));
        assertCell(main, RawCell.of(5, 3, RawType.BOOLEAN, "TRUE", false));
        assertCell(main, RawCell.of(5, 4, RawType.ERROR, "#DIV/0!", false));
        assertCell(main, RawCell.text(6, 0, "第一行\n第二行", false));
        assertCell(main, RawCell.text(7, 0, "R&D <试点> \"引号\" 'x'", false));
        assertCell(main, RawCell.text(7, 1, "", false));
        // Styled blank cells (F6, B7:F7, the merged-away C3 and A4) hold nothing.
        for (String blank : List.of("F6", "B7", "C7", "D7", "E7", "F7", "C3", "A4")) {
            assertTrue(main.cells().stream().noneMatch(c -> c.a1().equals(blank)), blank + " should be absent");
        }
        assertEquals(25, main.cells().size());

        RawSheet detail = expected.get(1);
        assertEquals(DETAIL, detail.name());
        assertEquals(1, detail.index());
        assertCell(detail, RawCell.text(2, 0, "2010101", false));
        assertCell(detail, RawCell.number(3, 0, 2010102, 0, "General", false));
        assertCell(detail, RawCell.number(2, 2, 500, 164, CUSTOM_FORMAT, false));
        RawCell last = detail.cells().get(detail.cells().size() - 1);
        assertEquals(RawCell.number(999, 27, 12345.6, 4, "#,##0.00", false), last);
        assertEquals("AB1000", last.a1());
    }

    // ---------------------------------------------------------------- the variants

    @ParameterizedTest
    @EnumSource(value = Variant.class, mode = EnumSource.Mode.EXCLUDE, names = "FORMULAS_NO_CACHE")
    void variantReadsExactlyLikeTheOriginal(Variant variant) throws Exception {
        List<RawSheet> actual = read(XlsxVariants.rewrite(original, variant), variant.name());
        assertSameSheets(variant.name(), expected, actual);
    }

    @Test
    void formulaWithoutCachedValueComesBackAsNoCachedValue() throws Exception {
        List<RawSheet> actual = read(XlsxVariants.rewrite(original, Variant.FORMULAS_NO_CACHE), "nocache");
        List<RawSheet> uncached = new ArrayList<>();
        int formulas = 0;
        for (RawSheet s : expected) {
            List<RawCell> cells = new ArrayList<>();
            for (RawCell c : s.cells()) {
                if (c.formula()) {
                    formulas++;
                    cells.add(RawCell.of(c.row(), c.col(), RawType.NO_CACHED_VALUE, null, true));
                } else {
                    cells.add(c);
                }
            }
            uncached.add(new RawSheet(s.name(), s.index(), s.hidden(), cells, s.merges()));
        }
        assertEquals(2, formulas);
        assertSameSheets("FORMULAS_NO_CACHE", uncached, actual);
        RawCell b6 = cell(actual.get(0), "B6");
        assertEquals(RawType.NO_CACHED_VALUE, b6.type());
        assertTrue(b6.formula());
    }

    /** The rewriting really happened: each variant's XML looks the way its name says. */
    @Test
    void variantsReallyRewriteTheXml() {
        Map<String, byte[]> plain = XlsxVariants.unzip(original);
        String sheet1 = "xl/worksheets/sheet1.xml";
        assertTrue(text(plain, sheet1).contains("<c r=\"A1\""), "POI writes cell refs");

        Map<String, byte[]> noRefs = XlsxVariants.unzip(XlsxVariants.rewrite(original, Variant.NO_CELL_REFS));
        assertFalse(text(noRefs, sheet1).matches("(?s).*<c [^>]*\\br=.*"), "no cell has r=");
        assertTrue(text(noRefs, sheet1).contains("<row r=\"5\""), "rows keep r=");

        Map<String, byte[]> noRows = XlsxVariants.unzip(XlsxVariants.rewrite(original, Variant.NO_ROW_OR_CELL_REFS));
        String detail = text(noRows, "xl/worksheets/sheet2.xml");
        assertFalse(detail.contains(" r=\""), "no row or cell has r=");
        assertEquals(1000, count(detail, "<row"), "every row up to 1000 is written");
        assertTrue(detail.contains("<c/><c/><c/>"), "gaps before AB1000 are written as empty cells");

        Map<String, byte[]> prefixed = XlsxVariants.unzip(XlsxVariants.rewrite(original, Variant.PREFIXED));
        assertTrue(text(prefixed, sheet1).contains("<x:worksheet xmlns:x=\"" + XlsxVariants.MAIN + "\""));
        assertTrue(text(prefixed, sheet1).contains("<x:c r=\"A1\""));
        assertTrue(text(prefixed, "xl/workbook.xml").contains("<x:sheet "));
        assertTrue(text(prefixed, "xl/sharedStrings.xml").contains("<x:si><x:t>"));
        assertTrue(text(prefixed, "xl/styles.xml").contains("<x:numFmt "));
        for (String part : List.of(sheet1, "xl/workbook.xml", "xl/sharedStrings.xml", "xl/styles.xml")) {
            assertFalse(text(prefixed, part).contains("xmlns=\""), part + " has no default namespace");
        }

        Map<String, byte[]> inline = XlsxVariants.unzip(XlsxVariants.rewrite(original, Variant.INLINE_STRINGS));
        assertFalse(inline.containsKey("xl/sharedStrings.xml"));
        assertFalse(text(inline, "xl/_rels/workbook.xml.rels").contains("sharedStrings"));
        assertFalse(text(inline, "[Content_Types].xml").contains("sharedStrings"));
        assertTrue(text(inline, sheet1).contains("t=\"inlineStr\""));
        assertFalse(text(inline, sheet1).contains("t=\"s\""));

        Map<String, byte[]> strict = XlsxVariants.unzip(XlsxVariants.rewrite(original, Variant.STRICT));
        for (Map.Entry<String, byte[]> e : strict.entrySet()) {
            String xml = new String(e.getValue(), UTF_8);
            assertFalse(xml.contains("schemas.openxmlformats.org/spreadsheetml"), e.getKey());
            assertFalse(xml.contains("schemas.openxmlformats.org/officeDocument"), e.getKey());
        }
        assertTrue(text(strict, "xl/workbook.xml").contains("conformance=\"strict\""));
        assertTrue(text(strict, "_rels/.rels").contains(
                "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"));
        assertTrue(text(strict, "xl/_rels/workbook.xml.rels").contains(
                "http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet"));
        assertTrue(text(strict, sheet1).contains("xmlns=\"http://purl.oclc.org/ooxml/spreadsheetml/main\""));

        Map<String, byte[]> shuffled = XlsxVariants.unzip(XlsxVariants.rewrite(original, Variant.ROWS_OUT_OF_ORDER));
        for (String part : List.of(sheet1, "xl/worksheets/sheet2.xml")) {
            List<Integer> rows = rowNumbers(text(shuffled, part));
            List<Integer> sorted = new ArrayList<>(rows);
            sorted.sort(null);
            assertEquals(rowNumbers(text(plain, part)), sorted, part + " keeps every row");
            assertFalse(rows.equals(sorted), part + " rows are out of order: " + rows);
        }

        Map<String, byte[]> noCache = XlsxVariants.unzip(XlsxVariants.rewrite(original, Variant.FORMULAS_NO_CACHE));
        assertTrue(text(noCache, sheet1).contains("<c r=\"B6\" s=\"2\"><f>B5+D5</f></c>"), text(noCache, sheet1));
    }

    /**
     * WPS adds {@code docProps/custom.xml} (KSOProductBuildVer) and writes core properties that break an OPC
     * rule; POI's OPCPackage then rejects the whole file ("OPC Compliance error [M4.3]", as reported for
     * WPS files in alibaba/easyexcel#1471). XlsxGrid never reads docProps, so it reads the sheets.
     */
    @Test
    void wpsPropertiesBreakPoiButNotXlsxGrid() throws Exception {
        byte[] wps = XlsxVariants.rewrite(original, Variant.WPS_PROPERTIES);
        Map<String, byte[]> parts = XlsxVariants.unzip(wps);
        assertTrue(text(parts, "docProps/custom.xml").contains("name=\"KSOProductBuildVer\""));
        assertTrue(text(parts, "_rels/.rels").contains("docProps/custom.xml"));
        assertTrue(text(parts, "[Content_Types].xml").contains("/docProps/custom.xml"));

        Exception poi = assertThrows(Exception.class, () -> {
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(wps))) {
                wb.getNumberOfSheets();
            }
        });
        assertTrue(causeMessages(poi).contains("OPC Compliance error [M4.3]"), causeMessages(poi));
        // The original, without the WPS core properties, is fine for POI.
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(original))) {
            assertEquals(2, wb.getNumberOfSheets());
        }

        assertSameSheets("WPS_PROPERTIES", expected, read(wps, "wps"));
    }

    // ---------------------------------------------------------------- damaged and hostile packages

    @Test
    void zipWithoutAnyWorkbookPartIsNotAWorkbook() throws Exception {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("word/document.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document "
                + "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>")
                .getBytes(UTF_8));
        ReadException e = assertThrows(ReadException.class, () -> read(XlsxVariants.zip(parts), "bare"));
        assertEquals(ReadException.Reason.NOT_A_WORKBOOK, e.reason());
        assertEquals("决算.xlsx: 压缩包中没有工作簿（xl/workbook.xml），不是 Excel 文件 "
                + "(the zip archive holds no workbook part (xl/workbook.xml): not an Excel file)", e.getMessage());
        assertEquals(FILE, e.file());
        assertTrue(e.sheet().isEmpty());
    }

    /** A real .docx package: its officeDocument relationship points at word/document.xml. */
    @Test
    void wordPackageIsNotAWorkbook() throws Exception {
        ReadException e = assertThrows(ReadException.class, () -> read(docx(), "docx"),
                "a .docx must not read as a workbook with no sheets");
        assertEquals(ReadException.Reason.NOT_A_WORKBOOK, e.reason());
    }

    /** Excel's phonetic guide (拼音指南) stores the reading in {@code <rPh>}; it is not part of the text. */
    @Test
    void phoneticReadingIsSkippedInSharedStrings() throws Exception {
        assertSameSheets("phonetic shared strings", expected, read(withPhoneticReading(), "phonetic-shared"));
    }

    @Test
    void phoneticReadingIsSkippedInInlineStrings() throws Exception {
        byte[] inline = XlsxVariants.rewrite(withPhoneticReading(), Variant.INLINE_STRINGS);
        assertTrue(new String(XlsxVariants.unzip(inline).get("xl/worksheets/sheet1.xml"), UTF_8).contains("<rPh "));
        assertSameSheets("phonetic inline strings", expected, read(inline, "phonetic-inline"));
    }

    private static byte[] withPhoneticReading() {
        return replacePart(original, "xl/sharedStrings.xml", xml -> xml.replace("<si><t>项目</t></si>",
                "<si><t>项目</t><rPh sb=\"0\" eb=\"2\"><t>xiàngmù</t></rPh>"
                        + "<phoneticPr fontId=\"0\" type=\"noConversion\"/></si>"));
    }

    @Test
    void sheetCutInTheMiddleIsCorruptAndNamesTheSheet() throws Exception {
        byte[] cut = replacePart(original, "xl/worksheets/sheet1.xml", xml -> xml.substring(0, xml.length() / 2));
        ReadException e = assertThrows(ReadException.class, () -> read(cut, "cut"));
        assertEquals(ReadException.Reason.CORRUPT, e.reason());
        assertEquals(MAIN, e.sheet().orElse(null));
        assertTrue(e.getMessage().startsWith("决算.xlsx [收入支出决算总表]: 文件已损坏或不完整，无法读取为 .xlsx 工作簿"),
                e.getMessage());
    }

    @Test
    void externalEntityIsRefusedAndNothingLeaks() throws Exception {
        String passwd = Files.isReadable(Path.of("/etc/passwd"))
                ? Files.readAllLines(Path.of("/etc/passwd")).get(0) : "root:x:0:0:";
        byte[] xxe = replacePart(original, "xl/worksheets/sheet1.xml", xml -> xml
                .replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                + "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>")
                .replaceFirst("<c r=\"A1\"[^>]*>.*?</c>", "<c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c>"));
        assertTrue(new String(XlsxVariants.unzip(xxe).get("xl/worksheets/sheet1.xml"), UTF_8).contains("&xxe;"));

        List<RawSheet> result = null;
        ReadException e = null;
        try {
            result = read(xxe, "xxe");
        } catch (ReadException thrown) {
            e = thrown;
        }
        String leaked = String.valueOf(result) + (e == null ? "" : causeMessages(e));
        assertFalse(leaked.contains(passwd) || leaked.contains("root:"), "file content leaked: " + leaked);
        assertNotNull(e, "an external entity must not be read silently: " + result);
        assertEquals(ReadException.Reason.CORRUPT, e.reason());
        assertEquals(MAIN, e.sheet().orElse(null));
    }

    @Test
    void billionLaughsFailsFast() throws Exception {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE worksheet [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"");
            String prev = i == 1 ? "&lol;" : "&lol" + (i - 1) + ";";
            dtd.append(prev.repeat(10)).append("\">");
        }
        dtd.append("]>");
        byte[] bomb = replacePart(original, "xl/worksheets/sheet1.xml", xml -> xml
                .replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + dtd)
                .replaceFirst("<c r=\"A1\"[^>]*>.*?</c>", "<c r=\"A1\" t=\"inlineStr\"><is><t>&lol9;</t></is></c>"));
        long start = System.nanoTime();
        ReadException e = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> assertThrows(ReadException.class, () -> read(bomb, "bomb")));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 2000, millis + " ms");
        assertEquals(MAIN, e.sheet().orElse(null));
        assertFalse(e.getMessage().contains("lollollol"), e.getMessage());
    }

    // ---------------------------------------------------------------- the workbook

    private static byte[] workbook() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFDataFormat formats = wb.createDataFormat();
            XSSFFont bold = wb.createFont();
            bold.setBold(true);
            bold.setFontHeightInPoints((short) 16);
            XSSFCellStyle title = wb.createCellStyle();
            title.setFont(bold);
            XSSFCellStyle money = wb.createCellStyle();
            money.setDataFormat(formats.getFormat("#,##0.00"));
            XSSFCellStyle custom = wb.createCellStyle();
            custom.setDataFormat(formats.getFormat(CUSTOM_FORMAT));
            XSSFCellStyle percent = wb.createCellStyle();
            percent.setDataFormat(formats.getFormat("0.00%"));
            XSSFCellStyle textual = wb.createCellStyle();
            textual.setDataFormat(formats.getFormat("@"));
            XSSFCellStyle bordered = wb.createCellStyle();
            bordered.setBorderBottom(BorderStyle.THIN);
            bordered.setBorderTop(BorderStyle.THIN);

            XSSFSheet main = wb.createSheet(MAIN);
            set(main, 0, 0, "收入支出决算总表").setCellStyle(title);
            main.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
            set(main, 1, 0, "编制单位：某某市财政局");
            set(main, 1, 5, "单位：元");
            set(main, 2, 0, "项目");
            set(main, 2, 1, "本年收入");
            set(main, 2, 3, "本年支出");
            set(main, 2, 5, "执行率");
            main.getRow(2).createCell(2).setCellStyle(bordered); // covered by B3:C3
            row(main, 3).createCell(0).setCellStyle(bordered);   // covered by A3:A4
            main.addMergedRegion(new CellRangeAddress(2, 3, 0, 0));
            main.addMergedRegion(new CellRangeAddress(2, 2, 1, 2));
            main.addMergedRegion(new CellRangeAddress(2, 2, 3, 4));
            main.addMergedRegion(new CellRangeAddress(2, 3, 5, 5));
            set(main, 3, 1, "财政拨款");
            set(main, 3, 2, "其他收入");
            set(main, 3, 3, "基本支出");
            set(main, 3, 4, "项目支出");

            set(main, 4, 0, "  一般公共服务支出 ");
            set(main, 4, 1, 1234567.891).setCellStyle(money);
            set(main, 4, 2, "1,000.50").setCellStyle(textual);
            set(main, 4, 3, -3.25).setCellStyle(custom);
            set(main, 4, 4, 0).setCellStyle(money);
            set(main, 4, 5, 0.8765).setCellStyle(percent);

            set(main, 5, 0, "合计");
            Cell sum = row(main, 5).createCell(1);
            sum.setCellFormula("B5+D5");
            sum.setCellStyle(money);
            row(main, 5).createCell(2).setCellFormula("\"合计\"&\"（元）\"");
            row(main, 5).createCell(3).setCellValue(true);
            row(main, 5).createCell(4).setCellErrorValue(FormulaError.DIV0.getCode());
            row(main, 5).createCell(5).setCellStyle(percent); // styled blank

            set(main, 6, 0, "第一行\n第二行");
            for (int c = 1; c <= 5; c++) {
                row(main, 6).createCell(c).setCellStyle(bordered); // styled blanks
            }
            set(main, 7, 0, "R&D <试点> \"引号\" 'x'");
            set(main, 7, 1, "");

            XSSFSheet detail = wb.createSheet(DETAIL);
            set(detail, 0, 0, "支出决算明细表").setCellStyle(title);
            detail.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
            set(detail, 1, 0, "科目编码");
            set(detail, 1, 1, "科目名称");
            set(detail, 1, 2, "金额");
            set(detail, 2, 0, "2010101").setCellStyle(textual);
            set(detail, 2, 1, "行政运行");
            set(detail, 2, 2, 500).setCellStyle(custom);
            set(detail, 3, 0, 2010102);
            set(detail, 3, 1, "一般行政管理事务");
            set(detail, 3, 2, 0.5).setCellStyle(percent);
            set(detail, 999, 27, 12345.6).setCellStyle(money); // AB1000

            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static XSSFRow row(XSSFSheet sheet, int r) {
        XSSFRow row = sheet.getRow(r);
        return row != null ? row : sheet.createRow(r);
    }

    private static Cell set(XSSFSheet sheet, int r, int c, String value) {
        Cell cell = row(sheet, r).createCell(c);
        cell.setCellValue(value);
        return cell;
    }

    private static Cell set(XSSFSheet sheet, int r, int c, double value) {
        Cell cell = row(sheet, r).createCell(c);
        cell.setCellValue(value);
        return cell;
    }

    /** A minimal but well-formed .docx package. */
    private static byte[] docx() {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\""
                + "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
                .getBytes(UTF_8));
        parts.put("_rels/.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>").getBytes(UTF_8));
        parts.put("word/document.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body><w:p><w:r><w:t>部门决算公开说明</w:t></w:r></w:p></w:body></w:document>").getBytes(UTF_8));
        return XlsxVariants.zip(parts);
    }

    // ---------------------------------------------------------------- helpers

    private List<RawSheet> read(byte[] xlsx, String name) throws ReadException, IOException {
        Path path = tmp.resolve(name + ".xlsx");
        Files.write(path, xlsx);
        return XlsxGrid.read(path, FILE, ReaderOptions.DEFAULTS);
    }

    /** Compares two readings cell by cell, naming the variant, sheet and A1 reference on a difference. */
    private static void assertSameSheets(String variant, List<RawSheet> want, List<RawSheet> got) {
        assertEquals(names(want), names(got), variant + ": sheets");
        for (int i = 0; i < want.size(); i++) {
            RawSheet w = want.get(i);
            RawSheet g = got.get(i);
            String where = variant + " " + w.name();
            assertEquals(w.index(), g.index(), where + ": index");
            assertEquals(w.hidden(), g.hidden(), where + ": hidden");
            assertEquals(w.merges(), g.merges(), where + ": merges");
            Map<String, RawCell> byRef = new LinkedHashMap<>();
            for (RawCell c : g.cells()) {
                assertEquals(null, byRef.put(c.a1(), c), where + "!" + c.a1() + ": read twice");
            }
            for (RawCell c : w.cells()) {
                String at = where + "!" + c.a1();
                RawCell actual = byRef.remove(c.a1());
                assertNotNull(actual, at + ": missing, expected " + c);
                assertEquals(c.type(), actual.type(), at + ": type");
                assertEquals(c.text(), actual.text(), at + ": text");
                assertEquals(c.number(), actual.number(), 0.0, at + ": number");
                assertEquals(c.formatId(), actual.formatId(), at + ": format id");
                assertEquals(c.formatCode(), actual.formatCode(), at + ": format code");
                assertEquals(c.formula(), actual.formula(), at + ": formula");
                assertEquals(c, actual, at);
            }
            if (!byRef.isEmpty()) {
                fail(where + ": unexpected cells " + byRef.values());
            }
            assertEquals(w.cells(), g.cells(), where + ": row-major order");
        }
        assertEquals(want, got, variant);
    }

    private static List<String> names(List<RawSheet> sheets) {
        return sheets.stream().map(RawSheet::name).toList();
    }

    private static void assertCell(RawSheet sheet, RawCell want) {
        assertEquals(want, cell(sheet, want.a1()), sheet.name() + "!" + want.a1());
    }

    private static RawCell cell(RawSheet sheet, String a1) {
        return sheet.cells().stream().filter(c -> c.a1().equals(a1)).findFirst()
                .orElseGet(() -> fail(sheet.name() + "!" + a1 + " missing"));
    }

    private static String text(Map<String, byte[]> parts, String part) {
        byte[] bytes = parts.get(part);
        assertNotNull(bytes, part + " in " + parts.keySet());
        return new String(bytes, UTF_8);
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    private static List<Integer> rowNumbers(String sheetXml) {
        List<Integer> rows = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<row r=\"(\\d+)\"").matcher(sheetXml);
        while (m.find()) {
            rows.add(Integer.parseInt(m.group(1)));
        }
        return rows;
    }

    private static byte[] replacePart(byte[] xlsx, String part, UnaryOperator<String> edit) {
        LinkedHashMap<String, byte[]> parts = XlsxVariants.unzip(xlsx);
        String xml = new String(parts.get(part), UTF_8);
        String edited = edit.apply(xml);
        assertFalse(edited.equals(xml), "edit changed nothing in " + part);
        parts.put(part, edited.getBytes(UTF_8));
        return XlsxVariants.zip(parts);
    }

    private static String causeMessages(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            sb.append(c.getClass().getName()).append(": ").append(c.getMessage()).append('\n');
            if (c.getCause() == c) {
                break;
            }
        }
        return sb.toString();
    }
}
