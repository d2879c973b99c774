package io.github.juesuan.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * PASS, ROUNDING or FAIL: the one verdict on a comparison of printed figures, for the rules of the tables and the
 * checks of the words alike. PASS when the comparison holds as printed (both sides at the decimals they were
 * printed with); ROUNDING when it does not, but holds for some amounts the printed figures can stand for (their
 * intervals); FAIL when it holds for none.
 */
final class Verdict {
    private Verdict() {
    }

    /**
     * The verdict from its two facts.
     *
     * @param asPrinted      whether the comparison holds as printed
     * @param withinRounding whether rounding of the printed figures can explain it
     */
    static Outcome of(boolean asPrinted, boolean withinRounding) {
        return asPrinted ? Outcome.PASS : withinRounding ? Outcome.ROUNDING : Outcome.FAIL;
    }

    /**
     * Compares two values already at the decimals they are compared at, with the intervals they stand for.
     *
     * @param c     how the left side relates to the right
     * @param left  the left side as printed
     * @param right the right side as printed
     * @param l     the interval of the left side
     * @param r     the interval of the right side
     */
    static Outcome of(Condition.Comparison c, BigDecimal left, BigDecimal right, Interval l, Interval r) {
        return of(holds(c, left.compareTo(right)), withinRounding(c, l, r));
    }

    /** Whether the comparison holds for two values whose {@code compareTo} gave {@code cmp}. */
    static boolean holds(Condition.Comparison c, int cmp) {
        switch (c) {
            case EQUAL:
                return cmp == 0;
            case AT_MOST:
                return cmp <= 0;
            case LESS:
                return cmp < 0;
            case GREATER:
                return cmp > 0;
            default:
                return cmp >= 0;
        }
    }

    /** Whether the comparison holds for some point of each interval. */
    static boolean withinRounding(Condition.Comparison c, Interval l, Interval r) {
        switch (c) {
            case EQUAL:
                return l.overlaps(r);
            case AT_MOST:
            case LESS:
                return l.lo().compareTo(r.hi()) <= 0;
            default:
                return l.hi().compareTo(r.lo()) >= 0;
        }
    }

    /**
     * The decimals two sides are compared at: the fewer of the two printed ones; a side that was not printed
     * (a constant, a blank) or was computed to any precision (a product, a quotient) leaves it to the other.
     *
     * @return the decimals, or {@link Value#EXACT} / {@link Value#UNBOUNDED} where neither side was printed
     */
    static int decimals(int left, int right) {
        boolean l = left != Value.EXACT && left != Value.UNBOUNDED;
        boolean r = right != Value.EXACT && right != Value.UNBOUNDED;
        return !l ? right : !r ? left : Math.min(left, right);
    }

    /** A value as printed at {@code decimals} decimals (rounded half up); itself where no decimals were printed. */
    static BigDecimal asPrinted(BigDecimal v, int decimals) {
        return decimals == Value.EXACT || decimals == Value.UNBOUNDED ? v : v.setScale(decimals, RoundingMode.HALF_UP);
    }
}
