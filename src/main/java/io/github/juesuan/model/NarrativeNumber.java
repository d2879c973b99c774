package io.github.juesuan.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number as the words print it. A number v printed with d decimals stands for the interval
 * [v − ½·10^−d, v + ½·10^−d], exactly like a table figure: {@code 716.2万元} has one decimal.
 *
 * @param text     the characters as printed, unit included ({@code 40.33万元}, {@code 25.34%})
 * @param value    the value in the printed unit ({@code 40.33}, {@code 25.34})
 * @param decimals how many decimals are printed
 * @param unit     the unit printed after the number (万元, %, 个, ...)
 * @param source   where the number and its unit are printed
 */
public record NarrativeNumber(String text, BigDecimal value, int decimals, NarrativeUnit unit,
                              NarrativeSource source) {

    /**
     * Checks for nulls and that the decimals match the value's scale.
     *
     * @param text     the characters as printed, unit included
     * @param value    the value in the printed unit
     * @param decimals how many decimals are printed: the value's scale, or 0 for a negative scale
     * @param unit     the unit printed after the number (万元, %, 个, ...)
     * @param source   where the number and its unit are printed
     * @throws NullPointerException     if {@code text}, {@code value}, {@code unit} or {@code source} is null
     * @throws IllegalArgumentException if {@code decimals} does not match the value's scale
     */
    public NarrativeNumber {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(source, "source");
        if (decimals < 0 || decimals != Math.max(0, value.scale())) {
            throw new IllegalArgumentException("decimals " + decimals + " do not match " + value.toPlainString());
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
