package io.github.juesuan.report;

import io.github.juesuan.model.Disclosure;
import io.github.juesuan.model.Problem;
import io.github.juesuan.model.Severity;
import io.github.juesuan.model.Source;
import io.github.juesuan.model.TableId;
import io.github.juesuan.read.JuesuanReader;
import io.github.juesuan.read.ReadResult;
import io.github.juesuan.rules.Outcome;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public shape of findings and reports: what may be absent is an empty Optional (never null, 0 or ""),
 * a report keeps the path it was checked at, and the text report goes to any Appendable.
 */
class ReportApiTest {
    private static final Path SAMPLE = Path.of("samples/shanxi-kepu-2024.xlsx");

    @Test
    void aReportKeepsThePathItWasCheckedAtAndNoneForAStream() throws Exception {
        Checker checker = Checker.create();
        Report fromPath = checker.check(SAMPLE);
        assertEquals(Optional.of(SAMPLE), fromPath.path());
        assertEquals("shanxi-kepu-2024.xlsx", fromPath.file());
        ReadResult read;
        try (InputStream in = Files.newInputStream(SAMPLE)) {
            read = JuesuanReader.create().read(in, "决算.xlsx");
        }
        Report fromStream = checker.check(read);
        assertEquals(Optional.empty(), fromStream.path());
        assertEquals("决算.xlsx", fromStream.file());
        assertEquals(Optional.of(Path.of("elsewhere.xlsx")), checker.check(read, Path.of("elsewhere.xlsx")).path());
        assertEquals(fromPath.findings().size(), fromStream.findings().size());
        assertNotEquals(fromPath, fromStream, "the file and path differ");
    }

    @Test
    void aRuleFindingHasItsTableValuesAndNoLocation() throws Exception {
        Report r = Checker.create().check(SAMPLE);
        assertTrue(r.unitName().isPresent());
        assertEquals(Optional.of(2024), r.year());
        Finding tail = r.findings("GK01.002").get(0);
        assertEquals(Outcome.ROUNDING, tail.outcome());
        assertEquals(Optional.of(TableId.T01), tail.table());
        assertEquals(OptionalInt.empty(), tail.project());
        assertTrue(tail.difference().isPresent() && tail.allowed().isPresent());
        assertTrue(tail.computed().isPresent() && tail.printed().isPresent());
        assertEquals(Optional.empty(), tail.location(), "a rule finding points at its cells, not at a location");
        assertEquals(Optional.of(tail.cells().get(0).source()), tail.where());

        Finding perf = r.findings("JX.008").get(0);
        assertEquals(Optional.of(TableId.PERF), perf.table());
        assertEquals(OptionalInt.of(2), perf.project());
    }

    @Test
    void aProblemOfTheWholeFileHasNoTableProjectInstanceValuesOrLocation() {
        Problem whole = new Problem("READ.TABLES_ABSENT", Severity.INFO, null, "x.xlsx：工作簿中没有公开表", "no table");
        assertEquals(Optional.empty(), whole.where());
        Report r = Checker.create().check(new ReadResult(new Disclosure("x.xlsx", null, null, List.of(), List.of()),
                List.of(whole)));
        Finding f = r.findings("READ.TABLES_ABSENT").get(0);
        assertEquals(Outcome.STRUCTURAL, f.outcome());
        assertEquals(Optional.empty(), f.table());
        assertEquals(OptionalInt.empty(), f.project());
        assertEquals(Optional.empty(), f.instance());
        assertEquals(Optional.empty(), f.difference());
        assertEquals(Optional.empty(), f.allowed());
        assertEquals(Optional.empty(), f.computed());
        assertEquals(Optional.empty(), f.printed());
        assertEquals(Optional.empty(), f.location());
        assertEquals(Optional.empty(), f.where());
        assertEquals("", f.expression());
        assertEquals(Optional.empty(), r.unitName());
        assertEquals(Optional.empty(), r.year());
        assertEquals("[READ.TABLES_ABSENT STRUCTURAL] x.xlsx：工作簿中没有公开表", f.toString());
    }

    @Test
    void aProblemAtACellIsAFindingThere() {
        Source at = new Source("x.xlsx", "公开01表", "C9", "abc");
        Problem p = new Problem("READ.NOT_A_NUMBER", Severity.ERROR, at, "公开01表!C9：「abc」不是数字", "not a number");
        Finding f = Checker.create().check(new ReadResult(new Disclosure("x.xlsx", null, null, List.of(), List.of()),
                List.of(p))).findings("READ.NOT_A_NUMBER").get(0);
        assertEquals(Optional.of(at), f.location());
        assertEquals(Optional.of(at), f.where());
        assertEquals(Finding.of(p, null), f);
        assertEquals(Finding.of(p, null).hashCode(), f.hashCode());
    }

    @Test
    void theTextReportIsTheSameOnAnAppendableAsOnAPrintStream() throws Exception {
        Report r = Checker.create().check(SAMPLE);
        for (Lang lang : Lang.values()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            TextReport.write(r, lang, new PrintStream(bytes, true, StandardCharsets.UTF_8));
            StringBuilder text = new StringBuilder();
            TextReport.write(r, lang, text);
            assertEquals(bytes.toString(StandardCharsets.UTF_8), text.toString(), lang.name());
            assertTrue(text.toString().contains("GK01.002"), lang.name());
        }
    }

    @Test
    void aWriterThatFailsFailsTheWrite() {
        Report r = TestReports.report("a.xlsx", List.of(), 1);
        IOException broken = new IOException("disk full");
        Writer failing = new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                throw broken;
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        assertSame(broken, assertThrows(IOException.class, () -> TextReport.write(r, Lang.ZH, failing)));
    }
}
