package io.github.juesuan.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.juesuan.fixtures.SeedText;
import io.github.juesuan.fixtures.TextDocumentWriter;
import io.github.juesuan.model.Figure;
import io.github.juesuan.model.Problem;
import io.github.juesuan.model.Table;
import io.github.juesuan.model.TableId;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The table blocks of a plain-text disclosure go through the same sheet reading as a workbook's sheets: every
 * figure of the ten tables and the two 绩效表 comes out with its value. (Uses the sheet reader's package entry
 * point; adapt when that moves.)
 */
class PlainTextTablesTest {

    @Test
    void theSheetReaderReadsEveryTableOfTheText(@TempDir Path dir) throws Exception {
        TextDocumentWriter.TextDocument text = SeedText.write(dir);
        PlainTextDisclosure d = PlainTextDisclosure.parse("seed.txt", text.text().getBytes(StandardCharsets.UTF_8));
        List<Problem> problems = new ArrayList<>();
        SheetReader reader = new SheetReader("seed.txt", Catalogue.standard(), problems);
        for (RawSheet sheet : d.sheets()) {
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
        for (TextDocumentWriter.TextFigure f : text.figures()) {
            if (f.table().startsWith("PERF") || f.value() == null) {
                continue;
            }
            Table t = reader.tables.stream().filter(x -> x.id().code().equals(f.table())).findFirst().orElseThrow();
            Figure got = t.figure(f.rowKey(), f.columnKey()).orElseThrow(
                    () -> new AssertionError(f.table() + "/" + f.rowKey() + "/" + f.columnKey() + " not read"));
            assertEquals(0, f.value().compareTo(got.value()), f.table() + "/" + f.rowKey() + "/" + f.columnKey());
        }
        assertEquals(new BigDecimal("88.19"), reader.evaluations.get(0).total().orElseThrow().value());
        assertTrue(problems.stream().noneMatch(p -> p.severity() == io.github.juesuan.model.Severity.ERROR),
                problems.toString());
    }
}
