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
public sealed interface Expr permits Expr.Number, Expr.Ref, Expr.Set, Expr.Binary, Expr.Call, Expr.Negate {

    /** Which row a reference means. */
    sealed interface RowSelector permits Line, Code, Key, Label, Same, Current {
    }

    /** The row with this 行次 in the standard layout (R27). */
    record Line(int line) implements RowSelector {
    }

    /** The row of this 科目代码 (#2060799). */
    record Code(String code) implements RowSelector {
        /** Checks for null. */
        public Code {
            Objects.requireNonNull(code, "code");
        }
    }

    /** The row with this canonical key ({inc.total}). */
    record Key(String key) implements RowSelector {
        /** Checks for null. */
        public Key {
            Objects.requireNonNull(key, "key");
        }
    }

    /** The row with this label (「本年收入合计」), compared without spaces and ordinals. */
    record Label(String label) implements RowSelector {
        /** Checks for null. */
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

    /** Rows with a standard 行次 from {@code from} to {@code to} (R1..R8). */
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

    /** Rows whose key starts with a prefix ({ind.*}). */
    record KeyPrefix(String prefix) implements RowSet {
        /** Checks for null. */
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

    /** The column with this 栏次 in the standard layout (C1). */
    record ColumnNumber(int number) implements ColumnSelector {
    }

    /** The column with this canonical key (.{basic}). */
    record ColumnKey(String key) implements ColumnSelector {
        /** Checks for null. */
        public ColumnKey {
            Objects.requireNonNull(key, "key");
        }
    }

    /** The column with this header (.「基本支出」). */
    record ColumnLabel(String label) implements ColumnSelector {
        /** Checks for null. */
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
        /** Copies the list. */
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

    /** A constant. */
    record Number(BigDecimal value) implements Expr {
        /** Checks for null. */
        public Number {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * One cell.
     *
     * @param table  the table ({@link TableId#PERF}: the project being checked)
     * @param row    the row
     * @param column the column
     */
    record Ref(TableId table, RowSelector row, ColumnSelector column) implements Expr {
        /** Checks for nulls. */
        public Ref {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(row, "row");
            Objects.requireNonNull(column, "column");
        }

        /** The same cell in another column. */
        public Ref column(String key) {
            return new Ref(table, row, new ColumnKey(key));
        }

        /** The same cell in the column of this standard 栏次. */
        public Ref column(int number) {
            return new Ref(table, row, new ColumnNumber(number));
        }
    }

    /**
     * Several cells, for {@code sum}, {@code min} and {@code max}: rows that are missing add nothing.
     *
     * @param table  the table
     * @param rows   the rows
     * @param column the column
     */
    record Set(TableId table, RowSet rows, ColumnSelector column) implements Expr {
        /** Checks for nulls. */
        public Set {
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
        /** Checks the operator. */
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
     * @param function the function name
     * @param args     its arguments
     */
    record Call(String function, List<Expr> args) implements Expr {
        /** Checks the name and copies the arguments. */
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
        /** Checks for null. */
        public Negate {
            Objects.requireNonNull(operand, "operand");
        }
    }

    // ---- building in Java ---------------------------------------------------------------------------------

    /** The only figure of the row with this standard 行次, e.g. {@code line(T01, 27)}. */
    static Ref line(TableId table, int line) {
        return new Ref(table, new Line(line), new OnlyColumn());
    }

    /** The only figure of the row of this 科目代码. */
    static Ref code(TableId table, String code) {
        return new Ref(table, new Code(code), new OnlyColumn());
    }

    /** The only figure of the row with this key. */
    static Ref key(TableId table, String key) {
        return new Ref(table, new Key(key), new OnlyColumn());
    }

    /** A constant. */
    static Number number(String value) {
        return new Number(new BigDecimal(value));
    }

    /** The sum of the arguments (rows that are missing add nothing). */
    static Call sum(Expr... args) {
        return new Call("sum", List.of(args));
    }

    /** The smaller of the arguments. */
    static Call min(Expr... args) {
        return new Call("min", List.of(args));
    }

    /** This plus another. */
    default Expr plus(Expr other) {
        return new Binary('+', this, other);
    }

    /** This minus another. */
    default Expr minus(Expr other) {
        return new Binary('-', this, other);
    }

    /** This times another. */
    default Expr times(Expr other) {
        return new Binary('*', this, other);
    }

    /** This divided by another. */
    default Expr dividedBy(Expr other) {
        return new Binary('/', this, other);
    }

    /** The condition this = other. */
    default Condition isEqualTo(Expr other) {
        return new Condition(this, Condition.Comparison.EQUAL, other);
    }

    /** The condition this ≤ other. */
    default Condition isAtMost(Expr other) {
        return new Condition(this, Condition.Comparison.AT_MOST, other);
    }

    /** The condition this ≥ other. */
    default Condition isAtLeast(Expr other) {
        return new Condition(this, Condition.Comparison.AT_LEAST, other);
    }
}
