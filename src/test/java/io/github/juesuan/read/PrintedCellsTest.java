package io.github.juesuan.read;

import io.github.juesuan.fixtures.FixtureWriter;
import io.github.juesuan.fixtures.Format;
import io.github.juesuan.fixtures.Layout;
import io.github.juesuan.fixtures.SeedDocument;
import io.github.juesuan.fixtures.WrittenFigure;
import io.github.juesuan.fixtures.WrittenWorkbook;
import io.github.juesuan.model.Figure;
import io.github.juesuan.model.Problem;
import io.github.juesuan.model.Severity;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static io.github.juesuan.read.ReaderProblemsTest.assertEverythingElseRead;
import static io.github.juesuan.read.ReaderProblemsTest.codes;
import static io.github.juesuan.read.ReaderProblemsTest.figure;
import static io.github.juesuan.read.ReaderProblemsTest.only;
import static io.github.juesuan.read.ReaderProblemsTest.read;
import static io.github.juesuan.read.ReaderProblemsTest.touched;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A figure is what the printed page shows, or a problem: each test writes the seed with POI (as .xlsx and
 * as .xls), changes one cell the way real disclosures get it wrong, and pins the figure and the problem.
 * 公开02表!C9 is 20607/本年收入合计 (400.55 in the seed), F9 its 事业收入 (400.48), I9 its 其他收入 (0.07).
 */
class PrintedCellsTest {
    private static final String SHEET = "公开02表";

    @TempDir
    Path dir;

    // ---- numbers as people mistype them ----------------------------------------------------------------------

    @ParameterizedTest(name = "{0} «{1}»")
    @CsvSource(delimiter = '|', value = {
            "XLSX|400,48|READ.AMBIGUOUS_NUMBER|公开02表!C9（20607/本年收入合计）：「400,48」有歧义：逗号可能是小数点（400.48），也可能是打错的千位分隔符（40048）；请写成不会误读的数字",
            "XLS|４００，４８|READ.AMBIGUOUS_NUMBER|公开02表!C9（20607/本年收入合计）：「４００，４８」有歧义：逗号可能是小数点（400.48），也可能是打错的千位分隔符（40048）；请写成不会误读的数字",
            "XLSX|400 48|READ.NOT_A_NUMBER|公开02表!C9（20607/本年收入合计）：「400 48」不是有效的数字：数字中间有空格",
            "XLS|4,00.48|READ.NOT_A_NUMBER|公开02表!C9（20607/本年收入合计）：「4,00.48」不是有效的数字：千位分隔符的位置不对（应每三位一个）",
            "XLSX|--400.48|READ.NOT_A_NUMBER|公开02表!C9（20607/本年收入合计）：「--400.48」不是有效的数字：正负号重复或位置不对",
            "XLS|400.4.8|READ.NOT_A_NUMBER|公开02表!C9（20607/本年收入合计）：「400.4.8」不是有效的数字：有多个小数点",
            "XLSX|400.48%|READ.PERCENT_AMOUNT|公开02表!C9（20607/本年收入合计）：「400.48%」是百分数，此处应为金额；不按金额读取",
    })
    void mistypedNumbersAreProblemsNeverValues(Format format, String typed, String code, String message)
            throws Exception {
        WrittenWorkbook w = seed(format);
        mutate(w.file(), wb -> cell(wb.getSheet(SHEET), "C9").setCellValue(typed));
        ReadResult r = read(w.file());

        Problem p = only(r, code);
        assertEquals(Severity.ERROR, p.severity());
        assertEquals("公开02表!C9", p.where().orElseThrow().location());
        assertEquals(typed, p.where().orElseThrow().raw());
        assertEquals(message, p.message());
        Figure f = figure(r, "02", "20607", "total");
        assertEquals(Figure.Kind.INVALID, f.kind());
        assertNull(f.amount());
        assertEverythingElseRead(r, w, touched("02", "20607", "total"), 10, 2);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Format.class)
    void percentFormattedNumberInAMoneyCellIsNotAnAmountButAnExecutionRateIs(Format format) throws Exception {
        WrittenWorkbook w = seed(format);
        mutate(w.file(), wb -> {
            Cell c = cell(wb.getSheet(SHEET), "C9");
            c.setCellStyle(styled(wb, c, "0.00%"));
            c.setCellValue(4.0055);
        });
        ReadResult r = read(w.file());

        Problem p = only(r, "READ.PERCENT_AMOUNT");
        assertEquals("公开02表!C9（20607/本年收入合计）：「400.55%」是百分数，此处应为金额；不按金额读取", p.message());
        assertEquals("公开02表!C9（20607/本年收入合计）: \"400.55%\" is a percentage where an amount is expected; "
                + "it is not read as an amount", p.messageEn());
        assertEquals(Figure.Kind.INVALID, figure(r, "02", "20607", "total").kind());
        assertEverythingElseRead(r, w, touched("02", "20607", "total"), 10, 2);
    }

