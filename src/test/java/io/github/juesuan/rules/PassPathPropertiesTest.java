package io.github.juesuan.rules;

import io.github.juesuan.model.AmountUnit;
import io.github.juesuan.model.Column;
import io.github.juesuan.model.Disclosure;
import io.github.juesuan.model.Figure;
import io.github.juesuan.model.Row;
import io.github.juesuan.model.Source;
import io.github.juesuan.model.Table;
import io.github.juesuan.model.TableId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * The PASS path ({@link PassPath}: long arithmetic on unscaled values) gives the exact path's verdict wherever it
 * decides, on generated figures: every magnitude up to and beyond 18 digits, scales and printed decimals 0–6, blanks,
 * dashes and text, tables in 元 beside tables in 万元, and totals placed on the rounding tail (the exact sum rounded
 * half up, half down, or one unit off) so that ties and the tolerance boundary come up often. A whole check
 * ({@link RuleEngine#evaluate(RulePack, Disclosure, boolean) brief}, which takes the PASS path) gives the same outcomes
 * as the full evaluation, and the same evaluation for everything that is not a PASS.
 */
class PassPathPropertiesTest {
    /** The checks tried, each with every tolerance; the last ones are never decided on the PASS path. */
    private static final List<String> CHECKS = List.of(
            "[01] R1 = R2 + R3 + R4",
            "[01] R1 = sum(R2..R4)",
            "[01] sum(R2..R4) = R1",
            "[01] R1 - R2 = R3 + R4",
            "[01] R1 = -R5 + R2 + R3 + R4 + R5",
            "[01] R1 <= R2 + R3 + R4",
            "[01] R1 >= sum(R2..R4)",
            "[01] R1 = max(R2, R3, R4)",
            "[01] R6 = min(R2, R3)",
            "[01] abs(R5) = R6",
            "[01] R1 = [04] R1",
            "[01] R1 = [04] sum(R1..R3)",
            "[01] R6 = 0.5",
            "[01] filled(R5) = 1",
            "[01] R1 = R2 * 2",
            "[01] R1 / R2 = R3");
    private static final List<String> TOLERANCES = List.of("round", "exact", "truncate", "0.05");
    private static final RulePack PACK = pack();

    private static final AtomicInteger TRIED = new AtomicInteger();
    private static final AtomicInteger HOLDS = new AtomicInteger();
    private static final AtomicInteger FAILS = new AtomicInteger();
    /** Decided FAILS where the exact path says ROUNDING: the tail just beyond what printing rounds to. */
    private static final AtomicInteger TAILS = new AtomicInteger();

    private static RulePack pack() {
        StringBuilder sb = new StringBuilder("pack t 1\n");
        int n = 0;
        for (String check : CHECKS) {
            for (String tolerance : TOLERANCES) {
                sb.append("rule T.").append(++n).append(" ERROR 测试\n  check: ").append(check)
                        .append("\n  tolerance: ").append(tolerance).append('\n');
            }
            sb.append("rule T.").append(++n).append(" ERROR 测试\n  check: ").append(check)
                    .append("\n  when: [01] R5 > 0\n");
        }
        try {
            return RulePack.parse(sb.toString(), "t.rules");
        } catch (RuleSyntaxException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * A cell to write: a number (unscaled × 10^−scale, printed with {@code decimals} decimals), a blank, a dash or text.
     *
     * @param kind     0 number, 1 blank, 2 dash, 3 text
     * @param unscaled the unscaled value of a number
     * @param scale    its scale
     * @param decimals the decimals it is printed with
     */
    private record Cell(int kind, long unscaled, int scale, int decimals) {
        BigDecimal value() {
            return BigDecimal.valueOf(unscaled, scale);
        }
    }

    /**
     * A generated disclosure: table 01's six rows, table 04's three rows and its unit, and where 01's R1 and
     * 04's R1 sit against the sum of 01's R2–R4 (-1: none, else a tail: 0 half up, 1 half down, 2 one unit above,
     * 3 one unit below, 4 a hundredth of a unit above).
     */
    private record Case(List<Cell> t01, List<Cell> t04, boolean yuan, int tail, int totalDecimals) {
    }

    /** Magnitudes from cents to beyond a long's 18 digits. */
    private static Gen<Long> unscaled() {
        return arbitrary().pick(List.of(1L, 4L, 9L, 13L, 18L, 19L)).flatMap(digits -> {
            long max = digits >= 19 ? Long.MAX_VALUE : (long) Math.pow(10, digits) - 1;
            return longs().between(-max / 4, max);
        });
    }

    private static Gen<Cell> cells() {
        Gen<Integer> kinds = integers().between(0, 12).map(k -> k <= 9 ? 0 : k - 9);
        return kinds.zip(unscaled(), integers().between(0, 6), integers().between(0, 6), Cell::new);
    }

    private static Gen<Case> cases() {
        return lists().of(cells()).ofSize(6).zip(lists().of(cells()).ofSize(3), arbitrary().pick(List.of(false, true)),
                integers().between(-1, 4), integers().between(0, 4), Case::new);
    }

    private static Source source(String sheet, String cell, String raw) {
        return new Source("t.xlsx", sheet, cell, raw);
    }

    private static Figure figure(Cell c, String sheet, String a1) {
        switch (c.kind()) {
            case 0: {
                BigDecimal v = c.value();
                return new Figure(Figure.Kind.NUMBER, v, c.decimals(), v.toPlainString(), source(sheet, a1, v.toPlainString()));
            }
            case 1:
                return new Figure(Figure.Kind.BLANK, null, 2, "", source(sheet, a1, ""));
            case 2:
                return new Figure(Figure.Kind.NOT_APPLICABLE, null, 2, "———", source(sheet, a1, "———"));
            default:
                return new Figure(Figure.Kind.TEXT, null, 0, "见说明", source(sheet, a1, "见说明"));
        }
    }

    /** 01's R1 (and 04's) where the case puts it: the sum of R2–R4 at the total's decimals, on the rounding tail. */
    private static List<Cell> withTotal(List<Cell> cells, List<Cell> parts, int tail, int decimals, int shift) {
        if (tail < 0 || parts.stream().anyMatch(c -> c.kind() == 3)) {
            return cells;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Cell c : parts) {
            sum = c.kind() == 0 ? sum.add(c.value()) : sum;
        }
        sum = sum.movePointRight(shift);
        BigDecimal unit = BigDecimal.ONE.movePointLeft(decimals);
        BigDecimal total = switch (tail) {
            case 0 -> sum.setScale(decimals, RoundingMode.HALF_UP);
            case 1 -> sum.setScale(decimals, RoundingMode.HALF_DOWN);
            case 2 -> sum.setScale(decimals, RoundingMode.HALF_UP).add(unit);
            case 3 -> sum.setScale(decimals, RoundingMode.HALF_UP).subtract(unit);
            default -> sum.add(unit.movePointLeft(2));
        };
        if (total.precision() > 19 || total.unscaledValue().bitLength() > 63) {
            return cells;
        }
        List<Cell> out = new ArrayList<>(cells);
        out.set(0, new Cell(0, total.unscaledValue().longValueExact(), total.scale(), decimals));
        return out;
    }

    private static Table table(TableId id, String sheet, AmountUnit unit, List<Cell> cells) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            int line = i + 1;
            rows.add(new Row("r" + line, "第" + line + "行", null, line, line,
                    Map.of("amount", figure(cells.get(i), sheet, "C" + line)), source(sheet, "A" + line, "第" + line + "行")));
        }
        return new Table(id, id.title(), sheet, "示例单位", 2024, unit, List.of(new Column("amount", "金额", 1, 1)), rows,
                List.of(), source(sheet, "A1", id.title()));
    }

    private static Disclosure disclosure(Case c) {
        List<Cell> t01 = withTotal(c.t01(), c.t01().subList(1, 4), c.tail(), c.totalDecimals(), 0);
        List<Cell> t04 = withTotal(c.t04(), t01.subList(0, 1), c.tail() < 0 ? -1 : 0, c.yuan() ? c.totalDecimals() : 2,
                c.yuan() ? 4 : 0);
        return new Disclosure("t.xlsx", "示例单位", 2024, List.of(table(TableId.T01, "公开01表", AmountUnit.WAN_YUAN, t01),
                table(TableId.T04, "公开04表", c.yuan() ? AmountUnit.YUAN : AmountUnit.WAN_YUAN, t04)), List.of());
    }

    /** The unscaled long of a decimal, taken without another BigDecimal, is its exact unscaled value. */
    @Test
    void theUnscaledValueOfAFigureIsExact() {
        qt().withExamples(20000).forAll(longs().between(-999_999_999_999_999_999L, 999_999_999_999_999_999L),
                integers().between(0, 18), integers().between(0, 17)).checkAssert((l, s, k) -> {
            long u = l / FixedPoint.power(k); // every number of digits, not mostly 18
            BigDecimal v = BigDecimal.valueOf(u, s);
            assertEquals(u, FixedPoint.unscaled(v), v::toPlainString);
            BigDecimal parsed = new BigDecimal(v.toPlainString()); // as read: from the printed text
            assertEquals(parsed.unscaledValue().longValueExact(), FixedPoint.unscaled(parsed), v::toPlainString);
        });
        // every digit count at the double path's edge (15 digits) and just past it, each scale
        for (int s = 0; s <= 18; s++) {
            for (long u : new long[]{999_999_999_999_999L, -999_999_999_999_999L, 1_000_000_000_000_000L,
                    123_456_789_012_345L, 987_654_321_098_765L, 1, -1, 5, 999_999_999_999_999_999L}) {
                assertEquals(u, FixedPoint.unscaled(BigDecimal.valueOf(u, s)), u + "e-" + s);
            }
        }
    }

    @Test
    void whereverThePassPathDecidesItsVerdictIsTheExactPaths() {
        qt().withExamples(400).withShrinkCycles(50).forAll(cases()).checkAssert(c -> {
            Disclosure d = disclosure(c);
            for (Rule rule : PACK.rules()) {
                List<Evaluation> full = RuleEngine.evaluate(rule, d);
                if (rule.when() != null) {
                    continue;
                }
                PassPath.Decision decision = PassPath.decide(rule, d);
                TRIED.incrementAndGet();
                if (decision == PassPath.Decision.UNKNOWN) {
                    continue;
                }
                (decision == PassPath.Decision.HOLDS ? HOLDS : FAILS).incrementAndGet();
                assertEquals(1, full.size(), () -> rule.expression() + " on " + d.tables());
                if (full.get(0).outcome() == Outcome.ROUNDING) {
                    TAILS.incrementAndGet();
                }
                assertEquals(decision == PassPath.Decision.HOLDS, full.get(0).outcome() == Outcome.PASS,
                        () -> rule.expression() + " (" + rule.tolerance() + "): " + decision + " but " + full.get(0));
            }
        });
    }

    @Test
    void aBriefCheckGivesTheFullChecksOutcomesAndReports() {
        qt().withExamples(150).withShrinkCycles(50).forAll(cases()).checkAssert(c -> {
            Disclosure d = disclosure(c);
            List<Evaluation> brief = RuleEngine.evaluate(PACK, d, true);
            List<Evaluation> full = RuleEngine.evaluate(PACK, d, false);
            assertEquals(full.stream().map(e -> e.rule().id() + " " + e.outcome()).toList(),
                    brief.stream().map(e -> e.rule().id() + " " + e.outcome()).toList());
            for (int i = 0; i < full.size(); i++) {
                if (full.get(i).outcome() != Outcome.PASS) {
                    assertEquals(full.get(i), brief.get(i));
                }
            }
        });
    }

    /**
     * A property the PASS path never decides could not fail: a good share of the generated checks are decided
     * there, both ways, rounding tails among them.
     */
    @AfterAll
    static void thePassPathDecidedBothWays() {
        if (TRIED.get() > 0) {
            String counts = HOLDS + " HOLDS, " + FAILS + " FAILS (" + TAILS + " ROUNDING) of " + TRIED;
            assertTrue(HOLDS.get() * 10 > TRIED.get(), counts);
            assertTrue(FAILS.get() * 10 > TRIED.get(), counts);
            assertTrue(TAILS.get() * 50 > TRIED.get(), counts);
        }
    }
}
