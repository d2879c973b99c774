package io.github.juesuan.rules;

import io.github.juesuan.model.AmountUnit;
import io.github.juesuan.model.Column;
import io.github.juesuan.model.Disclosure;
import io.github.juesuan.model.Figure;
import io.github.juesuan.model.Labels;
import io.github.juesuan.model.PerformanceEvaluation;
import io.github.juesuan.model.Row;
import io.github.juesuan.model.Table;
import io.github.juesuan.model.TableId;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks the rules of a pack on a disclosure. Stateless and thread-safe.
 *
 * <p>Each figure stands for the interval its printing allows ({@link Tolerance}); an identity is PASS when
 * both sides are equal as printed, ROUNDING when they differ but their intervals overlap, FAIL when they
 * do not. A rule whose tables are all absent is skipped; one that refers to an absent table beside a
 * present one, to a missing row, to a cell that is not a number, or divides by an interval holding 0 is
 * NOT_EVALUABLE.
 *
 * <p>A blank counts as 0, with one exception. Where an equality has a single cell on one side (the total)
 * and a sum of cells on the other (the parts), a filled total over parts that are all blank (or dashes), or
 * filled parts under a blank total, does not state the identity at all: templates shade the cells not to be
 * filled, and XBRL Calculations 1.1 likewise skips a calculation whose total is absent. Such an instance
 * that does not hold as printed is PARTS_BLANK or TOTAL_BLANK, naming the blank cells, never a FAIL
 * against 0. Parts only partly blank count as 0 as before.
 */
public final class RuleEngine {
    private RuleEngine() {
    }

    /**
     * Every evaluation of every rule, PASS included, in pack order.
     *
     * @param pack       the rules, checked in pack order
     * @param disclosure the disclosure they are checked on
     * @return one evaluation per instance of each rule that applies (none for a rule whose tables are all absent)
     */
    public static List<Evaluation> evaluate(RulePack pack, Disclosure disclosure) {
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(disclosure, "disclosure");
        return evaluate(pack, disclosure, false);
    }

    /**
     * Every evaluation of every rule, in pack order; {@code brief} PASS evaluations carry no substituted text,
     * instance or cells (what a report lists is never brief). A checker that counts passes and lists the rest
     * saves most of the work of a check this way.
     *
     * @param pack       the rules, checked in pack order
     * @param disclosure the disclosure they are checked on
     * @param brief      whether PASS evaluations leave out their substituted text, instance and cells
     * @return one evaluation per instance of each rule that applies
     */
    public static List<Evaluation> evaluate(RulePack pack, Disclosure disclosure, boolean brief) {
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(disclosure, "disclosure");
        List<Evaluation> out = new ArrayList<>();
        for (Rule rule : pack.rules()) {
            out.addAll(evaluate(rule, disclosure, brief));
        }
        return out;
    }

    /**
     * Every evaluation of one rule.
     *
     * @param rule       the rule to check
     * @param disclosure the disclosure it is checked on
     * @return one evaluation per instance (per row of its scope, column of a {@code .*}, project of a
     *         绩效自评表 rule); empty when its tables are all absent
     */
    public static List<Evaluation> evaluate(Rule rule, Disclosure disclosure) {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(disclosure, "disclosure");
        return evaluate(rule, disclosure, false);
    }

    private static List<Evaluation> evaluate(Rule rule, Disclosure disclosure, boolean brief) {
        if (rule.words() != null) {
            return NarrativeEngine.evaluate(rule, disclosure);
        }
        Set<TableId> tables = tablesOf(rule);
        List<Evaluation> out = new ArrayList<>();
        if (tables.contains(TableId.PERF)) {
            int n = 0;
            for (PerformanceEvaluation p : disclosure.evaluations()) {
                new Instance(rule, disclosure, p, ++n, tables, brief).run(out);
            }
        } else {
            new Instance(rule, disclosure, null, 0, tables, brief).run(out);
        }
        return out;
    }

    static Set<TableId> tablesOf(Rule rule) {
        Set<TableId> out = new TreeSet<>();
        if (rule.scope() != null) {
            out.add(rule.scope().table());
        }
        for (Condition c : new Condition[]{rule.condition(), rule.when()}) {
            if (c != null) {
                collect(c.left(), out);
                collect(c.right(), out);
            }
        }
        if (rule.grading() != null) {
            collect(rule.grading().score(), out);
            out.add(TableId.PERF);
        }
        return out;
    }

    /** Every cell reference and set of rows in an expression, left to right. */
    private static List<Expr> leaves(Expr e) {
        List<Expr> out = new ArrayList<>();
        leaves(e, out);
        return out;
    }

