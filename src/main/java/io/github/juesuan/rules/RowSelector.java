package io.github.juesuan.rules;

import java.util.Objects;

/**
 * Which row a cell reference ({@link Expr.Ref}) means: by 行次 ({@code R27}), 科目代码 ({@code #2060799}), key
 * ({@code {inc.total}}) or label ({@code 「本年收入合计」}), or in an iteration the current row or the row of
 * another table with the current row's 科目代码 or key ({@code same}).
 */
public sealed interface RowSelector permits RowSelector.Line, RowSelector.Code, RowSelector.Key, RowSelector.Label,
        RowSelector.Same, RowSelector.Current {
    /**
     * The row with this 行次 in the standard layout (R27).
     *
     * @param line the 行次, 1-based
     */
    record Line(int line) implements RowSelector {
    }

    /**
     * The row of this 科目代码 (#2060799).
     *
     * @param code the 科目代码 as digits: 3, 5 or 7 of them
     */
    record Code(String code) implements RowSelector {
        /**
         * Checks for null.
         *
         * @param code as the record's component
         * @throws NullPointerException if {@code code} is null
         */
        public Code {
            Objects.requireNonNull(code, "code");
        }
    }

    /**
     * The row with this canonical key ({inc.total}).
     *
     * @param key the row key of the table catalogue
     */
    record Key(String key) implements RowSelector {
        /**
         * Checks for null.
         *
         * @param key as the record's component
         * @throws NullPointerException if {@code key} is null
         */
        public Key {
            Objects.requireNonNull(key, "key");
        }
    }

    /**
     * The row with this label (「本年收入合计」), compared without spaces and ordinals.
     *
     * @param label the label as the rule writes it
     */
    record Label(String label) implements RowSelector {
        /**
         * Checks for null.
         *
         * @param label as the record's component
         * @throws NullPointerException if {@code label} is null
         */
        public Label {
            Objects.requireNonNull(label, "label");
        }
    }

    /** In an iteration: the row of the other table with the current row's 科目代码 or key ({@code same}). */
    record Same() implements RowSelector {
    }

    /** In an iteration: the current row. */
    record Current() implements RowSelector {
    }
}
