package io.github.juesuan.rules;

import io.github.juesuan.model.Figure;
import io.github.juesuan.model.Row;
import io.github.juesuan.model.Table;

/** Where a cell reference of a rule leads: the cell (or the row or table without it), or a {@link Result.Failure}. */
sealed interface Located permits Located.Found, Result.Failure {

    /**
     * The table of a reference and, where the table prints them, its row and figure.
     *
     * @param table  the table
     * @param row    the row, or null where the table has no such row
     * @param figure the figure, or null where there is no row or the row has no such column
     */
    record Found(Table table, Row row, Figure figure) implements Located {
    }
}
