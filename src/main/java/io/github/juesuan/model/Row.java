package io.github.juesuan.model;

import jakarta.validation.constraints.Pattern;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A row of a table: a canonical key, its label as printed, and its figures by column key.
 *
 * @param key     canonical key: a catalogue key such as {@code inc.total}, a 科目代码 such as {@code 2060799},
 *                or {@code total} for a 合计 row
 * @param label   the label as printed (indentation and ordinals kept)
 * @param code    the 科目代码 (3, 5 or 7 digits for functional, 3 or 5 for economic codes), or {@code null}
 * @param line    the printed 行次, or {@code null} where the table prints none
 * @param standardLine the 行次 of this row in the standard (Shanxi 2024) layout, whatever the file printed,
 *                or {@code null} for rows the standard layout does not number
 * @param figures the figures by column key, in column order
 * @param source  the cell holding the label
 */
public record Row(String key, String label,
                  @Pattern(regexp = "\\d{3}|\\d{5}|\\d{7}", message = "{juesuan.row.code}") String code,
                  Integer line, Integer standardLine, Map<String, Figure> figures, Source source) {
    /**
     * Checks for nulls and copies the figures, keeping their order.
     *
     * @param key          canonical key: a catalogue key, a 科目代码, or {@code total}
     * @param label        the label as printed
     * @param code         the 科目代码, or {@code null}
     * @param line         the printed 行次, or {@code null} where the table prints none
     * @param standardLine the 行次 of this row in the standard layout, or {@code null}
     * @param figures      the figures by column key, in column order
     * @param source       the cell holding the label
     * @throws NullPointerException if {@code key}, {@code label}, {@code source} or {@code figures} is null
     */
    public Row {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(source, "source");
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(figures, "figures")));
    }

    /**
     * A row the standard layout does not number.
     *
     * @param key     canonical key: a catalogue key, a 科目代码, or {@code total}
     * @param label   the label as printed
     * @param code    the 科目代码, or {@code null}
     * @param line    the printed 行次, or {@code null} where the table prints none
     * @param figures the figures by column key, in column order
     * @param source  the cell holding the label
     * @throws NullPointerException if {@code key}, {@code label}, {@code source} or {@code figures} is null
     */
    public Row(String key, String label, String code, Integer line, Map<String, Figure> figures, Source source) {
        this(key, label, code, line, null, figures, source);
    }

    /**
     * The figure in the given column, if the row has one.
     *
     * @param column the column key ({@code amount}, {@code total}, {@code basic}, ...)
     * @return the figure, or empty when the row has no figure in that column
     */
    public Optional<Figure> figure(String column) {
        return Optional.ofNullable(figures.get(column));
    }

    /**
     * Whether every figure of the row is blank or a dash.
     *
     * @return true when no figure holds a number, text or an invalid value (also for a row with no figures)
     */
    public boolean isEmpty() {
        return figures.values().stream().allMatch(Figure::isEmpty);
    }
}
