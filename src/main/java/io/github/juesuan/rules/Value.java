package io.github.juesuan.rules;

import java.math.BigDecimal;

/**
 * A value of a rule instance: its point (as printed, or computed from printed figures), the interval of what
 * it can stand for, the decimals it was printed with, and the record of how it was computed (from which its
 * substituted text is written, only where a result is reported).
 *
 * @param point    the value as printed or computed
 * @param interval what the value can stand for
 * @param decimals the decimals it was printed with; {@link #EXACT} where it was not printed (a constant, a
 *                 blank), {@link #UNBOUNDED} for a product or quotient
 * @param term     how it was computed
 */
record Value(BigDecimal point, Interval interval, int decimals, Term term) implements Result {
    /** Decimals of a value that was not printed (a constant, a blank): it is exact. */
    static final int EXACT = Integer.MIN_VALUE;
    /** Decimals of a product or quotient: as many as it takes, so the other side's printing decides. */
    static final int UNBOUNDED = Integer.MAX_VALUE;

    /** Whether it is a computation (its result is then shown after it). */
    boolean compound() {
        return term.compound();
    }

    /** Whether its decimals come from printed figures (not a constant, product or quotient). */
    boolean printed() {
        return decimals != EXACT && decimals != UNBOUNDED;
    }
}
