package io.github.juesuan.read;

import io.github.juesuan.fixtures.FixtureWriter;
import io.github.juesuan.fixtures.Format;
import io.github.juesuan.fixtures.Layout;
import io.github.juesuan.fixtures.SyntheticDocument;
import io.github.juesuan.fixtures.WrittenFigure;
import io.github.juesuan.fixtures.WrittenWorkbook;
import io.github.juesuan.model.Column;
import io.github.juesuan.model.Problem;
import io.github.juesuan.model.Severity;
import io.github.juesuan.model.Table;
import io.github.juesuan.model.TableId;
import io.github.juesuan.fixtures.WrittenTable;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The 三公 table as a county prints it (“三公”经费决算财政拨款情况统计表): 2024年决算数 / 2023年决算数 / 增减 columns
 * read as this year's 决算数, last year's and the change; rows 国内接待费 / 其中：外事接待费 / 国（境）外接待费; the
 * unlabelled first row read as the total.
 */
class ThreePublicVariantsTest {
    @TempDir
    Path dir;

    @Test
    void tableWithRunningCostsIsThe09UnderItsOwnTitle() throws Exception {
        Path file = dir.resolve("running.xlsx");
        WrittenWorkbook w = FixtureWriter.write(SyntheticDocument.generate(20240101L), Layout.COUNTY, Format.XLSX, file);
        WrittenTable t09 = w.tables().stream().filter(t -> t.table().equals("09")).findFirst().orElseThrow();
        WrittenFigure last = w.find("09", "hospitality.abroad", "actual").orElseThrow();
        int below = new CellReference(last.a1()).getRow() + 1;
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            XSSFSheet s = wb.getSheet(t09.sheet());
            CellReference title = new CellReference(t09.titleA1());
            s.getRow(title.getRow()).getCell(title.getCol()).setCellValue("“三公”经费、行政参公单位机关运行经费情况表");
            // the fixture's note row below the table is merged across it: the new row takes its place
            for (int m = s.getNumMergedRegions() - 1; m >= 0; m--) {
                if (s.getMergedRegion(m).getFirstRow() <= below && s.getMergedRegion(m).getLastRow() >= below) {
                    s.removeMergedRegion(m);
                }
            }
            XSSFRow row = s.getRow(below) == null ? s.createRow(below) : s.getRow(below);
            row.createCell(0).setCellValue("行政参公单位机关运行经费");
            row.createCell(1).setCellValue(12.34);
            row.createCell(2).setCellValue(10.00);
            row.createCell(3).setCellValue(2.34);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        ReadResult r = JuesuanReader.create().read(file);

        Table t = r.disclosure().table(TableId.T09).orElseThrow();
        assertEquals("“三公”经费、行政参公单位机关运行经费情况表", t.title());
        assertEquals(0, new BigDecimal("2.34").compareTo(t.figure("running", "change").orElseThrow().value()));
        assertEquals(t09.sheet() + "!B" + (below + 1), t.figure("running", "actual").orElseThrow().source().location());
        assertEquals(List.of(), r.problems(Severity.WARNING));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void twoYearTableReadsThisYearAsTheActualColumn(Format format) throws Exception {
        Path file = dir.resolve("county." + format.extension());
        WrittenWorkbook w = FixtureWriter.write(SyntheticDocument.generate(20240101L), Layout.COUNTY, format, file);
        ReadResult r = JuesuanReader.create().read(file);

        Table t = r.disclosure().table(TableId.T09).orElseThrow();
        assertEquals(List.of("actual", "prior", "change"), t.columns().stream().map(Column::key).toList());
        assertEquals(List.of("total", "overseas", "vehicle", "vehicle.purchase", "vehicle.operation", "hospitality",
                "hospitality.domestic", "foreign.reception", "hospitality.abroad"),
                t.rows().stream().map(row -> row.key()).toList());
        WrittenFigure total = w.find("09", "total", "actual").orElseThrow();
        assertEquals(0, total.value().compareTo(t.figure("total", "actual").orElseThrow().value()));
        assertEquals(total.sheet() + "!" + total.a1(), t.figure("total", "actual").orElseThrow().source().location());

        Problem p = r.problems().stream().filter(x -> x.code().equals("READ.UNLABELLED_TOTAL")).findFirst().orElseThrow();
        assertEquals(Severity.INFO, p.severity());
        String at = total.sheet() + "!A" + total.a1().substring(1);
        assertEquals(at, p.where().orElseThrow().location());
        assertEquals(at + "：此行未印项目名称，视为「合计」（本表未印该行）", p.message());
        assertEquals(List.of(), r.problems(Severity.WARNING));
        assertEquals(Integer.valueOf(2024), r.disclosure().year(), "2023年决算数 is no year of the table");
    }
}
