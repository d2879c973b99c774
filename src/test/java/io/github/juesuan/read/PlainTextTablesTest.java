package io.github.juesuan.read;

import io.github.juesuan.fixtures.SeedText;
import io.github.juesuan.fixtures.TextDocumentWriter;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

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
        SeedTables.assertRead("seed.txt", d.sheets(), text.figures());
    }
}
