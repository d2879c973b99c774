package io.github.juesuan.read;

import io.github.juesuan.fixtures.Golden;
import io.github.juesuan.fixtures.SeedText;
import io.github.juesuan.fixtures.TextDocumentWriter;
import io.github.juesuan.model.NarrativeStatement;

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
        Golden.assertMatches("seed-statements.txt", Statements.render(statements));
    }
}
