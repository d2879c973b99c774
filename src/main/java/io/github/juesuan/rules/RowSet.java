package io.github.juesuan.rules;

import java.util.Objects;

/**
 * Which rows a set of cells ({@link Expr.CellSet}) means, for {@code sum}, {@code min} and {@code max}, or which
 * rows a check is taken at in turn ({@code each row in [03] classes:}): a 行次 range ({@code R1..R8}), the 类 rows,
 * the parents, the children of the current row, the rows of a key prefix ({@code {ind.*}}) or every row.
 */
public sealed interface RowSet permits RowSet.LineRange, RowSet.Classes, RowSet.Parents, RowSet.Children,
        RowSet.KeyPrefix, RowSet.All {
    /**
     * Rows with a standard 行次 from {@code from} to {@code to} (R1..R8).
     *
     * @param from the first 行次, inclusive
     * @param to   the last 行次, inclusive
     */
    record LineRange(int from, int to) implements RowSet {
    }

    /** Rows of 3-digit 科目代码 (类): {@code classes}. */
    record Classes() implements RowSet {
    }

    /** Rows whose 科目代码 has children printed below it: {@code parents}. */
    record Parents() implements RowSet {
    }

    /** In an iteration: the rows one level below the current 科目代码: {@code children}. */
    record Children() implements RowSet {
    }

    /**
     * Rows whose key starts with a prefix ({ind.*}).
     *
     * @param prefix the start of the keys, without the {@code *} ({@code ind.})
     */
    record KeyPrefix(String prefix) implements RowSet {
        /**
         * Checks for null.
         *
         * @param prefix as the record's component
         * @throws NullPointerException if {@code prefix} is null
         */
        public KeyPrefix {
            Objects.requireNonNull(prefix, "prefix");
        }
    }

    /** Every row: {@code all}. */
    record All() implements RowSet {
    }
}
