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
            return new Ref(table, row, new ColumnSelector.ColumnKey(key));
        }

        /**
         * The same cell in the column of this standard 栏次.
         *
         * @param number the 栏次 in the standard layout, 1-based
         * @return a reference to the same table and row in that column
         */
        public Ref column(int number) {
            return new Ref(table, row, new ColumnSelector.ColumnNumber(number));
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
        return new Ref(table, new RowSelector.Line(line), new ColumnSelector.OnlyColumn());
    }

    /**
     * The only figure of the row of this 科目代码.
     *
     * @param table the table the row is in
     * @param code  the 科目代码 as digits ({@code 2060799})
     * @return the reference {@code [table] #code}
     */
    static Ref code(TableId table, String code) {
        return new Ref(table, new RowSelector.Code(code), new ColumnSelector.OnlyColumn());
    }

    /**
     * The only figure of the row with this key.
     *
     * @param table the table the row is in
     * @param key   the row key of the table catalogue ({@code inc.total})
     * @return the reference {@code [table] {key}}
     */
    static Ref key(TableId table, String key) {
        return new Ref(table, new RowSelector.Key(key), new ColumnSelector.OnlyColumn());
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
