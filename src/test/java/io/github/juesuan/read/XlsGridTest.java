package io.github.juesuan.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFFormulaEvaluator;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;

/**
 * Reads .xls files written by POI's {@code HSSFWorkbook} in the test itself, some of them then edited at
 * the record level to produce what HSSF never writes (RK/MULRK numbers, inline LABEL strings, formulas
 * without a cached result) and what a damaged file contains.
 */
class XlsGridTest {

    private static final String FILE = "决算.xls";

    // ---------------------------------------------------------------- cells

    @Test
    void readsEveryKindOfCellWithItsNumberFormat() throws Exception {
        byte[] xls = richWorkbook();
        List<RawSheet> sheets = XlsGrid.read(xls, FILE, ReaderOptions.DEFAULTS);

        assertEquals(3, sheets.size());
        RawSheet main = sheets.get(0);
        assertEquals("收入支出决算总表", main.name());
        assertEquals(0, main.index());
        assertEquals(false, main.hidden());

        List<RawCell> expected = List.of(
                RawCell.text(0, 0, "收入支出决算总表", false),
                RawCell.text(1, 0, "  项目 (前后有空格)  ", false),
                RawCell.number(1, 1, 1234567.891, 4, "#,##0.00", false),
                RawCell.number(1, 2, 12.5, 2, "0.00", false),
                RawCell.number(1, 3, 42, 0, "General", false),
                RawCell.number(1, 4, 0.1234, 10, "0.00%", false),
                RawCell.number(1, 5, 45292, 31, null, false),
                RawCell.number(1, 6, -3.25, 164, "#,##0.00_ ;[红色]-#,##0.00 ", false),
                RawCell.text(2, 0, "第一行\n第二行", false),
                RawCell.of(2, 1, RawType.BOOLEAN, "TRUE", false),
                RawCell.of(2, 2, RawType.BOOLEAN, "FALSE", false),
                RawCell.of(2, 3, RawType.ERROR, "#DIV/0!", false),
                RawCell.text(2, 4, "", false),
                RawCell.number(3, 0, 1234567.891 + 12.5 + 42, 4, "#,##0.00", true),
                RawCell.text(3, 1, "收入合计", true),
                RawCell.of(3, 2, RawType.BOOLEAN, "TRUE", true),
                RawCell.of(3, 3, RawType.ERROR, "#DIV/0!", true),
                RawCell.text(3, 4, "", true));
        assertEquals(expected, main.cells());
        assertEquals(List.of(new Merge(0, 0, 0, 6), new Merge(4, 0, 6, 1)), main.merges());

        RawSheet hidden = sheets.get(1);
        assertEquals("隐藏表", hidden.name());
        assertEquals(1, hidden.index());
        assertEquals(true, hidden.hidden());
        assertEquals(List.of(RawCell.text(0, 0, "不显示", false)), hidden.cells());
        assertEquals(List.of(), hidden.merges());

        RawSheet veryHidden = sheets.get(2);
        assertEquals("附表 (1)", veryHidden.name());
        assertEquals(true, veryHidden.hidden());
        assertEquals(List.of(), veryHidden.cells());
    }

    @Test
    void sortsCellsRowMajorWhateverOrderTheyWereWritten() throws Exception {
        byte[] xls = workbook(wb -> {
            HSSFSheet sheet = wb.createSheet("乱序");
            sheet.createRow(5).createCell(3).setCellValue(4);
            sheet.createRow(0).createCell(7).setCellValue(1);
            sheet.getRow(5).createCell(0).setCellValue(3);
            sheet.createRow(2).createCell(2).setCellValue(2);
        });
        List<RawCell> cells = XlsGrid.read(xls, FILE, ReaderOptions.DEFAULTS).get(0).cells();
        assertEquals(List.of(1.0, 2.0, 3.0, 4.0), cells.stream().map(RawCell::number).toList());
        assertEquals(List.of("H1", "C3", "A6", "D6"), cells.stream().map(RawCell::a1).toList());
    }

