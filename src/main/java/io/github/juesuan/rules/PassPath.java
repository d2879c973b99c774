package io.github.juesuan.rules;

import io.github.juesuan.model.AmountUnit;
import io.github.juesuan.model.Figure;
import io.github.juesuan.model.Row;
import io.github.juesuan.model.Table;

import java.util.List;

/**
 * The PASS path: whether a check holds as printed, decided with a few {@code long} operations on the printed
 * figures (each a {@link FixedPoint}: an unscaled {@code long} and a scale, 410.33 is 41033 at scale 2). Most
 * checks of a disclosure hold, and a check that holds is counted, not reported: it needs no interval, no
 * {@code BigDecimal} and no text.
 *
 * <p>It decides only what it can decide exactly as {@link IntervalEvaluator} would: a check of {@code +}, {@code -},
 * negation, {@code sum}, {@code min}, {@code max}, {@code abs} and {@code filled} over constants and cells that are
 * all found and usable, every value and every intermediate result within 18 digits. Anything else (a product or a
 * quotient, a missing row or column, a cell that is not a number, an absent table, a value too long, an overflow)
 * is {@link Decision#UNKNOWN}, and the exact path decides, and says why. Both paths add the same exact values and
 * round half up to the same decimals, so where this one decides, its verdict is the exact path's.
 */
final class PassPath {
    /** What the PASS path found. */
    enum Decision {
        /** The check holds as printed: PASS. */
        HOLDS,
        /** The check does not hold as printed (the exact path says whether rounding explains it). */
        FAILS,
        /** Not decided here: the exact path decides. */
        UNKNOWN
    }

    private final CellResolver cells;
    /** Whether figures in 元 are compared in 万元 (the rule's tables print both units). */
    private boolean mixedUnits;
    /** Whether the rule takes figures exactly as printed (a converted figure keeps its own decimals then). */
    private boolean exact;

    /** The value last evaluated, printed with {@link #decimals} decimals. */
    private final FixedPoint value = new FixedPoint();
    /** The decimals the value last evaluated is printed with; Value.EXACT: not printed. */
    private int decimals;

    PassPath(CellResolver cells) {
        this.cells = cells;
    }

    /** Starts another rule. */
    void reset(Rule rule, boolean mixedUnits) {
        this.mixedUnits = mixedUnits;
        this.exact = rule.tolerance().mode() == Tolerance.Mode.EXACT;
    }

    /**
     * The decision on the check of a rule with neither scope nor {@code .*} (for tests that compare it with the
     * exact path's verdict).
     */
    static Decision decide(Rule rule, io.github.juesuan.model.Disclosure d) {
        CellResolver cells = new CellResolver(d, null);
        PassPath pass = new PassPath(cells);
        pass.reset(rule, cells.mixedUnits(List.copyOf(RuleEngine.tablesOf(rule))));
        return pass.decide(rule.condition());
    }

    /** Whether a condition holds as printed at the current row and column, where that can be decided here. */
    Decision decide(Condition c) {
        if (!eval(c.left())) {
            return Decision.UNKNOWN;
        }
        long l = value.unscaled;
        int ls = value.scale;
        int ld = decimals;
        if (!eval(c.right())) {
            return Decision.UNKNOWN;
        }
        long r = value.unscaled;
        int rs = value.scale;
        int d = Verdict.decimals(ld, decimals);
        if (d != Value.EXACT) { // both sides rounded half up to the decimals they are compared at
            if (d < 0 || !value.round(l, ls, d)) {
                return Decision.UNKNOWN;
            }
            l = value.unscaled;
            ls = value.scale;
            if (!value.round(r, rs, d)) {
                return Decision.UNKNOWN;
            }
            r = value.unscaled;
            rs = value.scale;
        }
        int cmp = FixedPoint.compare(l, ls, r, rs);
        if (cmp == Integer.MIN_VALUE) {
            return Decision.UNKNOWN;
        }
        return Verdict.holds(c.comparison(), cmp) ? Decision.HOLDS : Decision.FAILS;
    }

    // ---- evaluation: true with the result in (value, decimals), false where it is not decided here ---------------

    private boolean eval(Expr e) {
        if (e instanceof Expr.Ref r) {
            Table t = cells.tableOrNull(r.table());
            if (t == null || !cells.canTake(r.row())) {
                return false;
            }
            Row row = cells.row(t, r.row());
            if (row == null || CellResolver.ambiguous(row, r.column())) {
                return false;
            }
            Figure f = cells.column(t, row, r.column());
            return f != null && use(t, f);
        }
        if (e instanceof Expr.Binary b) {
            return (b.op() == '+' || b.op() == '-') && binary(b);
        }
        if (e instanceof Expr.Call c) {
            return c.function().equals("filled") ? filled((Expr.Ref) c.args().get(0)) : call(c);
        }
        if (e instanceof Expr.Constant n) {
            decimals = Value.EXACT;
            return value.set(n.value());
        }
        if (e instanceof Expr.Negate n) {
            if (!eval(n.operand()) || value.unscaled == Long.MIN_VALUE) {
                return false;
            }
            value.unscaled = -value.unscaled;
            return true;
        }
        return false; // a set outside sum(…): the exact path says so
    }

