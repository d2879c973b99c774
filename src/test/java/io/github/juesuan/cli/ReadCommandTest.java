package io.github.juesuan.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The {@code read} command's JSON read as data. Its whole outputs (text and JSON, on the sample and on bad
 * input) and exit codes are compared with golden files by {@link CliGoldenTest}.
 */
class ReadCommandTest {
    private static final String SAMPLE = "samples/shanxi-kepu-2024.xlsx";

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
}