    @Test
    void blankCellsAreNotEmitted() throws Exception {
        byte[] xls = workbook(wb -> {
            HSSFSheet sheet = wb.createSheet("空白");
            HSSFCellStyle style = wb.createCellStyle();
            style.setDataFormat((short) 4);
            HSSFRow row = sheet.createRow(0);
            row.createCell(0).setCellStyle(style);
            row.createCell(1).setCellStyle(style);
            row.createCell(2).setCellValue("有值");
            sheet.createRow(1).createCell(4).setCellStyle(style);
        });
        assertEquals(List.of(RawCell.text(0, 2, "有值", false)),
                XlsGrid.read(xls, FILE, ReaderOptions.DEFAULTS).get(0).cells());
    }

    @Test
    void readsRkMulRkAndInlineLabelRecordsAsExcelWritesThem() throws Exception {
        byte[] xls = workbook(wb -> {
            HSSFSheet sheet = wb.createSheet("Excel");
            HSSFCellStyle money = wb.createCellStyle();
            money.setDataFormat((short) 4);
            HSSFRow row = sheet.createRow(0);
            row.createCell(0).setCellValue(1);
            row.createCell(1).setCellValue(2);
            row.createCell(2).setCellValue("共享");
            row.getCell(1).setCellStyle(money);
        });
        Biff biff = Biff.of(xls);
        int money = biff.cellXf(0, 1);
        int general = biff.cellXf(0, 0);
        // A1 becomes an RK record, B1 a MULRK spanning B1:C1, C1's shared string an inline LABEL in D1.
        biff.replaceCell(0, 0, Biff.rk(0, 0, general, 12345 << 2 | 2));
        biff.replaceCell(0, 1, Biff.mulRk(0, 1, new int[] {money, general}, new int[] {(-150 << 2) | 3, 0x3FF00000}));
        biff.replaceCell(0, 2, Biff.label(0, 3, general, "内联文本"));
        List<RawCell> cells = XlsGrid.read(biff.toXls(), FILE, ReaderOptions.DEFAULTS).get(0).cells();
        assertEquals(List.of(
                RawCell.number(0, 0, 12345, 0, "General", false),
                RawCell.number(0, 1, -1.5, 4, "#,##0.00", false),
                RawCell.number(0, 2, 1, 0, "General", false),
                RawCell.text(0, 3, "内联文本", false)), cells);
    }

    @Test
    void aFormulaWithoutItsCachedResultHasNoCachedValue() throws Exception {
        byte[] xls = workbook(wb -> {
            HSSFSheet sheet = wb.createSheet("公式");
            HSSFRow row = sheet.createRow(0);
            row.createCell(0).setCellValue(1);
            row.createCell(1).setCellFormula("A1*2");
            row.createCell(2).setCellFormula("\"文\"&\"本\"");
            row.createCell(3).setCellFormula("\"留\"&\"下\"");
            HSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
        });
        Biff biff = Biff.of(xls);
        // B1's cached number becomes a plain NaN; C1's STRING record is renamed away, so its text is lost.
        biff.setFormulaValueBits(0, 1, 0x7FF8_0000_0000_0000L);
        biff.renameStringRecordAfterFormula(0, 2);
        List<RawCell> cells = XlsGrid.read(biff.toXls(), FILE, ReaderOptions.DEFAULTS).get(0).cells();
        assertEquals(List.of(
                RawCell.number(0, 0, 1, 0, "General", false),
                RawCell.of(0, 1, RawType.NO_CACHED_VALUE, null, true),
                RawCell.of(0, 2, RawType.NO_CACHED_VALUE, null, true),
                RawCell.text(0, 3, "留下", true)), cells);
    }