    private boolean binary(Expr.Binary b) {
        if (!eval(b.left())) {
            return false;
        }
        long l = value.unscaled;
        int ls = value.scale;
        int ld = decimals;
        if (!eval(b.right())) {
            return false;
        }
        long r = b.op() == '+' ? value.unscaled : -value.unscaled;
        if (value.unscaled == Long.MIN_VALUE) {
            return false;
        }
        decimals = Math.max(ld, decimals);
        return value.add(l, ls, r, value.scale);
    }

    /** A figure's value: a number as printed (in 万元 where its table is in 元 and the rule mixes units), a blank 0. */
    private boolean use(Table t, Figure f) {
        if (!f.usable()) {
            return false;
        }
        if (f.kind() != Figure.Kind.NUMBER) {
            value.unscaled = 0;
            value.scale = 0;
            decimals = Value.EXACT;
            return true;
        }
        if (!value.set(f.value())) {
            return false;
        }
        int places = t.unit().placesBelowWanYuan();
        if (mixedUnits && places > 0) {
            value.scale += places; // 1 万元 = 10,000 元 = 10 千元
            decimals = exact ? f.decimals() + places : AmountUnit.WAN_YUAN.decimals();
            return value.scale <= FixedPoint.MAX_SCALE;
        }
        decimals = f.decimals();
        return true;
    }

    private boolean filled(Expr.Ref r) {
        Table t = cells.tableOrNull(r.table());
        if (t == null || !cells.canTake(r.row())) {
            return false;
        }
        Row row = cells.row(t, r.row());
        if (row != null && CellResolver.ambiguous(row, r.column())) {
            return false;
        }
        Figure f = row == null ? null : cells.column(t, row, r.column());
        value.unscaled = f != null && !f.isEmpty() && !f.text().isBlank() ? 1 : 0;
        value.scale = 0;
        decimals = Value.EXACT;
        return true;
    }

    /** sum, min, max or abs of the members, as {@link IntervalEvaluator} takes them (missing rows add nothing). */
    private boolean call(Expr.Call c) {
        String function = c.function();
        boolean abs = function.equals("abs");
        long acc = 0;
        int accScale = 0;
        int accDecimals = Value.EXACT;
        int n = 0;
        for (Expr a : c.args()) {
            if (a instanceof Expr.CellSet s) {
                Table t = cells.tableOrNull(s.table());
                if (t == null || !CellResolver.applies(s.rows(), cells.current())) {
                    return false;
                }
                for (Row row : cells.members(t, s.rows(), cells.current())) {
                    if (CellResolver.ambiguous(row, s.column())) {
                        return false;
                    }
                    Figure f = cells.column(t, row, s.column());
                    if (f == null) {
                        continue;
                    }
                    if (!use(t, f) || !fold(function, n++, acc, accScale)) {
                        return false;
                    }
                    acc = value.unscaled;
                    accScale = value.scale;
                    accDecimals = !abs ? Math.max(accDecimals, decimals) : n == 1 ? decimals : accDecimals;
                }
                continue;
            }
            if (a instanceof Expr.Ref r && !abs) {
                Table t = cells.tableOrNull(r.table());
                if (t == null || !cells.canTake(r.row())) {
                    return false;
                }
                Row row = cells.row(t, r.row());
                if (row == null) {
                    continue; // a listed row that is not printed adds nothing
                }
                if (CellResolver.ambiguous(row, r.column())) {
                    return false;
                }
                Figure f = cells.column(t, row, r.column());
                if (f == null) {
                    continue;
                }
                if (!use(t, f)) {
                    return false;
                }
            } else if (!eval(a)) {
                return false;
            }
            if (!fold(function, n++, acc, accScale)) {
                return false;
            }
            acc = value.unscaled;
            accScale = value.scale;
            accDecimals = !abs ? Math.max(accDecimals, decimals) : n == 1 ? decimals : accDecimals;
        }
        if (n == 0) {
            return false; // nothing printed to add up: the instance does not apply
        }
        value.unscaled = acc;
        value.scale = accScale;
        decimals = accDecimals;
        return true;
    }

    /**
     * Folds the value just evaluated (member number {@code index}) into what the function has so far, leaving
     * the result in {@link #value}.
     */
    private boolean fold(String function, int index, long acc, int accScale) {
        if (function.equals("sum")) {
            return index == 0 || value.add(acc, accScale, value.unscaled, value.scale);
        }
        if (function.equals("abs")) {
            if (index > 0) {
                value.unscaled = acc; // abs takes its first member
                value.scale = accScale;
                return true;
            }
            if (value.unscaled == Long.MIN_VALUE) {
                return false;
            }
            value.unscaled = Math.abs(value.unscaled);
            return true;
        }
        if (index == 0) {
            return true;
        }
        int cmp = FixedPoint.compare(value.unscaled, value.scale, acc, accScale);
        if (cmp == Integer.MIN_VALUE) {
            return false;
        }
        if (function.equals("min") ? cmp >= 0 : cmp <= 0) { // the first of equal values stays, as in the exact path
            value.unscaled = acc;
            value.scale = accScale;
        }
        return true;
    }
}
