package io.github.juesuan.rules;

import io.github.juesuan.model.TableId;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * An expression over the cells of a disclosure. Parsed from rule-pack text or built in Java with the
 * factory methods here; both give the same tree.
 *
 * <pre>{@code
 * // [01] R27 + R28 + R29 = R31
 * Condition c = Expr.line(TableId.T01, 27).plus(Expr.line(TableId.T01, 28)).plus(Expr.line(TableId.T01, 29))
 *         .isEqualTo(Expr.line(TableId.T01, 31));
 * }</pre>
 */
public sealed interface Expr permits Expr.Constant, Expr.Ref, Expr.CellSet, Expr.Binary, Expr.Call, Expr.Negate {

    /** Which row a reference means. */
    sealed interface RowSelector permits Line, Code, Key, Label, Same, Current {
    }

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

    /** Which rows a set means. */
    sealed interface RowSet permits LineRange, Classes, Parents, Children, KeyPrefix, All {
    }

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

    /** Which column a reference means. */
    sealed interface ColumnSelector permits ColumnNumber, ColumnKey, ColumnLabel, AnyColumn, OnlyColumn {
    }

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

    /**
     * A constant.
     *
     * @param value the number; exact, taken to stand for itself (no rounding interval)
     */
    record Constant(BigDecimal value) implements Expr {
        /**
         * Checks for null.
         *
         * @param value the number
         * @throws NullPointerException if {@code value} is null
         */
        public Constant {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * One cell.
     *
     * @param table  the table ({@link TableId#PERF}: the project being checked)
     * @param row    which row: by 行次, 科目代码, key or label, or the current row of a scope
     * @param column which column: by 栏次, key or header, each in turn, or the row's only figure
     */
    record Ref(TableId table, RowSelector row, ColumnSelector column) implements Expr {
        /**
         * Checks for nulls.
         *
         * @param table  the table the cell is in ({@link TableId#PERF}: the project being checked)
         * @param row    which row: by 行次, 科目代码, key or label, or the current row of a scope
         * @param column which column: by 栏次, key or header, each in turn, or the row's only figure
         * @throws NullPointerException if any argument is null
         */
        public Ref {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(row, "row");
            Objects.requireNonNull(column, "column");
        }

        /**
         * The same cell in another column.
         *
         * @param key the column key ({@code basic}, {@code amount}, ...)
         * @return a reference to the same table and row in that column
         */
        public Ref column(String key) {
            return new Ref(table, row, new ColumnKey(key));
        }

        /**
         * The same cell in the column of this standard 栏次.
         *
         * @param number the 栏次 in the standard layout, 1-based
         * @return a reference to the same table and row in that column
         */
        public Ref column(int number) {
            return new Ref(table, row, new ColumnNumber(number));
        }
    }

    /**
     * Several cells, for {@code sum}, {@code min} and {@code max}: rows that are missing add nothing.
     *
     * @param table  the table the cells are in ({@link TableId#PERF}: the project being checked)
     * @param rows   which rows: a 行次 range, the 类 rows, parents, children, a key prefix or all
     * @param column which column: by 栏次, key or header, each in turn, or the row's only figure
     */
    record CellSet(TableId table, RowSet rows, ColumnSelector column) implements Expr {
        /**
         * Checks for nulls.
         *
         * @param table  the table the cells are in ({@link TableId#PERF}: the project being checked)
         * @param rows   which rows: a 行次 range, the 类 rows, parents, children, a key prefix or all
         * @param column which column: by 栏次, key or header, each in turn, or the row's only figure
         * @throws NullPointerException if any argument is null
         */
        public CellSet {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(rows, "rows");
            Objects.requireNonNull(column, "column");
        }
    }

    /**
     * An arithmetic operation.
     *
     * @param op    {@code +}, {@code -}, {@code *} or {@code /}
     * @param left  the left operand
     * @param right the right operand
     */
    record Binary(char op, Expr left, Expr right) implements Expr {
        /**
         * Checks the operator.
         *
         * @param op    {@code +}, {@code -}, {@code *} or {@code /}
         * @param left  the left operand
         * @param right the right operand
         * @throws IllegalArgumentException if {@code op} is none of the four
         * @throws NullPointerException     if an operand is null
         */
        public Binary {
            if ("+-*/".indexOf(op) < 0) {
                throw new IllegalArgumentException("operator " + op);
            }
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }
    }

    /**
     * A function: {@code sum}, {@code min}, {@code max}, {@code abs}, or {@code filled} (1 where a cell holds
     * a number or text, 0 where it is blank).
     *
     * @param function {@code sum}, {@code min}, {@code max}, {@code abs} or {@code filled}
     * @param args     its arguments, in order
     */
    record Call(String function, List<Expr> args) implements Expr {
        /**
         * Checks the name and copies the arguments.
         *
         * @param function {@code sum}, {@code min}, {@code max}, {@code abs} or {@code filled}
         * @param args     its arguments, in order
         * @throws IllegalArgumentException if the function is none of those
         * @throws NullPointerException     if {@code args} or an argument is null
         */
        public Call {
            Objects.requireNonNull(function, "function");
            Objects.requireNonNull(args, "args");
            if (!List.of("sum", "min", "max", "abs", "filled").contains(function)) {
                throw new IllegalArgumentException("unknown function " + function);
            }
            args = List.copyOf(args);
        }
    }

    /**
     * A negation.
     *
     * @param operand what is negated
     */
    record Negate(Expr operand) implements Expr {
        /**
         * Checks for null.
         *
         * @param operand as the record's component
         * @throws NullPointerException if {@code operand} is null
         */
        public Negate {
            Objects.requireNonNull(operand, "operand");
        }
    }

    // ---- building in Java ---------------------------------------------------------------------------------

    /**
     * The only figure of the row with this standard 行次, e.g. {@code line(T01, 27)}.
     *
     * @param table the table the row is in
     * @param line  the 行次 in the standard layout
     * @return the reference {@code [table] R<line>}
     */
    static Ref line(TableId table, int line) {
        return new Ref(table, new Line(line), new OnlyColumn());
    }

    /**
     * The only figure of the row of this 科目代码.
     *
     * @param table the table the row is in
     * @param code  the 科目代码 as digits ({@code 2060799})
     * @return the reference {@code [table] #code}
     */
    static Ref code(TableId table, String code) {
        return new Ref(table, new Code(code), new OnlyColumn());
    }

    /**
     * The only figure of the row with this key.
     *
     * @param table the table the row is in
     * @param key   the row key of the table catalogue ({@code inc.total})
     * @return the reference {@code [table] {key}}
     */
    static Ref key(TableId table, String key) {
        return new Ref(table, new Key(key), new OnlyColumn());
    }

    /**
     * A constant.
     *
     * @param value the number in decimal notation ({@code "100"}, {@code "0.5"})
     * @return the constant
     * @throws NumberFormatException if {@code value} is not a decimal number
     */
    static Constant number(String value) {
        return new Constant(new BigDecimal(value));
    }

    /**
     * The sum of the arguments (rows that are missing add nothing).
     *
     * @param args the terms, usually {@link CellSet}s
     * @return the call {@code sum(args)}
     */
    static Call sum(Expr... args) {
        return new Call("sum", List.of(args));
    }

    /**
     * The smallest of the arguments.
     *
     * @param args the values compared
     * @return the call {@code min(args)}
     */
    static Call min(Expr... args) {
        return new Call("min", List.of(args));
    }

    /**
     * This plus another.
     *
     * @param other the right operand
     * @return the expression {@code this + other}
     */
    default Expr plus(Expr other) {
        return new Binary('+', this, other);
    }

    /**
     * This minus another.
     *
     * @param other the right operand
     * @return the expression {@code this - other}
     */
    default Expr minus(Expr other) {
        return new Binary('-', this, other);
    }

    /**
     * This times another.
     *
     * @param other the right operand
     * @return the expression {@code this * other}
     */
    default Expr times(Expr other) {
        return new Binary('*', this, other);
    }

    /**
     * This divided by another.
     *
     * @param other the divisor
     * @return the expression {@code this / other}
     */
    default Expr dividedBy(Expr other) {
        return new Binary('/', this, other);
    }

    /**
     * The condition this = other.
     *
     * @param other the right side
     * @return the condition, holding when the sides are equal within rounding
     */
    default Condition isEqualTo(Expr other) {
        return new Condition(this, Condition.Comparison.EQUAL, other);
    }

    /**
     * The condition this ≤ other.
     *
     * @param other the right side
     * @return the condition, to check as printed within the rule's tolerance
     */
    default Condition isAtMost(Expr other) {
        return new Condition(this, Condition.Comparison.AT_MOST, other);
    }

    /**
     * The condition this ≥ other.
     *
     * @param other the right side
     * @return the condition, to check as printed within the rule's tolerance
     */
    default Condition isAtLeast(Expr other) {
        return new Condition(this, Condition.Comparison.AT_LEAST, other);
    }
}
