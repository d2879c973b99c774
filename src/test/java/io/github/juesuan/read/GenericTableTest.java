package io.github.juesuan.read;

import io.github.juesuan.model.Problem;
import io.github.juesuan.model.Severity;
import io.github.juesuan.model.Table;
import io.github.juesuan.model.TableId;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A table whose title the catalogue does not know: read as the generic CODED kind where its rows carry 科目代码
 * (one INFO naming it), named in one INFO and not read where they do not; never a warning, never NO_TABLES.
 */
class GenericTableTest {
    @TempDir
    Path dir;

    /** Writes rows of cells (String or Double) from A1 on one sheet per table. */
    private Path workbook(String name, Object[][]... sheets) throws Exception {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < sheets.length; i++) {
                XSSFSheet s = wb.createSheet("表" + (i + 1));
                for (int r = 0; r < sheets[i].length; r++) {
                    XSSFRow row = s.createRow(r);
                    for (int c = 0; c < sheets[i][r].length; c++) {
                        Object v = sheets[i][r][c];
                        if (v instanceof String t) {
                            row.createCell(c).setCellValue(t);
                        } else if (v instanceof Double d) {
                            row.createCell(c).setCellValue(d);
                        }
                    }
                }
            }
            wb.write(out);
        }
        return file;
    }

    private static final Object[][] CODED = {
            {"部门预算支出经济分类决算情况表"},
            {"单位名称：寿县文物保护中心", null, "2023年度", "单位：万元"},
            {"科目编码", "科目名称", "合计", "基本支出"},
            {null, "合计", 12.50, 10.00},
            {"301", "工资福利支出", 10.00, 10.00},
            {"30101", "基本工资", 6.00, 6.00},
            {"30102", "津贴补贴", 4.00, 4.00},
            {"302", "商品和服务支出", 2.50, 0.00},
            {"30201", "办公费", 2.50, null},
    };

    @Test
    void codedTableOfAnUnknownTitleIsReadGenerically() throws Exception {
        ReadResult r = JuesuanReader.create().read(workbook("generic.xlsx", CODED));

        Table t = r.disclosure().table(TableId.of("CODED", "CODED")).orElseThrow();
        assertEquals("部门预算支出经济分类决算情况表", t.title());
        assertEquals(List.of("合计", "基本支出"), t.columns().stream().map(c -> c.key()).toList());
        assertEquals(List.of("total", "301", "30101", "30102", "302", "30201"), t.rows().stream().map(x -> x.key()).toList());
        assertEquals(0, new BigDecimal("4.00").compareTo(t.figure("30102", "合计").orElseThrow().value()));
        assertEquals("寿县文物保护中心", r.disclosure().unitName());

        Problem p = only(r, "READ.GENERIC_TABLE");
        assertEquals(Severity.INFO, p.severity());
        assertEquals("表1!A1：表「部门预算支出经济分类决算情况表」不在表样目录中，按科目代码表读取（列按表头文字），只核对上下级科目之和",
                p.message());
        assertEquals(List.of(), r.problems(Severity.WARNING), "a table the catalogue lacks is no warning");
    }

    @Test
    void twoGenericTablesAreTwoTablesNotADuplicate() throws Exception {
        ReadResult r = JuesuanReader.create().read(workbook("two.xlsx", CODED, CODED));

        assertEquals(List.of("CODED", "CODED.2"), r.disclosure().tables().stream().map(t -> t.id().code()).toList());
        assertEquals(List.of(), r.problems(Severity.WARNING));
    }

    @Test
    void uncodedTableOfAnUnknownTitleIsNamedNotRead() throws Exception {
        Object[][] assets = {
                {"国有资产使用情况表"},
                {"项目", "资产总额", "流动资产", "固定资产"},
                {"合计", 120.00, 20.00, 100.00},
        };
        ReadResult r = JuesuanReader.create().read(workbook("assets.xlsx", CODED, assets));

        Problem p = only(r, "READ.UNKNOWN_TABLE");
        assertEquals(Severity.INFO, p.severity());
        assertEquals("表2!A1：表「国有资产使用情况表」不在表样目录中，且其行不是科目代码，未读取", p.message());
        assertEquals(List.of(), r.problems(Severity.WARNING), "not READ.UNRECOGNISED_SHEET: its title is printed");
        assertEquals(1, r.disclosure().tables().size());
    }

    private static Problem only(ReadResult r, String code) {
        List<Problem> found = r.problems().stream().filter(p -> p.code().equals(code)).toList();
        assertEquals(1, found.size(), () -> code + " in " + r.problems());
        return found.get(0);
    }
}
