package io.github.juesuan.rules;

import io.github.juesuan.fixtures.FixtureWriter;
import io.github.juesuan.fixtures.Format;
import io.github.juesuan.fixtures.Layout;
import io.github.juesuan.fixtures.SeedDocument;
import io.github.juesuan.fixtures.WrittenFigure;
import io.github.juesuan.fixtures.WrittenWorkbook;
import io.github.juesuan.model.AmountUnit;
import io.github.juesuan.model.Column;
import io.github.juesuan.model.Disclosure;
import io.github.juesuan.model.Figure;
import io.github.juesuan.model.Row;
import io.github.juesuan.model.Source;
import io.github.juesuan.model.Table;
import io.github.juesuan.model.TableId;
import io.github.juesuan.read.JuesuanReader;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Interval arithmetic, tolerances, and the XBRL Calculations 1.1 style outcomes they give through a rule
 * (as in XBRL Calculations 1.1): a figure printed with d decimals stands for [v − ½·10^−d, v + ½·10^−d], a blank for exactly 0.
 */
class IntervalTest {

    // ---- helpers --------------------------------------------------------------------------------------

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static Interval iv(String lo, String hi) {
        return new Interval(d(lo), d(hi));
    }

    /** Equal as numbers: scale does not matter. */
    private static void assertInterval(String lo, String hi, Interval actual) {
        assertTrue(d(lo).compareTo(actual.lo()) == 0 && d(hi).compareTo(actual.hi()) == 0,
                () -> "expected [" + lo + ", " + hi + "] but was " + actual);
    }

    private static void assertNumber(String expected, BigDecimal actual) {
        assertTrue(actual != null && d(expected).compareTo(actual) == 0, () -> "expected " + expected + " but was " + actual);
    }

    private static Source source(String cell, String raw) {
        return new Source("t.xlsx", "公开01表", cell, raw);
    }

    /** A NUMBER figure printed as {@code text}: its decimals are those it is printed with. */
    private static Figure number(String text, String cell) {
        BigDecimal v = d(text);
        return new Figure(Figure.Kind.NUMBER, v, Math.max(0, v.scale()), text, source(cell, text));
    }

    private static Figure blank(String cell) {
        return new Figure(Figure.Kind.BLANK, null, 2, "", source(cell, ""));
    }

    private static Figure dash(String cell) {
        return new Figure(Figure.Kind.NOT_APPLICABLE, null, 2, "———", source(cell, "———"));
    }

    /** A table-01 row with standard 行次 {@code line} and one figure, in cell C{line}. */
    private static Row line(int line, Figure f) {
        return new Row("r" + line, "第" + line + "行", null, line, line, Map.of("amount", f), source("A" + line, "第" + line + "行"));
    }

    private static Row line(int line, String printed) {
        return line(line, number(printed, "C" + line));
    }

    private static Row blankLine(int line) {
        return line(line, blank("C" + line));
    }

    private static Disclosure disclosure(List<Row> rows) {
        Table t = new Table(TableId.T01, "收入支出决算总表", "公开01表", "示例单位", 2024, AmountUnit.WAN_YUAN,
                List.of(new Column("amount", "金额", 1, 1)), rows, List.of(), source("A1", "收入支出决算总表"));
        return new Disclosure("t.xlsx", "示例单位", 2024, List.of(t), List.of());
    }

    private static Disclosure disclosure(Row... rows) {
        return disclosure(List.of(rows));
    }

    private static final Rule GRAND_TOTAL = Rule.builder("T").message("m").check("[01] R27 + R28 + R29 = R31").build();

    private static Evaluation only(Rule rule, Disclosure d) {
        List<Evaluation> all = RuleEngine.evaluate(rule, d);
        assertEquals(1, all.size(), () -> "one evaluation expected: " + all);
        return all.get(0);
    }

    /** The seed's 01 table: 400.55 + (blank) + 9.79 against a printed 收入总计. */
    private static Evaluation seedGrandTotal(String printedTotal) {
        return only(GRAND_TOTAL, disclosure(line(27, "400.55"), blankLine(28), line(29, "9.79"), line(31, printedTotal)));
    }

