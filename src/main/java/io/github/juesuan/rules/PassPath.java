package io.github.juesuan.rules;

import io.github.juesuan.model.AmountUnit;
import io.github.juesuan.model.Figure;
import io.github.juesuan.model.Row;
import io.github.juesuan.model.Table;

import java.math.BigDecimal;
import java.util.List;

/**
 * The PASS path: whether a check holds as printed, decided with a few {@code long} operations on the printed
 * figures (each an unscaled {@code long} and a scale: 410.33 is 41033 at scale 2). Most checks of a disclosure
 * hold, and a check that holds is counted, not reported: it needs no interval, no {@code BigDecimal} and no text.
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

    /** The largest scale handled, and the largest power of ten a value is multiplied by. */
    private static final int MAX_SCALE = 18;
    private static final long[] POWERS = new long[MAX_SCALE + 1];

    static {
        POWERS[0] = 1;
        for (int i = 1; i <= MAX_SCALE; i++) {
            POWERS[i] = POWERS[i - 1] * 10;
        }
    }

    private final CellResolver cells;
    /** Whether figures in 元 are compared in 万元 (the rule's tables print both units). */
    private boolean mixedUnits;
    /** Whether the rule takes figures exactly as printed (a converted figure keeps its own decimals then). */
    private boolean exact;

    /* The value last evaluated: unscaled × 10^−scale, printed with `decimals` decimals (Value.EXACT: not printed). */
    private long unscaled;
    private int scale;
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
        long l = unscaled;
        int ls = scale;
        int ld = decimals;
        if (!eval(c.right())) {
            return Decision.UNKNOWN;
        }
        long r = unscaled;
        int rs = scale;
        int d = Verdict.decimals(ld, decimals);
        if (d != Value.EXACT) { // both sides rounded half up to the decimals they are compared at
            if (d < 0 || !round(l, ls, d)) {
                return Decision.UNKNOWN;
            }
            l = unscaled;
            ls = scale;
            if (!round(r, rs, d)) {
                return Decision.UNKNOWN;
            }
            r = unscaled;
            rs = scale;
        }
        int cmp = compare(l, ls, r, rs);
        if (cmp == Integer.MIN_VALUE) {
            return Decision.UNKNOWN;
        }
        return Verdict.holds(c.comparison(), cmp) ? Decision.HOLDS : Decision.FAILS;
    }

    // ---- evaluation: true with the value in (unscaled, scale, decimals), false where it is not decided here ----

    private boolean eval(Expr e) {
        if (e instanceof Expr.Ref r) {
            Table t = cells.tableOrNull(r.table());
            if (t == null || !cells.canTake(r.row())) {
                return false;
            }
            Row row = cells.row(t, r.row());
            if (row == null || cells.ambiguous(row, r.column())) {
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
            return fixed(n.value());
        }
        if (e instanceof Expr.Negate n) {
            if (!eval(n.operand()) || unscaled == Long.MIN_VALUE) {
                return false;
            }
            unscaled = -unscaled;
            return true;
        }
        return false; // a set outside sum(…): the exact path says so
    }

    private boolean binary(Expr.Binary b) {
        if (!eval(b.left())) {
            return false;
        }
        long l = unscaled;
        int ls = scale;
        int ld = decimals;
        if (!eval(b.right())) {
            return false;
        }
        long r = b.op() == '+' ? unscaled : -unscaled;
        if (unscaled == Long.MIN_VALUE) {
            return false;
        }
        decimals = Math.max(ld, decimals);
        return add(l, ls, r, scale);
    }

    /** A figure's value: a number as printed (in 万元 where its table is in 元 and the rule mixes units), a blank 0. */
    private boolean use(Table t, Figure f) {
        if (!f.usable()) {
            return false;
        }
        if (f.kind() != Figure.Kind.NUMBER) {
            unscaled = 0;
            scale = 0;
            decimals = Value.EXACT;
            return true;
        }
        if (!fixed(f.value())) {
            return false;
        }
        if (mixedUnits && t.unit() == AmountUnit.YUAN) {
            scale += 4; // 1 万元 = 10,000 元
            decimals = exact ? f.decimals() + 4 : AmountUnit.WAN_YUAN.decimals();
            return scale <= MAX_SCALE;
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
        if (row != null && cells.ambiguous(row, r.column())) {
            return false;
        }
        Figure f = row == null ? null : cells.column(t, row, r.column());
        unscaled = f != null && !f.isEmpty() && !f.text().isBlank() ? 1 : 0;
        scale = 0;
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
                    if (cells.ambiguous(row, s.column())) {
                        return false;
                    }
                    Figure f = cells.column(t, row, s.column());
                    if (f == null) {
                        continue;
                    }
                    if (!use(t, f) || !fold(function, n++, acc, accScale)) {
                        return false;
                    }
                    acc = unscaled;
                    accScale = scale;
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
                if (cells.ambiguous(row, r.column())) {
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
            acc = unscaled;
            accScale = scale;
            accDecimals = !abs ? Math.max(accDecimals, decimals) : n == 1 ? decimals : accDecimals;
        }
        if (n == 0) {
            return false; // nothing printed to add up: the instance does not apply
        }
        unscaled = acc;
        scale = accScale;
        decimals = accDecimals;
        return true;
    }

    /**
     * Folds the value just evaluated (member number {@code index}) into what the function has so far, leaving
     * the result in (unscaled, scale).
     */
    private boolean fold(String function, int index, long acc, int accScale) {
        if (function.equals("sum")) {
            return index == 0 || add(acc, accScale, unscaled, scale);
        }
        if (function.equals("abs")) {
            if (index > 0) {
                unscaled = acc; // abs takes its first member
                scale = accScale;
                return true;
            }
            if (unscaled == Long.MIN_VALUE) {
                return false;
            }
            unscaled = Math.abs(unscaled);
            return true;
        }
        if (index == 0) {
            return true;
        }
        int cmp = compare(unscaled, scale, acc, accScale);
        if (cmp == Integer.MIN_VALUE) {
            return false;
        }
        if (function.equals("min") ? cmp >= 0 : cmp <= 0) { // the first of equal values stays, as in the exact path
            unscaled = acc;
            scale = accScale;
        }
        return true;
    }

    // ---- fixed-point arithmetic: false (or Integer.MIN_VALUE) where a result would not fit -----------------------

    /** A decimal as (unscaled, scale), where it has at most 18 digits and a scale 0–18. */
    private boolean fixed(BigDecimal v) {
        int s = v.scale();
        if (s < 0 || s > MAX_SCALE || v.precision() > MAX_SCALE) {
            return false;
        }
        unscaled = unscaled(v);
        scale = s;
        return true;
    }

    /** 10^n, n 0–18. */
    static long power(int n) {
        return POWERS[n];
    }

    /** 10^n as a double, exact for n ≤ 18 (every power of ten up to 10^22 is a double). */
    private static final double[] DOUBLE_POWERS = new double[MAX_SCALE + 1];

    static {
        for (int i = 0; i <= MAX_SCALE; i++) {
            DOUBLE_POWERS[i] = POWERS[i];
        }
    }

    /**
     * The unscaled value of a decimal of scale 0–18 and at most 18 digits, without making another {@code BigDecimal}.
     * Up to 15 digits it comes back from the double quotient: {@code doubleValue} of such a decimal is the correctly
     * rounded quotient of two exact doubles (or of its text), and multiplying back by 10^scale rounds once more, so
     * the product is within |unscaled| · 2^−51 of the unscaled value; below 10^15 < 2^50 that is less than ½, and
     * rounding to the nearest long gives it exactly.
     */
    static long unscaled(BigDecimal v) {
        int s = v.scale();
        if (s == 0) {
            return v.longValue();
        }
        if (v.precision() <= 15) {
            return Math.round(v.doubleValue() * DOUBLE_POWERS[s]);
        }
        return v.movePointRight(s).longValue();
    }

    /** l·10^−ls + r·10^−rs into (unscaled, scale). */
    private boolean add(long l, int ls, long r, int rs) {
        int s = Math.max(ls, rs);
        long a = up(l, s - ls);
        long b = up(r, s - rs);
        if (a == Long.MIN_VALUE || b == Long.MIN_VALUE) {
            return false;
        }
        long sum = a + b;
        if (((a ^ sum) & (b ^ sum)) < 0 || sum == Long.MIN_VALUE) {
            return false;
        }
        unscaled = sum;
        scale = s;
        return true;
    }

    /** The sign of l·10^−ls − r·10^−rs, or Integer.MIN_VALUE where they cannot be brought to one scale. */
    private static int compare(long l, int ls, long r, int rs) {
        int s = Math.max(ls, rs);
        long a = up(l, s - ls);
        long b = up(r, s - rs);
        return a == Long.MIN_VALUE || b == Long.MIN_VALUE ? Integer.MIN_VALUE : Long.compare(a, b);
    }

    /** x·10^n, or Long.MIN_VALUE where it does not fit. */
    private static long up(long x, int n) {
        if (n == 0) {
            return x;
        }
        if (n > MAX_SCALE) {
            return x == 0 ? 0 : Long.MIN_VALUE;
        }
        long p = POWERS[n];
        long hi = Math.multiplyHigh(x, p);
        long lo = x * p;
        return hi != (lo >> 63) || lo == Long.MIN_VALUE ? Long.MIN_VALUE : lo;
    }

    /** x·10^−s at d decimals, rounded half up (away from zero on a tie) as BigDecimal.setScale does, into (unscaled, scale). */
    private boolean round(long x, int s, int d) {
        if (s <= d) {
            unscaled = x;
            scale = s;
            return true;
        }
        if (s - d > MAX_SCALE) {
            return false;
        }
        long p = POWERS[s - d];
        long q = x / p;
        long rest = Math.abs(x % p);
        if (rest >= p - rest) {
            q += Long.signum(x);
        }
        unscaled = q;
        scale = d;
        return true;
    }
}
