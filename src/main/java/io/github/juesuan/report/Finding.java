package io.github.juesuan.report;

import io.github.juesuan.model.NarrativeQuote;
import io.github.juesuan.model.Problem;
import io.github.juesuan.model.Severity;
import io.github.juesuan.model.Source;
import io.github.juesuan.model.TableId;
import io.github.juesuan.rules.Evaluation;
import io.github.juesuan.rules.Interval;
import io.github.juesuan.rules.Outcome;
import io.github.juesuan.rules.Participant;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One thing a check found: a rule that did not hold (or held only within rounding, or could not be
 * evaluated), or a problem met while reading the workbook. A failure is data, never an exception.
 *
 * <p>Findings are made by {@link Checker} only, so the class has no public constructor and can gain
 * fields without breaking code compiled against it. What may be absent is an {@link Optional}
 * ({@link #table()}, {@link #project()}, {@link #instance()}, {@link #computed()}, {@link #printed()},
 * {@link #difference()}, {@link #allowed()}, {@link #location()}, {@link #quote()}); never {@code null}. Texts that a kind of
 * finding does not have ({@link #expression()}, {@link #substituted()}, {@link #reason()}) are empty.
 * Two findings are equal when every accessor returns equal values.
 */
public final class Finding {
    private final String ruleId;
    private final Severity severity;
    private final Outcome outcome;
    private final TableId table;
    private final int project;
    private final String instance;
    private final String message;
    private final String messageEn;
    private final String expression;
    private final String substituted;
    private final Interval computed;
    private final Interval printed;
    private final BigDecimal difference;
    private final BigDecimal allowed;
    private final List<Participant> cells;
    private final String reason;
    private final String reasonEn;
    private final Source location;
    private final NarrativeQuote quote;

    /*
     * Package-private: Checker and the report package's tests build findings; the nullable parameters
     * (table, computed, printed, difference, allowed, location, quote), project 0 and instance "" are the internal
     * spelling of "absent" and never leave the class.
     */
    Finding(String ruleId, Severity severity, Outcome outcome, TableId table, int project, String instance,
            String message, String messageEn, String expression, String substituted, Interval computed,
            Interval printed, BigDecimal difference, BigDecimal allowed, List<Participant> cells,
            String reason, String reasonEn, Source location, NarrativeQuote quote) {
        this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.table = table;
        if (project < 0) {
            throw new IllegalArgumentException("project " + project + " < 0");
        }
        this.project = project;
        this.instance = Objects.requireNonNull(instance, "instance");
        this.message = Objects.requireNonNull(message, "message");
        this.messageEn = Objects.requireNonNull(messageEn, "messageEn");
        this.expression = Objects.requireNonNull(expression, "expression");
        this.substituted = Objects.requireNonNull(substituted, "substituted");
        this.computed = computed;
        this.printed = printed;
        this.difference = difference;
        this.allowed = allowed;
        this.cells = List.copyOf(Objects.requireNonNull(cells, "cells"));
        this.reason = Objects.requireNonNull(reason, "reason");
        this.reasonEn = Objects.requireNonNull(reasonEn, "reasonEn");
        this.location = location;
        this.quote = quote;
    }

    /** The finding for a reading problem, in the table at whose part of the sheet it was met ({@code null}: none). */
    static Finding of(Problem p, TableId table) {
        return new Finding(p.code(), p.severity(), Outcome.STRUCTURAL, table, 0, "", p.message(), p.messageEn(),
                "", "", null, null, null, null, List.of(), "", "", p.where().orElse(null), null);
    }

    /** The finding for a rule instance that did not pass, in the given table ({@code null}: the workbook). */
    static Finding of(Evaluation e, TableId table) {
        return new Finding(e.rule().id(), e.severity(), e.outcome(), table, e.project(), e.instance(),
                e.rule().message(), e.rule().messageEn(), e.rule().expression(), e.substituted(), e.computed(),
                e.printed(), e.difference(), e.allowed(), e.cells(), e.reason(), e.reasonEn(), null, e.quote());
    }

    /**
     * The rule's id or the reading problem's code.
     *
     * @return e.g. {@code GK01.002} or {@code READ.NOT_A_NUMBER}
     */
    public String ruleId() {
        return ruleId;
    }

    /**
     * How much it matters.
     *
     * @return the rule's severity for a FAIL, the rule's blank severity for PARTS_BLANK and TOTAL_BLANK,
     *         INFO for ROUNDING and NOT_EVALUABLE, the problem's severity for STRUCTURAL
     */
    public Severity severity() {
        return severity;
    }

    /**
     * What kind of finding it is.
     *
     * @return ROUNDING, FAIL, PARTS_BLANK (分项未填), TOTAL_BLANK (合计未填), NOT_EVALUABLE, or STRUCTURAL for a
     *         reading problem; never PASS
     */
    public Outcome outcome() {
        return outcome;
    }

    /**
     * The table it concerns.
     *
     * @return the table, or empty when it concerns the workbook as a whole
     */
    public Optional<TableId> table() {
        return Optional.ofNullable(table);
    }

    /**
     * For a rule of the 项目支出绩效自评表, which self-evaluation of the workbook it concerns.
     *
     * @return the 1-based number of the 绩效自评表 in the workbook, or empty for any other finding
     */
    public OptionalInt project() {
        return project == 0 ? OptionalInt.empty() : OptionalInt.of(project);
    }

    /**
     * Which row or column of the rule's scope it concerns, e.g. {@code 206 科学技术支出 / 本年支出合计}.
     *
     * @return the instance, or empty for a rule with a single instance and for a reading problem
     */
    public Optional<String> instance() {
        return instance.isEmpty() ? Optional.empty() : Optional.of(instance);
    }

    /**
     * The message in Chinese.
     *
     * @return the rule's or the reading problem's message
     */
    public String message() {
        return message;
    }

    /**
     * The message in English.
     *
     * @return the English message, or "" when the rule gives none
     */
    public String messageEn() {
        return messageEn;
    }

    /**
     * The message in a language.
     *
     * @param lang the language
     * @return the Chinese message, or the English one for {@link Lang#EN} where the rule gives one
     */
    public String message(Lang lang) {
        Objects.requireNonNull(lang, "lang");
        return lang == Lang.EN && !messageEn.isEmpty() ? messageEn : message;
    }

    /**
     * The rule as written in its pack.
     *
     * @return e.g. {@code [01] R27 + R28 + R29 = R31}, or "" for a reading problem
     */
    public String expression() {
        return expression;
    }

    /**
     * The rule with the printed values in place.
     *
     * @return e.g. {@code 400.55 + 0 + 9.79 = 410.34 ≠ 410.33}, or "" when nothing was compared
     */
    public String substituted() {
        return substituted;
    }

    /**
     * The interval the computed side can take, given the rounding of its printed values.
     *
     * @return the interval, or empty when nothing was computed
     */
    public Optional<Interval> computed() {
        return Optional.ofNullable(computed);
    }

    /**
     * The interval the printed side can take, given its rounding.
     *
     * @return the interval, or empty when nothing was compared
     */
    public Optional<Interval> printed() {
        return Optional.ofNullable(printed);
    }

    /**
     * The computed side minus the printed side, as printed values.
     *
     * @return the difference, or empty when nothing was compared
     */
    public Optional<BigDecimal> difference() {
        return Optional.ofNullable(difference);
    }

    /**
     * The largest difference rounding explains (the sum of the two sides' radii).
     *
     * @return the allowance, or empty when nothing was compared
     */
    public Optional<BigDecimal> allowed() {
        return Optional.ofNullable(allowed);
    }

    /**
     * Every cell that took part, a blank one with an empty {@link Participant#printed()}.
     *
     * @return the cells, immutable; empty for a reading problem
     */
    public List<Participant> cells() {
        return cells;
    }

    /**
     * Why it was not evaluable, which cells are blank, or a unit conversion it made, in Chinese.
     *
     * @return the reason, or ""
     */
    public String reason() {
        return reason;
    }

    /**
     * The same as {@link #reason()} in English.
     *
     * @return the reason, or ""
     */
    public String reasonEn() {
        return reasonEn;
    }

    /**
     * The cell a reading problem concerns.
     *
     * @return the cell, or empty for a rule finding and for a problem concerning the whole file
     */
    public Optional<Source> location() {
        return Optional.ofNullable(location);
    }

    /**
     * For a check of the words (情况说明, a 绩效表's text cell), the sentence with the numbers concerned marked.
     *
     * @return the quoted sentence, or empty for a finding about tables or a reading problem
     */
    public Optional<NarrativeQuote> quote() {
        return Optional.ofNullable(quote);
    }

    /**
     * The first cell concerned: the reading problem's cell or the first participant.
     *
     * @return the cell, or empty when no cell is concerned
     */
    public Optional<Source> where() {
        if (location != null) {
            return Optional.of(location);
        }
        return cells.isEmpty() ? Optional.empty() : Optional.of(cells.get(0).source());
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Finding f)) {
            return false;
        }
        return project == f.project && ruleId.equals(f.ruleId) && severity == f.severity && outcome == f.outcome
                && Objects.equals(table, f.table) && instance.equals(f.instance) && message.equals(f.message)
                && messageEn.equals(f.messageEn) && expression.equals(f.expression)
                && substituted.equals(f.substituted) && Objects.equals(computed, f.computed)
                && Objects.equals(printed, f.printed) && Objects.equals(difference, f.difference)
                && Objects.equals(allowed, f.allowed) && cells.equals(f.cells) && reason.equals(f.reason)
                && reasonEn.equals(f.reasonEn) && Objects.equals(location, f.location) && Objects.equals(quote, f.quote);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ruleId, severity, outcome, table, project, instance, message, messageEn, expression,
                substituted, computed, printed, difference, allowed, cells, reason, reasonEn, location, quote);
    }

    /**
     * The finding in one line, for logs and test failures: where, rule id, outcome and message.
     *
     * @return e.g. {@code 公开01表!C31 [GK01.002 FAIL] 收入总计应等于…: 410.34 ≠ 410.33}
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        where().ifPresent(s -> sb.append(s.location()).append(' '));
        sb.append('[').append(ruleId).append(' ').append(outcome).append("] ");
        if (project > 0) {
            sb.append("项目").append(project).append(' ');
        }
        if (!instance.isEmpty()) {
            sb.append(instance).append(' ');
        }
        sb.append(message);
        if (!substituted.isEmpty()) {
            sb.append(": ").append(substituted);
        }
        return sb.toString();
    }
}
