package io.github.juesuan.read;

import io.github.juesuan.fixtures.FixtureWriter;
import io.github.juesuan.fixtures.Format;
import io.github.juesuan.fixtures.Layout;
import io.github.juesuan.fixtures.SeedDocument;
import io.github.juesuan.model.Problem;
import io.github.juesuan.model.Severity;
import io.github.juesuan.model.Table;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The unit's name where no 部门名称/单位名称 field prints it: in the title line (a county unit's export), in a
 * heading line, or in a 绩效表's 实施单位（盖章） / 预算单位 field.
 */
class UnitNameTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Format.class)
    void unitNamedOnlyInTheTitleLineIsTheDisclosuresUnit(Format format) throws Exception {
        Path file = dir.resolve("county." + format.extension());
        FixtureWriter.write(SeedDocument.create(), Layout.COUNTY, format, file);
        ReadResult r = JuesuanReader.create().read(file);

        assertEquals(SeedDocument.UNIT, r.disclosure().unitName());
        assertEquals(Integer.valueOf(2024), r.disclosure().year());
        for (Table t : r.disclosure().tables()) {
            assertEquals(SeedDocument.UNIT, t.unitName(), t.id() + " names the unit in its title");
        }
        assertEquals(List.of(), r.problems().stream().filter(p -> p.code().startsWith("READ.CONSTRAINT")).toList());
        assertEquals(List.of(), r.problems(Severity.WARNING));
    }

    @Test
    void performanceFormsOnTheirOwnNameTheUnitByTheirImplementingUnitField() throws Exception {
        Path file = dir.resolve("perf.xlsx");
        FixtureWriter.write(SeedDocument.create(), Layout.SHANXI, Format.XLSX, file);
        edit(file, wb -> {
            for (int i = wb.getNumberOfSheets() - 1; i >= 0; i--) {
                if (!wb.getSheetName(i).startsWith("绩效")) {
                    wb.removeSheetAt(i);
                }
            }
            // one form prints 实施单位（盖章） with the name in its own cell, as Yunnan's do
            for (Row row : wb.getSheet("绩效自评1")) {
                for (Cell c : row) {
                    if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                            && c.getStringCellValue().equals("预算单位")) {
                        c.setCellValue("实施单位（盖章）");
                    }
                }
            }
        });
        ReadResult r = JuesuanReader.create().read(file);

        assertEquals(2, r.disclosure().evaluations().size());
        assertEquals(SeedDocument.UNIT, r.disclosure().unitName(), "the budget-unit code 322702- is not the name");
        assertEquals(List.of(), r.problems(Severity.INFO).stream().map(Problem::code)
                .filter(c -> c.startsWith("READ.CONSTRAINT") || c.equals("READ.TABLES_ABSENT")).toList(),
                "a 绩效表 on its own is normal: no absent-table note");
    }

    @Test
    void headingLineAboveTheFirstTitleNamesTheUnit() throws Exception {
        Path file = dir.resolve("heading.xlsx");
        FixtureWriter.write(SeedDocument.create(), Layout.SHANGHAI, Format.XLSX, file);
        edit(file, wb -> {
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                Sheet s = wb.getSheetAt(i);
                for (Row row : s) {
                    for (Cell c : row) {
                        if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                                && c.getStringCellValue().startsWith("编制单位：")) {
                            c.setCellValue("");
                        }
                    }
                }
            }
            Sheet cover = wb.createSheet("封面");
            wb.setSheetOrder("封面", 0);
            cover.createRow(2).createCell(1).setCellValue("附件1：寿县文物保护中心2023年度部门决算公开");
        });
        ReadResult r = JuesuanReader.create().read(file);

        assertEquals("寿县文物保护中心", r.disclosure().unitName());
        assertEquals(List.of(), r.problems().stream().filter(p -> p.code().startsWith("READ.CONSTRAINT")).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "寿县文物保护中心2023年度部门决算公开表|寿县文物保护中心",
            "附件1：寿县文物保护中心 2023 年度部门决算|寿县文物保护中心",
            "山西省科普服务中心部门决算公开|山西省科普服务中心",
            "山西省科普服务中心单位决算|山西省科普服务中心",
            "2024年度山西省科普服务中心部门决算|山西省科普服务中心",
    })
    void headingNamesTheUnitBeforeTheYear(String heading, String unit) {
        assertEquals(unit, UnitNames.fromHeading(heading));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2023年度收入支出决算总表",
            "收入支出决算总表",
            "某某项目2023年度项目支出绩效自评表",
            "公开01表2023年度决算",
            "注：本表反映2023年度部门决算收支情况",
    })
    void textThatNamesNoUnitGivesNone(String heading) {
        assertNull(UnitNames.fromHeading(heading));
    }

    private interface Edit {
        void apply(Workbook wb) throws IOException;
    }

    private static void edit(Path file, Edit change) throws IOException {
        Workbook wb;
        try (var in = Files.newInputStream(file)) {
            wb = WorkbookFactory.create(in);
        }
        try (wb) {
            change.apply(wb);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }
}
