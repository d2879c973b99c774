package io.github.juesuan.rules;

import io.github.juesuan.fixtures.FixtureWriter;
import io.github.juesuan.fixtures.Format;
import io.github.juesuan.fixtures.Layout;
import io.github.juesuan.fixtures.SyntheticDocument;
import io.github.juesuan.fixtures.CellEdit;
import io.github.juesuan.fixtures.WrittenFigure;
import io.github.juesuan.fixtures.WrittenWorkbook;
import io.github.juesuan.model.AmountUnit;
import io.github.juesuan.model.Disclosure;
import io.github.juesuan.model.Figure;
import io.github.juesuan.model.PerformanceEvaluation;
import io.github.juesuan.model.Row;
import io.github.juesuan.model.Table;
import io.github.juesuan.model.TableId;
import io.github.juesuan.read.JuesuanReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static io.github.juesuan.fixtures.Theories.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * Properties of the built-in rules on synthetic departments (identities checked with interval rounding tolerance): a department whose identities
 * hold exactly in 元 and whose figures are rounded one by one to 万元 never fails; moving one figure of an
 * identity beyond its band fails at that cell; and neither the order of the terms of a sum nor the unit the
 * figures are stated in changes any outcome.
 */
class RuleEnginePropertiesTest {
    private static final RulePack STANDARD = RulePack.standard();
    private static final List<Layout> LAYOUTS = List.of(Layout.SHANXI, Layout.SHANGHAI);
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    /** The money columns of a 绩效自评表's funds block (rates, scores, weights and points are not money). */
    private static final Set<String> PERF_MONEY = Set.of("declared", "planned", "budget", "executed", "balance");

    @TempDir
    static Path dir;

    private static final Map<String, Written> WRITTEN = new ConcurrentHashMap<>();
    private static final AtomicInteger FILES = new AtomicInteger();

    /** A synthetic department written with POI and read back. */
    private record Written(WrittenWorkbook workbook, Disclosure disclosure) {
    }

