package io.github.juesuan.read;

import io.github.juesuan.fixtures.FixtureDocument;
import io.github.juesuan.fixtures.FixtureWriter;
import io.github.juesuan.fixtures.Format;
import io.github.juesuan.fixtures.Layout;
import io.github.juesuan.fixtures.SeedDocument;
import io.github.juesuan.fixtures.SyntheticDocument;
import io.github.juesuan.fixtures.WrittenFigure;
import io.github.juesuan.fixtures.WrittenWorkbook;
import io.github.juesuan.model.Disclosure;
import io.github.juesuan.model.Problem;
import io.github.juesuan.model.Severity;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every figure the fixture writer put into a workbook, in every layout and both formats, comes back from
 * the reader at the same cell with the same value: the writer's record is the oracle.
 */
class OracleReadTest {
    @TempDir
    static Path dir;

    static Stream<Arguments> workbooks() {
        List<Arguments> out = new ArrayList<>();
        for (String doc : List.of("seed", "synthetic")) {
            for (Layout layout : Layout.values()) {
                for (Format format : Format.values()) {
                    out.add(Arguments.of(doc, layout, format));
                }
            }
        }
        return out.stream();
    }

    static FixtureDocument document(String name) {
        return name.equals("seed") ? SeedDocument.create() : SyntheticDocument.generate(20240101L);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("workbooks")
    void everyWrittenFigureIsReadAtItsCell(String doc, Layout layout, Format format) throws Exception {
        Path file = dir.resolve(doc + "-" + layout.fileToken() + "." + format.extension());
        WrittenWorkbook written = FixtureWriter.write(document(doc), layout, format, file);
        ReadResult result = JuesuanReader.create().read(file);
        Disclosure d = result.disclosure();
        List<String> errors = Oracle.mismatches(d, written.figures());
        List<Problem> serious = result.problems(Severity.WARNING);
        if (!errors.isEmpty() || !serious.isEmpty()) {
            fail(errors.size() + " figure mismatches, " + serious.size() + " problems:\n"
                    + String.join("\n", errors.subList(0, Math.min(40, errors.size()))) + "\n"
                    + serious.stream().map(Problem::toString).reduce("", (a, b) -> a + b + "\n"));
        }
        assertEquals(List.of(), result.problems().stream().map(Problem::code)
                .filter(c -> c.equals("READ.GENERIC_TABLE") || c.equals("READ.UNKNOWN_TABLE")).toList(),
                "every table of a clean workbook is one the catalogue knows");
        assertEquals(written.figures().stream().map(WrittenFigure::table).filter(t -> !t.startsWith("PERF")).distinct().count(),
                d.tables().size(), "tables read");
        assertTrue(d.evaluations().size() == document(doc).perfs().size(), "evaluations read");
    }
}