    @Test
    void keepsBuiltInFormatCodesButNotTheLocaleDependentOnes() throws Exception {
        short[] ids = {0, 1, 3, 9, 14, 22, 23, 27, 31, 36, 37, 49, 50, 57, 58};
        byte[] xls = workbook(wb -> {
            HSSFRow row = wb.createSheet("格式").createRow(0);
            for (int i = 0; i < ids.length; i++) {
                HSSFCellStyle style = wb.createCellStyle();
                style.setDataFormat(ids[i]);
                row.createCell(i).setCellValue(i);
                row.getCell(i).setCellStyle(style);
            }
        });
        List<RawCell> cells = XlsGrid.read(xls, FILE, ReaderOptions.DEFAULTS).get(0).cells();
        String[] codes = {"General", "0", "#,##0", "0%", "m/d/yy", "m/d/yy h:mm", null, null, null, null,
            "#,##0_);(#,##0)", "@", null, null, null};
        for (int i = 0; i < ids.length; i++) {
            assertEquals(ids[i], cells.get(i).formatId(), "id of " + cells.get(i).a1());
            assertEquals(codes[i], cells.get(i).formatCode(), "code of id " + ids[i]);
        }
    }

    // ---------------------------------------------------------------- limits

    @Test
    void tooManyCellsInASheetIsALimitWithAnExactMessage() throws Exception {
        byte[] xls = workbook(wb -> {
            HSSFSheet sheet = wb.createSheet("Sheet1");
            for (int r = 0; r < 3; r++) {
                HSSFRow row = sheet.createRow(r);
                for (int c = 0; c < 3; c++) {
                    row.createCell(c).setCellValue(r * 3 + c);
                }
            }
        });
        ReadException e = assertThrows(ReadException.class,
                () -> XlsGrid.read(xls, FILE, ReaderOptions.DEFAULTS.withMaxCellsPerSheet(8)));
        assertEquals(ReadException.Reason.LIMIT_EXCEEDED, e.reason());
        assertEquals("决算.xls [Sheet1!C3]: 工作表「Sheet1」的单元格数超过上限 8 (sheet has more than 8 cells; "
                + "raise ReaderOptions.maxCellsPerSheet if the file is genuine)", e.getMessage());
        assertEquals("Sheet1", e.sheet().orElseThrow());
        assertEquals("C3", e.cell().orElseThrow());

        assertEquals(9, XlsGrid.read(xls, FILE, ReaderOptions.DEFAULTS.withMaxCellsPerSheet(9)).get(0).cells()
                .size());
    }

    @Test
    void tooManySheetsIsALimit() throws Exception {
        byte[] xls = workbook(wb -> {
            wb.createSheet("一");
            wb.createSheet("二");
            wb.createSheet("三");
        });
        ReadException e = assertThrows(ReadException.class, () -> XlsGrid.read(xls, FILE, limits(2, 100, 100)));
        assertEquals(ReadException.Reason.LIMIT_EXCEEDED, e.reason());
        assertEquals("决算.xls: 工作簿的工作表数超过上限 2 (workbook has more than 2 sheets; raise "
                + "ReaderOptions.maxSheets if the file is genuine)", e.getMessage());
        assertEquals(3, XlsGrid.read(xls, FILE, limits(3, 100, 100)).size());
    }

    @Test
    void aRowOrColumnBeyondTheExtentIsALimit() throws Exception {
        byte[] xls = workbook(wb -> wb.createSheet("大表").createRow(99).createCell(26).setCellValue("远处"));

        ReadException rows = assertThrows(ReadException.class,
                () -> XlsGrid.read(xls, FILE, ReaderOptions.DEFAULTS.withMaxExtent(99, 1000)));
        assertEquals(ReadException.Reason.LIMIT_EXCEEDED, rows.reason());
        assertEquals("决算.xls [大表!AA100]: 工作表「大表」的单元格 AA100 行号 100 超过上限 99 (row 100 is beyond the "
                + "limit of 99 rows; raise ReaderOptions.maxRows (withMaxExtent) if the file is genuine)",
                rows.getMessage());

        ReadException cols = assertThrows(ReadException.class,
                () -> XlsGrid.read(xls, FILE, ReaderOptions.DEFAULTS.withMaxExtent(1000, 26)));
        assertEquals(ReadException.Reason.LIMIT_EXCEEDED, cols.reason());
        assertTrue(cols.getMessage().contains("列号 27 超过上限 26"), cols.getMessage());
        assertTrue(cols.getMessage().contains("column 27 is beyond the limit of 26 columns"), cols.getMessage());

        assertEquals(1, XlsGrid.read(xls, FILE, ReaderOptions.DEFAULTS.withMaxExtent(100, 27)).get(0).cells()
                .size());
    }

