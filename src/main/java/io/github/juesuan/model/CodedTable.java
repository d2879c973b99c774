package io.github.juesuan.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Typed view of a table whose rows are 科目代码 (公开02, 03, 05, 07, 08): a 合计 row and one row per 类,
 * 款 and 项.
 *
 * @param table the generic table
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

    /** The 合计 row. */
    public Optional<Row> total() {
        return table.row("total");
    }

    /** The rows that carry a 科目代码, in printed order. */
    public List<Row> rows() {
        return table.rows().stream().filter(r -> r.code() != null).toList();
    }

    /** The row of a 科目代码. */
    public Optional<Row> row(String code) {
        return table.row(code);
    }

    /** The figure of a 科目代码 (or {@code total}) in a column. */
    public Optional<Figure> figure(String code, String column) {
        return table.figure(code, column);
    }
}
