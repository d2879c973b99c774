package io.github.juesuan.read;

import io.github.juesuan.fixtures.FindingLines;
import io.github.juesuan.fixtures.FixtureWriter;
import io.github.juesuan.fixtures.Golden;
import io.github.juesuan.fixtures.Format;
import io.github.juesuan.fixtures.Layout;
import io.github.juesuan.fixtures.SeedDocument;
import io.github.juesuan.fixtures.SyntheticDocument;
import io.github.juesuan.fixtures.WrittenFigure;
import io.github.juesuan.fixtures.WrittenWorkbook;
import io.github.juesuan.model.Disclosure;
import io.github.juesuan.model.Figure;
import io.github.juesuan.model.PerformanceEvaluation;
import io.github.juesuan.model.Problem;
import io.github.juesuan.model.Row;
import io.github.juesuan.model.Severity;
import io.github.juesuan.model.Table;
import io.github.juesuan.model.TableId;
import io.github.juesuan.read.XlsxVariants.Variant;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Problems are reported, never swallowed: for each problem the reader can report, a real workbook with
 * exactly that defect (the seed or synthetic workbook as {@link FixtureWriter} writes it, changed with POI)
 * is read, and the test pins the problem's code, severity, cell and message, and checks that everything
 * the defect did not touch still comes back at its cell with its value.
 */
class ReaderProblemsTest {
    private static final String SEED_FILE = "seed.xlsx";

    @TempDir
    Path dir;

    // ---- sheets and tables ----------------------------------------------------------------------------

    @Test
    void sheetWithNumbersButNoTitleIsUnrecognised() throws Exception {
        WrittenWorkbook w = seed();
        mutate(w.file(), wb -> {
            XSSFSheet s = wb.createSheet("附表");
            text(s, "A1", "其他统计数据");
            number(s, "B2", 123.45);
            number(s, "B3", 67.8);
        });
        ReadResult r = read(w.file());

        Problem p = only(r, "READ.UNRECOGNISED_SHEET");
        assertEquals(Severity.WARNING, p.severity());
        assertEquals("附表!A1", p.where().orElseThrow().location());
        assertEquals(SEED_FILE, p.where().orElseThrow().file());
        assertEquals("附表!A1：工作表「附表」含有数字，但找不到可识别的表名（如「收入支出决算总表」），未读取", p.message());
        assertEquals("附表!A1: sheet \"附表\" holds numbers but no recognisable table title; not read", p.messageEn());
        assertEverythingElseRead(r, w, f -> false, 10, 2);
    }

    @Test
    void sheetWithTextOnlyAndNoTitleIsNotAProblem() throws Exception {
        WrittenWorkbook w = seed();
        mutate(w.file(), wb -> text(wb.createSheet("说明"), "A1", "本单位无其他需要说明的事项"));
        ReadResult r = read(w.file());

        assertEquals(List.of(), codes(r, "READ.UNRECOGNISED_SHEET"));
        assertEverythingElseRead(r, w, f -> false, 10, 2);
    }

    @Test
    void sheetWithNumbersStoredAsTextButNoTitleIsUnrecognised() throws Exception {
        WrittenWorkbook w = seed();
        mutate(w.file(), wb -> {
            XSSFSheet s = wb.createSheet("附表");
            text(s, "A1", "其他统计数据");
            text(s, "B2", "123.45");
            text(s, "B3", "1,234.50");
        });
        ReadResult r = read(w.file());

        Problem p = only(r, "READ.UNRECOGNISED_SHEET");
        assertEquals(Severity.WARNING, p.severity());
        assertEquals("附表!A1", p.where().orElseThrow().location());
        assertEquals("附表!A1：工作表「附表」含有数字，但找不到可识别的表名（如「收入支出决算总表」），未读取", p.message());
        assertEverythingElseRead(r, w, f -> false, 10, 2);
    }

    @Test
    void absentTablesAreOneNoteForTheFileAndTenIsNeverAbsent() throws Exception {
        WrittenWorkbook w = seed();
        mutate(w.file(), wb -> {
            wb.removeSheetAt(wb.getSheetIndex("公开05表"));
            wb.removeSheetAt(wb.getSheetIndex("公开07表"));
            wb.removeSheetAt(wb.getSheetIndex("公开10表"));
        });
        ReadResult r = read(w.file());

        Problem p = only(r, "READ.TABLES_ABSENT");
        assertEquals(Severity.INFO, p.severity(), "a unit may publish a part of the set: a note, not a warning");
        assertNull(p.where().orElse(null), "an absent table has no cell");
        assertEquals(SEED_FILE + "：工作簿中没有公开05表「一般公共预算财政拨款支出决算表」、公开07表「政府性基金预算财政拨款收入支出决算表」；"
                + "若单位确无此项数据，也应保留表样并注明「本表无数据」", p.message());
        assertEquals(SEED_FILE + ": the workbook does not hold tables 05, 07; an empty table should still be published "
                + "with a note that it has no data", p.messageEn());
        assertEquals(List.of(), r.problems(Severity.WARNING), "no warning per absent table");
        assertTrue(r.disclosure().table(TableId.T05).isEmpty());
        assertTrue(r.disclosure().table(TableId.T10).isEmpty());
        assertEverythingElseRead(r, w, f -> List.of("05", "07", "10").contains(f.table()), 7, 2);
    }

    @Test
    void withoutTenAloneNothingIsMissing() throws Exception {
        WrittenWorkbook w = seed();
        mutate(w.file(), wb -> wb.removeSheetAt(wb.getSheetIndex("公开10表")));
        ReadResult r = read(w.file());

        assertEquals(List.of(), codes(r, "READ.TABLES_ABSENT"));
        assertEquals(List.of(), r.problems(Severity.WARNING));
        assertEverythingElseRead(r, w, f -> f.table().equals("10"), 9, 2);
    }

    @Test
    void secondCopyOfATableIsADuplicateAndTheFirstIsRead() throws Exception {
        WrittenWorkbook w = seed();
        String[] copy = new String[1];
        mutate(w.file(), wb -> {
            XSSFSheet s = wb.cloneSheet(wb.getSheetIndex("公开02表"));
            copy[0] = s.getSheetName();
            // make the copy distinguishable: a reader that read it instead would show 999 at C7
            s.getRow(6).getCell(2).setCellValue(999.0);
        });
        ReadResult r = read(w.file());

        Problem p = only(r, "READ.DUPLICATE_TABLE");
        assertEquals(Severity.ERROR, p.severity());
        assertEquals(copy[0] + "!A1", p.where().orElseThrow().location());
        assertEquals(copy[0] + "!A1：表「收入决算表」出现了两次（第一次在 公开02表!A1），只读取第一次", p.message());
        assertEquals(copy[0] + "!A1: table 02 appears twice (first at 公开02表!A1); only the first is read",
                p.messageEn());
        assertEquals("公开02表", r.disclosure().table(TableId.T02).orElseThrow().sheet());
        assertEverythingElseRead(r, w, f -> false, 10, 2);
    }

