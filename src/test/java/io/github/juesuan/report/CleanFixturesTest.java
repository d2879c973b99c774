package io.github.juesuan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.juesuan.fixtures.FixtureDocument;
import io.github.juesuan.fixtures.FixtureWriter;
import io.github.juesuan.fixtures.Format;
import io.github.juesuan.fixtures.Layout;
import io.github.juesuan.fixtures.SyntheticDocument;
import io.github.juesuan.fixtures.WrittenFigure;
import io.github.juesuan.fixtures.WrittenWorkbook;
import io.github.juesuan.model.Severity;
import io.github.juesuan.rules.Outcome;
import io.github.juesuan.rules.Participant;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole workbooks checked as a user checks them: a clean synthetic department has no ERROR in any layout or
 * format, and neither has the same department printed from a template that shades 04's fund columns on rows
 * 60–64 (only 合计 printed there) — those rows are reported once each as 分项未填 / 合计未填 at WARNING.
 */
class CleanFixturesTest {

    private static final long SEED = 20240101L;

    private static String errors(Report r) {
        return r.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                .map(f -> "  " + f.ruleId() + " " + f.outcome() + " [" + f.instance().orElse("") + "] " + f.substituted() + " " + f.reason())
                .collect(Collectors.joining("\n"));
    }

    private static String text(Report r, Lang lang) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TextReport.write(r, lang, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("io.github.juesuan.fixtures.Layouts#everyLayoutAndFormat")
    void aCleanDepartmentHasNoErrorInAnyLayout(Layout layout, Format format, @TempDir Path dir) throws IOException {
        Path file = dir.resolve("clean." + format.extension());
        FixtureWriter.write(SyntheticDocument.generate(SEED), layout, format, file);
        Report r = Checker.create().check(file);
        assertEquals(0, r.count(Severity.ERROR), () -> layout + " " + format + ":\n" + errors(r));
        assertTrue(r.findings().stream().noneMatch(f -> f.outcome().isBlank()),
                () -> layout + " " + format + ": a clean department leaves no total or parts blank");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("io.github.juesuan.fixtures.Layouts#everyLayoutAndFormat")
    void a04WithShadedRowsHasNoError(Layout layout, Format format, @TempDir Path dir) throws IOException {
        FixtureDocument doc = SyntheticDocument.generate(SEED).shaded04();
        Path file = dir.resolve("shaded-04." + format.extension());
        WrittenWorkbook w = FixtureWriter.write(doc, layout, format, file);
        Report r = Checker.create().check(file);
        String what = layout + " " + format;
        assertEquals(0, r.count(Severity.ERROR), () -> what + ":\n" + errors(r));

        List<Finding> blanks = r.findings().stream().filter(f -> f.outcome().isBlank()).toList();
        assertFalse(blanks.isEmpty(), what);
        for (Finding f : blanks) {
            assertEquals(Severity.WARNING, f.severity(), what + " " + f.ruleId());
            assertTrue(f.ruleId().equals("GK04.004") || f.ruleId().equals("GK04.006"), what + " " + f.ruleId());
        }
        // every shaded row whose 合计 is filled: once, as 分项未填, naming its blank fund cells
        for (String row : List.of("exp.closing", "exp.closing.general", "exp.closing.fund", "exp.closing.soe", "exp.grand")) {
            WrittenFigure total = w.find("04", row, "total").orElseThrow();
            List<Finding> atRow = blanks.stream().filter(f -> f.ruleId().equals("GK04.004")
                    && f.cells().get(0).source().cell().equals(total.a1())).toList();
            if (total.value() == null) {
                assertEquals(List.of(), atRow, what + " " + row);
                continue;
            }
            assertEquals(1, atRow.size(), what + " " + row);
            Finding f = atRow.get(0);
            assertEquals(Outcome.PARTS_BLANK, f.outcome());
            List<String> funds = List.of("general", "fund", "soe").stream()
                    .map(c -> w.find("04", row, c).orElseThrow().a1()).toList();
            assertEquals(funds, f.cells().subList(1, 4).stream().map(p -> p.source().cell()).toList(), what + " " + row);
            assertTrue(f.cells().subList(1, 4).stream().map(Participant::printed).allMatch(String::isEmpty));
            assertEquals("", f.substituted());
        }
        // line 64 shaded under a filled line 59: 合计未填 in the fund columns with something spent
        assertTrue(blanks.stream().anyMatch(f -> f.ruleId().equals("GK04.006") && f.outcome() == Outcome.TOTAL_BLANK),
                what);

        String zh = text(r, Lang.ZH);
        assertTrue(zh.contains("] GK04.004 分项未填"), zh);
        assertTrue(zh.contains("] GK04.006 合计未填"), zh);
        assertFalse(Pattern.compile("≠ 0( \\+ 0)*( = 0)?(（|$)|(^|　)0( \\+ 0)* = 0 ≠", Pattern.MULTILINE).matcher(zh).find(),
                "no comparison with 0:\n" + zh);
        assertTrue(text(r, Lang.EN).contains("] GK04.004 parts not filled"));
    }
}