    @Test
    void aLongStringIsALimitWhereverItComesFrom() throws Exception {
        String eleven = "一二三四五六七八九十多";
        for (Consumer<HSSFWorkbook> write : List.<Consumer<HSSFWorkbook>>of(
                wb -> wb.createSheet("长文本").createRow(1).createCell(1).setCellValue(eleven),
                wb -> {
                    wb.createSheet("长文本").createRow(1).createCell(1).setCellFormula("\"一二三四五\"&\"六七八九十多\"");
                    HSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
                })) {
            byte[] xls = workbook(write);
            ReadException e = assertThrows(ReadException.class, () -> XlsGrid.read(xls, FILE, limits(10, 10, 100)));
            assertEquals(ReadException.Reason.LIMIT_EXCEEDED, e.reason());
            assertEquals("决算.xls [长文本!B2]: 工作表「长文本」的单元格 B2 文本长度 11 超过上限 10 (text of 11 characters "
                    + "is longer than the limit of 10; raise ReaderOptions.maxTextLength if the file is genuine)",
                    e.getMessage());
            assertEquals(eleven, XlsGrid.read(xls, FILE, limits(10, 11, 100)).get(0).cells().get(0).text());
        }
    }

    @Test
    void tooManyMergesIsALimit() throws Exception {
        byte[] xls = workbook(wb -> {
            HSSFSheet sheet = wb.createSheet("合并");
            for (int i = 0; i < 3; i++) {
                sheet.addMergedRegion(new CellRangeAddress(i, i, 0, 1));
            }
        });
        ReadException e = assertThrows(ReadException.class, () -> XlsGrid.read(xls, FILE, limits(10, 100, 2)));
        assertEquals(ReadException.Reason.LIMIT_EXCEEDED, e.reason());
        assertEquals("决算.xls [合并]: 工作表「合并」的合并区域数超过上限 2 (sheet has more than 2 merged regions; "
                + "raise ReaderOptions.maxMerges if the file is genuine)", e.getMessage());
        assertEquals(3, XlsGrid.read(xls, FILE, limits(10, 100, 3)).get(0).merges().size());
        assertThrows(ReadException.class, () -> XlsGrid.read(xls, FILE, limits(10, 100, 0)));
    }

    // ---------------------------------------------------------------- damage

    @Test
    void aTruncatedFileIsCorruptNeverAnotherException() throws Exception {
        byte[] xls = richWorkbook();
        int n = xls.length;
        for (int length : new int[] {0, 8, 100, 512, 1000, n / 3, n / 2, 2 * n / 3, n - 600}) {
            assertCorrupt(Arrays.copyOf(xls, length), "cut to " + length + " of " + n + " bytes");
        }
    }

    @Test
    void aWorkbookStreamCutShortIsCorrupt() throws Exception {
        Biff biff = Biff.of(richWorkbook());
        int firstSheetBof = biff.indexOf(Biff.BOF, 1);
        int cells = biff.indexOf(0x00FD, 0);
        for (int records : new int[] {1, 5, firstSheetBof, firstSheetBof + 1, cells + 1, biff.records.size() - 1}) {
            assertCorrupt(biff.keepFirst(records).toXls(), "first " + records + " records");
        }
        // And a cut in the middle of a record rather than between two.
        byte[] stream = biff.stream();
        for (int length : new int[] {3, stream.length / 2 + 1, stream.length - 3}) {
            assertCorrupt(Biff.wrap(Arrays.copyOf(stream, length)), "stream cut to " + length);
        }
    }