    @Test
    void titleWithoutHeaderIsNoHeader() throws Exception {
        WrittenWorkbook w = seed();
        mutate(w.file(), wb -> {
            XSSFSheet s = wb.createSheet("草稿");
            text(s, "A1", "收入决算表");
            number(s, "A2", 400.55);
            number(s, "B2", 12.5);
            number(s, "C2", 30.25);
            number(s, "A3", 17.75);
        });
        ReadResult r = read(w.file());

        Problem p = only(r, "READ.NO_HEADER");
        assertEquals(Severity.WARNING, p.severity());
        assertEquals("草稿!A1", p.where().orElseThrow().location());
        assertEquals("草稿!A1：找到表名「收入决算表」，但其下没有可识别的表头，未读取此表", p.message());
        assertEquals(List.of(), codes(r, "READ.UNRECOGNISED_SHEET"), "the title was recognised");
        assertEquals(List.of(), codes(r, "READ.DUPLICATE_TABLE"), "the headless table was not read");
        assertEquals("公开02表", r.disclosure().table(TableId.T02).orElseThrow().sheet());
        assertEverythingElseRead(r, w, f -> false, 10, 2);
    }

    @Test
    void workbookWithoutAnyTableHasNoTables() throws Exception {
        Path file = dir.resolve("notes.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet s = wb.createSheet("Sheet1");
            text(s, "A1", "会议纪要");
            text(s, "A2", "参会人员：张三、李四");
            text(s, "A3", "会议内容：讨论下一年度工作安排");
            wb.write(out);
        }
        ReadResult r = read(file);

        Problem p = only(r, "READ.NO_TABLES");
        assertEquals(Severity.ERROR, p.severity());
        assertNull(p.where().orElse(null));
        assertEquals("notes.xlsx：工作簿中没有找到任何决算公开表或绩效自评表", p.message());
        assertEquals("notes.xlsx: no disclosure table or performance self-evaluation was found in the workbook",
                p.messageEn());
        assertEquals(List.of(), codes(r, "READ.UNRECOGNISED_SHEET"), "text only: nothing to warn about");
        assertEquals(List.of(), codes(r, "READ.TABLES_ABSENT"), "no table at all is NO_TABLES, not a list of absent ones");
        assertTrue(r.disclosure().tables().isEmpty());
        assertTrue(r.disclosure().evaluations().isEmpty());
    }

    // ---- rows ---------------------------------------------------------------------------------------------

    @Test
    void unknownLabelledRowWithAFigureIsAWarning() throws Exception {
        WrittenWorkbook w = seed();
        mutate(w.file(), wb -> {
            XSSFSheet s = wb.getSheet("公开01表");
            text(s, "A36", "九、捐赠收入"); // the empty income row printed with 行次 30
            number(s, "C36", 5.0);
        });
        ReadResult r = read(w.file());

        Problem p = only(r, "READ.UNKNOWN_ROW");
        assertEquals(Severity.WARNING, p.severity());
        assertEquals("公开01表!A36", p.where().orElseThrow().location());
        assertEquals("九、捐赠收入", p.where().orElseThrow().raw());
        assertEquals("公开01表!A36：表「收入支出决算总表」中的行「九、捐赠收入」与标准表样中的任何项目都不对应，其中的数字未读取",
                p.message());
        assertEquals("公开01表!A36: row \"九、捐赠收入\" of table 01 matches nothing in the catalogue; its figures were not read",
                p.messageEn());
        assertEverythingElseRead(r, w, f -> false, 10, 2);
    }

    @Test
    void unknownLabelWithoutFiguresIsInfo() throws Exception {
        WrittenWorkbook w = seed();
        mutate(w.file(), wb -> text(wb.getSheet("公开01表"), "A36", "九、捐赠收入"));
        ReadResult r = read(w.file());

        Problem p = only(r, "READ.UNKNOWN_ROW");
        assertEquals(Severity.INFO, p.severity());
        assertEquals("公开01表!A36", p.where().orElseThrow().location());
        assertEquals("公开01表!A36：表「收入支出决算总表」中的行「九、捐赠收入」与标准表样中的任何项目都不对应", p.message());
        assertEquals(List.of(), r.problems(Severity.WARNING));
        assertEverythingElseRead(r, w, f -> false, 10, 2);
    }

    @Test
    void unknownCodedRowLabelWithAFigureIsAWarning() throws Exception {
        WrittenWorkbook w = seed();
        mutate(w.file(), wb -> {
            XSSFSheet s = wb.getSheet("公开02表");
            s.shiftRows(10, 10, 1); // the note moves down one row
            text(s, "A11", "其中：捐赠收入");
            number(s, "C11", 1.5);
        });
        ReadResult r = read(w.file());

        Problem p = only(r, "READ.UNKNOWN_ROW");
        assertEquals(Severity.WARNING, p.severity());
        assertEquals("公开02表!A11", p.where().orElseThrow().location());
        assertEquals("公开02表!A11：表「收入决算表」中的行「其中：捐赠收入」与标准表样中的任何项目都不对应，其中的数字未读取",
                p.message());
        assertEverythingElseRead(r, w, f -> false, 10, 2);
    }

    @Test
    void codeTwiceIsADuplicateRowAndTheFirstIsRead() throws Exception {
        WrittenWorkbook w = seed();
        mutate(w.file(), wb -> {
            XSSFSheet s = wb.getSheet("公开02表");
            s.shiftRows(10, 10, 1); // the note moves down one row
            text(s, "A11", "206");
            text(s, "B11", "科学技术支出");
            number(s, "C11", 1.0);
        });
        ReadResult r = read(w.file());

        Problem p = only(r, "READ.DUPLICATE_ROW");
        assertEquals(Severity.ERROR, p.severity());
        assertEquals("公开02表!A11", p.where().orElseThrow().location());
        assertEquals("公开02表!A11：表「收入决算表」中「206」出现了不止一次，只读取第一次", p.message());
        assertEquals("公开02表!A11: row 206 appears more than once in table 02; only the first is read", p.messageEn());
        Table t02 = r.disclosure().table(TableId.T02).orElseThrow();
        assertEquals("公开02表!C8", t02.figure("206", "total").orElseThrow().source().location());
        assertEquals(4, t02.rows().size(), "合计, 206, 20607, 2060799");
        assertEverythingElseRead(r, w, f -> false, 10, 2);
    }