    private static void leaves(Expr e, List<Expr> out) {
        if (e instanceof Expr.Ref || e instanceof Expr.Set) {
            out.add(e);
        } else if (e instanceof Expr.Binary b) {
            leaves(b.left(), out);
            leaves(b.right(), out);
        } else if (e instanceof Expr.Call c) {
            c.args().forEach(a -> leaves(a, out));
        } else if (e instanceof Expr.Negate n) {
            leaves(n.operand(), out);
        }
    }

    private static TableId tableOf(Expr leaf) {
        return leaf instanceof Expr.Ref r ? r.table() : ((Expr.Set) leaf).table();
    }

    private static Expr.ColumnSelector columnOf(Expr leaf) {
        return leaf instanceof Expr.Ref r ? r.column() : ((Expr.Set) leaf).column();
    }

    private static void collect(Expr e, Set<TableId> out) {
        leaves(e).forEach(l -> out.add(tableOf(l)));
    }

    /** The leaves that take every column (or a list of columns) in turn, left side first. */
    private static List<Expr> anyColumnLeaves(Condition c) {
        List<Expr> out = new ArrayList<>();
        for (Expr side : new Expr[]{c.left(), c.right()}) {
            leaves(side).stream().filter(l -> columnOf(l) instanceof Expr.AnyColumn).forEach(out::add);
        }
        return out;
    }

    /** The left side of a check is a total over the parts on its right. */
    private static final int LEFT = -1;
    /** The right side of a check is a total over the parts on its left. */
    private static final int RIGHT = 1;

    /**
     * Which side of an equality is a total over parts: one side a single cell, the other a sum (of cells,
     * {@code +}, {@code -}, {@code sum(…)}) of cells only; 0 for anything else (both sides single cells or
     * both sums, an inequality, a constant, a product, a ratio, min, max, abs, filled).
     */
    static int totalSide(Condition c) {
        if (c.comparison() != Condition.Comparison.EQUAL) {
            return 0;
        }
        boolean left = c.left() instanceof Expr.Ref;
        boolean right = c.right() instanceof Expr.Ref;
        if (left && !right && parts(c.right())) {
            return LEFT;
        }
        if (right && !left && parts(c.left())) {
            return RIGHT;
        }
        return 0;
    }

    /** Whether an expression adds up cells and nothing else. */
    private static boolean parts(Expr e) {
        if (e instanceof Expr.Ref) {
            return true;
        }
        if (e instanceof Expr.Binary b) {
            return (b.op() == '+' || b.op() == '-') && parts(b.left()) && parts(b.right());
        }
        if (e instanceof Expr.Negate n) {
            return parts(n.operand());
        }
        if (e instanceof Expr.Call c && c.function().equals("sum")) {
            return c.args().stream().allMatch(a -> a instanceof Expr.Set || parts(a));
        }
        return false;
    }

    /** The instance does not apply (a column the row does not have, an empty set): nothing to report. */
    private static final class Skip extends Exception {
        private static final long serialVersionUID = 1L;

        Skip() {
            super(null, null, false, false);
        }
    }

    /** A table the rule refers to is absent. */
    private static final class Absent extends Exception {
        private static final long serialVersionUID = 1L;
        final TableId table;

        Absent(TableId table) {
            super(null, null, false, false);
            this.table = table;
        }
    }

    /** The instance cannot be evaluated, for the reason given. */
    private static final class NotEvaluable extends Exception {
        private static final long serialVersionUID = 1L;
        final String zh;
        final String en;

        NotEvaluable(String zh, String en) {
            super(en, null, false, false);
            this.zh = zh;
            this.en = en;
        }
    }

    /** Decimals of a value that was not printed (a constant, a blank): it is exact. */
    private static final int EXACT = Integer.MIN_VALUE;
    /** Decimals of a product or quotient: as many as it takes, so the other side's printing decides. */
    private static final int UNBOUNDED = Integer.MAX_VALUE;

    /** A value with its interval, the decimals it was printed with ({@link #EXACT}: none) and its text. */
    private record Val(BigDecimal point, Interval interval, int decimals, String text, boolean compound) {
    }

    /** Evaluates one rule for one project (or none): its scope rows times its columns. */
    private static final class Instance {
        private final Rule rule;
        private final Disclosure d;
        private final PerformanceEvaluation project;
        private final int projectNumber;
        private final Set<TableId> tables;
        private Table scopeTable;
        /** The table whose columns a {@code .*} takes in turn, for naming the instance. */
        private Table columnTable;
        private Row current;
        private String anyColumn;
        private boolean iterating;
        private Map<io.github.juesuan.model.Source, Participant> cells;
        /** Whether to write the substituted text, instance and cells (brief runs skip them for PASS). */
        private boolean texts;
        /** Whether the rule's tables print amounts in both 元 and 万元: figures in 元 are then compared in 万元. */
        private final boolean mixedUnits;
        /** The tables whose 元 figures this instance converted to 万元, for saying so. */
        private final Set<TableId> converted = new TreeSet<>();
        /** Which side of the rule's check is a total over parts: {@link #LEFT}, {@link #RIGHT} or 0. */
        private final int totalSide;
        /** The cells read for the check being compared, in the order read (left side first), or null. */
        private List<Figure> used;
        /** The list {@link #used} reuses from one instance to the next. */
        private final List<Figure> usedBuffer = new ArrayList<>();

