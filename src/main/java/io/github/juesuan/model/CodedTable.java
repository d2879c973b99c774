package io.github.juesuan.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Typed view of a table whose rows are 科目代码 (公开02, 03, 05, 07, 08): a 合计 row and one row per 类,
 * 款 and 项.
 *
 * @param table the table as read, which this view reads by row and column key
 */
public record CodedTable(Table table) {
    /**
     * Checks for null.
     *
     * @param table the table viewed
     * @throws NullPointerException when {@code table} is null
     */
    public CodedTable {
        Objects.requireNonNull(table, "table");
    }

    /**
     * The 合计 row.
     *
     * @return the row with key {@code total}, or empty when the table prints none
     */
    public Optional<Row> total() {
        return table.row("total");
    }

    /**
     * The rows that carry a 科目代码, in printed order.
     *
     * @return the rows whose {@link Row#code()} is set; empty when there are none
     */
    public List<Row> rows() {
        return table.rows().stream().filter(r -> r.code() != null).toList();
    }

    /**
     * The row of a 科目代码.
     *
     * @param code the 科目代码 as printed without separators: 3 digits for a 类, 5 for a 款, 7 for a 项
     *             ({@code 2080505}), or {@code total} for the 合计 row
     * @return the row, or empty when the table has no row with that code
     */
    public Optional<Row> row(String code) {
        return table.row(code);
    }

    /**
     * The figure of a 科目代码 (or {@code total}) in a column.
     *
     * @param code   the 科目代码 as printed without separators ({@code 2080505}), or {@code total}
     * @param column the column key ({@code total}, {@code basic}, {@code project}, ...)
     * @return the figure, or empty when the table has no such row or column
     */
    public Optional<Figure> figure(String code, String column) {
        return table.figure(code, column);
    }
}