    // ---- Interval ---------------------------------------------------------------------------------------

    @Nested
    class Arithmetic {
        @Test
        void addAndSubtract() {
            assertInterval("3", "7", iv("1", "2").add(iv("2", "5")));
            assertInterval("-4", "0", iv("1", "2").subtract(iv("2", "5")));
            assertInterval("-7", "-1", iv("-5", "-2").add(iv("-2", "1")));
            assertInterval("-7", "-1", iv("-5", "-2").subtract(iv("-1", "2")));
            assertInterval("-2", "5", iv("-5", "2").negate());
        }

        @Test
        void multiplyTakesTheExtremesOfTheFourProducts() {
            assertInterval("2", "10", iv("1", "2").multiply(iv("2", "5")));
            assertInterval("-10", "-2", iv("1", "2").multiply(iv("-5", "-2")));
            assertInterval("2", "10", iv("-2", "-1").multiply(iv("-5", "-2")));
            assertInterval("-10", "5", iv("-2", "1").multiply(iv("2", "5")));
            assertInterval("-9", "6", iv("-2", "3").multiply(iv("-3", "2")));
            assertInterval("-300", "0", iv("-3", "0").multiply(Interval.exact(d("100"))));
        }

        @Test
        void divideTakesTheExtremesOfTheFourQuotients() {
            assertInterval("0.2", "1", iv("1", "2").divide(iv("2", "5")));
            assertInterval("-1", "-0.2", iv("1", "2").divide(iv("-5", "-2")));
            assertInterval("0.2", "1", iv("-2", "-1").divide(iv("-5", "-2")));
            assertInterval("-1", "0.5", iv("-2", "1").divide(iv("2", "4")));
            // 1/3 at 34 significant digits
            Interval third = iv("1", "1").divide(iv("3", "3"));
            assertTrue(third.lo().subtract(d("0.3333333333333333333333333333333333")).abs().compareTo(d("1e-33")) < 0, third::toString);
        }

        @Test
        void aDivisorContainingZeroThrows() {
            assertThrows(ArithmeticException.class, () -> iv("1", "2").divide(iv("-1", "1")));
            assertThrows(ArithmeticException.class, () -> iv("1", "2").divide(iv("0", "1")));
            assertThrows(ArithmeticException.class, () -> iv("1", "2").divide(iv("-1", "0")));
            assertThrows(ArithmeticException.class, () -> iv("1", "2").divide(Interval.exact(BigDecimal.ZERO)));
            assertThrows(ArithmeticException.class, () -> iv("1", "2").divide(Interval.printed(d("0.00"), 2)));
            assertTrue(Interval.printed(d("0.00"), 2).containsZero());
            assertFalse(iv("0.001", "1").containsZero());
        }

        @Test
        void minMaxAbs() {
            assertInterval("1", "3", iv("1", "4").min(iv("2", "3")));
            assertInterval("2", "4", iv("1", "4").max(iv("2", "3")));
            assertInterval("-5", "-2", iv("-5", "-1").min(iv("-3", "-2")));
            assertInterval("1", "3", iv("1", "3").abs());
            assertInterval("1", "3", iv("-3", "-1").abs());
            assertInterval("0", "5", iv("-5", "2").abs());
            assertInterval("0", "2", iv("-1", "2").abs());
        }

        @Test
        void overlapsIncludesTouchingEnds() {
            assertTrue(iv("1", "2").overlaps(iv("2", "3")));
            assertTrue(iv("2", "3").overlaps(iv("1", "2")));
            assertTrue(iv("1", "5").overlaps(iv("2", "3")));
            assertFalse(iv("1", "2").overlaps(iv("2.0001", "3")));
            assertFalse(iv("2.0001", "3").overlaps(iv("1", "2")));
        }

        @Test
        void radiusIsHalfTheWidth() {
            assertNumber("0.005", Interval.printed(d("410.33"), 2).radius());
            assertNumber("0", Interval.exact(d("7")).radius());
            assertNumber("1.5", iv("-1", "2").radius());
        }

