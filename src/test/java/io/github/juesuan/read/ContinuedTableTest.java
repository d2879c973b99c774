package io.github.juesuan.read;

import io.github.juesuan.fixtures.FixtureWriter;
import io.github.juesuan.fixtures.Format;
import io.github.juesuan.fixtures.Layout;
import io.github.juesuan.fixtures.SyntheticDocument;
import io.github.juesuan.fixtures.WrittenFigure;
import io.github.juesuan.fixtures.WrittenTable;
import io.github.juesuan.fixtures.WrittenWorkbook;
import io.github.juesuan.model.Problem;
import io.github.juesuan.model.Severity;
import io.github.juesuan.model.Table;
import io.github.juesuan.model.TableId;
import io.github.juesuan.report.Checker;
import io.github.juesuan.report.Finding;
import io.github.juesuan.report.Report;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
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
 * A long 支出决算表 printed over two sheets, the second titled 支出决算表（续）with the header repeated: one table.
 * The reader once took the second for the table printed twice (READ.DUPLICATE_TABLE, an ERROR) and dropped its
 * rows, so their figures were never checked.
 */
class ContinuedTableTest {
    @TempDir
    Path dir;

    /** The synthetic 03 split before the row of {@code splitKey}: rows from it on move to a (续) sheet. */
    private Path continued(WrittenWorkbook wb, String splitKey, String title) throws Exception {
        WrittenTable t03 = wb.tables().stream().filter(t -> t.table().equals("03")).findFirst().orElseThrow();
        int split = new CellReference(wb.find("03", splitKey, "total").orElseThrow().a1()).getRow();
        Path file = dir.resolve("continued.xlsx");
        try (InputStream in = Files.newInputStream(wb.file()); XSSFWorkbook w = new XSSFWorkbook(in)) {
            int index = w.getSheetIndex(t03.sheet());
            XSSFSheet first = w.getSheet(t03.sheet());
            XSSFSheet second = w.cloneSheet(index, t03.sheet() + "(续)");
            w.setSheetOrder(second.getSheetName(), index + 1);
            CellReference at = new CellReference(t03.titleA1());
            second.getRow(at.getRow()).getCell(at.getCol()).setCellValue(title);
            int header = new CellReference(wb.find("03", "total", "total").orElseThrow().a1()).getRow();
            for (int r = 0; r <= first.getLastRowNum(); r++) {
                // the first sheet keeps the rows above the split; the second its header and the rows from it on
                clear(r >= split ? first.getRow(r) : null);
                clear(r >= header && r < split ? second.getRow(r) : null);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                w.write(out);
            }
        }
        return file;
    }

    private static void clear(Row row) {
        if (row != null) {
            for (Cell c : row) {
                c.setBlank();
            }
        }
    }

    @Test
    void aContinuedTableIsOneTable() throws Exception {
        WrittenWorkbook wb = FixtureWriter.write(SyntheticDocument.generate(20240611L), Layout.SHANXI, Format.XLSX,
                dir.resolve("t.xlsx"));
        Path file = continued(wb, "208", "支出决算表（续）");
        ReadResult read = JuesuanReader.create().read(file);
        assertEquals(List.of(), read.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList());
        Table t03 = read.disclosure().table(TableId.T03).orElseThrow();
        for (String key : List.of("total", "206", "208")) {
            WrittenFigure f = wb.find("03", key, "total").orElseThrow();
            assertEquals(0, f.value().compareTo(t03.figure(key, "total").orElseThrow().value()), key);
        }
        assertEquals(wb.figures("03").size(), t03.rows().stream().mapToInt(r -> r.figures().size()).sum());
        Report r = Checker.create().check(read, file);
        assertEquals(List.of(), r.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList());
    }

    @Test
    void aWrongFigureOnTheContinuationIsChecked() throws Exception {
        WrittenWorkbook wb = FixtureWriter.write(SyntheticDocument.generate(20240611L), Layout.SHANXI, Format.XLSX,
                dir.resolve("t.xlsx"));
        WrittenFigure f = wb.find("03", "208", "total").orElseThrow();
        Path edited = io.github.juesuan.fixtures.CellEdit.withValue(wb.file(), f, f.value().add(BigDecimal.ONE),
                dir.resolve("edited.xlsx"));
        WrittenWorkbook moved = new WrittenWorkbook(edited, wb.layout(), wb.format(), wb.tables(), wb.figures());
        Path file = continued(moved, "208", "支出决算表(续表)");
        List<Finding> gk = Checker.create().check(file).findings().stream()
                .filter(x -> x.ruleId().equals("GK03.001") && x.severity() == Severity.ERROR).toList();
        assertEquals(1, gk.size(), gk.toString());
        assertEquals(f.sheet() + "(续)!" + f.a1(), gk.get(0).cells().get(0).source().location());
    }
}