        Instance(Rule rule, Disclosure d, PerformanceEvaluation project, int projectNumber, Set<TableId> tables,
                 boolean brief) {
            this.texts = !brief;
            this.rule = rule;
            this.d = d;
            this.project = project;
            this.projectNumber = projectNumber;
            this.tables = tables;
            Set<AmountUnit> units = EnumSet.noneOf(AmountUnit.class);
            for (TableId id : tables) {
                table(id).map(Table::unit).filter(u -> u != AmountUnit.UNSTATED).ifPresent(units::add);
            }
            this.mixedUnits = units.size() > 1;
            this.totalSide = rule.condition() == null ? 0 : totalSide(rule.condition());
        }

        void run(List<Evaluation> out) {
            List<Row> rows = new ArrayList<>();
            if (rule.scope() != null) {
                Optional<Table> t = table(rule.scope().table());
                if (t.isEmpty()) {
                    return; // the scope's table is absent: the rule does not apply
                }
                scopeTable = t.get();
                try {
                    rows.addAll(members(scopeTable, rule.scope().rows(), null));
                } catch (Skip s) {
                    return; // children of no row: a scope needs a row set of its own table
                }
                iterating = true;
            } else {
                rows.add(null);
            }
            List<String> columns = new ArrayList<>();
            Condition c = rule.condition();
            List<Expr> any = c == null ? List.of() : anyColumnLeaves(c);
            if (!any.isEmpty()) {
                Set<String> only = new LinkedHashSet<>();
                any.forEach(l -> only.addAll(((Expr.AnyColumn) columnOf(l)).only()));
                TableId id = rule.scope() != null ? rule.scope().table() : tableOf(any.get(0));
                if (!only.isEmpty()) {
                    columns.addAll(only);
                    columnTable = table(id).orElse(null);
                } else {
                    Optional<Table> t = table(id);
                    if (t.isEmpty() && !allAbsent()) {
                        out.add(notEvaluable("", absentReason(id)));
                        return;
                    }
                    t.ifPresent(table -> table.columns().forEach(col -> columns.add(col.key())));
                    columnTable = t.orElse(null);
                }
                iterating = true;
            } else {
                columns.add(null);
            }
            for (Row row : rows) {
                for (String column : columns) {
                    Evaluation e = attempt(row, column);
                    if (e != null && e.outcome() != Outcome.PASS && !texts) {
                        // brief: only what is reported is worth its words; evaluate this one again in full
                        texts = true;
                        try {
                            e = attempt(row, column);
                        } finally {
                            texts = false;
                        }
                    }
                    if (e != null) {
                        out.add(e);
                    }
                }
            }
        }

        /** One instance: its evaluation, or null where it does not apply. */
        private Evaluation attempt(Row row, String column) {
            current = row;
            anyColumn = column;
            cells = new LinkedHashMap<>();
            converted.clear();
            String instance = texts ? describe(row, column) : "";
            try {
                if (rule.when() != null && !holds(rule.when())) {
                    return null; // the precondition does not hold as printed: nothing to check here
                }
                cells = new LinkedHashMap<>();
                return rule.grading() != null ? grade(instance) : compare(rule.condition(), instance, true);
            } catch (Skip s) {
                return null; // not applicable to this row or column
            } catch (Absent a) {
                return allAbsent() ? null : notEvaluable(instance, absentReason(a.table));
            } catch (NotEvaluable n) {
                return notEvaluable(instance, n);
            }
        }

        private boolean allAbsent() {
            for (TableId id : tables) {
                if (table(id).isPresent()) {
                    return false;
                }
            }
            return true;
        }

        private NotEvaluable absentReason(TableId id) {
            return new NotEvaluable("缺少表「" + id.title() + "」（" + id.code() + "）",
                    "table " + id.code() + " (" + id.title() + ") is absent");
        }

        private Evaluation notEvaluable(String instance, NotEvaluable n) {
            return new Evaluation(rule, Outcome.NOT_EVALUABLE, projectNumber, instance, "", null, null, null, null,
                    List.copyOf(cells.values()), n.zh, n.en);
        }

