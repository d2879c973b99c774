package io.github.juesuan.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.juesuan.model.TableId;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The catalogue's {@code value KEY = …} entries: the 绩效自评表's words and figures as data. */
class CataloguePerformanceTest {

    private static Catalogue parse(String text) throws Exception {
        return Catalogue.parse(new BufferedReader(new StringReader(text)));
    }

    @Test
    void aValueEntryKeepsItsWordsAsWritten() throws Exception {
        Catalogue c = parse("""
                [PERF]
                kind = perf
                title = 项目支出绩效自评表
                value weight.default = 15
                value grades = 合格 | 不合格
                """);
        Catalogue.TableDef perf = c.table(TableId.PERF);
        assertEquals(List.of("15"), perf.values("weight.default"));
        assertEquals(List.of("合格", "不合格"), perf.values("grades"));
        assertEquals(List.of(), perf.values("name"));
    }

    @Test
    void aValueWithoutWordsIsRefusedWithItsLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> parse("""
                [PERF]
                kind = perf
                value weight.default =
                """));
        assertEquals("catalogue.txt line 3: a value needs a key and words", e.getMessage());
    }

    /** The built-in catalogue states the template's execution weight and reads the department-wide form. */
    @Test
    void theStandardCatalogueHasThePerformanceData() {
        Catalogue c = Catalogue.standard();
        assertEquals(List.of("10"), c.table(TableId.PERF).values("weight.default"));
        TableId dept = TableId.of("DEPT.PERF", "部门整体支出绩效自评表");
        assertEquals(Catalogue.Kind.PERF, c.table(dept).kind());
        assertEquals(List.of("10"), c.table(dept).values("weight.default"));
    }
}
