package io.github.juesuan.rules;

import java.util.List;
import java.util.Objects;

/**
 * Which column a cell reference or a set of cells means: by 栏次 ({@code .C1}), key ({@code .{basic}}) or header
 * ({@code .「基本支出」}), each column in turn ({@code .*}, or the listed ones: {@code .{declared,planned}}), or the
 * row's only figure when no column is written.
 */
public sealed interface ColumnSelector permits ColumnSelector.ColumnNumber, ColumnSelector.ColumnKey,
        ColumnSelector.ColumnLabel, ColumnSelector.AnyColumn, ColumnSelector.OnlyColumn {
    /**
     * The column with this 栏次 in the standard layout (C1).
     *
     * @param number the 栏次, 1-based
     */
    record ColumnNumber(int number) implements ColumnSelector {
    }

    /**
     * The column with this canonical key (.{basic}).
     *
     * @param key the column key of the table catalogue
     */
    record ColumnKey(String key) implements ColumnSelector {
        /**
         * Checks for null.
         *
         * @param key as the record's component
         * @throws NullPointerException if {@code key} is null
         */
        public ColumnKey {
            Objects.requireNonNull(key, "key");
        }
    }

    /**
     * The column with this header (.「基本支出」).
     *
     * @param label the header as the rule writes it
     */
    record ColumnLabel(String label) implements ColumnSelector {
        /**
         * Checks for null.
         *
         * @param label as the record's component
         * @throws NullPointerException if {@code label} is null
         */
        public ColumnLabel {
            Objects.requireNonNull(label, "label");
        }
    }

    /**
     * Every column in turn: the rule is checked once per column ({@code .*}), or once per listed column
     * ({@code .{declared,planned,budget}}).
     *
     * @param only the columns to take in turn, or empty for every column of the table
     */
    record AnyColumn(List<String> only) implements ColumnSelector {
        /**
         * Copies the list.
         *
         * @param only the column keys to take in turn, or empty for every column of the table
         * @throws NullPointerException if {@code only} or a key is null
         */
        public AnyColumn {
            only = List.copyOf(Objects.requireNonNull(only, "only"));
        }

        /** Every column of the table. */
        public AnyColumn() {
            this(List.of());
        }
    }

    /** The row's only figure (no column given). */
    record OnlyColumn() implements ColumnSelector {
    }
}