    @ParameterizedTest(name = "{0} «{1}»")
    @CsvSource(delimiter = '|', value = {
            "XLSX|４００．５５％",
            "XLS|４００．５５％",
            "XLSX|400.55﹪",
            "XLS|(400.55%)",
    })
    void percentTypedWithAFullWidthSignOrInBracketsIsNotAnAmount(Format format, String typed) throws Exception {
        WrittenWorkbook w = typedIntoC9(format, typed);
        ReadResult r = read(w.file());
        Problem p = only(r, "READ.PERCENT_AMOUNT");
        assertEquals(Severity.ERROR, p.severity());
        assertEquals("公开02表!C9（20607/本年收入合计）：「" + typed + "」是百分数，此处应为金额；不按金额读取", p.message());
        assertEquals(Figure.Kind.INVALID, figure(r, "02", "20607", "total").kind());
        assertEverythingElseRead(r, w, touched("02", "20607", "total"), 10, 2);
    }

    /** Text pasted from web pages carries invisible characters at its ends: U+200B, U+2060, as U+FEFF. */
    @ParameterizedTest(name = "{0} «{1}»")
    @CsvSource(delimiter = '|', value = {
            "XLSX|\u200b400.55",
            "XLS|400.55\u2060",
            "XLSX|\ufeff400.55\u200b",
    })
    void invisibleCharactersAroundANumberStoredAsTextAreNotPartOfIt(Format format, String typed) throws Exception {
        WrittenWorkbook w = typedIntoC9(format, typed);
        ReadResult r = read(w.file());
        assertEquals(List.of(), r.problems().stream().filter(p -> p.severity() != Severity.INFO).toList());
        Figure f = figure(r, "02", "20607", "total");
        assertEquals(new BigDecimal("400.55"), f.amount());
        assertEquals(typed, f.source().raw());
        assertEverythingElseRead(r, w, f2 -> false, 10, 2);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Format.class)
    void executionRatePrintedAsPercentIsReadInTheRateColumn(Format format) throws Exception {
        WrittenWorkbook w = seed(format);
        WrittenFigure rate = w.find("PERF1", "total", "rate").orElseThrow();
        mutate(w.file(), wb -> cell(wb.getSheet(rate.sheet()), rate.a1()).setCellValue(rate.value() + "%"));
        ReadResult r = read(w.file());

        assertEquals(List.of(), r.problems().stream().filter(p -> p.severity() != Severity.INFO).toList());
        Figure f = figure(r, "PERF1", "total", "rate");
        assertEquals(0, rate.value().compareTo(f.amount()));
        assertEquals(rate.value() + "%", f.text());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Format.class)
    void percentageInASelfEvaluationAmountColumnIsNotAnAmount(Format format) throws Exception {
        WrittenWorkbook w = seed(format);
        WrittenFigure budget = w.find("PERF1", "self", "budget").orElseThrow();
        assertEquals("绩效自评1!E9", budget.sheet() + "!" + budget.a1());
        mutate(w.file(), wb -> cell(wb.getSheet(budget.sheet()), budget.a1()).setCellValue("91.85%"));
        ReadResult r = read(w.file());

        Problem p = only(r, "READ.PERCENT_AMOUNT");
        assertEquals("绩效自评1!E9（单位自筹资金/全年预算数）：「91.85%」是百分数，此处应为金额；不按金额读取", p.message());
        assertEquals(Figure.Kind.INVALID, figure(r, "PERF1", "self", "budget").kind());
        assertEverythingElseRead(r, w, touched("PERF1", "self", "budget"), 10, 2);
    }

