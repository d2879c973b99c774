package io.github.juesuan.read;

import io.github.juesuan.fixtures.FixtureWriter;
import io.github.juesuan.fixtures.Format;
import io.github.juesuan.fixtures.Layout;
import io.github.juesuan.fixtures.SyntheticDocument;
import io.github.juesuan.fixtures.WrittenFigure;
import io.github.juesuan.fixtures.WrittenWorkbook;
import io.github.juesuan.model.Problem;
import io.github.juesuan.model.Severity;
import io.github.juesuan.model.TableId;
import io.github.juesuan.report.Checker;
import io.github.juesuan.report.Report;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A 收入支出决算总表 whose expenditure rows print their 类 code before the name ("206 科学技术支出"): the row is the
 * standard one of that code. The reader once left such a row unread, and 本年支出合计 = Σ 类 failed on the
 * remaining rows although the printed figures add up.
 */
class CodePrefixedLabelsTest {
    private static final long SEED = 20240611L;

    @TempDir
    Path dir;

    /** Writes the synthetic department and prints the given prefix before the label of 01's 206 row. */
    private Path withPrefix(String prefix, WrittenWorkbook[] written) throws Exception {
        WrittenWorkbook wb = FixtureWriter.write(SyntheticDocument.generate(SEED), Layout.SHANXI, Format.XLSX,
                dir.resolve(prefix.strip() + ".xlsx"));
        written[0] = wb;
        WrittenFigure science = wb.find("01", "exp.206", "amount").orElseThrow();
        int changed = 0;
        try (InputStream in = Files.newInputStream(wb.file()); Workbook w = new XSSFWorkbook(in)) {
            Row row = w.getSheet(science.sheet()).getRow(new CellReference(science.a1()).getRow());
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().endsWith("科学技术支出")) {
                    cell.setCellValue(prefix + cell.getStringCellValue().replaceFirst("^.*、", ""));
                    changed++;
                }
            }
            try (OutputStream out = Files.newOutputStream(wb.file())) {
                w.write(out);
            }
        }
        assertEquals(1, changed);
        return wb.file();
    }

    @Test
    void expenditureRowWithItsClassCodeIsTheStandardRow() throws Exception {
        WrittenWorkbook[] wb = new WrittenWorkbook[1];
        Path file = withPrefix("206 ", wb);
        WrittenFigure science = wb[0].find("01", "exp.206", "amount").orElseThrow();

        ReadResult read = JuesuanReader.create().read(file);
        assertEquals(0, science.value().compareTo(read.disclosure().table(TableId.T01).orElseThrow()
                .figure("exp.206", "amount").orElseThrow().value()));
        assertEquals(List.of(), read.problems().stream().filter(p -> p.code().equals("READ.UNKNOWN_ROW")).toList());
        Report r = Checker.create().check(read, file);
        assertEquals(List.of(), r.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList());
    }

    @Test
    void aCodeOfAnotherClassLeavesTheRowUnread() throws Exception {
        Path file = withPrefix("205 ", new WrittenWorkbook[1]);
        List<Problem> unknown = JuesuanReader.create().read(file).problems().stream()
                .filter(p -> p.code().equals("READ.UNKNOWN_ROW")).toList();
        assertEquals(1, unknown.size());
        assertEquals(Severity.WARNING, unknown.get(0).severity());
    }
}