        private String describe(Row row, String column) {
            StringBuilder sb = new StringBuilder();
            if (row != null) {
                if (row.code() != null && !row.label().startsWith(row.code())) {
                    sb.append(row.code()).append(' ');
                }
                sb.append(row.label().strip().isEmpty() ? row.key() : row.label().strip());
            }
            if (column != null) {
                Table t = columnTable != null ? columnTable : scopeTable;
                String label = t == null ? column : t.column(column).map(Column::label).orElse(column);
                if (sb.length() > 0) {
                    sb.append(" / ");
                }
                sb.append(label);
            }
            return sb.toString();
        }

        // ---- comparison -----------------------------------------------------------------------------

        /** Whether a precondition holds as printed. */
        private boolean holds(Condition c) throws Skip, Absent, NotEvaluable {
            Map<io.github.juesuan.model.Source, Participant> saved = cells;
            cells = new LinkedHashMap<>();
            try {
                return compare(c, "", false).outcome() == Outcome.PASS;
            } finally {
                cells = saved;
            }
        }

        /** The printed 等级 against the band of the score. */
        private Evaluation grade(String instance) throws Skip, Absent, NotEvaluable {
            Grading g = rule.grading();
            Val score = eval(g.score());
            Figure printed = project.grade();
            cells.putIfAbsent(printed.source(), new Participant(printed.source(), TableId.PERF, "summary",
                    "等级", "grade", "等级", printed.text()));
            if (printed.text().isBlank()) {
                throw new NotEvaluable("未填写等级", "no grade is printed");
            }
            String expected = g.labelFor(score.point());
            String low = g.labelFor(score.interval().lo());
            String high = g.labelFor(score.interval().hi());
            String grade = Labels.fold(printed.text());
            Outcome outcome = grade.equals(Labels.fold(expected)) ? Outcome.PASS
                    : grade.equals(Labels.fold(low)) || grade.equals(Labels.fold(high)) ? Outcome.ROUNDING : Outcome.FAIL;
            String text = score.text() + " → " + expected + (outcome == Outcome.PASS ? " = " : " ≠ ") + printed.text();
            return new Evaluation(rule, outcome, projectNumber, instance, text, score.interval(), null, null, null,
                    List.copyOf(cells.values()), "", "");
        }

        /** Compares the two sides of a check; {@code checked}: the rule's own check (not its precondition). */
        private Evaluation compare(Condition c, String instance, boolean checked) throws Skip, Absent, NotEvaluable {
            used = checked && totalSide != 0 ? usedBuffer : null;
            usedBuffer.clear();
            Val[] sides = both(c.left(), c.right());
            Val l = sides[0];
            Val r = sides[1];
            // Compare as printed: at the fewer decimals of the two sides (negative in 元 restated from 万元).
            int decimals = !printed(l) ? r.decimals() : !printed(r) ? l.decimals() : Math.min(l.decimals(), r.decimals());
            boolean round = decimals != EXACT && decimals != UNBOUNDED;
            BigDecimal pl = round ? l.point().setScale(decimals, RoundingMode.HALF_UP) : l.point();
            BigDecimal pr = round ? r.point().setScale(decimals, RoundingMode.HALF_UP) : r.point();
            int cmp = pl.compareTo(pr);
            boolean asPrinted;
            boolean overlap;
            switch (c.comparison()) {
                case EQUAL:
                    asPrinted = cmp == 0;
                    overlap = l.interval().overlaps(r.interval());
                    break;
                case AT_MOST:
                case LESS:
                    asPrinted = c.comparison() == Condition.Comparison.LESS ? cmp < 0 : cmp <= 0;
                    overlap = l.interval().lo().compareTo(r.interval().hi()) <= 0;
                    break;
                default:
                    asPrinted = c.comparison() == Condition.Comparison.GREATER ? cmp > 0 : cmp >= 0;
                    overlap = l.interval().hi().compareTo(r.interval().lo()) >= 0;
                    break;
            }
            Outcome outcome = asPrinted ? Outcome.PASS : overlap ? Outcome.ROUNDING : Outcome.FAIL;
            if (outcome != Outcome.PASS && used != null) {
                Evaluation blank = blank(instance);
                used = null;
                if (blank != null) {
                    return blank;
                }
            }
            used = null;
            String symbol = asPrinted ? c.comparison().symbol() : c.comparison().negated();
            String text = texts ? side(l) + " " + symbol + " " + side(r) : "";
            boolean leftPrinted = !l.compound() && r.compound();
            BigDecimal difference = l.point().subtract(r.point());
            BigDecimal allowed = l.interval().radius().add(r.interval().radius()).stripTrailingZeros();
            String[] unitNote = unitNote();
            return new Evaluation(rule, outcome, projectNumber, instance, text,
                    leftPrinted ? r.interval() : l.interval(), leftPrinted ? l.interval() : r.interval(),
                    Numbers.shown(difference), allowed, List.copyOf(cells.values()), unitNote[0], unitNote[1]);
        }