    // ---- General with literals ---------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "XLSX|General\"万元\"|400.55",
            "XLS|General\"万元\"|400.55",
            "XLSX|[$-804]General|400.55",
            "XLS|\"¥\"General;\"¥\"-General|400.55",
            "XLSX|General_ |400.5",
    })
    void generalWithALiteralIsANumberNotADate(Format format, String code, String shown) throws Exception {
        WrittenWorkbook w = seed(format);
        mutate(w.file(), wb -> {
            Cell c = cell(wb.getSheet(SHEET), "C9");
            c.setCellStyle(styled(wb, c, code));
            c.setCellValue(Double.parseDouble(shown));
        });
        ReadResult r = read(w.file());

        assertEquals(List.of(), r.problems().stream().filter(p -> p.severity() != Severity.INFO).toList());
        Figure f = figure(r, "02", "20607", "total");
        assertEquals(Figure.Kind.NUMBER, f.kind());
        assertEquals(new BigDecimal(shown), f.amount());
        assertEquals(Math.max(2, new BigDecimal(shown).scale()), f.decimals());
    }

    // ---- display scaling ------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "XLSX|0!.0000|4005500|400.5500|4",
            "XLS|0!.0000|4005500|400.5500|4",
            "XLSX|0\\.0000|4005500|400.5500|4",
            "XLSX|#,##0.00,|400550|400.55|2",
            "XLS|#,##0.00,|400550|400.55|2",
            "XLS|0.00,,|400550000|400.55|2",
            "XLSX|#,##0!.0,|4005500|400.6|1",
    })
    void displayScalingIsReadAsPrinted(Format format, String code, double stored, String shown, int decimals)
            throws Exception {
        WrittenWorkbook w = seed(format);
        mutate(w.file(), wb -> {
            Cell c = cell(wb.getSheet(SHEET), "C9");
            c.setCellStyle(styled(wb, c, code));
            c.setCellValue(stored);
        });
        ReadResult r = read(w.file());

        Problem p = only(r, "READ.DISPLAY_SCALED");
        assertEquals(Severity.INFO, p.severity());
        assertEquals("公开02表!C9", p.where().orElseThrow().location());
        String storedText = BigDecimal.valueOf(stored).stripTrailingZeros().toPlainString();
        assertEquals("公开02表!C9（20607/本年收入合计）：数字格式「" + code + "」把存储值 " + storedText + " 显示为 "
                + shown + "，按显示的数读取", p.message());
        assertEquals("公开02表!C9（20607/本年收入合计）: the number format \"" + code + "\" shows the stored "
                + storedText + " as " + shown + "; the figure is read as shown", p.messageEn());
        Figure f = figure(r, "02", "20607", "total");
        assertEquals(new BigDecimal(shown), f.amount());
        assertEquals(decimals, f.decimals());
        assertEquals(shown, f.text());
        assertEverythingElseRead(r, w, touched("02", "20607", "total"), 10, 2);
    }

    // ---- hidden content ---------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @EnumSource(Format.class)
    void valueHiddenByItsFormatIsAWarningAndStillChecked(Format format) throws Exception {
        assertHiddenByFormat(format, false);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Format.class)
    void numberStoredAsTextHiddenByItsFormatIsAWarningAndStillChecked(Format format) throws Exception {
        assertHiddenByFormat(format, true);
    }

    private void assertHiddenByFormat(Format format, boolean asText) throws Exception {
        WrittenWorkbook w = seed(format);
        mutate(w.file(), wb -> {
            Cell c = cell(wb.getSheet(SHEET), "C9");
            c.setCellStyle(styled(wb, c, ";;;"));
            if (asText) {
                c.setCellValue("400.55");
            }
        });
        ReadResult r = read(w.file());

        Problem p = only(r, "READ.HIDDEN_VALUE");
        assertEquals(Severity.WARNING, p.severity());
        assertEquals("公开02表!C9", p.where().orElseThrow().location());
        assertEquals("公开02表!C9（20607/本年收入合计）：数字格式「;;;」不显示值 400.55，打印出的表上看不到它；核对时仍计入",
                p.message());
        assertEquals("公开02表!C9（20607/本年收入合计）: the number format \";;;\" hides the value 400.55, so the "
                + "printed table does not show it; it is still included in the checks", p.messageEn());
        assertEquals(new BigDecimal("400.55"), figure(r, "02", "20607", "total").amount());
        assertEverythingElseRead(r, w, f -> false, 10, 2);
    }

    /**
     * Many exports print blanks for zeros through the format (0.00;-0.00;;@): such a zero is the blank the page
     * shows — no warning per cell, and a check over it sees a blank, never a printed 0 nobody can see.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Format.class)
    void aZeroItsFormatLeavesBlankIsABlank(Format format) throws Exception {
        WrittenWorkbook w = seed(format);
        mutate(w.file(), wb -> {
            Cell c = cell(wb.getSheet(SHEET), "C9");
            c.setCellStyle(styled(wb, c, "0.00;-0.00;;@"));
            c.setCellValue(0);
        });
        ReadResult r = read(w.file());
        assertEquals(List.of(), r.problems().stream().filter(p -> p.code().equals("READ.HIDDEN_VALUE")).toList());
        Figure f = figure(r, "02", "20607", "total");
        assertEquals(Figure.Kind.BLANK, f.kind());
        assertEquals("公开02表!C9", f.source().location());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Format.class)
    void hiddenRowIsOneWarningNamingItsCellsAndStillChecked(Format format) throws Exception {
        WrittenWorkbook w = seed(format);
        mutate(w.file(), wb -> wb.getSheet(SHEET).getRow(8).setZeroHeight(true));
        ReadResult r = read(w.file());

        Problem p = only(r, "READ.HIDDEN_ROW");
        assertEquals(Severity.WARNING, p.severity());
        List<String> cells = w.figures().stream().filter(f -> f.sheet().equals(SHEET) && f.a1().matches("[A-Z]+9") && f.value() != null)
                .map(WrittenFigure::a1).sorted(PrintedCellsTest::byColumn).toList();
        assertEquals("公开02表!" + cells.get(0), p.where().orElseThrow().location());
        assertEquals("公开02表 第 9 行被隐藏，打印出的表上看不到其中的数字（" + String.join("、", cells)
                + "）；核对时仍计入", p.message());
        assertEquals("公开02表 row 9 is hidden, so the printed table does not show its figures ("
                + String.join(", ", cells) + "); they are still included in the checks", p.messageEn());
        assertEverythingElseRead(r, w, f -> false, 10, 2);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Format.class)
    void hiddenColumnIsOneWarningNamingItsCellsAndStillChecked(Format format) throws Exception {
        WrittenWorkbook w = seed(format);
        mutate(w.file(), wb -> wb.getSheet(SHEET).setColumnHidden(5, true));
        ReadResult r = read(w.file());

        Problem p = only(r, "READ.HIDDEN_COLUMN");
        assertEquals(Severity.WARNING, p.severity());
        List<String> cells = w.figures().stream().filter(f -> f.sheet().equals(SHEET) && f.a1().startsWith("F")
                && f.value() != null).map(WrittenFigure::a1).sorted().toList();
        assertEquals(List.of("F7", "F8", "F9", "F10"), cells.stream().sorted(PrintedCellsTest::byRow).toList());
        assertEquals("公开02表 第 F 列被隐藏，打印出的表上看不到其中的数字（F7、F8、F9、F10）；核对时仍计入", p.message());
        assertEquals("公开02表 column F is hidden, so the printed table does not show its figures (F7, F8, F9, F10); "
                + "they are still included in the checks", p.messageEn());
        assertEquals(List.of(), codes(r, "READ.HIDDEN_ROW"));
        assertEverythingElseRead(r, w, f -> false, 10, 2);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Format.class)
    void hiddenSheetWithFiguresIsOneWarningAndOneWithoutFiguresIsNothing(Format format) throws Exception {
        WrittenWorkbook w = seed(format);
        mutate(w.file(), wb -> {
            Sheet notes = wb.createSheet("说明");
            cell(notes, "A1").setCellValue("填表说明");
            wb.setSheetHidden(wb.getSheetIndex(notes), true);
            wb.setSheetHidden(wb.getSheetIndex(SHEET), true);
        });
        ReadResult r = read(w.file());

        Problem p = only(r, "READ.HIDDEN_SHEET");
        assertEquals(Severity.WARNING, p.severity());
        assertEquals(SHEET, p.where().orElseThrow().sheet());
        long count = w.figures().stream().filter(f -> f.sheet().equals(SHEET) && f.value() != null).count();
        assertTrue(p.message().startsWith("工作表「公开02表」被隐藏，打印时看不到其中的 " + count + " 个数字（"),
                p.message());
        assertTrue(p.message().endsWith("）；核对时仍计入"), p.message());
        assertEverythingElseRead(r, w, f -> false, 10, 2);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Format.class)
    void valueInACoveredCellOfAMergeIsAWarningAndNotRead(Format format) throws Exception {
        WrittenWorkbook w = seed(format);
        WrittenFigure f9 = w.find("02", "20607", "business").orElseThrow();
        assertEquals("公开02表!F9", f9.sheet() + "!" + f9.a1());
        mutate(w.file(), wb -> wb.getSheet(SHEET).addMergedRegion(CellRangeAddress.valueOf("E9:F9")));
        ReadResult r = read(w.file());

        Problem p = only(r, "READ.MERGED_AWAY");
        assertEquals(Severity.WARNING, p.severity());
        assertEquals("公开02表!F9", p.where().orElseThrow().location());
        assertEquals("公开02表!F9（20607/事业收入）：单元格被合并区域 E9:F9 覆盖，打印出的表只显示 E9；"
                + "其中存的 400.48 不读取", p.message());
        assertEquals("公开02表!F9（20607/事业收入）: the cell is covered by the merged range E9:F9, whose printed "
                + "form shows only E9; the 400.48 stored in it is not read", p.messageEn());
        Figure f = figure(r, "02", "20607", "business");
        assertEquals(Figure.Kind.BLANK, f.kind());
        assertEverythingElseRead(r, w, touched("02", "20607", "business"), 10, 2);
    }

    // ---- numbers that are not finite ------------------------------------------------------------------------

    @ParameterizedTest(name = "xlsx <v>{0}</v>")
    @CsvSource({"NaN", "Infinity", "-Infinity", "1e309"})
    void nonFiniteNumberInAnXlsxIsNotANumberNotADate(String stored) throws Exception {
        WrittenWorkbook w = seed(Format.XLSX);
        mutate(w.file(), wb -> cell(wb.getSheet(SHEET), "C9").setCellValue(400.5512345));
        Map<String, byte[]> parts = XlsxVariants.unzip(Files.readAllBytes(w.file()));
        boolean replaced = false;
        for (Map.Entry<String, byte[]> e : parts.entrySet()) {
            String xml = new String(e.getValue(), StandardCharsets.UTF_8);
            if (e.getKey().startsWith("xl/worksheets/") && xml.contains("<v>400.5512345</v>")) {
                e.setValue(xml.replace("<v>400.5512345</v>", "<v>" + stored + "</v>").getBytes(StandardCharsets.UTF_8));
                replaced = true;
            }
        }
        assertTrue(replaced);
        Files.write(w.file(), XlsxVariants.zip(parts));
        assertNotFinite(read(w.file()), w, stored.equals("NaN") ? "NaN" : stored.startsWith("-") ? "-Infinity" : "Infinity");
    }

    /**
     * An .xlsx escapes a character XML cannot hold as {@code _xHHHH_}: Excel writes the carriage return of text
     * pasted with Windows line ends as {@code _x000D_}, and shows a line break. A header so broken is the
     * header, a number so followed is the number.
     */
    @Test
    void escapedCharactersInAnXlsxAreTheCharactersTheyStandFor() throws Exception {
        WrittenWorkbook w = seed(Format.XLSX);
        mutate(w.file(), wb -> {
            cell(wb.getSheet(SHEET), "C9").setCellValue("ZZNUMBER");
        });
        Map<String, byte[]> parts = XlsxVariants.unzip(Files.readAllBytes(w.file()));
        String strings = new String(parts.get("xl/sharedStrings.xml"), StandardCharsets.UTF_8);
        assertTrue(strings.contains(">事业收入<") && strings.contains(">ZZNUMBER<"));
        strings = strings.replace(">事业收入<", ">事业_x000D_\n收入<").replace(">ZZNUMBER<", ">400.55_x000D_\n<");
        parts.put("xl/sharedStrings.xml", strings.getBytes(StandardCharsets.UTF_8));
        Files.write(w.file(), XlsxVariants.zip(parts));
        ReadResult r = read(w.file());

        assertEquals(List.of(), r.problems().stream().filter(p -> p.severity() != Severity.INFO).toList());
        Figure f = figure(r, "02", "20607", "total");
        assertEquals(new BigDecimal("400.55"), f.amount());
        assertEquals("400.55\r\n", f.source().raw());
        assertEverythingElseRead(r, w, f2 -> false, 10, 2);
    }

    /** What the .xlsx escape stands for in an .xls, where text is stored as it is: a header broken by CR LF. */
    @Test
    void carriageReturnInAnXlsHeaderIsALineBreak() throws Exception {
        WrittenWorkbook w = seed(Format.XLS);
        mutate(w.file(), wb -> {
            for (Row row : wb.getSheet(SHEET)) {
                for (Cell c : row) {
                    if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                            && c.getStringCellValue().equals("事业收入")) {
                        c.setCellValue("事业\r\n收入");
                    }
                }
            }
        });
        ReadResult r = read(w.file());

        assertEquals(List.of(), r.problems().stream().filter(p -> p.severity() != Severity.INFO).toList());
        assertEverythingElseRead(r, w, f2 -> false, 10, 2);
    }

    @ParameterizedTest(name = "xls {0}")
    @CsvSource({"NaN", "Infinity"})
    void nonFiniteNumberInAnXlsIsNotANumberNotADate(String stored) throws Exception {
        WrittenWorkbook w = seed(Format.XLS);
        mutate(w.file(), wb -> cell(wb.getSheet(SHEET), "C9").setCellValue(400.5512345));
        // POI writes NaN and infinities as error cells, so the NUMBER record's eight bytes are changed in place.
        byte[] bytes = Files.readAllBytes(w.file());
        byte[] sentinel = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putDouble(400.5512345).array();
        byte[] value = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN)
                .putDouble(stored.equals("NaN") ? Double.NaN : Double.POSITIVE_INFINITY).array();
        int found = 0;
        for (int i = 0; i + 8 <= bytes.length; i++) {
            if (java.util.Arrays.equals(bytes, i, i + 8, sentinel, 0, 8)) {
                System.arraycopy(value, 0, bytes, i, 8);
                found++;
            }
        }
        assertEquals(1, found);
        Files.write(w.file(), bytes);
        assertNotFinite(read(w.file()), w, stored);
    }

    private static void assertNotFinite(ReadResult r, WrittenWorkbook w, String raw) {
        Problem p = only(r, "READ.NOT_A_NUMBER");
        assertEquals(Severity.ERROR, p.severity());
        assertEquals("公开02表!C9", p.where().orElseThrow().location());
        assertEquals(raw, p.where().orElseThrow().raw());
        assertEquals("公开02表!C9（20607/本年收入合计）：单元格存的是 " + raw + "，不是有限的数字", p.message());
        assertEquals("公开02表!C9（20607/本年收入合计）: the cell holds " + raw + ", not a finite number",
                p.messageEn());
        assertEquals(List.of(), codes(r, "READ.DATE_VALUE"));
        assertEquals(Figure.Kind.INVALID, figure(r, "02", "20607", "total").kind());
        assertEverythingElseRead(r, w, touched("02", "20607", "total"), 10, 2);
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private WrittenWorkbook seed(Format format) throws IOException {
        return FixtureWriter.write(SeedDocument.create(), Layout.SHANXI, format,
                dir.resolve("seed." + format.extension()));
    }

    /** The seed with {@code typed} stored as text in 公开02表!C9 (20607/本年收入合计). */
    private WrittenWorkbook typedIntoC9(Format format, String typed) throws IOException {
        WrittenWorkbook w = seed(format);
        mutate(w.file(), wb -> cell(wb.getSheet(SHEET), "C9").setCellValue(typed));
        return w;
    }

    /** Opens the .xlsx or .xls with POI, lets {@code change} edit it, and saves it in place. */
    private static void mutate(Path file, Consumer<Workbook> change) throws IOException {
        Workbook wb;
        try (InputStream in = Files.newInputStream(file)) {
            wb = WorkbookFactory.create(in);
        }
        try (wb) {
            change.accept(wb);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    private static CellStyle styled(Workbook wb, Cell c, String format) {
        CellStyle style = wb.createCellStyle();
        style.cloneStyleFrom(c.getCellStyle());
        style.setDataFormat(wb.createDataFormat().getFormat(format));
        return style;
    }

    private static Cell cell(Sheet s, String a1) {
        CellAddress a = new CellAddress(a1);
        Row row = s.getRow(a.getRow());
        if (row == null) {
            row = s.createRow(a.getRow());
        }
        Cell c = row.getCell(a.getColumn());
        return c != null ? c : row.createCell(a.getColumn());
    }

    private static int byRow(String a, String b) {
        return Integer.compare(new CellAddress(a).getRow(), new CellAddress(b).getRow());
    }

    private static int byColumn(String a, String b) {
        return Integer.compare(new CellAddress(a).getColumn(), new CellAddress(b).getColumn());
    }
}
