package io.github.juesuan.rules;

import io.github.juesuan.model.Figure;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How a printed figure is widened into the interval it stands for.
 *
 * @param mode   the mode
 * @param radius the radius for {@link Mode#ABSOLUTE}, else {@code null}
 */
public record Tolerance(Mode mode, BigDecimal radius) {
    /** The ways a printed figure relates to the true amount. */
    public enum Mode {
        /** Rounded to its printed decimals (the default): [v − ½·10^−d, v + ½·10^−d]. */
        ROUND,
        /** Exactly as printed. */
        EXACT,
        /** Cut off at its printed decimals: [v, v + 10^−d] for v ≥ 0. */
        TRUNCATE,
        /** Within a fixed radius of the printed value. */
        ABSOLUTE
    }

    /** Rounded to the printed decimals: the default. */
    public static final Tolerance ROUND = new Tolerance(Mode.ROUND, null);
    /** Exactly as printed. */
    public static final Tolerance EXACT = new Tolerance(Mode.EXACT, null);
    /** Truncated at the printed decimals. */
    public static final Tolerance TRUNCATE = new Tolerance(Mode.TRUNCATE, null);

    /** Checks that ABSOLUTE, and only ABSOLUTE, has a non-negative radius. */
    public Tolerance {
        Objects.requireNonNull(mode, "mode");
        if ((mode == Mode.ABSOLUTE) != (radius != null) || radius != null && radius.signum() < 0) {
            throw new IllegalArgumentException("a radius goes with ABSOLUTE only, and is not negative");
        }
    }

    /** Within {@code radius} of the printed value. */
    public static Tolerance absolute(BigDecimal radius) {
        Objects.requireNonNull(radius, "radius");
        return new Tolerance(Mode.ABSOLUTE, radius);
    }

    /** Parses {@code round}, {@code exact}, {@code truncate} or a radius such as {@code 0.05}. */
    public static Tolerance parse(String text) {
        Objects.requireNonNull(text, "text");
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        switch (t) {
            case "round":
                return ROUND;
            case "exact":
                return EXACT;
            case "truncate":
                return TRUNCATE;
            default:
                return absolute(new BigDecimal(t));
        }
    }

    /** The interval a figure stands for; a blank or a dash stands for exactly 0. */
    public Interval interval(Figure f) {
        BigDecimal v = f.amount();
        if (f.kind() != Figure.Kind.NUMBER) {
            return Interval.exact(v);
        }
        switch (mode) {
            case EXACT:
                return Interval.exact(v);
            case TRUNCATE: {
                BigDecimal unit = BigDecimal.ONE.movePointLeft(f.decimals());
                return v.signum() >= 0 ? new Interval(v, v.add(unit)) : new Interval(v.subtract(unit), v);
            }
            case ABSOLUTE:
                return Interval.around(v, radius);
            default:
                return Interval.printed(v, f.decimals());
        }
    }

    @Override
    public String toString() {
        return mode == Mode.ABSOLUTE ? radius.toPlainString() : mode.name().toLowerCase(java.util.Locale.ROOT);
    }
}
