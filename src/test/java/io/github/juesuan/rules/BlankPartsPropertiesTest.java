package io.github.juesuan.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static io.github.juesuan.fixtures.Theories.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.juesuan.fixtures.FixtureWriter;
import io.github.juesuan.fixtures.Format;
import io.github.juesuan.fixtures.Layout;
import io.github.juesuan.fixtures.SyntheticDocument;
import io.github.juesuan.model.Column;
import io.github.juesuan.model.Disclosure;
import io.github.juesuan.model.Figure;
import io.github.juesuan.model.Row;
import io.github.juesuan.model.Source;
import io.github.juesuan.model.Table;
import io.github.juesuan.model.TableId;
import io.github.juesuan.read.JuesuanReader;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A filled total over parts that are all blank (or dashes) is never a FAIL, whatever the total and whichever side
 * it is written on; with one part printed, the parts count as 0 as before and the outcome is never a blank one.
 * The rows are those of the synthetic department's 02, 03 and 05, each checked by its row identity
 * (total in column 1, parts in the next columns).
 */
class BlankPartsPropertiesTest {

    /** The row identity of each table: column 1 is the total of the next ones. */
    private static final Map<TableId, String> ROW_RULES = Map.of(TableId.T02, "GK02.001", TableId.T03, "GK03.001",
            TableId.T05, "GK05.001");
    private static final List<TableId> TABLES = List.of(TableId.T02, TableId.T03, TableId.T05);

    /** A table and row (table = row mod 3) and which blank parts are dashes (bit i for part i). */
    private record Pick(int row, int dashes) {
    }

    @TempDir
    static Path dir;

    private static Disclosure synthetic;

    @BeforeAll
    static void read() throws IOException {
        Path file = dir.resolve("synthetic.xlsx");
        FixtureWriter.write(SyntheticDocument.generate(RuleHarness.SYNTHETIC_SEED), Layout.SHANXI, Format.XLSX, file);
        synthetic = JuesuanReader.create().read(file).disclosure();
    }

    /** The key of a table's column with standard 栏次 1: the total of the row identity. */
    private static String totalColumn(Table t) {
        for (Column c : t.columns()) {
            Integer n = c.standardNumber() != null ? c.standardNumber() : c.number();
            if (n != null && n == 1) {
                return c.key();
            }
        }
        throw new AssertionError("table " + t.id() + " has no column 1");
    }

    /**
     * The disclosure with one row of one table changed: its total printed as {@code total} (2 decimals), each
     * other figure blank, a dash (bit i of {@code dashes}) or, at {@code filledPart} (−1: none), printed as 1.00.
     */
    private static Disclosure withRow(TableId id, int rowIndex, BigDecimal total, int dashes, int filledPart) {
        List<Table> tables = new ArrayList<>();
        for (Table t : synthetic.tables()) {
            if (t.id() != id) {
                tables.add(t);
                continue;
            }
            String totalKey = totalColumn(t);
            List<Row> rows = new ArrayList<>(t.rows());
            Row r = rows.get(rowIndex);
            Map<String, Figure> figures = new LinkedHashMap<>();
            int i = 0;
            for (Map.Entry<String, Figure> e : r.figures().entrySet()) {
                Source s = e.getValue().source();
                if (e.getKey().equals(totalKey)) {
                    figures.put(e.getKey(), new Figure(Figure.Kind.NUMBER, total, 2, total.toPlainString(), s));
                } else if (i == filledPart) {
                    figures.put(e.getKey(), new Figure(Figure.Kind.NUMBER, new BigDecimal("1.00"), 2, "1.00", s));
                    i++;
                } else {
                    boolean dash = (dashes >> (i++ % 30) & 1) == 1;
                    figures.put(e.getKey(), dash ? new Figure(Figure.Kind.NOT_APPLICABLE, null, 2, "—", s)
                            : new Figure(Figure.Kind.BLANK, null, 2, "", s));
                }
            }
            rows.set(rowIndex, new Row(r.key(), r.label(), r.code(), r.line(), r.standardLine(), figures, r.source()));
            tables.add(new Table(t.id(), t.title(), t.number(), t.unitName(), t.year(), t.unit(), t.columns(), rows,
                    t.notes(), t.source()));
        }
        return new Disclosure(synthetic.file(), synthetic.unitName(), synthetic.year(), tables, synthetic.evaluations());
    }