    @Test
    void figuresInARowWithoutCodeOrLabelAreAnUnknownRow() throws Exception {
        WrittenWorkbook w = seed();
        mutate(w.file(), wb -> {
            XSSFSheet s = wb.getSheet("公开02表");
            s.shiftRows(10, 10, 1); // the note moves down one row
            number(s, "C11", 3.0);
        });
        ReadResult r = read(w.file());

        Problem p = only(r, "READ.UNKNOWN_ROW");
        assertEquals(Severity.WARNING, p.severity());
        assertEquals("公开02表!A11", p.where().orElseThrow().location());
        assertEquals("公开02表!A11：表「收入决算表」中的行「（空）」与标准表样中的任何项目都不对应，其中的数字未读取", p.message());
        assertEverythingElseRead(r, w, f -> false, 10, 2);
    }

    @Test
    void secondTotalRowIsADuplicateNamedAsPrinted() throws Exception {
        WrittenWorkbook w = seed();
        mutate(w.file(), wb -> {
            XSSFSheet s = wb.getSheet("公开02表");
            s.shiftRows(10, 10, 1); // the note moves down one row
            text(s, "A11", "合计");
            number(s, "C11", 3.0);
        });
        ReadResult r = read(w.file());

        Problem p = only(r, "READ.DUPLICATE_ROW");
        assertEquals(Severity.ERROR, p.severity());
        assertEquals("公开02表!A11", p.where().orElseThrow().location());
        assertEquals("公开02表!A11：表「收入决算表」中「合计」出现了不止一次，只读取第一次", p.message());
        assertEverythingElseRead(r, w, f -> false, 10, 2);
    }

    @Test
    void printedLineThatDisagreesWithTheStandardIsALineMismatch() throws Exception {
        WrittenWorkbook w = seed();
        mutate(w.file(), wb -> number(wb.getSheet("公开01表"), "B11", 6)); // 五、事业收入 is line 5
        ReadResult r = read(w.file());

        Problem p = only(r, "READ.LINE_MISMATCH");
        assertEquals(Severity.WARNING, p.severity());
        assertEquals("公开01表!B11", p.where().orElseThrow().location(), "the printed 行次 cell");
        assertEquals("公开01表!B11：行「五、事业收入」的行次为 6，标准表样为 5，请核对是否错行", p.message());
        assertEquals("公开01表!B11: row \"五、事业收入\" is printed as line 6 where the standard layout has 5; "
                + "check for a shifted row", p.messageEn());
        Row row = r.disclosure().table(TableId.T01).orElseThrow().row("inc.business").orElseThrow();
        assertEquals(6, row.line(), "the printed 行次 is kept as printed");
        assertEverythingElseRead(r, w, f -> false, 10, 2);
    }

    @Test
    void seedUnlabelledRowsOfFourArePlacedByLineAsInfo() throws Exception {
        WrittenWorkbook w = seed();
        ReadResult r = read(w.file());

        List<Problem> byLine = codes(r, "READ.ROW_BY_LINE");
        assertEquals(List.of("公开04表!D35", "公开04表!D36", "公开04表!D37"),
                byLine.stream().map(p -> p.where().orElseThrow().location()).toList());
        assertTrue(byLine.stream().allMatch(p -> p.severity() == Severity.INFO));
        assertEquals(List.of("公开04表!D35：行次 61 未印项目名称，按标准表样视为「一般公共预算财政拨款」",
                        "公开04表!D36：行次 62 未印项目名称，按标准表样视为「政府性基金预算财政拨款」",
                        "公开04表!D37：行次 63 未印项目名称，按标准表样视为「国有资本经营预算财政拨款」"),
                byLine.stream().map(Problem::message).toList());
        assertEquals(List.of(), r.problems(Severity.WARNING));
        assertEverythingElseRead(r, w, f -> false, 10, 2);
    }

    // ---- columns and headers ------------------------------------------------------------------------------

    @Test
    void extraValueColumnWithUnknownHeaderIsAWarning() throws Exception {
        WrittenWorkbook w = seed();
        mutate(w.file(), wb -> {
            XSSFSheet s = wb.getSheet("公开02表");
            text(s, "J4", "捐赠收入明细");
            s.addMergedRegion(CellRangeAddress.valueOf("J4:J5")); // like every other header of 02
            number(s, "J8", 2.5);
        });
        ReadResult r = read(w.file());

        Problem p = only(r, "READ.UNKNOWN_COLUMN");
        assertEquals(Severity.WARNING, p.severity());
        assertEquals("公开02表!J4", p.where().orElseThrow().location(), "the top-left cell of the merged header J4:J5");
        assertEquals("捐赠收入明细", p.where().orElseThrow().raw());
        assertEquals("公开02表!J4：表「收入决算表」的列「捐赠收入明细」无法识别，其中的数字未读取", p.message());
        assertEquals("公开02表!J4: column \"捐赠收入明细\" of table 02 is not recognised; its figures were not read",
                p.messageEn());
        assertEquals(7, r.disclosure().table(TableId.T02).orElseThrow().columns().size());
        assertEverythingElseRead(r, w, f -> false, 10, 2);
    }

    @Test
    void unmergedUnknownHeaderIsReportedAtItsOwnCell() throws Exception {
        WrittenWorkbook w = seed();
        mutate(w.file(), wb -> {
            XSSFSheet s = wb.getSheet("公开02表");
            text(s, "J4", "捐赠收入明细");
            number(s, "J8", 2.5);
        });
        ReadResult r = read(w.file());

        Problem p = only(r, "READ.UNKNOWN_COLUMN");
        assertEquals(Severity.WARNING, p.severity());
        assertEquals("公开02表!J4", p.where().orElseThrow().location(), "the cell that holds the header");
        assertEquals("捐赠收入明细", p.where().orElseThrow().raw());
        assertEquals("公开02表!J4：表「收入决算表」的列「捐赠收入明细」无法识别，其中的数字未读取", p.message());
        assertEverythingElseRead(r, w, f -> false, 10, 2);
    }

    @Test
    void extraColumnWithUnknownHeaderAndNoFiguresIsInfo() throws Exception {
        WrittenWorkbook w = seed();
        mutate(w.file(), wb -> {
            XSSFSheet s = wb.getSheet("公开02表");
            text(s, "J4", "备注说明");
            s.addMergedRegion(CellRangeAddress.valueOf("J4:J5"));
        });
        ReadResult r = read(w.file());

        Problem p = only(r, "READ.UNKNOWN_COLUMN");
        assertEquals(Severity.INFO, p.severity());
        assertEquals("公开02表!J4", p.where().orElseThrow().location());
        assertEquals("公开02表!J4：表「收入决算表」的列「备注说明」无法识别", p.message());
        assertEquals(List.of(), r.problems(Severity.WARNING));
        assertEverythingElseRead(r, w, f -> false, 10, 2);
    }

