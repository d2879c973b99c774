package io.github.juesuan.bench;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The baseline of the folder comparison in docs/benchmarks.md: a program that opens every workbook of a
 * folder with POI's usermodel ({@code WorkbookFactory}, read-only, .xlsx and .xls alike) on one thread and
 * reads every cell, and does nothing else. docs/bench.sh times it end to end against
 * {@code java -jar juesuan.jar check DIR --threads 1} on the same folder.
 *
 * <pre>java -cp target/benchmarks.jar io.github.juesuan.bench.PoiFolder DIR</pre>
 */
public final class PoiFolder {
    private PoiFolder() {
    }

    public static void main(String[] args) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            files = s.filter(p -> p.toString().endsWith(".xlsx") || p.toString().endsWith(".xls")).sorted().toList();
        }
        long cells = 0;
        for (Path file : files) {
            try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
                for (Sheet sheet : wb) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            cells += read(cell, cell.getCellType());
                        }
                    }
                }
            }
        }
        System.out.println(files.size() + " workbooks, " + cells + " cells read");
    }

    /** Reads the cell's value as its type says (a formula's cached result); 1 for a value read. */
    private static int read(Cell cell, CellType type) {
        switch (type) {
            case NUMERIC:
                return Double.isNaN(cell.getNumericCellValue()) ? 0 : 1;
            case STRING:
                return cell.getStringCellValue() == null ? 0 : 1;
            case BOOLEAN:
                cell.getBooleanCellValue();
                return 1;
            case FORMULA:
                return read(cell, cell.getCachedFormulaResultType());
            default:
                return 0;
        }
    }
}
