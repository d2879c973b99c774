package io.github.juesuan.rules;

import io.github.juesuan.fixtures.FixtureWriter;
import io.github.juesuan.fixtures.Format;
import io.github.juesuan.fixtures.Layout;
import io.github.juesuan.fixtures.SyntheticDocument;
import io.github.juesuan.fixtures.WrittenFigure;
import io.github.juesuan.fixtures.WrittenWorkbook;
import io.github.juesuan.model.Severity;
import io.github.juesuan.model.TableId;
import io.github.juesuan.read.JuesuanReader;
import io.github.juesuan.read.ReadResult;
import io.github.juesuan.report.Checker;
import io.github.juesuan.report.Finding;
import io.github.juesuan.report.Report;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The 收入支出决算总表 of the earlier template (still published, e.g. 2018 county disclosures): one income row
 * 一、财政拨款收入 instead of the three by fund, then 上级补助收入 … 其他收入. 本年收入合计 is the sum of those rows;
 * the reader once left 财政拨款收入 unread and GK01.001 summed the rest into an ERROR.
 */
class FiscalIncomeRowTest {
    private static final long SEED = 20240611L;

    @TempDir
    Path dir;

    /** The synthetic department with 01's three fund rows printed as one 财政拨款收入 row of the given amount. */
    private Path oneFiscalRow(WrittenWorkbook wb, BigDecimal amount, String name) throws Exception {
        WrittenFigure general = wb.find("01", "inc.general", "amount").orElseThrow();
        Path file = dir.resolve(name);
        try (InputStream in = Files.newInputStream(wb.file()); Workbook w = new XSSFWorkbook(in)) {
            Sheet s = w.getSheet(general.sheet());
            int column = new CellReference(general.a1()).getCol();
            for (String key : List.of("inc.general", "inc.fund", "inc.soe")) {
                WrittenFigure f = wb.find("01", key, "amount").orElseThrow();
                Row row = s.getRow(new CellReference(f.a1()).getRow());
                for (Cell cell : row) {
                    if (cell.getColumnIndex() <= column) {
                        cell.setBlank(); // label, 行次 and amount of the left side
                    }
                }
                if (key.equals("inc.general")) {
                    row.getCell(0).setCellValue("一、财政拨款收入");
                    row.getCell(column).setCellValue(amount.doubleValue());
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                w.write(out);
            }
        }
        return file;
    }

    private static BigDecimal fiscal(WrittenWorkbook wb) {
        return wb.find("01", "inc.general", "amount").orElseThrow().value()
                .add(wb.find("01", "inc.fund", "amount").orElseThrow().value())
                .add(wb.find("01", "inc.soe", "amount").orElseThrow().value());
    }

    @Test
    void oneFiscalIncomeRowIsPartOfTheIncomeTotal() throws Exception {
        WrittenWorkbook wb = FixtureWriter.write(SyntheticDocument.generate(SEED), Layout.SHANXI, Format.XLSX,
                dir.resolve("t.xlsx"));
        Path file = oneFiscalRow(wb, fiscal(wb), "fiscal.xlsx");
        ReadResult read = JuesuanReader.create().read(file);
        assertEquals(0, fiscal(wb).compareTo(read.disclosure().table(TableId.T01).orElseThrow()
                .figure("inc.fiscal", "amount").orElseThrow().value()));
        Report r = Checker.create().check(read, file);
        assertEquals(List.of(), r.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList());
        // the synthetic figures are rounded one by one: at most a rounding tail, never a FAIL
        assertEquals(List.of(), r.findings().stream()
                .filter(f -> f.ruleId().equals("GK01.001") && f.outcome() != Outcome.ROUNDING).toList());
    }

    @Test
    void aWrongFiscalIncomeRowFailsTheIncomeTotal() throws Exception {
        WrittenWorkbook wb = FixtureWriter.write(SyntheticDocument.generate(SEED), Layout.SHANXI, Format.XLSX,
                dir.resolve("t.xlsx"));
        Path file = oneFiscalRow(wb, fiscal(wb).add(BigDecimal.TEN), "wrong.xlsx");
        Report r = Checker.create().check(file);
        List<Finding> gk = r.findings().stream().filter(f -> f.ruleId().equals("GK01.001")).toList();
        assertEquals(1, gk.size());
        assertEquals(Severity.ERROR, gk.get(0).severity());
        BigDecimal parts = fiscal(wb).add(BigDecimal.TEN);
        for (String key : List.of("inc.upper", "inc.business", "inc.operating", "inc.affiliated", "inc.other")) {
            parts = parts.add(wb.find("01", key, "amount").orElseThrow().value());
        }
        BigDecimal total = wb.find("01", "inc.total", "amount").orElseThrow().value();
        assertEquals(0, total.subtract(parts).abs().compareTo(gk.get(0).difference().orElseThrow().abs()));
        // 02's 财政拨款收入 is compared with the one row (it was skipped: 01 printed none of rows 1–3)
        List<Finding> gkx = r.findings().stream().filter(f -> f.ruleId().equals("GKX.002")).toList();
        assertEquals(1, gkx.size());
        assertEquals(Severity.ERROR, gkx.get(0).severity());
        assertEquals(0, BigDecimal.TEN.compareTo(gkx.get(0).difference().orElseThrow().abs()));
    }
}