    /** Tables with a single money column: 01 (金额 on each side), 06 (决算数 in each block), 10 (统计数). */
    @ParameterizedTest(name = "{0}!{1} {2}")
    @CsvSource(delimiter = '|', value = {
            "公开01表|G5|上年金额|G12",
            "公开06表|M5|上年数|M7",
            "公开10表|D5|上年数|D6"})
    void unknownColumnBesideTheOnlyMoneyColumnIsReportedNotRead(String sheet, String header, String label,
                                                                String value) throws Exception {
        WrittenWorkbook w = seed();
        mutate(w.file(), wb -> {
            XSSFSheet s = wb.getSheet(sheet);
            text(s, header, label);
            number(s, value, 300.0);
        });
        ReadResult r = read(w.file());

        Problem p = only(r, "READ.UNKNOWN_COLUMN");
        assertEquals(Severity.WARNING, p.severity());
        assertEquals(sheet + "!" + header, p.where().orElseThrow().location());
        assertTrue(p.message().endsWith(label + "」无法识别，其中的数字未读取"), p.message());
        assertEverythingElseRead(r, w, f -> false, 10, 2);
    }

    @Test
    void headerNobodyKnowsButWithAStandardColumnNumberIsTakenByNumber() throws Exception {
        WrittenWorkbook w = seed();
        mutate(w.file(), wb -> text(wb.getSheet("公开02表"), "F4", "事业性收入款")); // 栏次 4 = 事业收入
        ReadResult r = read(w.file());

        Problem p = only(r, "READ.COLUMN_BY_NUMBER");
        assertEquals(Severity.INFO, p.severity());
        assertEquals("公开02表!F4", p.where().orElseThrow().location());
        assertEquals("公开02表!F4：列「事业性收入款」的表头无法识别，按栏次 4 视为「事业收入」", p.message());
        assertEquals(List.of(), codes(r, "READ.UNKNOWN_COLUMN"));
        assertEquals("公开02表!F8", figure(r, "02", "206", "business").source().location());
        assertEquals(List.of(), r.problems(Severity.WARNING));
        assertEverythingElseRead(r, w, f -> false, 10, 2);
    }

    // ---- cell values --------------------------------------------------------------------------------------

    @Test
    void textInAMoneyCellIsNotANumber() throws Exception {
        WrittenWorkbook w = seed();
        mutate(w.file(), wb -> text(wb.getSheet("公开02表"), "C8", "四百"));
        ReadResult r = read(w.file());

        Problem p = only(r, "READ.NOT_A_NUMBER");
        assertEquals(Severity.ERROR, p.severity());
        assertEquals("公开02表!C8", p.where().orElseThrow().location());
        assertEquals("四百", p.where().orElseThrow().raw());
        assertEquals("公开02表!C8（206/本年收入合计）：「四百」不是数字", p.message());
        assertEquals("公开02表!C8（206/本年收入合计）: \"四百\" is not a number", p.messageEn());
        Figure f = figure(r, "02", "206", "total");
        assertEquals(Figure.Kind.INVALID, f.kind());
        assertEquals("四百", f.text());
        assertNull(f.amount());
        assertEquals("公开02表!C8", f.source().location());
        assertEverythingElseRead(r, w, touched("02", "206", "total"), 10, 2);
    }

    @Test
    void moreDecimalsThanTheUnitHasIsAWarningAndTheFigureKeepsThem() throws Exception {
        WrittenWorkbook w = seed();
        mutate(w.file(), wb -> {
            XSSFCell c = cell(wb.getSheet("公开02表"), "C9");
            XSSFCellStyle general = wb.createCellStyle();
            general.cloneStyleFrom(c.getCellStyle());
            general.setDataFormat((short) 0);
            c.setCellStyle(general);
            c.setCellValue(400.5512); // a 元 figure divided by 10,000 and never rounded
            XSSFCell d = cell(wb.getSheet("公开02表"), "D9");
            XSSFCellStyle twoPlaces = wb.createCellStyle();
            twoPlaces.cloneStyleFrom(d.getCellStyle());
            twoPlaces.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            d.setCellStyle(twoPlaces);
            d.setCellValue(400.5512); // formatted #,##0.00: prints 400.55, nothing to say
        });
        ReadResult r = read(w.file());

        Problem p = only(r, "READ.EXCESS_DECIMALS");
        assertEquals(Severity.WARNING, p.severity());
        assertEquals("公开02表!C9", p.where().orElseThrow().location());
        assertEquals("公开02表!C9（20607/本年收入合计）：印出 400.5512，小数位多于万元应有的 2 位；请四舍五入到 0.01 后再公开",
                p.message());
        assertEquals("公开02表!C9（20607/本年收入合计）: prints 400.5512, more decimals than the 2 its unit has; "
                + "round it before publishing", p.messageEn());
        Figure f = figure(r, "02", "20607", "total");
        assertEquals(new java.math.BigDecimal("400.5512"), f.amount());
        assertEquals(4, f.decimals());
        assertEquals(new java.math.BigDecimal("400.55"), r.disclosure().table(TableId.ofCode("02").orElseThrow())
                .orElseThrow().figure("20607", "fiscal").map(Figure::amount).orElse(null), "#,##0.00 prints two decimals");
    }

