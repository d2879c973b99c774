package io.github.juesuan.read;

import io.github.juesuan.fixtures.FixtureWriter;
import io.github.juesuan.fixtures.Format;
import io.github.juesuan.fixtures.Layout;
import io.github.juesuan.fixtures.SyntheticDocument;
import io.github.juesuan.fixtures.WrittenTable;
import io.github.juesuan.fixtures.WrittenWorkbook;
import io.github.juesuan.model.Severity;
import io.github.juesuan.model.TableId;
import io.github.juesuan.report.Checker;
import io.github.juesuan.report.Report;
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
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Yunnan's titles (2019–2022 disclosures): 四、财政拨款收入支出决算表 and 五、一般公共预算财政拨款收入支出决算表. The
 * second contains the first, and was once read as a second 04 (READ.DUPLICATE_TABLE, an ERROR) with no 05.
 */
class YunnanTitlesTest {
    @TempDir
    Path dir;

    @Test
    void generalBudgetIncomeAndExpenditureTableIsThe05() throws Exception {
        WrittenWorkbook wb = FixtureWriter.write(SyntheticDocument.generate(20240611L), Layout.SHANXI, Format.XLSX,
                dir.resolve("yunnan.xlsx"));
        Map<String, String> titles = Map.of("04", "财政拨款收入支出决算表", "05", "一般公共预算财政拨款收入支出决算表");
        try (InputStream in = Files.newInputStream(wb.file()); Workbook w = new XSSFWorkbook(in)) {
            for (WrittenTable t : wb.tables()) {
                String title = titles.get(t.table());
                if (title != null) {
                    CellReference at = new CellReference(t.titleA1());
                    w.getSheet(t.sheet()).getRow(at.getRow()).getCell(at.getCol()).setCellValue(title);
                }
            }
            try (OutputStream out = Files.newOutputStream(wb.file())) {
                w.write(out);
            }
        }
        ReadResult read = JuesuanReader.create().read(wb.file());
        assertEquals("一般公共预算财政拨款收入支出决算表", read.disclosure().table(TableId.T05).orElseThrow().title());
        assertEquals("财政拨款收入支出决算表", read.disclosure().table(TableId.T04).orElseThrow().title());
        Report r = Checker.create().check(read, wb.file());
        assertEquals(List.of(), r.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList());
    }

    /**
     * Yunnan's 05 in 07's columns: 年初结转和结余 (栏次 1), 本年收入 (2), 本年支出 小计/基本支出/项目支出 (3–5),
     * 年末结转和结余 (6). 合计 = 基本 + 项目 is the 小计 (the standard 栏次 1), never the printed 栏次 1 (年初).
     */
    private Path yunnan05(String subtotal) throws Exception {
        Path file = dir.resolve("yunnan05-" + subtotal + ".xlsx");
        try (Workbook w = new XSSFWorkbook()) {
            org.apache.poi.ss.usermodel.Sheet s = w.createSheet("表5");
            Object[][] rows = {
                {"一般公共预算财政拨款收入支出决算表"},
                {"部门：云南省示例单位", null, null, "2022年度", null, null, null, "金额单位：万元"},
                {"项目", null, "年初结转和结余", "本年收入", "本年支出", null, null, "年末结转和结余"},
                {"科目代码", "科目名称", null, null, "小计", "基本支出", "项目支出"},
                {"栏次", null, 1, 2, 3, 4, 5, 6},
                {"合计", null, 1.5, 100, subtotal, 60, 40, 1.5},
                {"206", "科学技术支出", 1.5, 100, subtotal, 60, 40, 1.5},
                {"20607", "科学技术普及", 1.5, 100, subtotal, 60, 40, 1.5},
                {"2060799", "其他科学技术普及支出", 1.5, 100, subtotal, 60, 40, 1.5},
            };
            for (int r = 0; r < rows.length; r++) {
                org.apache.poi.ss.usermodel.Row row = s.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof String text && !text.matches("[0-9.]+") || v instanceof String && c < 2) {
                        row.createCell(c).setCellValue((String) v);
                    } else if (v != null) {
                        row.createCell(c).setCellValue(Double.parseDouble(v.toString()));
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                w.write(out);
            }
        }
        return file;
    }

    @Test
    void yunnan05InTheColumnsOf07AddsUpItsSubtotal() throws Exception {
        Path file = yunnan05("100");
        ReadResult read = JuesuanReader.create().read(file);
        assertEquals(0, new java.math.BigDecimal("100").compareTo(read.disclosure().table(TableId.T05).orElseThrow()
                .figure("total", "total").orElseThrow().value()));
        Report r = Checker.create().check(read, file);
        assertEquals(List.of(), r.findings().stream().filter(f -> f.ruleId().startsWith("GK05")).toList());

        Report wrong = Checker.create().check(yunnan05("101"));
        List<io.github.juesuan.report.Finding> gk = wrong.findings().stream()
                .filter(f -> f.ruleId().equals("GK05.001")).toList();
        assertEquals(4, gk.size(), gk.toString());
        assertEquals("101 ≠ 60 + 40 = 100", gk.get(0).substituted());
        assertEquals(Severity.ERROR, gk.get(0).severity());
    }
}
