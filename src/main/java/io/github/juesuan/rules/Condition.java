package io.github.juesuan.rules;

import java.util.Objects;

/**
 * A comparison of two expressions: what a rule checks.
 *
 * @param left       the left side
 * @param comparison how the sides compare
 * @param right      the right side
 */
public record Condition(Expr left, Comparison comparison, Expr right) {
    /** How two sides compare. */
    public enum Comparison {
        /** =. */
        EQUAL("=", "≠"),
        /** ≤. */
        AT_MOST("≤", ">"),
        /** ≥. */
        AT_LEAST("≥", "<"),
        /** {@code <}, only in a rule's {@code when:}. */
        LESS("<", "≥"),
        /** {@code >}, only in a rule's {@code when:}. */
        GREATER(">", "≤");

        private final String symbol;
        private final String negated;

        Comparison(String symbol, String negated) {
            this.symbol = symbol;
            this.negated = negated;
        }

        /**
         * The symbol as a rule writes it.
         *
         * @return =, ≤, ≥, {@code <} or {@code >}
         */
        public String symbol() {
            return symbol;
        }

        /**
         * The symbol of the opposite, for a message saying the condition does not hold.
         *
         * @return ≠, {@code >}, {@code <}, ≥ or ≤ (for =, ≤, ≥, {@code <} and {@code >} in turn)
         */
        public String negated() {
            return negated;
        }
    }

    /**
     * Checks for nulls.
     *
     * @param left       the left side
     * @param comparison how the sides compare
     * @param right      the right side
     * @throws NullPointerException if any argument is null
     */
    public Condition {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(right, "right");
    }
}
