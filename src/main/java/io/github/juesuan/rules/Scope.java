package io.github.juesuan.rules;

import io.github.juesuan.model.TableId;

import java.util.Objects;

/**
 * The rows a rule is checked on one by one ({@code each row in [02] parents:}); references without a row
 * then mean the current row.
 *
 * @param table the table whose rows are iterated
 * @param rows  which of its rows (a 行次 range, the 类 rows, parents, a key prefix, all)
 */
public record Scope(TableId table, RowSet rows) {
    /**
     * Checks for nulls.
     *
     * @param table the table whose rows are iterated
     * @param rows  which of its rows (a 行次 range, the 类 rows, parents, a key prefix, all)
     * @throws NullPointerException if any argument is null
     */
    public Scope {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(rows, "rows");
    }
}
