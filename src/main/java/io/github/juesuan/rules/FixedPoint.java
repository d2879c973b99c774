package io.github.juesuan.rules;

import java.math.BigDecimal;

/**
 * A decimal as a {@code long} unscaled value and a scale (410.33 is 41033 at scale 2), and the exact operations the
 * PASS path ({@link PassPath}) needs on such decimals: take a {@code BigDecimal}, add, compare, and round half up to
 * fewer decimals as {@code BigDecimal.setScale} does. A result is left in {@link #unscaled} and {@link #scale}, so
 * that nothing is allocated; an operation whose result would not fit in a {@code long}, or needs a scale above 18,
 * says so (false, or {@link Integer#MIN_VALUE} for a comparison) instead of giving a wrong value.
 */
final class FixedPoint {
    /** The largest scale handled, and the largest power of ten a value is multiplied by. */
    static final int MAX_SCALE = 18;
    private static final long[] POWERS = new long[MAX_SCALE + 1];
    /** 10^n as a double, exact for n ≤ 18 (every power of ten up to 10^22 is a double). */
    private static final double[] DOUBLE_POWERS = new double[MAX_SCALE + 1];

    static {
        POWERS[0] = 1;
        for (int i = 1; i <= MAX_SCALE; i++) {
            POWERS[i] = POWERS[i - 1] * 10;
        }
        for (int i = 0; i <= MAX_SCALE; i++) {
            DOUBLE_POWERS[i] = POWERS[i];
        }
    }

    /** The value: unscaled × 10^−scale. */
    long unscaled;
    int scale;

    /** A decimal as (unscaled, scale), where it has at most 18 digits and a scale 0–18. */
    boolean set(BigDecimal v) {
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
    boolean add(long l, int ls, long r, int rs) {
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
    static int compare(long l, int ls, long r, int rs) {
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

    /**
     * x·10^−s at d decimals, rounded half up (away from zero on a tie) as BigDecimal.setScale does, into
     * (unscaled, scale).
     */
    boolean round(long x, int s, int d) {
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