        @Test
        void anEmptyIntervalIsRejected() {
            assertThrows(IllegalArgumentException.class, () -> iv("2", "1"));
        }

        @Test
        void printedStandsForHalfAUnitOfTheLastDecimalEitherSide() {
            assertInterval("410.325", "410.335", Interval.printed(d("410.33"), 2));
            assertInterval("-0.005", "0.005", Interval.printed(d("0.00"), 2));
            assertInterval("6.5", "7.5", Interval.printed(d("7"), 0));
            assertInterval("367.9105", "367.9115", Interval.printed(d("367.911"), 3));
            assertInterval("-1.255", "-1.245", Interval.printed(d("-1.25"), 2));
            assertInterval("4103250", "4103350", Interval.printed(d("4103300"), -2)); // 410.33 万元 in 元
            assertNumber("0.005", Interval.halfUnit(2));
            assertNumber("50", Interval.halfUnit(-2));
        }
    }

    // ---- Tolerance ----------------------------------------------------------------------------------------

    @Nested
    class Tolerances {
        private final Figure f = number("400.55", "C33");

        @Test
        void roundIsTheDefaultAndWidensByHalfAUnit() {
            assertInterval("400.545", "400.555", Tolerance.ROUND.interval(f));
            assertEquals(Tolerance.ROUND, Rule.builder("T").message("m").check("[01] R1 = R2").build().tolerance());
        }

        @Test
        void exactDoesNotWiden() {
            assertInterval("400.55", "400.55", Tolerance.EXACT.interval(f));
        }

        @Test
        void truncateWidensAwayFromZeroByOneUnit() {
            assertInterval("400.55", "400.56", Tolerance.TRUNCATE.interval(f));
            assertInterval("-400.56", "-400.55", Tolerance.TRUNCATE.interval(number("-400.55", "C1")));
            assertInterval("7", "8", Tolerance.TRUNCATE.interval(number("7", "C1")));
        }

        @Test
        void absoluteWidensByItsRadius() {
            assertInterval("400.50", "400.60", Tolerance.absolute(d("0.05")).interval(f));
            assertInterval("400.55", "400.55", Tolerance.absolute(BigDecimal.ZERO).interval(f));
        }

        @Test
        void blanksAndDashesAreExactlyZeroWhateverTheMode() {
            for (Tolerance t : List.of(Tolerance.ROUND, Tolerance.EXACT, Tolerance.TRUNCATE, Tolerance.absolute(d("0.05")))) {
                assertInterval("0", "0", t.interval(blank("C1")));
                assertInterval("0", "0", t.interval(dash("C1")));
            }
        }

        @Test
        void parsesItsNames() {
            assertEquals(Tolerance.ROUND, Tolerance.parse("round"));
            assertEquals(Tolerance.EXACT, Tolerance.parse(" EXACT "));
            assertEquals(Tolerance.TRUNCATE, Tolerance.parse("truncate"));
            assertEquals(Tolerance.absolute(d("0.05")), Tolerance.parse("0.05"));
            assertThrows(NumberFormatException.class, () -> Tolerance.parse("loose"));
        }

        @Test
        void aRadiusGoesWithAbsoluteOnlyAndIsNotNegative() {
            assertThrows(IllegalArgumentException.class, () -> new Tolerance(Tolerance.Mode.ABSOLUTE, null));
            assertThrows(IllegalArgumentException.class, () -> new Tolerance(Tolerance.Mode.ROUND, d("0.01")));
            assertThrows(IllegalArgumentException.class, () -> Tolerance.absolute(d("-0.01")));
        }
    }

    // ---- through a rule ---------------------------------------------------------------------------------

    @Nested
    class Calculations11 {
        @Test
        void theSeedsRoundingTailIsRoundingNotAnError() {
            Evaluation e = seedGrandTotal("410.33");
            assertEquals(Outcome.ROUNDING, e.outcome(), e::toString);
            assertNumber("0.01", e.difference());
            assertNumber("0.015", e.allowed());
            assertInterval("410.33", "410.35", e.computed());
            assertInterval("410.325", "410.335", e.printed());
            assertEquals("400.55 + 0 + 9.79 = 410.34 ≠ 410.33", e.substituted());
            assertEquals(List.of("公开01表!C27", "公开01表!C28", "公开01表!C29", "公开01表!C31"),
                    e.cells().stream().map(p -> p.source().location()).toList());
        }