    /** The rule, or the same rule with its two sides swapped (the total on the right). */
    private static Rule rule(TableId id, boolean swapped) {
        Rule r = RulePack.standard().rule(ROW_RULES.get(id)).orElseThrow();
        if (!swapped) {
            return r;
        }
        Condition c = r.condition();
        return new Rule(r.id(), r.severity(), r.message(), r.messageEn(), r.expression(), r.scope(),
                new Condition(c.right(), c.comparison(), c.left()), r.tolerance(), r.when(), r.grading(), r.blank());
    }

    /** The evaluation at the changed row: the one whose cells include its total. */
    private static Evaluation at(List<Evaluation> all, Figure total) {
        List<Evaluation> at = all.stream().filter(e -> e.cells().stream()
                .anyMatch(p -> p.source().equals(total.source()))).toList();
        assertEquals(1, at.size(), () -> at.stream().map(e -> e.outcome() + " " + e.instance()).collect(Collectors.joining("\n")));
        return at.get(0);
    }

    private static Table table(Disclosure d, TableId id) {
        return d.table(id).orElseThrow();
    }

    @Test
    void aFilledTotalOverBlankPartsIsNeverAFailure() {
        qt().withExamples(150).withShrinkCycles(20)
                .forAll(integers().between(0, 30_000).zip(integers().all(), Pick::new),
                        longs().between(-99_999_999L, 99_999_999L), booleans().all())
                .checkAssert((pick, cents, swapped) -> {
                    TableId id = TABLES.get(pick.row() % TABLES.size());
                    int rowIndex = pick.row() / TABLES.size() % table(synthetic, id).rows().size();
                    int dashes = pick.dashes();
                    BigDecimal total = BigDecimal.valueOf(cents == 0 ? 1 : cents, 2);
                    Disclosure d = withRow(id, rowIndex, total, dashes, -1);
                    Row row = table(d, id).rows().get(rowIndex);
                    Figure printed = row.figure(totalColumn(table(d, id))).orElseThrow();
                    Rule rule = rule(id, swapped);
                    Evaluation e = at(RuleEngine.evaluate(rule, d), printed);
                    String what = id.code() + " row " + row.key() + " total " + total + (swapped ? " (swapped)" : "");
                    assertNotEquals(Outcome.FAIL, e.outcome(), what);
                    assertEquals(Outcome.PARTS_BLANK, e.outcome(), what);
                    assertEquals(rule.blank(), e.severity(), what);
                    assertEquals("", e.substituted(), what);
                    Set<Source> listed = e.cells().stream().map(Participant::source).collect(Collectors.toSet());
                    for (Figure f : row.figures().values()) {
                        assertTrue(listed.contains(f.source()) || !inRule(table(d, id), row, f, rule), what + ": " + f);
                    }
                });
    }

    @Test
    void partsPartlyBlankCountAsZero() {
        qt().withExamples(100).withShrinkCycles(20)
                .forAll(integers().between(0, 30_000).zip(integers().all(), Pick::new),
                        longs().between(-99_999_999L, 99_999_999L), integers().between(0, 1))
                .checkAssert((pick, cents, part) -> {
                    TableId id = TABLES.get(pick.row() % TABLES.size());
                    int rowIndex = pick.row() / TABLES.size() % table(synthetic, id).rows().size();
                    int dashes = pick.dashes();
                    BigDecimal total = BigDecimal.valueOf(cents, 2);
                    Disclosure d = withRow(id, rowIndex, total, dashes, part);
                    Figure printed = table(d, id).rows().get(rowIndex).figure(totalColumn(table(d, id))).orElseThrow();
                    Evaluation e = at(RuleEngine.evaluate(rule(id, false), d), printed);
                    BigDecimal gap = total.subtract(BigDecimal.ONE).abs();
                    Outcome expected = gap.signum() == 0 ? Outcome.PASS
                            : gap.compareTo(new BigDecimal("0.01")) <= 0 ? Outcome.ROUNDING : Outcome.FAIL;
                    assertEquals(expected, e.outcome(), id.code() + " total " + total + " over one part of 1.00");
                });
    }

    /** Whether a figure of the row is one the rule's row identity reads (columns 1 to 7 of 02, 1–6 of 03, 1–3 of 05). */
    private static boolean inRule(Table t, Row row, Figure f, Rule rule) {
        int last = t.id() == TableId.T02 ? 7 : t.id() == TableId.T03 ? 6 : 3;
        for (Map.Entry<String, Figure> e : row.figures().entrySet()) {
            if (e.getValue() == f) {
                Column c = t.column(e.getKey()).orElseThrow();
                Integer n = c.standardNumber() != null ? c.standardNumber() : c.number();
                return n != null && n <= last;
            }
        }
        return false;
    }
}
