package io.github.juesuan.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The {@code read} command on the bundled sample and on bad input. */
class ReadCommandTest {
    private static final String SAMPLE = "samples/shanxi-kepu-2024.xlsx";

    @Test
    void printsEveryTableAndFigureWithItsCell() {
        CliRun r = CliRun.run("read", SAMPLE);
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().startsWith("文件 shanxi-kepu-2024.xlsx　单位 山西省科普服务中心　年度 2024"), r.out());
        assertTrue(r.out().contains("   01　C33   本年收入合计［行次27］　金额　400.55\n"), r.out());
        assertTrue(r.out().contains("   02　F10   其他科学技术普及支出［2060799］　事业收入［栏次4］　400.48\n"), r.out());
        assertTrue(r.out().contains("   PERF1　F8    资金总额　全年执行数　367.911\n"), r.out());
        assertTrue(r.out().contains("   总分 47.06　等级 差\n"), r.out());
        for (String id : new String[]{"[01]", "[02]", "[03]", "[04]", "[05]", "[06]", "[07]", "[08]", "[09]", "[10]"}) {
            assertTrue(r.out().contains(id), id);
        }
        assertEquals("", r.err());
    }

    @Test
    void jsonHasEveryFigureWithTableRowColumnAndCell() throws Exception {
        CliRun r = CliRun.run("read", SAMPLE, "--json");
        assertEquals(Main.OK, r.code(), r.err());
        Map<String, String> incomeTotal = null;
        int figures = 0;
        try (JsonParser p = new JsonFactory().createParser(r.out())) {
            Map<String, String> current = null;
            String field = null;
            int depth = 0;
            while (p.nextToken() != null) {
                JsonToken t = p.currentToken();
                if (t == JsonToken.START_OBJECT) {
                    depth++;
                    current = new HashMap<>();
                } else if (t == JsonToken.FIELD_NAME) {
                    field = p.currentName();
                } else if (t.isScalarValue() && current != null) {
                    current.put(field, p.getValueAsString());
                } else if (t == JsonToken.END_OBJECT) {
                    depth--;
                    if (current != null && current.containsKey("cell") && current.containsKey("column")) {
                        figures++;
                        if ("01".equals(current.get("table")) && "inc.total".equals(current.get("row"))) {
                            incomeTotal = current;
                        }
                    }
                    current = null;
                }
            }
            assertEquals(0, depth);
        }
        assertTrue(figures > 400, "figures: " + figures);
        assertEquals("400.55", incomeTotal.get("value"));
        assertEquals("C33", incomeTotal.get("cell"));
        assertEquals("公开01表", incomeTotal.get("sheet"));
        assertEquals("27", incomeTotal.get("line"));
        assertEquals("本年收入合计", incomeTotal.get("rowLabel"));
        assertEquals("amount", incomeTotal.get("column"));
        assertEquals("NUMBER", incomeTotal.get("kind"));
    }

    @Test
    void missingFileIsExitTwoWithTheFileNamed() {
        CliRun r = CliRun.run("read", "no-such-file.xlsx");
        assertEquals(Main.UNREADABLE, r.code());
        assertEquals("no-such-file.xlsx: 文件不存在 (no such file)\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void notAWorkbookIsExitTwoAndSaysWhatItIs(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("决算 公开.xlsx");
        Files.write(pdf, "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII));
        CliRun r = CliRun.run("read", pdf.toString());
        assertEquals(Main.UNREADABLE, r.code());
        assertTrue(r.err().startsWith("决算 公开.xlsx: 不是 Excel 工作簿（.xlsx 或 .xls），看起来是PDF"), r.err());
        assertTrue(!r.err().contains("Exception"), r.err());
    }

    @Test
    void wrongUsageIsExitSixtyFour() {
        assertEquals(Main.USAGE, CliRun.run().code());
        assertEquals(Main.USAGE, CliRun.run("read").code());
        assertEquals(Main.USAGE, CliRun.run("read", SAMPLE, "--bogus").code());
        assertEquals(Main.USAGE, CliRun.run("frobnicate").code());
        assertEquals(Main.OK, CliRun.run("--help").code());
    }
}
