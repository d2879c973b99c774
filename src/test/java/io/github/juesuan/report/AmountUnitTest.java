package io.github.juesuan.report;

import io.github.juesuan.fixtures.CellEdit;
import io.github.juesuan.fixtures.Figure;
import io.github.juesuan.fixtures.FixtureDocument;
import io.github.juesuan.fixtures.FixtureRow;
import io.github.juesuan.fixtures.FixtureTable;
import io.github.juesuan.fixtures.FixtureWriter;
import io.github.juesuan.fixtures.Format;
import io.github.juesuan.fixtures.Layout;
import io.github.juesuan.fixtures.SyntheticDocument;
import io.github.juesuan.fixtures.WrittenFigure;
import io.github.juesuan.fixtures.WrittenTable;
import io.github.juesuan.fixtures.WrittenWorkbook;
import io.github.juesuan.model.AmountUnit;
import io.github.juesuan.model.Severity;
import io.github.juesuan.model.TableId;
import io.github.juesuan.read.JuesuanReader;
import io.github.juesuan.read.ReadResult;
import io.github.juesuan.rules.Outcome;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Issue 12 item 16: a table printed in 元 among tables in 万元 is reported, and compared in 万元. */
class AmountUnitTest {
    private static final long SEED = 20240611L;

    @TempDir
    static Path dir;
    /** Written once: both tests start from it. */
    private static WrittenWorkbook mixed;

    @BeforeAll
    static void write() throws Exception {
        mixed = mixed(dir.resolve("mixed.xlsx"));
    }

    /** The synthetic department in 万元, except table 02, printed exactly in 元 with 「金额单位：元」. */
    private static WrittenWorkbook mixed(Path file) throws Exception {
        FixtureDocument wan = SyntheticDocument.generate(SEED);
        FixtureDocument yuan = SyntheticDocument.generateInYuan(SEED);
        List<FixtureTable> tables = new ArrayList<>();
        for (FixtureTable t : wan.tables()) {
            tables.add(t.id().equals("02") ? yuan.table("02") : t);
        }
        WrittenWorkbook wb = FixtureWriter.write(new FixtureDocument(wan.unitName(), wan.year(), tables, wan.perfs()),
                Layout.SHANXI, Format.XLSX, file);
        int changed = relabelUnit(file, table(wb, "02").sheet(), "元");
        assertEquals(1, changed, "the 02 sheet prints its unit once");
        return wb;
    }

