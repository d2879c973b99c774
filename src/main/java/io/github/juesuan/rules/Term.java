package io.github.juesuan.rules;

import io.github.juesuan.model.AmountUnit;
import io.github.juesuan.model.Figure;

import java.math.BigDecimal;
import java.util.List;

/** How a {@link Value} was computed: the record of an evaluation that {@link Substitution} writes out. */
sealed interface Term {

    /**
     * Whether the value is a computation (its result is then shown after it): an operation, a negation, min, max,
     * abs, or a sum of more than one member.
     */
    default boolean compound() {
        if (this instanceof Sum s) {
            return s.members().size() > 1;
        }
        return this instanceof Operation || this instanceof Negation || this instanceof Extreme || this instanceof Absolute;
    }

    /**
     * A constant of the rule.
     *
     * @param value the number
     */
    record Constant(BigDecimal value) implements Term {
    }

    /**
     * A printed figure: a number, a blank or a dash.
     *
     * @param figure    the figure
     * @param inWanYuan the figure printed in 元 or 千元 as compared in 万元, or null where it is not converted
     * @param unit      the unit it is printed in where it is converted, else null
     */
    record Cell(Figure figure, BigDecimal inWanYuan, AmountUnit unit) implements Term {
    }

    /**
     * {@code filled(…)} of a cell.
     *
     * @param figure the cell, or null where the table does not print it
     * @param filled whether it holds a number or text
     */
    record Filled(Figure figure, boolean filled) implements Term {
    }

    /**
     * A negation.
     *
     * @param operand what is negated
     */
    record Negation(Value operand) implements Term {
    }

    /**
     * An arithmetic operation.
     *
     * @param expr  the operation as the rule writes it (its operator, and the shape of its operands)
     * @param left  the left operand's value
     * @param right the right operand's value
     */
    record Operation(Expr.Binary expr, Value left, Value right) implements Term {
    }

    /**
     * {@code sum(…)}: the cells and values added, in order.
     *
     * @param members what was added
     */
    record Sum(List<Value> members) implements Term {
    }

    /**
     * {@code min(…)} or {@code max(…)}.
     *
     * @param function {@code min} or {@code max}
     * @param members  what was compared, in order
     */
    record Extreme(String function, List<Value> members) implements Term {
    }

    /**
     * {@code abs(…)}.
     *
     * @param operand the value taken
     */
    record Absolute(Value operand) implements Term {
    }
}