    @Test
    void damagedBytesGiveOnlyReadExceptions() throws Exception {
        byte[] stream = Biff.of(richWorkbook()).stream();
        Random random = new Random(20240601);
        int corrupt = 0;
        for (int i = 0; i < 400; i++) {
            byte[] damaged = stream.clone();
            for (int k = 1 + random.nextInt(6); k > 0; k--) {
                damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
            }
            try {
                XlsGrid.read(Biff.wrap(damaged), FILE, ReaderOptions.DEFAULTS);
            } catch (ReadException e) {
                assertTrue(e.getMessage().startsWith(FILE), e.getMessage());
                corrupt++;
            } catch (RuntimeException e) {
                throw new AssertionError("damage " + i + " escaped as " + e, e);
            }
        }
        assertTrue(corrupt > 0, "some damage must be noticed");
    }

    @Test
    void aCellRecordLongerThanItsFieldsIsCorrupt() throws Exception {
        // A damaged length: the record is not what it claims to be, so its value is not trusted.
        Biff number = Biff.of(richWorkbook());
        byte[] b2 = number.cellRecord(1, 1);
        number.replaceCell(1, 1, new Biff.Rec(0x0203, Arrays.copyOf(b2, b2.length + 2)));
        assertCorrupt(number.toXls(), "a NUMBER record two bytes too long");

        Biff label = Biff.of(richWorkbook());
        byte[] a1 = label.cellRecord(0, 0);
        label.replaceCell(0, 0, new Biff.Rec(0x00FD, Arrays.copyOf(a1, a1.length + 1)));
        assertCorrupt(label.toXls(), "a LABELSST record a byte too long");
    }

    @Test
    void aMulRkWhoseColumnsOutrunItsNumbersIsCorrupt() throws Exception {
        Biff biff = Biff.of(workbook(wb -> wb.createSheet("表").createRow(0).createCell(0).setCellValue(1)));
        Biff.Rec run = Biff.mulRk(0, 1, new int[] {15, 15}, new int[] {0x00000008, 0x0000000C});
        ByteBuffer.wrap(run.data).order(ByteOrder.LITTLE_ENDIAN).putShort(run.data.length - 2, (short) 3);
        biff.records.add(biff.cellIndexOf(0, 0) + 1, run);
        assertCorrupt(biff.toXls(), "MULRK for columns 1-3 with two numbers");
    }

    @Test
    void aDamagedFormulaExpressionStillGivesItsCachedResult() throws Exception {
        // Only the cached result of a FORMULA record is read; its expression (bytes 22 on) is never needed.
        byte[] xls = richWorkbook();
        Biff biff = Biff.of(xls);
        byte[] sum = biff.cellRecord(3, 0);
        Arrays.fill(sum, 22, sum.length, (byte) 0xFF);
        assertEquals(XlsGrid.read(xls, FILE, ReaderOptions.DEFAULTS),
                XlsGrid.read(biff.toXls(), FILE, ReaderOptions.DEFAULTS));
    }