        @Test
        void equalAsPrintedPasses() {
            Evaluation e = seedGrandTotal("410.34");
            assertEquals(Outcome.PASS, e.outcome(), e::toString);
            assertNumber("0", e.difference());
            assertEquals("400.55 + 0 + 9.79 = 410.34 = 410.34", e.substituted());
        }

        @Test
        void outsideTheBandFailsOnEitherSide() {
            // computed [410.33, 410.35]; 410.32 stands for [410.315, 410.325], 410.36 for [410.355, 410.365]
            Evaluation below = seedGrandTotal("410.32");
            assertEquals(Outcome.FAIL, below.outcome(), below::toString);
            assertNumber("0.02", below.difference());
            assertNumber("0.015", below.allowed());
            Evaluation above = seedGrandTotal("410.36");
            assertEquals(Outcome.FAIL, above.outcome(), above::toString);
            assertNumber("-0.02", above.difference());
        }

        @Test
        void blankTermsAddNoWidthButAPrintedZeroDoes() {
            Disclosure printedZero = disclosure(line(27, "400.55"), line(28, "0.00"), line(29, "9.79"), line(31, "410.32"));
            Evaluation e = only(GRAND_TOTAL, printedZero);
            // 0.00 stands for [−0.005, 0.005]: computed [410.325, 410.355] now touches 410.32's [410.315, 410.325]
            assertEquals(Outcome.ROUNDING, e.outcome(), e::toString);
            assertNumber("0.02", e.allowed());
            Evaluation dashed = only(GRAND_TOTAL, disclosure(line(27, "400.55"), line(28, dash("C28")), line(29, "9.79"),
                    line(31, "410.32")));
            assertEquals(Outcome.FAIL, dashed.outcome(), dashed::toString);
            assertNumber("0.015", dashed.allowed());
        }

        @Test
        void thirtyTermsAllowPointOneFiveFive() {
            // 30 × 1.00 stands for [29.85, 30.15]; with the total's own 0.005 the band is 31 × 0.005 = 0.155
            Rule rule = Rule.builder("T30").message("m").check("[01] R31 = sum(R1..R30)").build();
            for (String[] c : new String[][] {{"30.00", "PASS"}, {"30.15", "ROUNDING"}, {"29.85", "ROUNDING"},
                    {"30.16", "FAIL"}, {"29.84", "FAIL"}}) {
                List<Row> rows = new ArrayList<>();
                for (int i = 1; i <= 30; i++) {
                    rows.add(line(i, "1.00"));
                }
                rows.add(line(31, c[0]));
                Evaluation e = only(rule, disclosure(rows));
                assertEquals(Outcome.valueOf(c[1]), e.outcome(), () -> c[0] + ": " + e);
                assertNumber("0.155", e.allowed());
            }
            // the band is found by itself: three terms allow only 0.02, so a gap of 0.03 fails there
            Rule three = Rule.builder("T3").message("m").check("[01] R4 = sum(R1..R3)").build();
            Evaluation e = only(three, disclosure(line(1, "1.00"), line(2, "1.00"), line(3, "1.00"), line(4, "3.03")));
            assertEquals(Outcome.FAIL, e.outcome(), e::toString);
            assertNumber("0.02", e.allowed());
        }

