package io.github.juesuan.rules;

import io.github.juesuan.model.Severity;

import java.util.Objects;

/**
 * One rule: an id, a severity, a message, and the condition it checks (on each row of its scope, if it
 * has one).
 *
 * <pre>{@code
 * Rule r = Rule.builder("MY.001").severity(Severity.ERROR).message("收入总计应等于各项之和")
 *         .check("[01] R27 + R28 + R29 = R31").build();
 * }</pre>
 *
 * @param id         stable id, e.g. {@code GK01.002}
 * @param severity   how much a failure matters
 * @param message    the message a finding of the rule shows, in Chinese
 * @param messageEn  the English message ("" when none)
 * @param expression the check as written
 * @param scope      the rows checked one by one, or {@code null} for a single check
 * @param condition  the compiled check, or {@code null} for a grading rule
 * @param tolerance  how printed figures are widened
 * @param when       a precondition each instance must meet as printed to be checked, or {@code null}
 * @param grading    for a grading rule, the score and its bands (the printed 等级 must match); else {@code null}
 * @param blank      how much it matters that an instance's total is filled over blank parts, or its parts over a
 *                   blank total ({@link Outcome#PARTS_BLANK}, {@link Outcome#TOTAL_BLANK}): WARNING where a template
 *                   shades the cells not to be filled, ERROR where the disclosure must give them
 * @param words      for a check of the words ({@code words:}), which check; else {@code null}
 */