    @Test
    void aSharedStringIndexOutOfRangeIsCorruptAtItsCell() throws Exception {
        Biff biff = Biff.of(workbook(wb -> wb.createSheet("表").createRow(2).createCell(1).setCellValue("唯一")));
        byte[] data = biff.cellRecord(2, 1);
        ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN).putInt(6, 7);
        ReadException e = assertThrows(ReadException.class,
                () -> XlsGrid.read(biff.toXls(), FILE, ReaderOptions.DEFAULTS));
        assertEquals(ReadException.Reason.CORRUPT, e.reason());
        assertEquals("B3", e.cell().orElseThrow());
        assertTrue(e.getMessage().contains("shared string 7"), e.getMessage());
    }

    @Test
    void anOle2FileWithoutAWorkbookIsNotAWorkbook() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[600]), "WordDocument");
            fs.writeFilesystem(out);
        }
        ReadException e = assertThrows(ReadException.class,
                () -> XlsGrid.read(out.toByteArray(), FILE, ReaderOptions.DEFAULTS));
        assertEquals(ReadException.Reason.NOT_A_WORKBOOK, e.reason());
    }

    @Test
    void anExcel95WorkbookIsRejectedAsOld() throws Exception {
        Biff biff = Biff.of(richWorkbook());
        // BIFF5 writes the same BOF record with version 0x0500.
        ByteBuffer.wrap(biff.records.get(0).data).order(ByteOrder.LITTLE_ENDIAN).putShort(0, (short) 0x0500);
        ReadException e = assertThrows(ReadException.class,
                () -> XlsGrid.read(biff.toXls(), FILE, ReaderOptions.DEFAULTS));
        assertEquals(ReadException.Reason.NOT_A_WORKBOOK, e.reason());
        assertTrue(e.getMessage().contains("Excel 5.0/95"), e.getMessage());
    }

    // ---------------------------------------------------------------- encryption

    @Test
    void anEncryptedWorkbookNeedsItsPassword() throws Exception {
        byte[] xls;
        Biff8EncryptionKey.setCurrentUserPassword("pw");
        try {
            xls = workbook(wb -> wb.createSheet("加密").createRow(0).createCell(0).setCellValue("机密"));
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }

        ReadException missing = assertThrows(ReadException.class,
                () -> XlsGrid.read(xls, FILE, ReaderOptions.DEFAULTS));
        assertEquals(ReadException.Reason.ENCRYPTED, missing.reason());
        assertTrue(missing.getMessage().startsWith(FILE + ": 工作簿设有打开密码"), missing.getMessage());
        assertTrue(missing.getMessage().contains("--password"), missing.getMessage());
        assertTrue(missing.getMessage().contains("ReaderOptions.withPassword"), missing.getMessage());

        ReadException wrong = assertThrows(ReadException.class,
                () -> XlsGrid.read(xls, FILE, ReaderOptions.DEFAULTS.withPassword("PW")));
        assertEquals(ReadException.Reason.ENCRYPTED, wrong.reason());
        assertEquals(FILE + ": 密码不正确 (wrong password)", wrong.getMessage());

        Biff8EncryptionKey.setCurrentUserPassword("the caller's own");
        try {
            List<RawSheet> sheets = XlsGrid.read(xls, FILE, ReaderOptions.DEFAULTS.withPassword("pw"));
            assertEquals(List.of(RawCell.text(0, 0, "机密", false)), sheets.get(0).cells());
            assertEquals("加密", sheets.get(0).name());
            assertEquals("the caller's own", Biff8EncryptionKey.getCurrentUserPassword(), "thread-local restored");
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }

    // ---------------------------------------------------------------- helpers

    private static void assertCorrupt(byte[] content, String what) {
        try {
            XlsGrid.read(content, FILE, ReaderOptions.DEFAULTS);
            fail(what + ": read without complaint");
        } catch (ReadException e) {
            assertEquals(ReadException.Reason.CORRUPT, e.reason(), what + ": " + e.getMessage());
            assertTrue(e.getMessage().startsWith(FILE), e.getMessage());
            assertTrue(e.getMessage().contains("文件已损坏或不完整，无法读取为 .xls 工作簿；请用 Excel 或 WPS 打开并另存，"
                    + "或重新导出后再试 (the .xls workbook is damaged or truncated: "), e.getMessage());
            assertTrue(e.getMessage().endsWith("; open and save it again with Excel or WPS, or export it again)"),
                    e.getMessage());
        } catch (RuntimeException e) {
            throw new AssertionError(what + ": escaped as " + e, e);
        }
    }

    private static ReaderOptions limits(int sheets, int textLength, int merges) {
        return ReaderOptions.DEFAULTS.withMaxSheets(sheets).withMaxTextLength(textLength).withMaxMerges(merges);
    }

    private static byte[] workbook(Consumer<HSSFWorkbook> build) throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            build.accept(wb);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** The workbook most tests start from: every cell type, formats, merges and hidden sheets. */
    private static byte[] richWorkbook() throws IOException {
        return workbook(wb -> {
            HSSFSheet sheet = wb.createSheet("收入支出决算总表");
            wb.createSheet("隐藏表").createRow(0).createCell(0).setCellValue("不显示");
            wb.createSheet("附表 (1)");
            wb.setSheetHidden(1, true);
            wb.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);

            HSSFCellStyle thousands = style(wb, wb.createDataFormat().getFormat("#,##0.00"));
            HSSFCellStyle twoPlaces = style(wb, wb.createDataFormat().getFormat("0.00"));
            HSSFCellStyle percent = style(wb, wb.createDataFormat().getFormat("0.00%"));
            HSSFCellStyle chineseDate = style(wb, (short) 31);
            HSSFCellStyle custom = style(wb, wb.createDataFormat().getFormat("#,##0.00_ ;[红色]-#,##0.00 "));

            sheet.createRow(0).createCell(0).setCellValue("收入支出决算总表");
            HSSFRow numbers = sheet.createRow(1);
            numbers.createCell(0).setCellValue("  项目 (前后有空格)  ");
            numbers.createCell(1).setCellValue(1234567.891);
            numbers.getCell(1).setCellStyle(thousands);
            numbers.createCell(2).setCellValue(12.5);
            numbers.getCell(2).setCellStyle(twoPlaces);
            numbers.createCell(3).setCellValue(42);
            numbers.createCell(4).setCellValue(0.1234);
            numbers.getCell(4).setCellStyle(percent);
            numbers.createCell(5).setCellValue(45292);
            numbers.getCell(5).setCellStyle(chineseDate);
            numbers.createCell(6).setCellValue(-3.25);
            numbers.getCell(6).setCellStyle(custom);

            HSSFRow others = sheet.createRow(2);
            others.createCell(0).setCellValue("第一行\n第二行");
            others.createCell(1).setCellValue(true);
            others.createCell(2).setCellValue(false);
            others.createCell(3).setCellErrorValue(FormulaError.DIV0);
            others.createCell(4).setCellValue("");

            HSSFRow formulas = sheet.createRow(3);
            formulas.createCell(0).setCellFormula("SUM(B2:D2)");
            formulas.getCell(0).setCellStyle(thousands);
            formulas.createCell(1).setCellFormula("\"收入\"&\"合计\"");
            formulas.createCell(2).setCellFormula("B2>C2");
            formulas.createCell(3).setCellFormula("1/0");
            formulas.createCell(4).setCellFormula("\"\"&\"\"");
            HSSFFormulaEvaluator.evaluateAllFormulaCells(wb);

            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 6));
            sheet.addMergedRegion(new CellRangeAddress(4, 6, 0, 1));
        });
    }

    private static HSSFCellStyle style(HSSFWorkbook wb, short format) {
        HSSFCellStyle style = wb.createCellStyle();
        style.setDataFormat(format);
        return style;
    }

    /**
     * The records of a workbook stream, to edit what HSSF writes into what Excel or a damaged file has.
     * Offsets inside the stream (BOUNDSHEET positions, INDEX) go stale after an edit that changes a
     * record's length, but the reader follows the records in order and never seeks by them.
     */
    private static final class Biff {
        static final int BOF = 0x0809;
        static final int FORMULA = 0x0006;
        static final int STRING = 0x0207;

        /** One record: its id and its body. */
        static final class Rec {
            int sid;
            byte[] data;

            Rec(int sid, byte[] data) {
                this.sid = sid;
                this.data = data;
            }
        }

        final List<Rec> records = new ArrayList<>();

        static Biff of(byte[] xls) throws IOException {
            byte[] stream;
            try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(xls));
                 InputStream in = fs.createDocumentInputStream("Workbook")) {
                stream = in.readAllBytes();
            }
            Biff biff = new Biff();
            ByteBuffer buf = ByteBuffer.wrap(stream).order(ByteOrder.LITTLE_ENDIAN);
            while (buf.remaining() >= 4) {
                int sid = buf.getShort() & 0xFFFF;
                int length = buf.getShort() & 0xFFFF;
                if (sid == 0 && length == 0) {
                    break;
                }
                byte[] data = new byte[length];
                buf.get(data);
                biff.records.add(new Rec(sid, data));
            }
            return biff;
        }

        byte[] stream() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (Rec r : records) {
                out.write(r.sid & 0xFF);
                out.write(r.sid >>> 8);
                out.write(r.data.length & 0xFF);
                out.write(r.data.length >>> 8);
                out.writeBytes(r.data);
            }
            return out.toByteArray();
        }

        byte[] toXls() throws IOException {
            return wrap(stream());
        }

        static byte[] wrap(byte[] stream) throws IOException {
            try (POIFSFileSystem fs = new POIFSFileSystem()) {
                fs.createDocument(new ByteArrayInputStream(stream), "Workbook");
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                fs.writeFilesystem(out);
                return out.toByteArray();
            }
        }

        Biff keepFirst(int n) {
            Biff copy = new Biff();
            copy.records.addAll(records.subList(0, n));
            return copy;
        }

        /** Index of the {@code nth} (0-based) record with this id. */
        int indexOf(int sid, int nth) {
            for (int i = 0; i < records.size(); i++) {
                if (records.get(i).sid == sid && nth-- == 0) {
                    return i;
                }
            }
            throw new AssertionError("no record 0x" + Integer.toHexString(sid));
        }

        private int cellIndex(int row, int col) {
            for (int i = 0; i < records.size(); i++) {
                Rec r = records.get(i);
                boolean cell = r.sid == 0x0203 || r.sid == 0x00FD || r.sid == FORMULA || r.sid == 0x0205
                        || r.sid == 0x0201;
                if (cell && u16(r.data, 0) == row && u16(r.data, 2) == col) {
                    return i;
                }
            }
            throw new AssertionError("no cell record at " + row + "," + col);
        }

        int cellIndexOf(int row, int col) {
            return cellIndex(row, col);
        }

        byte[] cellRecord(int row, int col) {
            return records.get(cellIndex(row, col)).data;
        }

        int cellXf(int row, int col) {
            return u16(cellRecord(row, col), 4);
        }

        void replaceCell(int row, int col, Rec replacement) {
            records.set(cellIndex(row, col), replacement);
        }

        void setFormulaValueBits(int row, int col, long bits) {
            ByteBuffer.wrap(cellRecord(row, col)).order(ByteOrder.LITTLE_ENDIAN).putLong(6, bits);
        }

        void renameStringRecordAfterFormula(int row, int col) {
            Rec next = records.get(cellIndex(row, col) + 1);
            assertEquals(STRING, next.sid);
            next.sid = 0x1234;
        }

        static Rec rk(int row, int col, int xf, int rk) {
            return new Rec(0x027E, ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN)
                    .putShort((short) row).putShort((short) col).putShort((short) xf).putInt(rk).array());
        }

        static Rec mulRk(int row, int firstCol, int[] xfs, int[] rks) {
            ByteBuffer buf = ByteBuffer.allocate(6 + 6 * rks.length).order(ByteOrder.LITTLE_ENDIAN);
            buf.putShort((short) row).putShort((short) firstCol);
            for (int i = 0; i < rks.length; i++) {
                buf.putShort((short) xfs[i]).putInt(rks[i]);
            }
            buf.putShort((short) (firstCol + rks.length - 1));
            return new Rec(0x00BD, buf.array());
        }

        static Rec label(int row, int col, int xf, String text) {
            byte[] chars = text.getBytes(StandardCharsets.UTF_16LE);
            ByteBuffer buf = ByteBuffer.allocate(9 + chars.length).order(ByteOrder.LITTLE_ENDIAN);
            buf.putShort((short) row).putShort((short) col).putShort((short) xf).putShort((short) text.length())
                    .put((byte) 1).put(chars);
            return new Rec(0x0204, buf.array());
        }

        private static int u16(byte[] data, int at) {
            return (data[at] & 0xFF) | (data[at + 1] & 0xFF) << 8;
        }
    }

    @Test
    void theEditedStreamStillReadsWhenLeftAlone() throws Exception {
        // Guards the Biff helper itself: a round trip without edits reads exactly as the original.
        byte[] xls = richWorkbook();
        assertEquals(XlsGrid.read(xls, FILE, ReaderOptions.DEFAULTS),
                XlsGrid.read(Biff.of(xls).toXls(), FILE, ReaderOptions.DEFAULTS));
    }
}
