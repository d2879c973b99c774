package io.github.juesuan.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.juesuan.fixtures.SeedText;
import io.github.juesuan.fixtures.TextDocumentWriter;
import io.github.juesuan.model.NarrativeStatement;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed as plain text: every statement its words make, against a golden list. */
class SeedNarrativeTest {

    @Test
    void everyStatementOfTheSeed(@TempDir Path dir) throws Exception {
        TextDocumentWriter.TextDocument text = SeedText.write(dir);
        PlainTextDisclosure d = PlainTextDisclosure.parse("seed.txt", text.text().getBytes(StandardCharsets.UTF_8));
        List<NarrativeStatement> statements = d.statements();
        String expected;
        try (InputStream in = getClass().getResourceAsStream("/fixtures/golden/seed-statements.txt")) {
            expected = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String actual = Statements.render(statements);
        if (System.getProperty("juesuan.golden.write") != null) {
            // regenerate after a deliberate change: mvn test -Dtest=SeedNarrativeTest -Djuesuan.golden.write
            java.nio.file.Files.writeString(Path.of("src/test/resources/fixtures/golden/seed-statements.txt"),
                    actual);
        }
        assertEquals(expected, actual);
    }
}
