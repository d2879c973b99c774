package io.github.juesuan.read;

import io.github.juesuan.fixtures.WrittenFigure;
import io.github.juesuan.model.Problem;
import io.github.juesuan.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Workbooks last saved by LibreOffice Calc (made by {@code fixtures/valid/libreoffice/make.sh}) read to the
 * same figures at the same cells as the oracle written beside them.
 */
class LibreOfficeFixturesTest {
    private static final Path DIR = Path.of("src/test/resources/fixtures/valid/libreoffice");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "lo-seed-shanxi.xls", "lo-seed-shanxi.xlsx", "lo-seed-stacked.xls", "lo-seed-stacked.xlsx",
            "lo-synthetic-central.xls", "lo-synthetic-central.xlsx", "lo-synthetic-shanghai.xls",
            "lo-synthetic-shanghai.xlsx", "lo-synthetic-shanxi.xls", "lo-synthetic-shanxi.xlsx"})
    void readsLikeTheOracle(String name) throws Exception {
        String base = name.substring(0, name.lastIndexOf('.'));
        List<WrittenFigure> oracle = Oracle.parseTsv(DIR.resolve(base + ".figures.tsv"));
        ReadResult result = JuesuanReader.create().read(DIR.resolve(name));
        assertEquals(List.of(), Oracle.mismatches(result.disclosure(), oracle));
        assertEquals(List.of(), result.problems(Severity.WARNING).stream().map(Problem::toString).toList());
    }
}