    /** Prints the sheet's 「单位：万元」 field in another unit; returns how many cells said 万元. */
    private static int relabelUnit(Path file, String sheet, String unit) throws Exception {
        int changed = 0;
        try (InputStream in = Files.newInputStream(file); Workbook w = new XSSFWorkbook(in)) {
            for (Row row : w.getSheet(sheet)) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().endsWith("单位：万元")) {
                        cell.setCellValue(cell.getStringCellValue().replace("万元", unit));
                        changed++;
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                w.write(out);
            }
        }
        return changed;
    }

    private static WrittenTable table(WrittenWorkbook wb, String id) {
        return wb.tables().stream().filter(t -> t.table().equals(id)).findFirst().orElseThrow();
    }

    private static List<Finding> findings(Report r, String ruleId) {
        return r.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    @Test
    void consistentFiguresInMixedUnitsGiveTheUnitWarningAndNoError() throws Exception {
        WrittenWorkbook wb = mixed;
        Report r = Checker.create().check(wb.file());
        assertEquals(List.of(), r.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList());
        List<Finding> unit = findings(r, "READ.AMOUNT_UNIT_MISMATCH");
        assertEquals(1, unit.size(), r.findings().toString());
        WrittenTable t02 = table(wb, "02");
        assertEquals(Severity.WARNING, unit.get(0).severity());
        assertEquals(t02.sheet() + "!" + t02.titleA1() + "：表「收入决算表」的金额单位为元，其他表为万元；跨表核对时换算为万元比较",
                unit.get(0).message());
        assertEquals(t02.sheet() + "!" + t02.titleA1() + ": table 02 prints amounts in 元 where the other tables use 万元; "
                + "rules across tables compare them in 万元", unit.get(0).messageEn());
    }

    @Test
    void inconsistentFiguresInMixedUnitsAreACrossTableErrorInWanYuan() throws Exception {
        WrittenWorkbook wb = mixed;
        WrittenFigure total = wb.find("02", "total", "total").orElseThrow();
        BigDecimal wrong = total.value().add(BigDecimal.valueOf(1_000_000)); // 100 万元 more
        Path file = CellEdit.withValue(wb.file(), total, wrong, dir.resolve("wrong.xlsx"));
        Report r = Checker.create().check(file);
        List<Finding> gkx = findings(r, "GKX.001");
        assertEquals(1, gkx.size(), r.findings().toString());
        Finding f = gkx.get(0);
        assertEquals(Outcome.FAIL, f.outcome());
        assertEquals(Severity.ERROR, f.severity());
        WrittenFigure income = wb.find("01", "inc.total", "amount").orElseThrow();
        String converted = wrong.movePointLeft(4).stripTrailingZeros().toPlainString();
        assertEquals(converted + "（" + wrong.setScale(2).toPlainString() + " 元） ≠ " + income.value().toPlainString(),
                f.substituted());
        assertEquals("表02的金额单位为元，已除以 10000 换算为万元比较（按万元末位放宽 ±0.005）", f.reason());
        assertEquals(0, wrong.movePointLeft(4).subtract(income.value()).compareTo(f.difference().orElseThrow()));
        assertEquals(new BigDecimal("0.0100005"), f.allowed().orElseThrow()); // ±0.005 万元 each side, and ±0.005 元 of the 元 figure
    }

    /**
     * A table printed in 千元 (1 万元 = 10 千元) among tables in 万元, each figure rounded on its own from the exact
     * 元 to 0.01 千元: every identity holds. The reader once took any unit ending in 元 other than 万元 for 元 and
     * divided by 10,000, turning each cross-table check of that table into an ERROR.
     */
    @Test
    void tableInThousandsOfYuanIsComparedInWanYuan() throws Exception {
        FixtureDocument wan = SyntheticDocument.generate(SEED);
        FixtureTable yuan02 = SyntheticDocument.generateInYuan(SEED).table("02");
        List<FixtureRow> rows = new ArrayList<>();
        for (FixtureRow row : yuan02.rows()) {
            Map<String, Figure> figures = new LinkedHashMap<>();
            row.figures().forEach((col, f) -> figures.put(col, f.value() == null ? f
                    : Figure.of(f.value().divide(BigDecimal.valueOf(1000), 2, RoundingMode.HALF_UP))));
            rows.add(new FixtureRow(row.key(), row.code(), row.label(), row.ordinal(), figures));
        }
        List<FixtureTable> tables = new ArrayList<>();
        for (FixtureTable t : wan.tables()) {
            tables.add(t.id().equals("02") ? new FixtureTable("02", yuan02.title(), rows, yuan02.notes()) : t);
        }
        WrittenWorkbook wb = FixtureWriter.write(new FixtureDocument(wan.unitName(), wan.year(), tables, wan.perfs()),
                Layout.SHANXI, Format.XLSX, dir.resolve("qian.xlsx"));
        WrittenTable t02 = table(wb, "02");
        relabelUnit(wb.file(), t02.sheet(), "千元");
        Report r = Checker.create().check(wb.file());
        assertEquals(List.of(), r.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList());
        List<Finding> unit = findings(r, "READ.AMOUNT_UNIT_MISMATCH");
        assertEquals(1, unit.size(), r.findings().toString());
        assertEquals(t02.sheet() + "!" + t02.titleA1() + "：表「收入决算表」的金额单位为千元，其他表为万元；跨表核对时换算为万元比较",
                unit.get(0).message());

        WrittenFigure total = wb.find("02", "total", "total").orElseThrow();
        BigDecimal wrong = total.value().add(BigDecimal.valueOf(100)); // 10 万元 more
        Finding f = findings(Checker.create().check(CellEdit.withValue(wb.file(), total, wrong,
                dir.resolve("qian-wrong.xlsx"))), "GKX.001").get(0);
        assertEquals(Severity.ERROR, f.severity());
        WrittenFigure income = wb.find("01", "inc.total", "amount").orElseThrow();
        assertEquals(wrong.movePointLeft(1).stripTrailingZeros().toPlainString() + "（" + wrong.setScale(2).toPlainString()
                + " 千元） ≠ " + income.value().toPlainString(), f.substituted());
        assertEquals("表02的金额单位为千元，已除以 10 换算为万元比较（按万元末位放宽 ±0.005）", f.reason());
    }

    /** 亿元 is no unit the checker converts: the table is read as stating none, not as printed in 元. */
    @Test
    void unitInHundredMillionsIsNotTakenForYuan() throws Exception {
        WrittenWorkbook wb = FixtureWriter.write(SyntheticDocument.generate(SEED), Layout.SHANXI, Format.XLSX,
                dir.resolve("yi.xlsx"));
        relabelUnit(wb.file(), table(wb, "02").sheet(), "亿元");
        ReadResult read = JuesuanReader.create().read(wb.file());
        assertEquals(AmountUnit.UNSTATED, read.disclosure().table(TableId.T02).orElseThrow().unit());
        assertEquals(AmountUnit.WAN_YUAN, read.disclosure().table(TableId.T03).orElseThrow().unit());
    }
}
