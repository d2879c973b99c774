package io.github.juesuan.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A closed interval [lo, hi] of decimals: what a printed figure stands for, and what a computation over
 * printed figures can be. Arithmetic follows interval rules, so the tolerance of an identity grows with
 * the number of its terms by itself (XBRL Calculations 1.1, EBA validation rules).
 *
 * @param lo the lower bound
 * @param hi the upper bound, not below {@code lo}
 */
public record Interval(BigDecimal lo, BigDecimal hi) {
    /** Enough digits for quotients of money figures; results are shown rounded far below this. */
    static final MathContext DIVISION = new MathContext(34, RoundingMode.HALF_EVEN);

    /**
     * Checks the bounds.
     *
     * @param lo the lower bound
     * @param hi the upper bound
     * @throws NullPointerException     if a bound is null
     * @throws IllegalArgumentException if {@code lo} is above {@code hi}
     */
    public Interval {
        Objects.requireNonNull(lo, "lo");
        Objects.requireNonNull(hi, "hi");
        if (lo.compareTo(hi) > 0) {
            throw new IllegalArgumentException("empty interval [" + lo + ", " + hi + "]");
        }
    }

    /**
     * The interval holding exactly {@code v}.
     *
     * @param v the value
     * @return [v, v]
     */
    public static Interval exact(BigDecimal v) {
        Objects.requireNonNull(v, "v");
        return new Interval(v, v);
    }

    /**
     * The interval of radius {@code radius} around {@code v}.
     *
     * @param v      the centre
     * @param radius the half-width; not negative
     * @return [v − radius, v + radius]
     * @throws IllegalArgumentException if {@code radius} is negative
     */
    public static Interval around(BigDecimal v, BigDecimal radius) {
        Objects.requireNonNull(v, "v");
        Objects.requireNonNull(radius, "radius");
        return new Interval(v.subtract(radius), v.add(radius));
    }

    /**
     * What a figure printed with {@code decimals} decimals stands for: [v − ½·10^−d, v + ½·10^−d].
     *
     * @param v        the value as printed
     * @param decimals how many decimals are printed (d)
     * @return the interval of the true amounts that print as {@code v}
     */
    public static Interval printed(BigDecimal v, int decimals) {
        Objects.requireNonNull(v, "v");
        return around(v, halfUnit(decimals));
    }

    /**
     * Half a unit in the last printed place.
     *
     * @param decimals how many decimals are printed (d); 0 gives 0.5
     * @return ½·10^−d, e.g. 0.005 for two decimals
     */
    public static BigDecimal halfUnit(int decimals) {
        return decimals >= 0 && decimals < HALF_UNITS.length ? HALF_UNITS[decimals] : BigDecimal.valueOf(5, decimals + 1);
    }

    /** ½·10^−d for d = 0…9, made once: every printed figure in every rule needs one. */
    private static final BigDecimal[] HALF_UNITS = new BigDecimal[10];

    static {
        for (int d = 0; d < HALF_UNITS.length; d++) {
            HALF_UNITS[d] = BigDecimal.valueOf(5, d + 1);
        }
    }

    /**
     * The sum.
     *
     * @param o the other term
     * @return [lo + o.lo, hi + o.hi]
     */
    public Interval add(Interval o) {
        Objects.requireNonNull(o, "o");
        return new Interval(lo.add(o.lo), hi.add(o.hi));
    }

    /**
     * The difference.
     *
     * @param o the subtrahend
     * @return [lo − o.hi, hi − o.lo]
     */
    public Interval subtract(Interval o) {
        Objects.requireNonNull(o, "o");
        return new Interval(lo.subtract(o.hi), hi.subtract(o.lo));
    }

    /**
     * The negation.
     *
     * @return [−hi, −lo]
     */
    public Interval negate() {
        return new Interval(hi.negate(), lo.negate());
    }

    /**
     * The product.
     *
     * @param o the other factor
     * @return the smallest interval holding every product of a point of each
     */
    public Interval multiply(Interval o) {
        Objects.requireNonNull(o, "o");
        return hull(lo.multiply(o.lo), lo.multiply(o.hi), hi.multiply(o.lo), hi.multiply(o.hi));
    }

    /**
     * Whether 0 lies in the interval.
     *
     * @return true when lo ≤ 0 ≤ hi
     */
    public boolean containsZero() {
        return lo.signum() <= 0 && hi.signum() >= 0;
    }

    /**
     * The quotient, its bounds to 34 significant digits.
     *
     * @param o the divisor
     * @return the smallest interval holding every quotient of a point of each (up to that precision)
     * @throws ArithmeticException when the divisor interval contains 0
     */
    public Interval divide(Interval o) {
        Objects.requireNonNull(o, "o");
        if (o.containsZero()) {
            throw new ArithmeticException("divisor interval " + o + " contains 0");
        }
        return hull(lo.divide(o.lo, DIVISION), lo.divide(o.hi, DIVISION), hi.divide(o.lo, DIVISION),
                hi.divide(o.hi, DIVISION));
    }

    /**
     * The smallest interval holding the four products (or quotients) of the bounds: for a product or a
     * quotient of two intervals, the extremes are always among those four corners. Of equal values the first
     * is kept, so the bounds are the very BigDecimals computed, scale included.
     */
    private static Interval hull(BigDecimal a, BigDecimal b, BigDecimal c, BigDecimal d) {
        return new Interval(a.min(b).min(c).min(d), a.max(b).max(c).max(d));
    }

    /**
     * The pointwise minimum.
     *
     * @param o the other interval
     * @return [min(lo, o.lo), min(hi, o.hi)]
     */
    public Interval min(Interval o) {
        Objects.requireNonNull(o, "o");
        return new Interval(lo.min(o.lo), hi.min(o.hi));
    }

    /**
     * The pointwise maximum.
     *
     * @param o the other interval
     * @return [max(lo, o.lo), max(hi, o.hi)]
     */
    public Interval max(Interval o) {
        Objects.requireNonNull(o, "o");
        return new Interval(lo.max(o.lo), hi.max(o.hi));
    }

    /**
     * The absolute value.
     *
     * @return the interval of |x| for x in this one: starts at 0 when this one contains 0
     */
    public Interval abs() {
        if (lo.signum() >= 0) {
            return this;
        }
        if (hi.signum() <= 0) {
            return negate();
        }
        return new Interval(BigDecimal.ZERO, lo.negate().max(hi));
    }

    /**
     * Whether the two intervals share at least one point.
     *
     * @param o the other interval
     * @return true when they overlap or touch
     */
    public boolean overlaps(Interval o) {
        Objects.requireNonNull(o, "o");
        return lo.compareTo(o.hi) <= 0 && o.lo.compareTo(hi) <= 0;
    }

    private static final BigDecimal HALF = new BigDecimal("0.5");

    /**
     * Half the width (exact: a multiplication, not a 34-digit division).
     *
     * @return (hi − lo) ÷ 2; 0 for an exact value
     */
    public BigDecimal radius() {
        return hi.subtract(lo).multiply(HALF);
    }

    @Override
    public String toString() {
        return "[" + lo.stripTrailingZeros().toPlainString() + ", " + hi.stripTrailingZeros().toPlainString() + "]";
    }
}