    @Test
    void aNegativeAmountIsAWarningAndIsCheckedAsPrinted() throws Exception {
        WrittenWorkbook w = seed();
        mutate(w.file(), wb -> cell(wb.getSheet("公开02表"), "C9").setCellValue(-400.55));
        ReadResult r = read(w.file());

        Problem p = only(r, "READ.NEGATIVE");
        assertEquals(Severity.WARNING, p.severity());
        assertEquals("公开02表!C9（20607/本年收入合计）：金额为负数 -400.55；决算公开表的金额通常不为负，请核实", p.message());
        assertEquals(new java.math.BigDecimal("-400.55"), figure(r, "02", "20607", "total").amount());
        assertEverythingElseRead(r, w, touched("02", "20607", "total"), 10, 2);
        io.github.juesuan.report.Report report = io.github.juesuan.report.Checker.create().check(r);
        assertTrue(report.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR
                        && f.substituted().contains("-400.55")
                        && f.cells().stream().anyMatch(c -> c.source().location().equals("公开02表!C9"))),
                () -> report.findings().stream().map(f -> f.ruleId() + " " + f.substituted()).collect(Collectors.joining("\n")));
    }

    @Test
    void moneyCellFormattedAsDateIsADateValue() throws Exception {
        WrittenWorkbook w = seed();
        mutate(w.file(), wb -> {
            XSSFCell c = cell(wb.getSheet("公开02表"), "C9");
            XSSFCellStyle style = wb.createCellStyle();
            style.cloneStyleFrom(c.getCellStyle());
            style.setDataFormat((short) 31); // zh-CN built-in: yyyy"年"m"月"d"日"
            c.setCellStyle(style);
        });
        ReadResult r = read(w.file());

        Problem p = only(r, "READ.DATE_VALUE");
        assertEquals(Severity.ERROR, p.severity());
        assertEquals("公开02表!C9", p.where().orElseThrow().location());
        assertEquals("400.55", p.where().orElseThrow().raw(), "the stored number is kept as the raw text");
        assertEquals("公开02表!C9（20607/本年收入合计）：单元格设置为日期格式，应为金额数字；请改为数值格式", p.message());
        assertEquals(Figure.Kind.INVALID, figure(r, "02", "20607", "total").kind());
        assertEverythingElseRead(r, w, touched("02", "20607", "total"), 10, 2);
    }

    @Test
    void errorValueInAMoneyCellIsAFormulaError() throws Exception {
        WrittenWorkbook w = seed();
        mutate(w.file(), wb -> cell(wb.getSheet("公开01表"), "C11").setCellErrorValue(FormulaError.REF.getCode()));
        ReadResult r = read(w.file());

        Problem p = only(r, "READ.FORMULA_ERROR");
        assertEquals(Severity.ERROR, p.severity());
        assertEquals("公开01表!C11", p.where().orElseThrow().location());
        assertEquals("#REF!", p.where().orElseThrow().raw());
        assertEquals("公开01表!C11（五、事业收入/收入/金额）：单元格为错误值 #REF!，不是数字", p.message());
        assertEquals("公开01表!C11（五、事业收入/收入/金额）: the cell holds the error value #REF!, not a number",
                p.messageEn());
        Figure f = figure(r, "01", "inc.business", "amount");
        assertEquals(Figure.Kind.INVALID, f.kind());
        assertEverythingElseRead(r, w, touched("01", "inc.business", "amount"), 10, 2);
    }

    /** Text in a figure cell of every kind of table: coded, cross (09), economic blocks (06), 绩效 funds and indicators. */
    @ParameterizedTest(name = "{0}!{1}")
    @CsvSource(delimiter = '|', value = {
            "公开05表|C7|无|05|total|total|公开05表!C7（合计/本年支出/小计）：「无」不是数字",
            "公开06表|C7|约五万|06|30101|amount|公开06表!C7（30101/人员经费/决算数）：「约五万」不是数字",
            "公开09表|G8|五万|09|total|actual|公开09表!G8（合计/决算数）：「五万」不是数字",
            "绩效自评1|E9|四百|PERF1|self|budget|绩效自评1!E9（单位自筹资金/全年预算数）：「四百」不是数字",
            "绩效自评1|J13|满分|PERF1|ind.1|points|绩效自评1!J13（“三微一端”党建品牌公众平台“党的创新理论”内容推送/得分）：「满分」不是数字"})
    void textInAnyFigureCellIsNotANumber(String sheet, String a1, String value, String table, String row,
                                         String column, String message) throws Exception {
        WrittenWorkbook w = seed();
        WrittenFigure at = w.find(table, row, column).orElseThrow();
        assertEquals(sheet + "!" + a1, at.sheet() + "!" + at.a1());
        mutate(w.file(), wb -> text(wb.getSheet(sheet), a1, value));
        ReadResult r = read(w.file());

        Problem p = only(r, "READ.NOT_A_NUMBER");
        assertEquals(Severity.ERROR, p.severity());
        assertEquals(sheet + "!" + a1, p.where().orElseThrow().location());
        assertEquals(message, p.message());
        Figure f = figure(r, table, row, column);
        assertEquals(Figure.Kind.INVALID, f.kind());
        assertEquals(sheet + "!" + a1, f.source().location());
        assertEverythingElseRead(r, w, touched(table, row, column), 10, 2);
    }

    @Test
    void textInTheTotalScoreIsNotANumber() throws Exception {
        WrittenWorkbook w = seed();
        mutate(w.file(), wb -> text(wb.getSheet("绩效自评1"), "J37", "八十八"));
        ReadResult r = read(w.file());

        Problem p = only(r, "READ.NOT_A_NUMBER");
        assertEquals(Severity.ERROR, p.severity());
        assertEquals("绩效自评1!J37", p.where().orElseThrow().location());
        assertEquals("绩效自评1!J37（总分）：「八十八」不是数字", p.message());
        PerformanceEvaluation e = r.disclosure().evaluations().get(0);
        assertEquals(Figure.Kind.INVALID, e.total().orElseThrow().kind());
        assertEquals("绩效自评1!J37", e.total().orElseThrow().source().location());
        assertEquals("良", e.grade().text());
        assertEverythingElseRead(r, w, touched("PERF1", "summary", "total"), 10, 2);
    }

    @Test
    void formulaWhoseCachedResultIsAnErrorIsAFormulaError() throws Exception {
        WrittenWorkbook w = seed();
        mutate(w.file(), wb -> {
            XSSFCell c = cell(wb.getSheet("公开03表"), "E8");
            c.setCellFormula("1/0");
            wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(c);
        });
        ReadResult r = read(w.file());

        Problem p = only(r, "READ.FORMULA_ERROR");
        assertEquals(Severity.ERROR, p.severity());
        assertEquals("公开03表!E8", p.where().orElseThrow().location());
        assertEquals("公开03表!E8（206/项目支出）：单元格为错误值 #DIV/0!，不是数字", p.message());
        assertEverythingElseRead(r, w, touched("03", "206", "project"), 10, 2);
    }

    @Test
    void formulaWithoutCachedValueIsReportedAtTheFormulaCell() throws Exception {
        Path original = dir.resolve("synthetic-central.xlsx");
        WrittenWorkbook w = FixtureWriter.write(SyntheticDocument.generate(20240101L), Layout.CENTRAL, Format.XLSX,
                original);
        List<String> formulas = formulaCells(original);
        assertEquals(List.of("Z02 收入决算表(财决02表)!C7"), formulas, "the CENTRAL layout writes one SUM formula");
        WrittenFigure sum = w.figures().stream()
                .filter(f -> (f.sheet() + "!" + f.a1()).equals(formulas.get(0))).findFirst().orElseThrow();
        assertEquals("02/total/total", sum.id());

        Path file = dir.resolve("synthetic-central-nocache.xlsx");
        Files.write(file, XlsxVariants.rewrite(Files.readAllBytes(original), Variant.FORMULAS_NO_CACHE));
        ReadResult r = read(file);

        Problem p = only(r, "READ.NO_CACHED_VALUE");
        assertEquals(Severity.ERROR, p.severity());
        assertEquals("Z02 收入决算表(财决02表)!C7", p.where().orElseThrow().location());
        assertEquals("", p.where().orElseThrow().raw());
        assertEquals("Z02 收入决算表(财决02表)!C7（合计/本年收入合计）：公式没有保存计算结果，无法得知其数值；"
                + "请在 Excel/WPS 中打开并重新计算后保存", p.message());
        Figure f = figure(r, "02", "total", "total");
        assertEquals(Figure.Kind.INVALID, f.kind());
        assertEquals(1, r.problems(Severity.WARNING).size(), () -> "only the formula: " + r.problems());
        assertEverythingElseRead(r, w, touched("02", "total", "total"), 9, 3);
    }

    @Test
    void circularFormulasAreNeverEvaluatedOnlyTheirCachedValuesRead() throws Exception {
        WrittenWorkbook w = seed();
        // 02's C9 (20607 本年收入合计, 400.55) refers to itself through C10, and C10 to C9: a circular reference
        // whose cached results are what the spreadsheet application last showed.
        mutate(w.file(), wb -> {
            XSSFSheet s = wb.getSheet("公开02表");
            cell(s, "C9").setCellFormula("C10+0");
            cell(s, "C9").setCellValue(400.55);
            cell(s, "C10").setCellFormula("C9-0");
            cell(s, "C10").setCellValue(400.55);
        });
        ReadResult r = assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> read(w.file()));
        assertEquals(List.of(), r.problems(Severity.ERROR), "cached values are figures like any other");
        assertEquals(new java.math.BigDecimal("400.55"), figure(r, "02", "20607", "total").amount());
        assertEverythingElseRead(r, w, f -> false, 10, 2);

        Path noCache = dir.resolve("circular-nocache.xlsx");
        Files.write(noCache, XlsxVariants.rewrite(Files.readAllBytes(w.file()), Variant.FORMULAS_NO_CACHE));
        ReadResult r2 = assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> read(noCache));
        assertEquals(List.of("公开02表!C10", "公开02表!C9"), codes(r2, "READ.NO_CACHED_VALUE").stream()
                .map(p -> p.where().orElseThrow().location()).sorted().toList());
    }

    // ---- metadata -----------------------------------------------------------------------------------------

    @Test
    void tableNamingAnotherUnitIsAUnitMismatch() throws Exception {
        WrittenWorkbook w = seed();
        mutate(w.file(), wb -> text(wb.getSheet("公开03表"), "A3", "部门名称：山西省科学技术协会"));
        ReadResult r = read(w.file());

        Problem p = only(r, "READ.UNIT_MISMATCH");
        assertEquals(Severity.WARNING, p.severity());
        assertEquals("公开03表!A1", p.where().orElseThrow().location(), "the table, named by its title cell");
        assertEquals("公开03表!A1：表「支出决算表」的单位名称「山西省科学技术协会」与其他表的「山西省科普服务中心」不一致",
                p.message());
        assertEquals(SeedDocument.UNIT, r.disclosure().unitName());
        assertEquals("山西省科学技术协会", r.disclosure().table(TableId.T03).orElseThrow().unitName());
        assertEverythingElseRead(r, w, f -> false, 10, 2);
    }

    @Test
    void tableForAnotherYearIsAYearMismatch() throws Exception {
        WrittenWorkbook w = seed();
        mutate(w.file(), wb -> text(wb.getSheet("公开03表"), "E3", "2023年度"));
        ReadResult r = read(w.file());

        Problem p = only(r, "READ.YEAR_MISMATCH");
        assertEquals(Severity.WARNING, p.severity());
        assertEquals("公开03表!A1", p.where().orElseThrow().location());
        assertEquals("公开03表!A1：表「支出决算表」的年度 2023 与其他表的 2024 不一致", p.message());
        assertEquals("公开03表!A1: table 03 is for 2023 where the other tables say 2024", p.messageEn());
        assertEquals(2024, r.disclosure().year());
        assertEverythingElseRead(r, w, f -> false, 10, 2);
    }

    @Test
    void noUnitNameAnywhereViolatesTheDisclosureConstraint() throws Exception {
        WrittenWorkbook w = seed();
        mutate(w.file(), wb -> {
            // the 绩效表 name the unit in their 预算单位 field: without them nothing does
            wb.removeSheetAt(wb.getSheetIndex("绩效自评2"));
            wb.removeSheetAt(wb.getSheetIndex("绩效自评1"));
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                XSSFSheet s = wb.getSheetAt(i);
                if (s.getSheetName().startsWith("公开")) {
                    XSSFCell c = cell(s, "A3");
                    assertTrue(c.getStringCellValue().startsWith("部门名称：") || c.getStringCellValue().startsWith("单位名称："),
                            s.getSheetName() + "!A3: " + c.getStringCellValue());
                    c.getRow().removeCell(c);
                }
            }
        });
        ReadResult r = read(w.file());

        Problem p = only(r, "READ.CONSTRAINT.disclosure.unitName");
        assertEquals(Severity.WARNING, p.severity());
        assertEquals("公开01表!A1", p.where().orElseThrow().location(), "the disclosure, named by its first table");
        assertEquals("公开01表!A1：未填写部门名称/单位名称（未填写）", p.message());
        assertNull(r.disclosure().unitName());
        assertEquals(List.of(), codes(r, "READ.UNIT_MISMATCH"));
        assertEverythingElseRead(r, w, f -> f.table().startsWith("PERF"), 10, 0);
    }

    @Test
    void yearOutsideTheRangeViolatesTheDisclosureConstraint() throws Exception {
        WrittenWorkbook w = seed();
        mutate(w.file(), wb -> {
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                XSSFSheet s = wb.getSheetAt(i);
                for (XSSFRow row : rows(s, 0, 3)) {
                    for (Cell c : row) {
                        if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals("2024年度")) {
                            c.setCellValue("1985年度");
                        }
                    }
                }
            }
        });
        ReadResult r = read(w.file());

        Problem p = only(r, "READ.CONSTRAINT.disclosure.year");
        assertEquals(Severity.WARNING, p.severity());
        assertEquals("公开01表!A1", p.where().orElseThrow().location());
        assertEquals("公开01表!A1：年度不在1990至2100之间（当前值：1985）", p.message());
        assertEquals(1985, r.disclosure().year());
        assertEquals(List.of(), codes(r, "READ.YEAR_MISMATCH"));
        assertEverythingElseRead(r, w, f -> false, 10, 2);
    }

    @Test
    void sixDigitCodeViolatesTheRowCodeConstraint() throws Exception {
        WrittenWorkbook w = seed();
        mutate(w.file(), wb -> text(wb.getSheet("公开02表"), "A10", "206079"));
        ReadResult r = read(w.file());

        Problem p = only(r, "READ.CONSTRAINT.row.code");
        assertEquals(Severity.WARNING, p.severity());
        assertEquals("公开02表!A10", p.where().orElseThrow().location());
        assertEquals("公开02表!A10：科目代码应为3位、5位或7位数字（当前值：206079）", p.message());
        assertEquals("公开02表!A10: a 科目代码 must have 3, 5 or 7 digits (value: 206079)", p.messageEn());
        Row row = r.disclosure().table(TableId.T02).orElseThrow().row("206079").orElseThrow();
        assertEquals(new BigDecimal("400.55"), row.figure("total").orElseThrow().value());
        assertEquals("公开02表!C10", row.figure("total").orElseThrow().source().location());
        assertEverythingElseRead(r, w, f -> f.table().equals("02") && f.rowKey().equals("2060799"), 10, 2);
    }

    // ---- 项目支出绩效自评表 ----------------------------------------------------------------------------------

    @Test
    void selfEvaluationWithoutTotalRowHasNoTotal() throws Exception {
        WrittenWorkbook w = seed();
        mutate(w.file(), wb -> {
            XSSFSheet s = wb.getSheet("绩效自评1");
            assertEquals("总分", cell(s, "A37").getStringCellValue());
            s.removeRow(s.getRow(36));
        });
        ReadResult r = read(w.file());

        Problem p = only(r, "READ.PERF_NO_TOTAL");
        assertEquals(Severity.INFO, p.severity(), "a form that prints no 总分 is not wrong; the rules on it are NOT_EVALUABLE");
        assertEquals("绩效自评1!A2", p.where().orElseThrow().location(), "the form, named by its title 项目支出绩效自评表 (A1 holds the project)");
        assertEquals("绩效自评1!A2：绩效自评表「山西省公众科学素质提升综合服务及党的创新理论暨党建活动进机关项目」未列示「总分」，"
                + "与总分有关的核对无法进行", p.message());
        PerformanceEvaluation e = r.disclosure().evaluations().get(0);
        assertEquals(Optional.empty(), e.total(), "no 总分 printed: none invented");
        assertEverythingElseRead(r, w, touched("PERF1", "summary", "total"), 10, 2);
    }

    @Test
    void selfEvaluationWithoutTotalRowStillHasOnlyItsIndicators() throws Exception {
        WrittenWorkbook w = seed();
        PerformanceEvaluation before = read(w.file()).disclosure().evaluations().get(0);
        assertEquals(24, before.indicators().size());
        assertEquals(1, before.table().notes().size());
        mutate(w.file(), wb -> {
            XSSFSheet s = wb.getSheet("绩效自评1");
            s.removeRow(s.getRow(36));
        });
        ReadResult r = read(w.file());

        PerformanceEvaluation e = r.disclosure().evaluations().get(0);
        assertEquals(before.indicators(), e.indicators(), () -> "indicators: " + e.indicators().stream()
                .map(i -> i.source().location()).collect(Collectors.joining(", ")));
        assertEquals(before.table().notes(), e.table().notes());
    }

    @Test
    void selfEvaluationWithoutTotalFundsRowHasNoFunds() throws Exception {
        WrittenWorkbook w = seed();
        mutate(w.file(), wb -> {
            XSSFSheet s = wb.getSheet("绩效自评1");
            assertEquals("资金总额", cell(s, "B8").getStringCellValue());
            s.removeRow(s.getRow(7));
        });
        ReadResult r = read(w.file());

        Problem p = only(r, "READ.PERF_NO_FUNDS");
        assertEquals(Severity.WARNING, p.severity(), "the reader could not interpret the block: not an ERROR");
        assertEquals("绩效自评1!A2", p.where().orElseThrow().location());
        assertEquals("绩效自评1!A2：绩效自评表「山西省公众科学素质提升综合服务及党的创新理论暨党建活动进机关项目」中找不到「资金总额」行，"
                + "涉及资金的核对无法进行", p.message());
        assertEverythingElseRead(r, w, f -> f.table().equals("PERF1") && f.rowKey().equals("total"), 10, 2);
    }

    @Test
    void selfEvaluationWithoutIndicatorGridHasNoIndicators() throws Exception {
        WrittenWorkbook w = seed();
        mutate(w.file(), wb -> {
            XSSFSheet s = wb.getSheet("绩效自评2");
            assertEquals("一级指标", cell(s, "B11").getStringCellValue());
            s.removeRow(s.getRow(10));
        });
        ReadResult r = read(w.file());

        Problem p = only(r, "READ.PERF_NO_INDICATORS");
        assertEquals(Severity.WARNING, p.severity());
        assertEquals("绩效自评2!A1", p.where().orElseThrow().location());
        assertEquals("绩效自评2!A1：绩效自评表「山西省自然科学研究系列科学传播专业职称评审项目」中找不到绩效指标表（一级指标、二级指标、三级指标）",
                p.message());
        assertTrue(r.disclosure().evaluations().get(1).indicators().isEmpty());
        assertEverythingElseRead(r, w, f -> f.table().equals("PERF2") && f.rowKey().startsWith("ind."), 10, 2);
    }

    // ---- files that cannot be read at all ------------------------------------------------------------------

    @Test
    void emptyFileIsEmpty() throws Exception {
        Path file = dir.resolve("empty.xlsx");
        Files.write(file, new byte[0]);
        ReadException e = assertThrows(ReadException.class, () -> read(file));
        assertEquals(ReadException.Reason.EMPTY, e.reason());
        assertEquals("empty.xlsx", e.file());
        assertEquals("empty.xlsx: 文件为空（0 字节），请重新导出或上传 (the file is empty (0 bytes))", e.getMessage());

        ReadException s = assertThrows(ReadException.class,
                () -> JuesuanReader.create().read(new ByteArrayInputStream(new byte[0]), "上传.xlsx"));
        assertEquals(ReadException.Reason.EMPTY, s.reason());
        assertEquals("上传.xlsx: 文件为空（0 字节），请重新导出或上传 (the file is empty (0 bytes))", s.getMessage());
    }

    @Test
    void pdfRenamedToXlsxIsNotAWorkbook() throws Exception {
        byte[] pdf = ("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                + "trailer\n<< /Root 1 0 R >>\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Path file = dir.resolve("决算.xlsx");
        Files.write(file, pdf);
        ReadException e = assertThrows(ReadException.class, () -> read(file));
        assertEquals(ReadException.Reason.NOT_A_WORKBOOK, e.reason());
        assertEquals("决算.xlsx: 不是 Excel 工作簿（.xlsx 或 .xls），看起来是PDF 文档；"
                + "请上传从决算软件导出的 Excel 文件 (not an Excel workbook (.xlsx or .xls) but a PDF document)", e.getMessage());

        ReadException s = assertThrows(ReadException.class,
                () -> JuesuanReader.create().read(new ByteArrayInputStream(pdf), "上传.xlsx"));
        assertEquals(ReadException.Reason.NOT_A_WORKBOOK, s.reason());
        assertTrue(s.getMessage().startsWith("上传.xlsx: 不是 Excel 工作簿"), s.getMessage());
    }

    @Test
    void truncatedXlsxIsCorrupt() throws Exception {
        WrittenWorkbook w = seed();
        byte[] whole = Files.readAllBytes(w.file());
        byte[] half = Arrays.copyOf(whole, whole.length / 2);
        Path file = dir.resolve("cut.xlsx");
        Files.write(file, half);
        ReadException e = assertThrows(ReadException.class, () -> read(file));
        assertEquals(ReadException.Reason.CORRUPT, e.reason());
        assertTrue(e.getMessage().startsWith("cut.xlsx"), e.getMessage());

        ReadException s = assertThrows(ReadException.class,
                () -> JuesuanReader.create().read(new ByteArrayInputStream(half), "上传.xlsx"));
        assertEquals(ReadException.Reason.CORRUPT, s.reason());
        assertTrue(s.getMessage().startsWith("上传.xlsx"), s.getMessage());
    }

    @Test
    void missingPathIsNotFound() {
        Path file = dir.resolve("没有这个文件.xlsx");
        ReadException e = assertThrows(ReadException.class, () -> read(file));
        assertEquals(ReadException.Reason.NOT_FOUND, e.reason());
        assertEquals("没有这个文件.xlsx", e.file());
        assertEquals("没有这个文件.xlsx: 文件不存在 (no such file)", e.getMessage());
    }

    @Test
    void streamThatFailsIsAnIoError() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                throw new IOException("connection reset");
            }
        };
        ReadException e = assertThrows(ReadException.class, () -> JuesuanReader.create().read(broken, "上传.xlsx"));
        assertEquals(ReadException.Reason.IO, e.reason());
        assertTrue(e.getMessage().startsWith("上传.xlsx: 读取输入时出错：connection reset"), e.getMessage());
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    /** The seed in the SHANXI layout, as .xlsx. */
    private WrittenWorkbook seed() throws IOException {
        return FixtureWriter.write(SeedDocument.create(), Layout.SHANXI, Format.XLSX, dir.resolve(SEED_FILE));
    }

    /** Opens the workbook with POI, lets {@code change} edit it, and saves it in place. */
    private static void mutate(Path file, Consumer<XSSFWorkbook> change) throws IOException {
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(file)) {
            wb = new XSSFWorkbook(in);
        }
        try (wb) {
            change.accept(wb);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    static ReadResult read(Path file) throws ReadException {
        ReadResult r = JuesuanReader.create().read(file);
        READS.get().add(r);
        return r;
    }

    /** What this thread's tests read since the last {@link #forgetReads}, for {@link #everyProblemOfEveryRead}. */
    private static final ThreadLocal<List<ReadResult>> READS = ThreadLocal.withInitial(ArrayList::new);

    @BeforeEach
    void forgetReads() {
        READS.remove();
    }

    /**
     * Every problem of every workbook the test read, in the reader's order, against the test's golden file
     * {@code fixtures/golden/reader-problems/TEST.tsv} (one problem a line: code, severity, cell, message; a
     * line {@code ## read N} before each workbook's). The assertions above pin the problem a defect causes; this
     * pins that it causes no other.
     */
    @AfterEach
    void everyProblemOfEveryRead(TestInfo test) {
        List<ReadResult> reads = READS.get();
        READS.remove();
        if (reads.isEmpty()) {
            return;
        }
        StringBuilder lines = new StringBuilder("#code\tseverity\tcell\tmessage\n");
        for (int i = 0; i < reads.size(); i++) {
            lines.append("## read ").append(i + 1).append('\n');
            reads.get(i).problems().forEach(p -> lines.append(FindingLines.line(p)).append('\n'));
        }
        String method = test.getTestMethod().orElseThrow().getName();
        String name = test.getDisplayName().startsWith(method + "(") ? method
                : method + "[" + test.getDisplayName().replaceAll("[^\\p{L}\\p{N}._-]+", "_") + "]";
        Golden.assertMatches("reader-problems/" + name + ".tsv", lines.toString());
    }

    /** The one problem with this code (failing with every problem listed when there is not exactly one). */
    static Problem only(ReadResult r, String code) {
        List<Problem> found = codes(r, code);
        assertEquals(1, found.size(), () -> "expected one " + code + ", problems were:\n" + list(r.problems()));
        return found.get(0);
    }

    static List<Problem> codes(ReadResult r, String code) {
        return r.problems().stream().filter(p -> p.code().equals(code)).toList();
    }

    static String list(List<Problem> problems) {
        return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }

    /** Every written figure but the touched ones is read at its cell with its value; tables and evaluations count. */
    static void assertEverythingElseRead(ReadResult r, WrittenWorkbook w, Predicate<WrittenFigure> touched,
                                                 int tables, int evaluations) {
        List<WrittenFigure> untouched = w.figures().stream().filter(touched.negate()).toList();
        List<String> errors = Oracle.mismatches(r.disclosure(), untouched);
        assertEquals(List.of(), errors.subList(0, Math.min(errors.size(), 20)),
                () -> errors.size() + " figures not touched by the defect were not read as written; problems:\n"
                        + list(r.problems()));
        Disclosure d = r.disclosure();
        assertEquals(tables, d.tables().size(), () -> "tables: " + d.tables().stream().map(Table::id).toList());
        assertEquals(evaluations, d.evaluations().size(), "evaluations");
    }

    static Predicate<WrittenFigure> touched(String table, String row, String column) {
        return f -> f.table().equals(table) && f.rowKey().equals(row) && f.columnKey().equals(column);
    }

    static Figure figure(ReadResult r, String table, String row, String column) {
        if (table.startsWith("PERF")) {
            return r.disclosure().evaluations().get(Integer.parseInt(table.substring(4)) - 1).table()
                    .figure(row, column).orElseThrow();
        }
        return r.disclosure().table(TableId.ofCode(table).orElseThrow()).orElseThrow().figure(row, column)
                .orElseThrow(() -> new AssertionError(table + "/" + row + "/" + column + " not read"));
    }

    private static XSSFCell cell(XSSFSheet s, String a1) {
        CellAddress a = new CellAddress(a1);
        XSSFRow row = s.getRow(a.getRow());
        if (row == null) {
            row = s.createRow(a.getRow());
        }
        XSSFCell c = row.getCell(a.getColumn());
        return c != null ? c : row.createCell(a.getColumn());
    }

    private static void text(XSSFSheet s, String a1, String value) {
        cell(s, a1).setCellValue(value);
    }

    private static void number(XSSFSheet s, String a1, double value) {
        cell(s, a1).setCellValue(value);
    }

    private static List<XSSFRow> rows(XSSFSheet s, int from, int to) {
        List<XSSFRow> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (s.getRow(i) != null) {
                out.add(s.getRow(i));
            }
        }
        return out;
    }

    /** sheet!A1 of every formula cell of an .xlsx. */
    private static List<String> formulaCells(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                XSSFSheet s = wb.getSheetAt(i);
                for (org.apache.poi.ss.usermodel.Row row : s) {
                    for (Cell c : row) {
                        if (c.getCellType() == CellType.FORMULA) {
                            out.add(s.getSheetName() + "!" + c.getAddress().formatAsString());
                        }
                    }
                }
            }
        }
        assertNotNull(out);
        assertFalse(out.isEmpty(), "no formula in " + file);
        return out;
    }
}
