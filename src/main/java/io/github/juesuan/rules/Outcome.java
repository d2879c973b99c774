package io.github.juesuan.rules;

/** What evaluating one instance of a rule showed. */
public enum Outcome {
    /** Equal as printed. */
    PASS,
    /** Unequal as printed, but within what rounding of the printed figures allows. */
    ROUNDING,
    /** Outside what rounding allows. */
    FAIL,
    /** Could not be evaluated: a table or row is missing, a figure is not a number, a divisor may be 0. */
    NOT_EVALUABLE,
    /** A problem with the workbook itself, found while reading it (not from a rule). */
    STRUCTURAL
}