        /**
         * PARTS_BLANK where the total is filled and every part blank, TOTAL_BLANK where the total is blank and a
         * part filled; null where the parts are only partly blank (they count as 0) or nothing is filled.
         */
        private Evaluation blank(String instance) {
            if (used.size() < 2) {
                return null;
            }
            Figure total = totalSide == LEFT ? used.get(0) : used.get(used.size() - 1);
            List<Figure> parts = totalSide == LEFT ? used.subList(1, used.size()) : used.subList(0, used.size() - 1);
            boolean partsBlank = parts.stream().allMatch(Figure::isEmpty);
            Outcome outcome;
            List<Figure> blanks;
            String zh;
            String en;
            if (!total.isEmpty() && partsBlank) {
                outcome = Outcome.PARTS_BLANK;
                blanks = parts;
                zh = "合计已填（" + total.text() + "），分项均未填：";
                en = "the total is filled (" + total.text() + ") but every part is blank: ";
            } else if (total.isEmpty() && !partsBlank) {
                outcome = Outcome.TOTAL_BLANK;
                blanks = List.of(total);
                zh = "分项已填，合计未填：";
                en = "the parts are filled but the total is blank: ";
            } else {
                return null;
            }
            Set<String> where = new LinkedHashSet<>();
            blanks.forEach(f -> where.add(f.source().location()));
            return new Evaluation(rule, outcome, projectNumber, instance, "", null, null, null, null,
                    List.copyOf(cells.values()), zh + String.join("、", where), en + String.join(", ", where));
        }

        /** Whether a value's decimals come from printed figures (not a constant, product or quotient). */
        private static boolean printed(Val v) {
            return v.decimals() != EXACT && v.decimals() != UNBOUNDED;
        }

        private static String side(Val v) {
            return v.compound() ? v.text() + " = " + Numbers.display(v.point()) : v.text();
        }

        // ---- expressions ----------------------------------------------------------------------------

        private Val eval(Expr e) throws Skip, Absent, NotEvaluable {
            if (e instanceof Expr.Number n) {
                return new Val(n.value(), Interval.exact(n.value()), EXACT, texts ? n.value().toPlainString() : "", false);
            }
            if (e instanceof Expr.Ref r) {
                return figure(r);
            }
            if (e instanceof Expr.Binary b) {
                return binary(b);
            }
            if (e instanceof Expr.Call c) {
                return call(c);
            }
            if (e instanceof Expr.Negate n) {
                Val v = eval(n.operand());
                return new Val(v.point().negate(), v.interval().negate(), v.decimals(), texts ? "-" + paren(v) : "", true);
            }
            throw new NotEvaluable("一组行需要用 sum(…) 汇总", "a set of rows needs sum(…)");
        }

        private static String paren(Val v) {
            return v.compound() ? "(" + v.text() + ")" : v.text();
        }

        /**
         * Evaluates two operands. Where one does not apply (Skip) the whole does not, whatever the other
         * did: the outcome must not depend on the order of the terms.
         */
        private Val[] both(Expr left, Expr right) throws Skip, Absent, NotEvaluable {
            Val l = null;
            Val r = null;
            Exception first = null;
            try {
                l = eval(left);
            } catch (Absent | NotEvaluable e) {
                first = e;
            }
            try {
                r = eval(right);
            } catch (Absent | NotEvaluable e) {
                if (first == null) {
                    first = e;
                }
            }
            if (first instanceof Absent a) {
                throw a;
            }
            if (first instanceof NotEvaluable n) {
                throw n;
            }
            return new Val[]{l, r};
        }

        private Val binary(Expr.Binary b) throws Skip, Absent, NotEvaluable {
            Val[] sides = both(b.left(), b.right());
            Val l = sides[0];
            Val r = sides[1];
            int decimals = Math.max(l.decimals(), r.decimals());
            switch (b.op()) {
                case '+':
                    return new Val(l.point().add(r.point()), l.interval().add(r.interval()), decimals,
                            texts ? l.text() + " + " + r.text() : "", true);
                case '-':
                    return new Val(l.point().subtract(r.point()), l.interval().subtract(r.interval()), decimals,
                            texts ? l.text() + " - " + (b.right() instanceof Expr.Binary ? paren(r) : r.text()) : "", true);
                case '*':
                    return new Val(l.point().multiply(r.point()), l.interval().multiply(r.interval()), UNBOUNDED,
                            texts ? factor(b.left(), l) + " × " + factor(b.right(), r) : "", true);
                default:
                    if (isExactZero(l) && isExactZero(r)) {
                        throw new Skip(); // 0 / 0 from blank cells: a row with nothing printed
                    }
                    if (r.interval().containsZero()) {
                        throw new NotEvaluable("除数 " + r.text() + " 可能为 0，无法计算比率",
                                "the divisor " + r.text() + " may be 0, so the ratio cannot be computed");
                    }
                    return new Val(l.point().divide(r.point(), Interval.DIVISION), l.interval().divide(r.interval()),
                            UNBOUNDED, texts ? factor(b.left(), l) + " / " + factor(b.right(), r) : "", true);
            }
        }

