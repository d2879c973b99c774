package io.github.juesuan.rules;

import io.github.juesuan.model.Disclosure;
import io.github.juesuan.model.PerformanceEvaluation;
import io.github.juesuan.model.TableId;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
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
     * Every evaluation of every rule, in pack order; {@code brief} PASS evaluations carry only their rule,
     * outcome and project: no substituted text, instance, intervals, difference or cells (what a report lists
     * is never brief; the PASS evaluations of one rule may be one shared object). A checker that counts passes and
     * lists the rest saves most of the work of a check this way: a check that holds is decided with {@code long}
     * additions on the printed figures, without intervals or text.
     *
     * @param pack       the rules, checked in pack order
     * @param disclosure the disclosure they are checked on
     * @param brief      whether PASS evaluations leave out their substituted text, instance, intervals, difference
     *                   and cells
     * @return one evaluation per instance of each rule that applies
     */
    public static List<Evaluation> evaluate(RulePack pack, Disclosure disclosure, boolean brief) {
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(disclosure, "disclosure");
        List<Evaluation> out = new ArrayList<>();
        Check check = new Check(disclosure);
        for (Plan plan : plans(pack)) {
            check.run(plan, out, brief);
        }
        return out;
    }

    /**
     * Every evaluation of one rule.
     *
     * @param rule       the rule to check
     * @param disclosure the disclosure they are checked on
     * @return one evaluation per instance (per row of its scope, column of a {@code .*}, project of a
     *         绩效自评表 rule); empty when its tables are all absent
     */
    public static List<Evaluation> evaluate(Rule rule, Disclosure disclosure) {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(disclosure, "disclosure");
        List<Evaluation> out = new ArrayList<>();
        new Check(disclosure).run(new Plan(rule), out, false);
        return out;
    }

    /**
     * What checking a rule needs that does not depend on the disclosure, worked out once per rule pack. Immutable:
     * the plans of a pack are shared by every thread that checks with it.
     */
    static final class Plan {
        final Rule rule;
        /** The tables the rule names, in {@link TableId} order. */
        final List<TableId> tables;
        /** Whether the rule is checked once per 绩效自评表 project. */
        final boolean perProject;
        /** Which side of the rule's check is a total over parts: {@link #LEFT}, {@link #RIGHT} or 0. */
        final int totalSide;
        /** The leaves of the check that take every column (or a list of columns) in turn, left side first. */
        final List<Expr> anyColumns;
        /** The columns those leaves list (empty: every column of their table). */
        final List<String> onlyColumns;
        /** The table whose columns they take: the scope's, else the first such leaf's; null where there are none. */
        final TableId columnTable;

        Plan(Rule rule) {
            this.rule = rule;
            Set<TableId> t = tablesOf(rule);
            this.tables = List.copyOf(t);
            this.perProject = t.contains(TableId.PERF);
            Condition c = rule.condition();
            this.totalSide = c == null ? 0 : totalSide(c);
            this.anyColumns = c == null ? List.of() : List.copyOf(anyColumnLeaves(c));
            Set<String> only = new LinkedHashSet<>();
            anyColumns.forEach(l -> only.addAll(((ColumnSelector.AnyColumn) columnOf(l)).only()));
            this.onlyColumns = List.copyOf(only);
            this.columnTable = anyColumns.isEmpty() ? null
                    : rule.scope() != null ? rule.scope().table() : tableOf(anyColumns.get(0));
        }
    }

    /** The plans of a pack's rules, in pack order, and the list of rules they were made from. */
    private record Plans(List<Rule> rules, Plan[] plans) {
    }

    /** The plans of the pack last checked (a checker checks one pack, from however many threads). */
    private static volatile Plans last;

    private static Plan[] plans(RulePack pack) {
        Plans p = last;
        if (p != null && p.rules() == pack.rules()) {
            return p.plans();
        }
        List<Rule> rules = pack.rules();
        Plan[] plans = new Plan[rules.size()];
        for (int i = 0; i < plans.length; i++) {
            plans[i] = new Plan(rules.get(i));
        }
        last = new Plans(rules, plans);
        return plans;
    }

    /** One check of a disclosure: the rule instances that resolve its cells, one per 绩效自评表 project (and none). */
    private static final class Check {
        private final Disclosure disclosure;
        private RuleInstance tables;
        private RuleInstance[] projects;

        Check(Disclosure disclosure) {
            this.disclosure = disclosure;
        }

        void run(Plan plan, List<Evaluation> out, boolean brief) {
            if (plan.rule.words() != null) {
                out.addAll(NarrativeEngine.evaluate(plan.rule, disclosure));
            } else if (plan.perProject) {
                List<PerformanceEvaluation> evaluations = disclosure.evaluations();
                if (projects == null) {
                    projects = new RuleInstance[evaluations.size()];
                }
                for (int n = 0; n < projects.length; n++) {
                    if (projects[n] == null) {
                        projects[n] = new RuleInstance(disclosure, evaluations.get(n), n + 1);
                    }
                    projects[n].run(plan, out, brief);
                }
            } else {
                if (tables == null) {
                    tables = new RuleInstance(disclosure, null, 0);
                }
                tables.run(plan, out, brief);
            }
        }
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
        if (e instanceof Expr.Ref || e instanceof Expr.CellSet) {
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

    static TableId tableOf(Expr leaf) {
        return leaf instanceof Expr.Ref r ? r.table() : ((Expr.CellSet) leaf).table();
    }

    static ColumnSelector columnOf(Expr leaf) {
        return leaf instanceof Expr.Ref r ? r.column() : ((Expr.CellSet) leaf).column();
    }

    private static void collect(Expr e, Set<TableId> out) {
        leaves(e).forEach(l -> out.add(tableOf(l)));
    }

    /** The leaves that take every column (or a list of columns) in turn, left side first. */
    static List<Expr> anyColumnLeaves(Condition c) {
        List<Expr> out = new ArrayList<>();
        for (Expr side : new Expr[]{c.left(), c.right()}) {
            leaves(side).stream().filter(l -> columnOf(l) instanceof ColumnSelector.AnyColumn).forEach(out::add);
        }
        return out;
    }

    /** The left side of a check is a total over the parts on its right. */
    static final int LEFT = -1;
    /** The right side of a check is a total over the parts on its left. */
    static final int RIGHT = 1;

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
            return c.args().stream().allMatch(a -> a instanceof Expr.CellSet || parts(a));
        }
        return false;
    }
}
