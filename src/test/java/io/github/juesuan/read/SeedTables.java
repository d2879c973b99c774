package io.github.juesuan.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.juesuan.fixtures.TextDocumentWriter;
import io.github.juesuan.model.Figure;
import io.github.juesuan.model.Problem;
import io.github.juesuan.model.Severity;
import io.github.juesuan.model.Table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The oracle check of the seed's tables read from a document's synthetic sheets (text or Word). */
final class SeedTables {

    private SeedTables() {
    }

    /**
     * The sheet reader reads the ten tables and the two 绩效表 from {@code sheets}, every figure with the value
     * written, without an ERROR.
     */
    static void assertRead(String file, List<RawSheet> sheets, List<TextDocumentWriter.TextFigure> figures) {
        List<Problem> problems = new ArrayList<>();
        SheetReader reader = new SheetReader(file, Catalogue.standard(), problems);
        for (RawSheet sheet : sheets) {
            reader.read(sheet);
        }
        assertEquals(List.of("01", "02", "03", "04", "05", "06", "07", "08", "09", "10"),
                reader.tables.stream().map(t -> t.id().code()).toList());
        assertEquals(2, reader.evaluations.size());
        assertEquals("良", reader.evaluations.get(0).grade().text());
        Table t01 = reader.tables.get(0);
        Figure grand = t01.figure("inc.grand", "amount").orElseThrow();
        assertEquals(new BigDecimal("410.33"), grand.value());
        assertEquals("收入支出决算总表", grand.source().sheet());
        for (TextDocumentWriter.TextFigure f : figures) {
            if (f.table().startsWith("PERF") || f.value() == null) {
                continue;
            }
            Table t = reader.tables.stream().filter(x -> x.id().code().equals(f.table())).findFirst().orElseThrow();
            Figure got = t.figure(f.rowKey(), f.columnKey()).orElseThrow(
                    () -> new AssertionError(f.table() + "/" + f.rowKey() + "/" + f.columnKey() + " not read"));
            assertEquals(0, f.value().compareTo(got.value()), f.table() + "/" + f.rowKey() + "/" + f.columnKey());
        }
        assertEquals(new BigDecimal("88.19"), reader.evaluations.get(0).total().orElseThrow().value());
        assertTrue(problems.stream().noneMatch(p -> p.severity() == Severity.ERROR), problems.toString());
    }
}