        private static boolean isExactZero(Val v) {
            return v.interval().lo().signum() == 0 && v.interval().hi().signum() == 0;
        }

        private static String factor(Expr e, Val v) {
            return e instanceof Expr.Binary be && "+-".indexOf(be.op()) >= 0 ? "(" + v.text() + ")" : v.text();
        }

        private Val call(Expr.Call c) throws Skip, Absent, NotEvaluable {
            if (c.function().equals("filled")) {
                Expr.Ref r = (Expr.Ref) c.args().get(0);
                Table t = require(r.table());
                Optional<Row> row = row(t, r.row());
                Optional<Figure> f = row.isEmpty() ? Optional.empty() : column(t, row.get(), r.column());
                boolean filled = f.isPresent() && !f.get().isEmpty() && !f.get().text().isBlank();
                if (f.isPresent()) {
                    String key = columnKeyOf(row.get(), f.get());
                    cells.putIfAbsent(f.get().source(), new Participant(f.get().source(), t.id(),
                            row.get().key(), row.get().label().strip(), key, t.column(key).map(Column::label).orElse(key),
                            f.get().text()));
                }
                BigDecimal v = filled ? BigDecimal.ONE : BigDecimal.ZERO;
                return new Val(v, Interval.exact(v), EXACT, filled ? "「" + f.get().text() + "」" : "（空）", false);
            }
            List<Val> members = new ArrayList<>();
            for (Expr a : c.args()) {
                if (a instanceof Expr.Set s) {
                    Table t = require(s.table());
                    for (Row row : members(t, s.rows(), current)) {
                        Optional<Figure> f = column(t, row, s.column());
                        if (f.isPresent()) {
                            members.add(use(t, row, f.get()));
                        }
                    }
                } else if (a instanceof Expr.Ref r && !c.function().equals("abs")) {
                    // a listed row that is not printed adds nothing, as a set's missing rows do
                    Table t = require(r.table());
                    Optional<Row> row = row(t, r.row());
                    if (row.isPresent()) {
                        Optional<Figure> f = column(t, row.get(), r.column());
                        if (f.isPresent()) {
                            members.add(use(t, row.get(), f.get()));
                        }
                    }
                } else {
                    members.add(eval(a));
                }
            }
            if (members.isEmpty()) {
                throw new Skip(); // nothing printed to add up: nothing to check
            }
            switch (c.function()) {
                case "sum": {
                    BigDecimal p = BigDecimal.ZERO;
                    Interval iv = Interval.exact(BigDecimal.ZERO);
                    int dec = EXACT;
                    List<String> texts = new ArrayList<>();
                    for (Val v : members) {
                        p = p.add(v.point());
                        iv = iv.add(v.interval());
                        dec = Math.max(dec, v.decimals());
                        if (this.texts && (v.point().signum() != 0 || v.compound())) {
                            texts.add(v.text());
                        }
                    }
                    String text = texts.isEmpty() ? "0" : String.join(" + ", texts);
                    return new Val(p, iv, dec, text, members.size() > 1);
                }
                case "min":
                case "max": {
                    Val best = members.get(0);
                    Interval iv = best.interval();
                    int dec = best.decimals();
                    List<String> texts = new ArrayList<>();
                    for (Val v : members) {
                        texts.add(v.text());
                        dec = Math.max(dec, v.decimals());
                        if (c.function().equals("min") ? v.point().compareTo(best.point()) < 0
                                : v.point().compareTo(best.point()) > 0) {
                            best = v;
                        }
                    }
                    for (Val v : members.subList(1, members.size())) {
                        iv = c.function().equals("min") ? iv.min(v.interval()) : iv.max(v.interval());
                    }
                    return new Val(best.point(), iv, dec, c.function() + "(" + String.join(", ", texts) + ")", true);
                }
                default: {
                    Val v = members.get(0);
                    return new Val(v.point().abs(), v.interval().abs(), v.decimals(), "|" + v.text() + "|", true);
                }
            }
        }

