package io.github.juesuan.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One cell of a table as the reader understood it: a number as printed, a blank, a dash, or text.
 *
 * <p>A blank and a printed {@code 0.00} are different facts (the kind tells them apart) but both count as
 * zero in identities, see {@link #amount()}.
 *
 * @param kind     what the cell holds
 * @param value    the number as printed (e.g. 91.85 for a cell printed {@code 91.85%}), or {@code null}
 *                 unless {@code kind} is {@link Kind#NUMBER}
 * @param decimals how many decimals the printed figure stands for; a figure v with d decimals stands for
 *                 the interval [v − ½·10^−d, v + ½·10^−d]
 * @param text     the text as a user sees it ({@code 400.55}, {@code ———}, an indicator's name)
 * @param source   the cell it came from
 * @param assumed  true when the table prints nothing here and the reader took the standard form's value
 *                 instead (the 分值 of 预算执行率 on a 绩效自评表 that prints none): a NUMBER, but not a printed one,
 *                 so no check resting on it can prove the printed table wrong
 */
public record Figure(Kind kind, BigDecimal value,
                     @Min(value = 0, message = "{juesuan.figure.decimals}")
                     @Max(value = 6, message = "{juesuan.figure.decimals}") int decimals,
                     String text, Source source, boolean assumed) {

    /** What a cell holds. */
    public enum Kind {
        /** A number. */
        NUMBER,
        /** Nothing: an empty cell. Counts as zero. */
        BLANK,
        /** A dash ({@code -}, {@code —}, {@code ———}): the cell cannot hold a value. Counts as zero. */
        NOT_APPLICABLE,
        /** Text where text is expected (names, targets, reasons). */
        TEXT,
        /** Something that should be a number but is not (text, an error, a date, a formula with no value). */
        INVALID
    }

    /**
     * Checks that a NUMBER has a value and nothing else does.
     *
     * @param kind     what the cell holds
     * @param value    the number as printed; non-null exactly when {@code kind} is {@link Kind#NUMBER}
     * @param decimals how many decimals the printed figure stands for
     * @param text     the text as a user sees it
     * @param source   the cell it came from
     * @param assumed  true for the standard form's value where the table prints none (then a NUMBER)
     * @throws NullPointerException     if {@code kind}, {@code text} or {@code source} is null
     * @throws IllegalArgumentException if {@code value} is null for a NUMBER or non-null for any other kind, or
     *                                  an assumed figure is not a NUMBER
     */
    public Figure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        if ((kind == Kind.NUMBER) != (value != null)) {
            throw new IllegalArgumentException("a figure has a value exactly when it is a NUMBER: " + kind);
        }
        if (assumed && kind != Kind.NUMBER) {
            throw new IllegalArgumentException("an assumed figure is a NUMBER: " + kind);
        }
    }

    /**
     * A figure as the table prints it (not {@linkplain #assumed() assumed}).
     *
     * @param kind     what the cell holds
     * @param value    the number as printed; non-null exactly when {@code kind} is {@link Kind#NUMBER}
     * @param decimals how many decimals the printed figure stands for
     * @param text     the text as a user sees it
     * @param source   the cell it came from
     * @throws NullPointerException     if {@code kind}, {@code text} or {@code source} is null
     * @throws IllegalArgumentException if {@code value} is null for a NUMBER or non-null for any other kind
     */
    public Figure(Kind kind, BigDecimal value, int decimals, String text, Source source) {
        this(kind, value, decimals, text, source, false);
    }

    /**
     * The value for identities.
     *
     * @return the number for a NUMBER, zero for a blank or a dash, {@code null} for TEXT and INVALID
     */
    public BigDecimal amount() {
        switch (kind) {
            case NUMBER:
                return value;
            case BLANK:
            case NOT_APPLICABLE:
                return BigDecimal.ZERO;
            default:
                return null;
        }
    }

    /**
     * Whether this figure can take part in an identity.
     *
     * @return true for a number, a blank or a dash; false for text and invalid cells
     */
    public boolean usable() {
        return kind == Kind.NUMBER || kind == Kind.BLANK || kind == Kind.NOT_APPLICABLE;
    }

    /**
     * Whether the cell is empty or a dash.
     *
     * @return true for {@link Kind#BLANK} and {@link Kind#NOT_APPLICABLE}
     */
    public boolean isEmpty() {
        return kind == Kind.BLANK || kind == Kind.NOT_APPLICABLE;
    }

    @Override
    public String toString() {
        return source.location() + "=" + (kind == Kind.NUMBER ? value.toPlainString() : kind + "(" + text + ")");
    }
}
