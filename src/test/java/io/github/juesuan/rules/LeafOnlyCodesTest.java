package io.github.juesuan.rules;

import io.github.juesuan.fixtures.CellEdit;
import io.github.juesuan.fixtures.FixtureWriter;
import io.github.juesuan.fixtures.Format;
import io.github.juesuan.fixtures.Layout;
import io.github.juesuan.fixtures.SyntheticDocument;
import io.github.juesuan.fixtures.WrittenFigure;
import io.github.juesuan.fixtures.WrittenWorkbook;
import io.github.juesuan.model.Severity;
import io.github.juesuan.report.Checker;
import io.github.juesuan.report.Finding;
import org.apache.poi.ss.usermodel.Cell;
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
 * A 支出决算表 printing its 科目 at 项 level only (no 类 or 款 subtotal rows, as many county disclosures do): its
 * 合计 is the sum of the rows at the top of what is printed. With no 3-digit row, 合计 = Σ 类 once had nothing to add
 * and was skipped, so a wrong 合计 went unreported.
 */
class LeafOnlyCodesTest {
    @TempDir
    Path dir;

    private Path leavesOnly(WrittenWorkbook wb, Path source, String name) throws Exception {
        Path file = dir.resolve(name);
        try (InputStream in = Files.newInputStream(source); Workbook w = new XSSFWorkbook(in)) {
            for (WrittenFigure f : wb.figures("03")) {
                if (f.rowKey().matches("\\d{3}|\\d{5}")) { // 类 and 款 rows
                    Sheet s = w.getSheet(f.sheet());
                    Row row = s.getRow(new CellReference(f.a1()).getRow());
                    for (Cell c : row) {
                        c.setBlank();
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                w.write(out);
            }
        }
        return file;
    }

    private static List<Finding> gk03003(Path file) throws Exception {
        return Checker.create().check(file).findings().stream().filter(f -> f.ruleId().equals("GK03.003")).toList();
    }

    @Test
    void theTotalOfLeafRowsIsChecked() throws Exception {
        WrittenWorkbook wb = FixtureWriter.write(SyntheticDocument.generate(20240611L), Layout.SHANXI, Format.XLSX,
                dir.resolve("t.xlsx"));
        assertEquals(List.of(), gk03003(leavesOnly(wb, wb.file(), "leaves.xlsx")).stream()
                .filter(f -> f.severity() != Severity.INFO).toList());

        WrittenFigure total = wb.find("03", "total", "total").orElseThrow();
        Path wrong = CellEdit.withValue(wb.file(), total, total.value().add(BigDecimal.TEN), dir.resolve("w.xlsx"));
        List<Finding> failed = gk03003(leavesOnly(wb, wrong, "leaves-wrong.xlsx")).stream()
                .filter(f -> f.severity() == Severity.ERROR).toList();
        assertEquals(1, failed.size(), Checker.create().check(dir.resolve("leaves-wrong.xlsx")).findings().toString());
        assertEquals(total.sheet() + "!" + total.a1(), failed.get(0).cells().get(0).source().location());
        assertEquals(0, BigDecimal.TEN.compareTo(failed.get(0).difference().orElseThrow().abs().setScale(0,
                java.math.RoundingMode.HALF_UP)));
    }
}
