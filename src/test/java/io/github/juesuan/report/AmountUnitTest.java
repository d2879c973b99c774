package io.github.juesuan.report;

import io.github.juesuan.fixtures.CellEdit;
import io.github.juesuan.fixtures.FixtureDocument;
import io.github.juesuan.fixtures.FixtureTable;
import io.github.juesuan.fixtures.FixtureWriter;
import io.github.juesuan.fixtures.Format;
import io.github.juesuan.fixtures.Layout;
import io.github.juesuan.fixtures.SyntheticDocument;
import io.github.juesuan.fixtures.WrittenFigure;
import io.github.juesuan.fixtures.WrittenTable;
import io.github.juesuan.fixtures.WrittenWorkbook;
import io.github.juesuan.model.Severity;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
        String sheet = table(wb, "02").sheet();
        int changed = 0;
        try (InputStream in = Files.newInputStream(file); Workbook w = new XSSFWorkbook(in)) {
            Sheet s = w.getSheet(sheet);
            for (Row row : s) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().endsWith("单位：万元")) {
                        cell.setCellValue(cell.getStringCellValue().replace("万元", "元"));
                        changed++;
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                w.write(out);
            }
        }
        assertEquals(1, changed, "the 02 sheet prints its unit once");
        return wb;
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
}