        // ---- cells ----------------------------------------------------------------------------------

        private Optional<Table> table(TableId id) {
            if (id == TableId.PERF) {
                return Optional.ofNullable(project).map(PerformanceEvaluation::table);
            }
            return d.table(id);
        }

        private Table require(TableId id) throws Absent {
            Optional<Table> t = table(id);
            if (t.isEmpty()) {
                throw new Absent(id);
            }
            return t.get();
        }

        private Val figure(Expr.Ref r) throws Skip, Absent, NotEvaluable {
            Table t = require(r.table());
            Optional<Row> row = row(t, r.row());
            if (row.isEmpty()) {
                throw new NotEvaluable("表" + r.table().code() + "中没有" + Render.expr(r).replace("[" + r.table().code() + "] ", "")
                        + " 这一行", "table " + r.table().code() + " has no row " + Render.expr(r));
            }
            Optional<Figure> f = column(t, row.get(), r.column());
            if (f.isEmpty()) {
                if (iterating) {
                    throw new Skip();
                }
                throw new NotEvaluable("表" + r.table().code() + "的「" + row.get().label().strip() + "」行没有 "
                        + Render.expr(r) + " 这一栏", "row " + row.get().key() + " of table " + r.table().code()
                        + " has no column for " + Render.expr(r));
            }
            return use(t, row.get(), f.get());
        }

        private static String columnKeyOf(Row row, Figure f) {
            for (Map.Entry<String, Figure> e : row.figures().entrySet()) {
                if (e.getValue() == f) {
                    return e.getKey();
                }
            }
            return "";
        }

        private Val use(Table t, Row row, Figure f) throws NotEvaluable {
            if (used != null) {
                used.add(f);
            }
            if (texts && !cells.containsKey(f.source())) {
                String columnKey = columnKeyOf(row, f);
                String columnLabel = t.column(columnKey).map(Column::label).orElse(columnKey);
                cells.put(f.source(), new Participant(f.source(), t.id(), row.key(), row.label().strip(), columnKey,
                        columnLabel, f.text()));
            }
            if (!f.usable()) {
                throw new NotEvaluable(f.source().location() + "「" + f.text() + "」不是数字",
                        f.source().location() + " \"" + f.text() + "\" is not a number");
            }
            boolean number = f.kind() == Figure.Kind.NUMBER;
            if (number && mixedUnits && t.unit() == AmountUnit.YUAN) {
                converted.add(t.id());
                return inWanYuan(f);
            }
            String text = !texts ? "" : number ? f.value().toPlainString() : "0"; // as a number, whatever form it was stored in
            return new Val(f.amount(), rule.tolerance().interval(f), number ? f.decimals() : EXACT, text, false);
        }

        /**
         * A figure printed in 元, in a rule whose other figures are in 万元: 1 万元 = 10,000 元. Its interval
         * [v − ½·10^−d, v + ½·10^−d] 元 becomes that divided by 10,000, and is then widened by half a unit of the
         * 万元 tables' last decimal (0.005 万元): the 万元 figures it is compared with were rounded from amounts
         * like this one, so the figure is taken as a 万元 table would have printed it (compared as printed at
         * their decimals, too). Without the widening the same identity would allow less in a workbook that
         * mixes units than in one printed all in 万元, and rounding alone could make an ERROR. A rule with
         * tolerance {@code exact} is not widened.
         */
        /** What the instance converted, in Chinese and English ("" when nothing). */
        private String[] unitNote() {
            if (converted.isEmpty() || !texts) {
                return new String[]{"", ""};
            }
            String codes = String.join("、", converted.stream().map(TableId::code).toList());
            boolean widened = rule.tolerance().mode() != Tolerance.Mode.EXACT;
            return new String[]{"表" + codes + "的金额单位为元，已除以 10000 换算为万元比较" + (widened ? "（按万元末位放宽 ±0.005）" : ""),
                    "table " + codes + " prints amounts in 元: they are compared in 万元 (÷ 10,000"
                            + (widened ? ", widened by ±0.005 万元)" : ")")};
        }

        private Val inWanYuan(Figure f) {
            BigDecimal point = f.amount().movePointLeft(4);
            Interval yuan = rule.tolerance().interval(f);
            int decimals = AmountUnit.WAN_YUAN.decimals();
            boolean exact = rule.tolerance().mode() == Tolerance.Mode.EXACT;
            BigDecimal widen = exact ? BigDecimal.ZERO : Interval.halfUnit(decimals);
            Interval interval = new Interval(yuan.lo().movePointLeft(4).subtract(widen), yuan.hi().movePointLeft(4).add(widen));
            String text = !texts ? "" : Numbers.shown(point).toPlainString() + "（" + f.value().toPlainString() + " 元）";
            return new Val(point, interval, exact ? f.decimals() + 4 : decimals, text, false);
        }

