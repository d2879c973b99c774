package io.github.juesuan.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.juesuan.fixtures.SeedText;
import io.github.juesuan.model.Disclosure;
import io.github.juesuan.model.NarrativeStatement;
import io.github.juesuan.model.StatedEnumeration;
import io.github.juesuan.model.TableId;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader takes plain text by its content, and reads a workbook's prose text cells as statements. */
class TextInputTest {

    @Test
    void plainTextIsReadByContentWithItsTablesAndWords(@TempDir Path dir) throws Exception {
        String text = SeedText.write(dir).text();
        Path file = dir.resolve("决算公开.xlsx"); // the name says workbook; the content says text
        Files.writeString(file, text, StandardCharsets.UTF_8);
        ReadResult r = JuesuanReader.create().read(file);
        Disclosure d = r.disclosure();
        assertEquals(TableId.standard().subList(0, 10), d.tables().stream().map(t -> t.id()).toList());
        assertEquals(2, d.evaluations().size());
        List<NarrativeStatement> expected = PlainTextDisclosure.parse("决算公开.xlsx",
                text.getBytes(StandardCharsets.UTF_8)).statements();
        assertEquals(expected, d.statements());
    }

    @Test
    void aWorkbooksProseCellsAreStatements() throws Exception {
        Disclosure d = JuesuanReader.create().read(Path.of("samples/shanxi-kepu-2024.xlsx")).disclosure();
        StatedEnumeration e = d.statements().stream().filter(s -> s instanceof StatedEnumeration)
                .map(s -> (StatedEnumeration) s).findFirst().orElseThrow();
        assertEquals("绩效自评1!G11", e.sentence().sheet() + "!" + e.sentence().cell());
        assertEquals("190.33万元", e.total().number().text());
        assertEquals(7, e.items().size());
    }

    @Test
    void textWithoutTablesOrFiguresIsStillNotAWorkbook(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("说明.xlsx");
        Files.writeString(file, "hello, world\n", StandardCharsets.UTF_8);
        ReadException e = org.junit.jupiter.api.Assertions.assertThrows(ReadException.class,
                () -> JuesuanReader.create().read(file));
        assertEquals(ReadException.Reason.NOT_A_WORKBOOK, e.reason());
        assertTrue(e.getMessage().startsWith("说明.xlsx: 不是 Excel 工作簿"), e.getMessage());
    }
}
