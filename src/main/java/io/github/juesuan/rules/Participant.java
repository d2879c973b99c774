package io.github.juesuan.rules;

import io.github.juesuan.model.Source;
import io.github.juesuan.model.TableId;

import java.util.Objects;

/**
 * A cell that took part in a rule's evaluation.
 *
 * @param source      where it is: file, sheet, A1, raw text
 * @param table       the table the cell is in
 * @param rowKey      the row's canonical key
 * @param rowLabel    the row's label as printed
 * @param columnKey   the column's canonical key
 * @param columnLabel the column's header as printed
 * @param printed     the value as printed ("" for a blank)
 * @param assumed     true where the table prints nothing and the reader took the standard form's value
 *                    ({@link io.github.juesuan.model.Figure#assumed()})
 */
public record Participant(Source source, TableId table, String rowKey, String rowLabel, String columnKey,
                          String columnLabel, String printed, boolean assumed) {
    /**
     * Checks for nulls.
     *
     * @param source      where it is
     * @param table       the table the cell is in
     * @param rowKey      the row's canonical key
     * @param rowLabel    the row's label as printed
     * @param columnKey   the column's canonical key
     * @param columnLabel the column's header as printed
     * @param printed     the value as printed ("" for a blank)
     * @param assumed     true for the standard form's value where the table prints none
     * @throws NullPointerException if any argument is null
     */
    public Participant {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(rowKey, "rowKey");
        Objects.requireNonNull(rowLabel, "rowLabel");
        Objects.requireNonNull(columnKey, "columnKey");
        Objects.requireNonNull(columnLabel, "columnLabel");
        Objects.requireNonNull(printed, "printed");
    }

    /**
     * A cell as the table prints it (not assumed).
     *
     * @param source      where it is
     * @param table       the table the cell is in
     * @param rowKey      the row's canonical key
     * @param rowLabel    the row's label as printed
     * @param columnKey   the column's canonical key
     * @param columnLabel the column's header as printed
     * @param printed     the value as printed ("" for a blank)
     * @throws NullPointerException if any argument is null
     */
    public Participant(Source source, TableId table, String rowKey, String rowLabel, String columnKey,
                       String columnLabel, String printed) {
        this(source, table, rowKey, rowLabel, columnKey, columnLabel, printed, false);
    }
}