        @Test
        void exactToleranceMakesTheRoundingTailAFailure() throws RuleSyntaxException {
            Disclosure seed = disclosure(line(27, "400.55"), blankLine(28), line(29, "9.79"), line(31, "410.33"));
            Rule exact = Rule.builder("T").message("m").tolerance(Tolerance.EXACT).check("[01] R27 + R28 + R29 = R31").build();
            Evaluation e = only(exact, seed);
            assertEquals(Outcome.FAIL, e.outcome(), e::toString);
            assertNumber("0", e.allowed());
            RulePack pack = RulePack.parse("""
                    pack t 1
                    rule T.001 ERROR 收入总计
                      check: [01] R27 + R28 + R29 = R31
                      tolerance: exact
                    rule T.002 ERROR 收入总计
                      check: [01] R27 + R28 + R29 = R31
                    """, "t.rules");
            List<Evaluation> both = RuleEngine.evaluate(pack, seed);
            assertEquals(List.of(Outcome.FAIL, Outcome.ROUNDING), both.stream().map(Evaluation::outcome).toList());
        }

        @Test
        void anExecutionRateIsComparedAsTheIntervalsSay() {
            Rule rate = Rule.builder("RATE").message("m").check("[01] R1 / R2 * 100 = R3").build();
            // 367.911 / 400.545 × 100 = 91.85260…; the inputs' intervals give [91.852361…, 91.852840…]
            Evaluation pass = only(rate, disclosure(line(1, "367.911"), line(2, "400.545"), line(3, "91.85")));
            assertEquals(Outcome.PASS, pass.outcome(), pass::toString);
            assertTrue(pass.computed().lo().compareTo(d("91.8523613")) > 0 && pass.computed().lo().compareTo(d("91.8523614")) < 0,
                    pass.computed()::toString);
            assertTrue(pass.computed().hi().compareTo(d("91.8528403")) > 0 && pass.computed().hi().compareTo(d("91.8528404")) < 0,
                    pass.computed()::toString);
            Evaluation low = only(rate, disclosure(line(1, "367.911"), line(2, "400.545"), line(3, "91.80")));
            assertEquals(Outcome.FAIL, low.outcome(), low::toString);
            // 91.86 stands for [91.855, 91.865], above the computed interval's 91.85284…: no overlap
            Evaluation high = only(rate, disclosure(line(1, "367.911"), line(2, "400.545"), line(3, "91.86")));
            assertTrue(high.computed().hi().compareTo(d("91.855")) < 0, high.computed()::toString);
            assertEquals(Outcome.FAIL, high.outcome(), high::toString);
        }

        @Test
        void aDivisorPrintedZeroIsNotEvaluable() {
            Rule rate = Rule.builder("RATE").message("m").check("[01] R1 / R2 * 100 = R3").build();
            for (Figure zero : List.of(number("0.00", "C2"), number("0", "C2"), blank("C2"), dash("C2"))) {
                Evaluation e = only(rate, disclosure(line(1, "367.911"), line(2, zero), line(3, "91.85")));
                assertEquals(Outcome.NOT_EVALUABLE, e.outcome(), () -> zero + ": " + e);
                assertFalse(e.reason().isBlank(), e::toString);
                assertTrue(e.cells().stream().anyMatch(p -> p.source().cell().equals("C2")), e::toString);
            }
            // a divisor close to, but not around, zero is fine
            Evaluation small = only(rate, disclosure(line(1, "0.01"), line(2, "0.02"), line(3, "50.00")));
            assertTrue(small.outcome() != Outcome.NOT_EVALUABLE, small::toString);
        }
    }

    /** The same rounding tail, written by POI in the seed's layout and read back. */
    @Test
    void theSeedWorkbookShowsTheTailAsRounding(@TempDir Path dir) throws Exception {
        WrittenWorkbook w = FixtureWriter.write(SeedDocument.create(), Layout.SHANXI, Format.XLSX, dir.resolve("seed.xlsx"));
        Disclosure seed = JuesuanReader.create().read(w.file()).disclosure();
        Evaluation e = only(GRAND_TOTAL, seed);
        assertEquals(Outcome.ROUNDING, e.outcome(), e::toString);
        assertNumber("0.01", e.difference());
        assertNumber("0.015", e.allowed());
        WrittenFigure grand = w.find("01", "inc.grand", "amount").orElseThrow();
        assertTrue(e.cells().stream().anyMatch(p -> p.source().sheet().equals(grand.sheet()) && p.source().cell().equals(grand.a1())),
                () -> grand + " not among " + e.cells());
    }
}
