package io.github.juesuan.rules;

import io.github.juesuan.model.Figure;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How a printed figure is widened into the interval it stands for.
 *
 * @param mode   how the printed value relates to the true amount
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

    /**
     * Checks that ABSOLUTE, and only ABSOLUTE, has a non-negative radius.
     *
     * @param mode   how the printed value relates to the true amount
     * @param radius the radius for {@link Mode#ABSOLUTE}, in the figure's printed unit; {@code null} otherwise
     * @throws NullPointerException     if {@code mode} is null
     * @throws IllegalArgumentException if a radius is missing for ABSOLUTE, given for another mode, or negative
     */
    public Tolerance {
        Objects.requireNonNull(mode, "mode");
        if ((mode == Mode.ABSOLUTE) != (radius != null) || radius != null && radius.signum() < 0) {
            throw new IllegalArgumentException("a radius goes with ABSOLUTE only, and is not negative");
        }
    }

    /**
     * Within {@code radius} of the printed value.
     *
     * @param radius the largest distance from the printed value, in the figure's printed unit; not negative
     * @return an ABSOLUTE tolerance
     * @throws IllegalArgumentException if {@code radius} is null or negative
     */
    public static Tolerance absolute(BigDecimal radius) {
        Objects.requireNonNull(radius, "radius");
        return new Tolerance(Mode.ABSOLUTE, radius);
    }

    /**
     * Parses {@code round}, {@code exact}, {@code truncate} or a radius such as {@code 0.05}.
     *
     * @param text the word (any case, surrounding white space ignored) or a decimal radius
     * @return {@link #ROUND}, {@link #EXACT}, {@link #TRUNCATE}, or an {@linkplain #absolute absolute} tolerance
     * @throws IllegalArgumentException if the text is neither a word nor a non-negative decimal (a
     *                                  {@link NumberFormatException} when it is not a number)
     */
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

    /**
     * The interval a figure stands for; a blank or a dash stands for exactly 0.
     *
     * @param f a usable figure: a number, a blank or a dash
     * @return the interval of the amounts the figure can stand for under this tolerance
     * @throws NullPointerException if the figure is text or invalid (it stands for no amount)
     */
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