    private static Written written(long seed, Layout layout) {
        return WRITTEN.computeIfAbsent(seed + "/" + layout, k -> {
            try {
                Path file = dir.resolve("synthetic-" + FILES.incrementAndGet() + "-" + layout.fileToken() + ".xlsx");
                WrittenWorkbook w = FixtureWriter.write(SyntheticDocument.generate(seed), layout, Format.XLSX, file);
                return new Written(w, JuesuanReader.create().read(file).disclosure());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    // ---- (a) the synthetic department passes --------------------------------------------------------------

    @Test
    void aSyntheticDepartmentNeverFailsAStandardRule() {
        qt().withExamples(20).withShrinkCycles(8)
                .forAll(longs().all(), arbitrary().pick(LAYOUTS))
                .checkAssert((seed, layout) -> {
                    List<Evaluation> all = RuleEngine.evaluate(STANDARD, written(seed, layout).disclosure());
                    assertTrue(all.stream().anyMatch(e -> e.rule().id().equals("GK01.002") && e.outcome() != Outcome.NOT_EVALUABLE),
                            () -> "seed " + seed + " " + layout + ": 01 was not checked");
                    List<Evaluation> failed = all.stream().filter(e -> e.outcome() == Outcome.FAIL).toList();
                    if (!failed.isEmpty()) {
                        fail("seed " + seed + ", " + layout + ": " + failed.size() + " FAIL of " + all.size() + "\n" + describe(failed));
                    }
                });
    }

    // ---- (b) moving one figure of an identity fails at its cell ------------------------------------------------

    /** Cents, at least 0.50 万元 either way: beyond twice the widest band (31 terms × 0.005 = 0.155). */
    private static Gen<Integer> moves() {
        return integers().between(50, 100_000).zip(booleans().all(), (cents, down) -> down ? -cents : cents);
    }

    /**
     * Money figures that take part in an identity: every number of tables 01–09, 10's 政府采购 rows (its
     * 机关运行经费 only bound an inequality, its counts are not money), a 绩效自评表's funds amounts.
     */
    private static boolean inAnIdentity(WrittenFigure f) {
        if (f.value() == null) {
            return false; // a blank or a dash: skipped
        }
        if (f.table().startsWith("PERF")) {
            return PERF_MONEY.contains(f.columnKey());
        }
        return !f.table().equals("10") || f.rowKey().startsWith("procurement.");
    }

    @Test
    void movingAFigureOfAnIdentityFailsAtThatCell() {
        qt().withExamples(30).withShrinkCycles(8)
                .forAll(longs().all(), arbitrary().pick(LAYOUTS), integers().between(0, 1_000_000), moves())
                .checkAssert((seed, layout, pick, cents) -> {
                    Written w = written(seed, layout);
                    List<WrittenFigure> candidates = w.workbook().figures().stream().filter(RuleEnginePropertiesTest::inAnIdentity).toList();
                    WrittenFigure f = candidates.get(pick % candidates.size());
                    BigDecimal moved = f.value().add(BigDecimal.valueOf(cents, 2));
                    Disclosure d = read(withCell(w.workbook().file(), f, moved));
                    String what = "seed " + seed + ", " + layout + ": " + f.id() + " at " + f.sheet() + "!" + f.a1() + " "
                            + f.printed() + " → " + moved.toPlainString();
                    Figure read = figureAt(d, f.sheet(), f.a1());
                    assertTrue(read != null && read.kind() == Figure.Kind.NUMBER && read.value().compareTo(moved) == 0,
                            () -> what + ": read back as " + read);
                    List<Evaluation> all = RuleEngine.evaluate(STANDARD, d);
                    List<Evaluation> atCell = all.stream().filter(e -> touches(e, f)).toList();
                    if (atCell.stream().noneMatch(e -> e.outcome() == Outcome.FAIL)) {
                        fail(what + ": no FAIL includes the cell; its evaluations:\n" + describe(atCell));
                    }
                });
    }

    private static boolean touches(Evaluation e, WrittenFigure f) {
        return e.cells().stream().anyMatch(p -> p.source().sheet().equals(f.sheet()) && p.source().cell().equals(f.a1()));
    }

    /** A copy of the workbook with one numeric cell set to another value. */
    private static Path withCell(Path original, WrittenFigure f, BigDecimal value) {
        return CellEdit.withValue(original, f, value, dir.resolve("moved-" + FILES.incrementAndGet() + ".xlsx"));
    }

    private static Disclosure read(Path file) {
        try {
            return JuesuanReader.create().read(file).disclosure();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the temporary directory goes anyway
            }
        }
    }

    private static Figure figureAt(Disclosure d, String sheet, String a1) {
        List<Table> tables = new ArrayList<>(d.tables());
        d.evaluations().forEach(p -> tables.add(p.table()));
        for (Table t : tables) {
            for (Row r : t.rows()) {
                for (Figure f : r.figures().values()) {
                    if (f.source().sheet().equals(sheet) && f.source().cell().equals(a1)) {
                        return f;
                    }
                }
            }
        }
        return null;
    }

    // ---- (c) invariance -----------------------------------------------------------------------------------

    /**
     * What to do to one printed number before checking: shift it by some cents, print it with a third decimal
     * as the seed's 绩效 table does (367.911) a few thousandths away, blank it, or spoil it.
     */
    private record Nudge(boolean perf, int index, int cents, Kind kind) {
        enum Kind { SHIFT, THOUSANDTHS, BLANK, INVALID }

        /** The amount added: cents, or for THOUSANDTHS −0.009 … 0.009. */
        BigDecimal delta() {
            return kind == Kind.THOUSANDTHS ? BigDecimal.valueOf(cents % 10, 3) : BigDecimal.valueOf(cents, 2);
        }

        @Override
        public String toString() {
            String d = delta().signum() >= 0 ? "+" + delta().toPlainString() : delta().toPlainString();
            return (perf ? "PERF#" : "#") + index + (kind == Kind.SHIFT ? d : kind == Kind.THOUSANDTHS ? d + " (3 decimals)" : " " + kind);
        }
    }

    /**
     * Up to six nudges, mostly shifts of a few cents around the rounding bands, some blanks and non-numbers;
     * a third of them land on a 绩效自评表, whose figures are few and printed with varying decimals.
     */
    private static Gen<List<Nudge>> nudges(boolean thousandths) {
        Gen<Nudge> one = integers().between(0, 1_000_000).zip(integers().between(-300, 300), integers().between(0, 29),
                (i, c, k) -> new Nudge(k % 3 == 0, i, c, k < 3 ? Nudge.Kind.INVALID : k < 6 ? Nudge.Kind.BLANK
                        : k < 15 && thousandths ? Nudge.Kind.THOUSANDTHS : Nudge.Kind.SHIFT));
        return lists().of(one).ofSizeBetween(0, 6);
    }

    /** Where a figure is: table (or {@code PERF2}), row index and key, column key. */
    private record Place(String table, TableId id, int row, String rowKey, String column) {
        boolean money() {
            if (id == TableId.PERF) {
                return PERF_MONEY.contains(column);
            }
            return id != TableId.T10 || !(rowKey.startsWith("vehicles.") || rowKey.equals("equipment"));
        }
    }

    private static Disclosure mapFigures(Disclosure d, AmountUnit unit, BiFunction<Place, Figure, Figure> f) {
        List<Table> tables = d.tables().stream().map(t -> mapTable(t, "T" + t.id().code(), unit, f)).toList();
        List<PerformanceEvaluation> perfs = new ArrayList<>();
        for (int i = 0; i < d.evaluations().size(); i++) {
            PerformanceEvaluation p = d.evaluations().get(i);
            perfs.add(new PerformanceEvaluation(mapTable(p.table(), "PERF" + (i + 1), null, f), p.projectName(), p.department(),
                    p.unit(), p.funds(), p.indicators(), p.total(), p.grade()));
        }
        return new Disclosure(d.file(), d.unitName(), d.year(), tables, perfs);
    }

    private static Table mapTable(Table t, String tag, AmountUnit unit, BiFunction<Place, Figure, Figure> f) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < t.rows().size(); i++) {
            Row r = t.rows().get(i);
            Map<String, Figure> figures = new LinkedHashMap<>();
            int index = i;
            r.figures().forEach((column, figure) -> figures.put(column, f.apply(new Place(tag, t.id(), index, r.key(), column), figure)));
            rows.add(new Row(r.key(), r.label(), r.code(), r.line(), r.standardLine(), figures, r.source()));
        }
        return new Table(t.id(), t.title(), t.number(), t.unitName(), t.year(), unit == null ? t.unit() : unit, t.columns(), rows,
                t.notes(), t.source());
    }

    /** The disclosure with the nudges applied to its printed numbers (indices taken modulo their count). */
    private static Disclosure nudged(Disclosure d, List<Nudge> nudges) {
        if (nudges.isEmpty()) {
            return d;
        }
        List<Place> numbers = new ArrayList<>();
        List<Place> perfNumbers = new ArrayList<>();
        mapFigures(d, null, (place, f) -> {
            if (f.kind() == Figure.Kind.NUMBER) {
                (place.id() == TableId.PERF ? perfNumbers : numbers).add(place);
            }
            return f;
        });
        Map<Place, Nudge> at = new HashMap<>();
        for (Nudge n : nudges) {
            List<Place> among = n.perf() && !perfNumbers.isEmpty() ? perfNumbers : numbers;
            at.put(among.get(n.index() % among.size()), n);
        }
        return mapFigures(d, null, (place, f) -> {
            Nudge n = at.get(place);
            if (n == null) {
                return f;
            }
            switch (n.kind()) {
                case BLANK:
                    return new Figure(Figure.Kind.BLANK, null, f.decimals(), "", f.source());
                case INVALID:
                    return new Figure(Figure.Kind.INVALID, null, f.decimals(), "见说明", f.source());
                default:
                    BigDecimal v = f.value().add(n.delta());
                    int decimals = n.kind() == Nudge.Kind.THOUSANDTHS ? 3 : f.decimals();
                    return new Figure(Figure.Kind.NUMBER, v, decimals, v.toPlainString(), f.source());
            }
        });
    }

    /** Every money figure restated in 元: value × 10000 and 4 decimals fewer, so its interval scales by 10000 too. */
    private static Disclosure inYuan(Disclosure d) {
        return mapFigures(d, AmountUnit.YUAN, (place, f) -> {
            if (f.kind() != Figure.Kind.NUMBER || !place.money()) {
                return f;
            }
            BigDecimal v = f.value().multiply(TEN_THOUSAND);
            return new Figure(Figure.Kind.NUMBER, v, f.decimals() - 4, v.toPlainString(), f.source());
        });
    }

    /** Swaps the operands of every {@code +} and reverses the arguments of every {@code sum}. */
    static Expr reversed(Expr e) {
        if (e instanceof Expr.Binary b) {
            Expr l = reversed(b.left());
            Expr r = reversed(b.right());
            return b.op() == '+' ? new Expr.Binary('+', r, l) : new Expr.Binary(b.op(), l, r);
        }
        if (e instanceof Expr.Call c) {
            List<Expr> args = new ArrayList<>(c.args().stream().map(RuleEnginePropertiesTest::reversed).toList());
            if (c.function().equals("sum")) {
                Collections.reverse(args);
            }
            return new Expr.Call(c.function(), args);
        }
        if (e instanceof Expr.Negate n) {
            return new Expr.Negate(reversed(n.operand()));
        }
        return e;
    }

    private static Condition reversed(Condition c) {
        return c == null ? null : new Condition(reversed(c.left()), c.comparison(), reversed(c.right()));
    }

    private static Rule reversed(Rule r) {
        Grading g = r.grading() == null ? null : new Grading(reversed(r.grading().score()), r.grading().bands());
        return new Rule(r.id(), r.severity(), r.message(), r.messageEn(), r.expression(), r.scope(), reversed(r.condition()),
                r.tolerance(), reversed(r.when()), g, r.blank(), r.words());
    }

    @Test
    void reversingTheTermsOfEverySumChangesNoOutcome() {
        RulePack reversed = new RulePack(STANDARD.name(), STANDARD.version(),
                STANDARD.rules().stream().map(RuleEnginePropertiesTest::reversed).toList());
        long changed = STANDARD.rules().stream().filter(r -> !reversed.rule(r.id()).orElseThrow().equals(r)).count();
        assertTrue(changed >= 15, () -> "only " + changed + " rules have a sum to reverse");
        assertEquals(new Condition(Expr.line(TableId.T01, 29).plus(Expr.line(TableId.T01, 28).plus(Expr.line(TableId.T01, 27))),
                Condition.Comparison.EQUAL, Expr.line(TableId.T01, 31)), reversed.rule("GK01.002").orElseThrow().condition());
        qt().withExamples(200).withShrinkCycles(50)
                .forAll(longs().between(1, 3), arbitrary().pick(LAYOUTS), nudges(true))
                .checkAssert((seed, layout, nudges) -> {
                    Disclosure d = nudged(written(seed, layout).disclosure(), nudges);
                    assertSameOutcomes(RuleEngine.evaluate(STANDARD, d), RuleEngine.evaluate(reversed, d),
                            "seed " + seed + ", " + layout + ", nudges " + nudges + ", terms reversed");
                });
    }

    @Test
    void restatingEveryAmountInYuanChangesNoOutcome() {
        restatingInYuanChangesNoOutcome(nudges(true));
    }

    /** The same property where every amount keeps the two decimals of the 公开 tables: no amount is re-printed. */
    @Test
    void restatingTwoDecimalAmountsInYuanChangesNoOutcome() {
        restatingInYuanChangesNoOutcome(nudges(false));
    }

    private static void restatingInYuanChangesNoOutcome(Gen<List<Nudge>> nudges) {
        qt().withExamples(200).withShrinkCycles(50)
                .forAll(longs().between(1, 3), arbitrary().pick(LAYOUTS), nudges)
                .checkAssert((seed, layout, applied) -> {
                    Disclosure d = nudged(written(seed, layout).disclosure(), applied);
                    assertSameOutcomes(RuleEngine.evaluate(STANDARD, d), RuleEngine.evaluate(STANDARD, inYuan(d)),
                            "seed " + seed + ", " + layout + ", nudges " + applied + ", restated in 元");
                });
    }

    /** The same evaluations (rule id, project, instance) in the same order, each with the same outcome. */
    private static void assertSameOutcomes(List<Evaluation> expected, List<Evaluation> actual, String what) {
        int n = Math.min(expected.size(), actual.size());
        for (int i = 0; i < n; i++) {
            Evaluation a = expected.get(i);
            Evaluation b = actual.get(i);
            if (!key(a).equals(key(b)) || a.outcome() != b.outcome()) {
                fail(what + ": evaluation " + i + " differs\n  before: " + describe(a) + "\n  after:  " + describe(b));
            }
        }
        if (expected.size() != actual.size()) {
            List<Evaluation> extra = (expected.size() > actual.size() ? expected : actual).subList(n, Math.max(expected.size(), actual.size()));
            fail(what + ": " + expected.size() + " evaluations before, " + actual.size() + " after; the extra ones:\n" + describe(extra));
        }
    }

    private static String key(Evaluation e) {
        return e.rule().id() + " #" + e.project() + " " + e.instance();
    }

    // ---- messages -------------------------------------------------------------------------------------

    private static String describe(List<Evaluation> es) {
        return es.stream().limit(20).map(e -> "  " + describe(e)).collect(Collectors.joining("\n"))
                + (es.size() > 20 ? "\n  … " + (es.size() - 20) + " more" : "");
    }

    private static String describe(Evaluation e) {
        return key(e) + ": " + e.outcome() + " " + e.substituted()
                + (e.difference() == null ? "" : " (difference " + e.difference().toPlainString() + ", allowed " + e.allowed().toPlainString() + ")")
                + (e.reason().isEmpty() ? "" : " " + e.reason())
                + " cells " + e.cells().stream().map(p -> p.source().location() + "=" + p.printed()).collect(Collectors.joining(", "));
    }
}