        private Optional<Row> row(Table t, Expr.RowSelector sel) throws Skip {
            if (sel instanceof Expr.Line l) {
                for (Row r : t.rows()) {
                    if (r.standardLine() != null ? r.standardLine() == l.line() : r.line() != null && r.line() == l.line()) {
                        return Optional.of(r);
                    }
                }
                return Optional.empty();
            }
            if (sel instanceof Expr.Code c) {
                return t.rows().stream().filter(r -> c.code().equals(r.code()) || c.code().equals(r.key())).findFirst();
            }
            if (sel instanceof Expr.Key k) {
                return t.row(k.key());
            }
            if (sel instanceof Expr.Label l) {
                String want = Labels.withoutParenthetical(Labels.fold(l.label()));
                return t.rows().stream()
                        .filter(r -> Labels.withoutParenthetical(Labels.fold(r.label())).equals(want)).findFirst();
            }
            if (current == null) {
                throw new Skip();
            }
            if (sel instanceof Expr.Current && t == scopeTable) {
                return Optional.of(current);
            }
            // same (or a current-row reference into another table): the row with the current code or key
            if (current.code() != null) {
                for (Row r : t.rows()) {
                    if (current.code().equals(r.code()) || current.code().equals(r.key())) {
                        return Optional.of(r);
                    }
                }
            }
            return t.row(current.key());
        }

        private Optional<Figure> column(Table t, Row row, Expr.ColumnSelector sel) throws NotEvaluable {
            if (sel instanceof Expr.ColumnKey k) {
                return row.figure(k.key());
            }
            if (sel instanceof Expr.AnyColumn) {
                return anyColumn == null ? Optional.empty() : row.figure(anyColumn);
            }
            if (sel instanceof Expr.ColumnNumber n) {
                for (Column c : t.columns()) {
                    Integer number = c.standardNumber() != null ? c.standardNumber() : c.number();
                    if (number != null && number == n.number() && row.figures().containsKey(c.key())) {
                        return row.figure(c.key());
                    }
                }
                return Optional.empty();
            }
            if (sel instanceof Expr.ColumnLabel l) {
                String want = Labels.fold(l.label());
                for (Column c : t.columns()) {
                    String label = Labels.fold(c.label());
                    if ((label.equals(want) || label.endsWith("/" + want)) && row.figures().containsKey(c.key())) {
                        return row.figure(c.key());
                    }
                }
                return Optional.empty();
            }
            if (row.figures().size() == 1) {
                return Optional.of(row.figures().values().iterator().next());
            }
            if (row.figures().isEmpty()) {
                return Optional.empty();
            }
            throw new NotEvaluable("表" + t.id().code() + "的「" + row.label().strip() + "」行有多个栏，请指明哪一栏",
                    "row " + row.key() + " of table " + t.id().code() + " has several columns: name one");
        }

        private List<Row> members(Table t, Expr.RowSet set, Row parent) throws Skip {
            List<Row> out = new ArrayList<>();
            if (set instanceof Expr.LineRange r) {
                for (Row row : t.rows()) {
                    Integer line = row.standardLine() != null ? row.standardLine() : row.line();
                    if (line != null && line >= r.from() && line <= r.to()) {
                        out.add(row);
                    }
                }
            } else if (set instanceof Expr.Classes) {
                t.rows().stream().filter(r -> r.code() != null && r.code().length() == 3).forEach(out::add);
            } else if (set instanceof Expr.Parents) {
                for (Row row : t.rows()) {
                    if (row.code() != null && !children(t, row).isEmpty()) {
                        out.add(row);
                    }
                }
            } else if (set instanceof Expr.Children) {
                if (parent == null) {
                    throw new Skip();
                }
                Row p = t == scopeTable ? parent : row(t, new Expr.Same()).orElse(null);
                if (p != null) {
                    out.addAll(children(t, p));
                }
            } else if (set instanceof Expr.KeyPrefix k) {
                t.rows().stream().filter(r -> r.key().startsWith(k.prefix())).forEach(out::add);
            } else {
                out.addAll(t.rows());
            }
            return out;
        }

        private static List<Row> children(Table t, Row parent) {
            List<Row> out = new ArrayList<>();
            String code = parent.code();
            if (code == null) {
                return out;
            }
            Set<String> seen = new LinkedHashSet<>();
            for (Row r : t.rows()) {
                if (r.code() != null && r.code().length() == code.length() + 2 && r.code().startsWith(code)
                        && seen.add(r.code())) {
                    out.add(r);
                }
            }
            return out;
        }
    }
}
