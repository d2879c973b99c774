package io.github.juesuan.rules;

import io.github.juesuan.model.TableId;

import java.util.Objects;

/**
 * The rows a rule is checked on one by one ({@code each row in [02] parents:}); references without a row
 * then mean the current row.
 *
 * @param table the table whose rows are iterated
 * @param rows  which of its rows
 */
public record Scope(TableId table, Expr.RowSet rows) {
    /**
     * Checks for nulls.
     *
     * @param table the table whose rows are iterated
     * @param rows  which of its rows
     * @throws NullPointerException if any argument is null
     */
    public Scope {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(rows, "rows");
    }
}
