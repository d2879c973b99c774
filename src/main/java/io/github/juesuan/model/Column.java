package io.github.juesuan.model;

import java.util.Objects;

/**
 * A value column of a table.
 *
 * @param key    canonical key, e.g. {@code total}, {@code basic}, {@code amount}
 * @param label  the header text as printed, levels joined by {@code /} (e.g. {@code 本年支出/基本支出})
 * @param number the printed 栏次, or {@code null} where the table prints none
 * @param standardNumber the 栏次 of this column in the standard layout, or {@code null}
 */
public record Column(String key, String label, Integer number, Integer standardNumber) {
    /**
     * Checks for nulls.
     *
     * @param key            canonical key, e.g. {@code total}
     * @param label          the header text as printed, levels joined by {@code /}
     * @param number         the printed 栏次, or {@code null} where the table prints none
     * @param standardNumber the 栏次 of this column in the standard layout, or {@code null}
     * @throws NullPointerException if {@code key} or {@code label} is null
     */
    public Column {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
    }

    /**
     * A column the standard layout does not number.
     *
     * @param key    canonical key, e.g. {@code total}
     * @param label  the header text as printed, levels joined by {@code /}
     * @param number the printed 栏次, or {@code null} where the table prints none
     * @throws NullPointerException if {@code key} or {@code label} is null
     */
    public Column(String key, String label, Integer number) {
        this(key, label, number, null);
    }
}
