package io.github.juesuan.read;

import io.github.juesuan.model.Severity;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The README's sample workbook holds the seed's figures, where the fixture writer put them. */
class SampleWorkbookTest {
    @Test
    void sampleIsTheSeedWorkbook() throws Exception {
        ReadResult result = JuesuanReader.create().read(Path.of("samples/shanxi-kepu-2024.xlsx"));
        var oracle = Oracle.parseTsv(Path.of("src/test/resources/fixtures/valid/libreoffice/lo-seed-shanxi.figures.tsv"));
        assertEquals(List.of(), Oracle.mismatches(result.disclosure(), oracle));
        assertEquals(List.of(), result.problems(Severity.WARNING));
        assertEquals(10, result.disclosure().tables().size());
        assertEquals(2, result.disclosure().evaluations().size());
    }
}