public record Rule(String id, Severity severity, String message, String messageEn, String expression, Scope scope,
                   Condition condition, Tolerance tolerance, Condition when, Grading grading, Severity blank,
                   Words words) {
    /**
     * Checks for nulls: a rule has exactly one of a condition, a grading and a check of the words.
     *
     * @param id         stable id, one word
     * @param severity   how much a failure matters
     * @param message    the message a finding of the rule shows, in Chinese
     * @param messageEn  the English message ("" when none)
     * @param expression the check as written
     * @param scope      the rows checked one by one, or {@code null} for a single check
     * @param condition  the compiled check, or {@code null} for a grading rule
     * @param tolerance  how printed figures are widened
     * @param when       a precondition, or {@code null}
     * @param grading    the score and its bands, or {@code null} for a rule with a condition
     * @param blank      how much a PARTS_BLANK or TOTAL_BLANK instance matters
     * @param words      for a check of the words, which check; else {@code null}
     * @throws NullPointerException     if {@code id}, {@code severity}, a message, {@code expression},
     *                                  {@code tolerance} or {@code blank} is null
     * @throws IllegalArgumentException if the rule has not exactly one of a condition, a grading and a check of the words, the id is
     *                                  blank or holds white space, or an expression nests deeper than the rule
     *                                  language allows
     */
    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(messageEn, "messageEn");
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(tolerance, "tolerance");
        Objects.requireNonNull(blank, "blank");
        if ((condition != null ? 1 : 0) + (grading != null ? 1 : 0) + (words != null ? 1 : 0) != 1) {
            throw new IllegalArgumentException("rule " + id + " needs one check, grade or words");
        }
        if (id.isBlank() || hasWhitespace(id)) {
            throw new IllegalArgumentException("a rule id is one word: «" + id + "»");
        }
        for (Condition c : new Condition[]{condition, when}) {
            if (c != null) {
                requireShallow(id, c.left());
                requireShallow(id, c.right());
            }
        }
        if (grading != null) {
            requireShallow(id, grading.score());
        }
    }

    /**
     * Evaluation walks an expression recursively: one built in Java (3,000 {@code plus} calls in a row) deeper
     * than the rule language allows would exhaust the stack at check time, so it is refused here, measured
     * without recursion.
     */
    static void requireShallow(String id, Expr e) {
        java.util.ArrayDeque<Object[]> stack = new java.util.ArrayDeque<>();
        stack.push(new Object[]{e, 1});
        while (!stack.isEmpty()) {
            Object[] top = stack.pop();
            int depth = (Integer) top[1];
            if (depth > Parser.MAX_DEPTH) {
                throw new IllegalArgumentException(RulesMessages.both("pack.ruleTooDeep", id, Parser.MAX_DEPTH));
            }
            if (top[0] instanceof Expr.Binary b) {
                stack.push(new Object[]{b.left(), depth + 1});
                stack.push(new Object[]{b.right(), depth + 1});
            } else if (top[0] instanceof Expr.Negate n) {
                stack.push(new Object[]{n.operand(), depth + 1});
            } else if (top[0] instanceof Expr.Call c) {
                for (Expr a : c.args()) {
                    stack.push(new Object[]{a, depth + 1});
                }
            }
        }
    }

    /** Whether a text holds white space (a loop, not a stream: rules are made at start-up, before any JIT). */
    private static boolean hasWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A rule that checks a condition on every instance; blanks at the {@linkplain #defaultBlank default}.
     *
     * @param id         stable id, one word
     * @param severity   how much a failure matters
     * @param message    the message a finding of the rule shows, in Chinese
     * @param messageEn  the English message ("" when none)
     * @param expression the check as written
     * @param scope      the rows checked one by one, or {@code null} for a single check
     * @param condition  the compiled check
     * @param tolerance  how printed figures are widened
     * @throws NullPointerException     if {@code id}, {@code severity}, a message, {@code expression} or
     *                                  {@code tolerance} is null
     * @throws IllegalArgumentException if {@code condition} is null, or as the canonical constructor
     */
    public Rule(String id, Severity severity, String message, String messageEn, String expression, Scope scope,
                Condition condition, Tolerance tolerance) {
        this(id, severity, message, messageEn, expression, scope, condition, tolerance, null, null);
    }

    /**
     * A rule with a precondition or a grading; blanks at the {@linkplain #defaultBlank default}.
     *
     * @param id         stable id, one word
     * @param severity   how much a failure matters
     * @param message    the message a finding of the rule shows, in Chinese
     * @param messageEn  the English message ("" when none)
     * @param expression the check as written
     * @param scope      the rows checked one by one, or {@code null} for a single check
     * @param condition  the compiled check, or {@code null} for a grading rule
     * @param tolerance  how printed figures are widened
     * @param when       a precondition, or {@code null}
     * @param grading    the score and its bands, or {@code null} for a rule with a condition
     * @throws NullPointerException     if {@code id}, {@code severity}, a message, {@code expression} or
     *                                  {@code tolerance} is null
     * @throws IllegalArgumentException as the canonical constructor
     */
    public Rule(String id, Severity severity, String message, String messageEn, String expression, Scope scope,
                Condition condition, Tolerance tolerance, Condition when, Grading grading) {
        this(id, severity, message, messageEn, expression, scope, condition, tolerance, when, grading,
                defaultBlank(severity));
    }

    /**
     * A rule of the tables (a check or a grading), not of the words.
     *
     * @param id         stable id, one word
     * @param severity   how much a failure matters
     * @param message    the message a finding of the rule shows, in Chinese
     * @param messageEn  the English message ("" when none)
     * @param expression the check as written
     * @param scope      the rows checked one by one, or {@code null} for a single check
     * @param condition  the compiled check, or {@code null} for a grading rule
     * @param tolerance  how printed figures are widened
     * @param when       a precondition, or {@code null}
     * @param grading    the score and its bands, or {@code null} for a rule with a condition
     * @param blank      how much a PARTS_BLANK or TOTAL_BLANK instance matters
     * @throws NullPointerException     as the canonical constructor
     * @throws IllegalArgumentException as the canonical constructor
     */
    public Rule(String id, Severity severity, String message, String messageEn, String expression, Scope scope,
                Condition condition, Tolerance tolerance, Condition when, Grading grading, Severity blank) {
        this(id, severity, message, messageEn, expression, scope, condition, tolerance, when, grading, blank, null);
    }

    /**
     * The blank severity of a rule that declares none: WARNING (the printed numbers do not provably disagree,
     * the page just does not state one side), or INFO for a rule that is itself only INFO.
     *
     * @param severity the rule's severity
     * @return INFO for INFO, WARNING for ERROR and WARNING
     */
    public static Severity defaultBlank(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        return severity == Severity.INFO ? Severity.INFO : Severity.WARNING;
    }

    /**
     * A copy with another severity. Its blank severity stays as declared but never above the new severity: a rule
     * turned down to INFO says nothing louder about blanks either.
     *
     * @param newSeverity the severity of a failure of the copy
     * @return a rule equal to this one but for its severity (and its blank severity, where above the new one)
     */
    public Rule withSeverity(Severity newSeverity) {
        Severity b = blank.compareTo(newSeverity) < 0 ? newSeverity : blank;
        return new Rule(id, newSeverity, message, messageEn, expression, scope, condition, tolerance, when, grading, b,
                words);
    }

    /**
     * Starts building a rule.
     *
     * @param id the rule's stable id, one word ({@code MY.001})
     * @return a builder with severity ERROR, tolerance ROUND and no message or check yet
     * @throws NullPointerException if {@code id} is null
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Builds a {@link Rule}: the one way to make one in Java. */
    public static final class Builder {
        private final String id;
        private Severity severity = Severity.ERROR;
        private String message;
        private String messageEn = "";
        private Tolerance tolerance = Tolerance.ROUND;
        private String expression;
        private Scope scope;
        private Condition condition;
        private Condition when;
        private Grading grading;
        private Words words;
        private Severity blank;

        private Builder(String id) {
            this.id = Objects.requireNonNull(id, "id");
        }

        /**
         * The severity of a failure (ERROR by default).
         *
         * @param s the severity
         * @return this builder
         */
        public Builder severity(Severity s) {
            this.severity = Objects.requireNonNull(s);
            return this;
        }

        /**
         * The Chinese message.
         *
         * @param zh the message a finding of the rule shows, in Chinese; required
         * @return this builder
         */
        public Builder message(String zh) {
            this.message = Objects.requireNonNull(zh);
            return this;
        }

        /**
         * The English message.
         *
         * @param en the message in English ("" by default)
         * @return this builder
         */
        public Builder english(String en) {
            this.messageEn = Objects.requireNonNull(en);
            return this;
        }

        /**
         * The severity of a filled total over blank parts, or of filled parts under a blank total
         * ({@link Rule#defaultBlank} by default).
         *
         * @param s the severity of a PARTS_BLANK or TOTAL_BLANK instance
         * @return this builder
         */
        public Builder blank(Severity s) {
            this.blank = Objects.requireNonNull(s);
            return this;
        }

        /**
         * How printed figures are widened (ROUND by default).
         *
         * @param t the tolerance
         * @return this builder
         */
        public Builder tolerance(Tolerance t) {
            this.tolerance = Objects.requireNonNull(t);
            return this;
        }

        /**
         * The check in the rule-pack language, e.g. {@code [01] R27 + R28 + R29 = R31} or
         * {@code each row in [02]: C1 = C2 + C3 + C4 + C5 + C6 + C7}.
         *
         * @param text the check, optionally with an {@code each row in [T] ROWS:} scope
         * @return this builder
         * @throws IllegalArgumentException when it does not parse (the message gives the column)
         */
        public Builder check(String text) {
            try {
                Parser.Check c = new Parser(id, 1, text).check();
                this.scope = c.scope();
                this.condition = c.condition();
                this.expression = text.strip();
                return this;
            } catch (RuleSyntaxException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }

        /**
         * The check built in Java, checked once.
         *
         * @param c the condition
         * @return this builder
         * @throws IllegalArgumentException if the condition nests deeper than the rule language allows
         */
        public Builder check(Condition c) {
            return check(null, c);
        }

        /**
         * The check built in Java, checked on each row of a scope.
         *
         * @param s the rows checked one by one, or {@code null} for a single check
         * @param c the condition; references without a row mean the current row of the scope
         * @return this builder
         * @throws IllegalArgumentException if the condition nests deeper than the rule language allows
         */
        public Builder check(Scope s, Condition c) {
            requireShallow(id, c.left()); // before rendering it, which recurses
            requireShallow(id, c.right());
            this.scope = s;
            this.condition = Objects.requireNonNull(c);
            this.expression = ExprWriter.check(s, c);
            return this;
        }

        /**
         * A precondition: an instance is checked only where it holds as printed (may use {@code <} {@code >}).
         *
         * @param c the precondition
         * @return this builder
         */
        public Builder when(Condition c) {
            this.when = Objects.requireNonNull(c);
            return this;
        }

        /**
         * Makes this a grading rule: the printed 等级 must match the score's band.
         *
         * @param g the score and its bands
         * @return this builder
         */
        public Builder grade(Grading g) {
            this.grading = Objects.requireNonNull(g);
            this.expression = ExprWriter.expr(g.score());
            return this;
        }

        /**
         * The rule.
         *
         * @return the rule as built so far
         * @throws IllegalStateException    if no message or no check (nor grading) was given
         * @throws IllegalArgumentException as the {@link Rule} constructor
         */
        public Rule build() {
            if (message == null) {
                throw new IllegalStateException("rule " + id + " needs a message");
            }
            if (condition == null && grading == null && words == null) {
                throw new IllegalStateException("rule " + id + " needs a check");
            }
            return new Rule(id, severity, message, messageEn, expression, scope, condition, tolerance, when, grading,
                    blank == null ? defaultBlank(severity) : blank, words);
        }
    }
}
