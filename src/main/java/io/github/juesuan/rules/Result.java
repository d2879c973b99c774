package io.github.juesuan.rules;

import io.github.juesuan.model.TableId;

/**
 * What evaluating part of one instance of a rule gave: a {@link Value} (with the record of how it was computed),
 * the two {@link Sides} of a comparison or an operation, or a {@link Failure} saying why there is no value. The
 * engine passes these up as data; nothing is thrown for a rule that cannot be checked.
 */
sealed interface Result permits Value, Result.Sides, Result.Failure {

    /**
     * Both operands, evaluated left first.
     *
     * @param left  the left operand's value
     * @param right the right operand's value
     */
    record Sides(Value left, Value right) implements Result {
    }

    /** Why there is no value; also what a cell lookup gives when it cannot say which cell. */
    sealed interface Failure extends Result, Located permits NotApplicable, Absent, NotEvaluable {
    }

    /** The instance does not apply (a column the row does not have, an empty set, no current row): nothing to report. */
    record NotApplicable() implements Failure {
        /** The one instance: it carries nothing. */
        static final NotApplicable INSTANCE = new NotApplicable();
    }

    /**
     * A table the rule refers to is absent.
     *
     * @param table the absent table
     */
    record Absent(TableId table) implements Failure {
    }

    /**
     * The instance cannot be evaluated, for the reason given.
     *
     * @param zh the reason in Chinese
     * @param en the same in English
     */
    record NotEvaluable(String zh, String en) implements Failure {
    }
}
