package io.github.juesuan.rules;

import io.github.juesuan.model.NarrativeQuote;
import io.github.juesuan.model.Severity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The result of checking one instance of a rule (one row of its scope, one column of a {@code .*}).
 *
 * @param rule        the rule evaluated
 * @param outcome     PASS, ROUNDING, FAIL, PARTS_BLANK, TOTAL_BLANK or NOT_EVALUABLE
 * @param project     for a 绩效自评表 rule, the 1-based project number; else 0
 * @param instance    which row/column of the scope, e.g. {@code 206 科学技术支出 / 本年支出合计}, or ""
 * @param substituted the check with the printed values in place, e.g.
 *                    {@code 400.55 + 0 + 9.79 = 410.34 ≠ 410.33}; "" when not evaluable or one side is blank
 * @param computed    the interval of the computed side, or null
 * @param printed     the interval of the printed side, or null
 * @param difference  computed minus printed, as printed values, or null
 * @param allowed     the largest difference rounding explains (sum of the two radii), or null
 * @param cells       every cell that took part (a blank one with {@code printed} "")
 * @param reason      why it was not evaluable, which cells are blank, or a unit conversion it made (Chinese),
 *                    or ""
 * @param reasonEn    the same in English, or ""
 * @param quote       for a check of the words, the sentence with the numbers concerned marked; else {@code null}
 */
public record Evaluation(Rule rule, Outcome outcome, int project, String instance, String substituted,
                         Interval computed, Interval printed, BigDecimal difference, BigDecimal allowed,
                         List<Participant> cells, String reason, String reasonEn, NarrativeQuote quote) {
    /**
     * Checks for nulls and copies the list.
     *
     * @param rule        the rule evaluated
     * @param outcome     the outcome of this instance
     * @param project     for a 绩效自评表 rule, the 1-based project number; else 0
     * @param instance    which row/column of the scope, or ""
     * @param substituted the check with the printed values in place, or ""
     * @param computed    the interval of the computed side, or null
     * @param printed     the interval of the printed side, or null
     * @param difference  computed minus printed, as printed values, or null
     * @param allowed     the largest difference rounding explains, or null
     * @param cells       every cell that took part
     * @param reason      the reason in Chinese, or ""
     * @param reasonEn    the same in English, or ""
     * @param quote       for a check of the words, the quoted sentence; else {@code null}
     * @throws NullPointerException if {@code rule}, {@code outcome}, a string or {@code cells} is null, or a cell
     *                              is null
     */
    public Evaluation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(substituted, "substituted");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(reasonEn, "reasonEn");
        cells = List.copyOf(cells);
    }

    /**
     * An evaluation of a rule of the tables: nothing quoted.
     *
     * @param rule        the rule evaluated
     * @param outcome     the outcome of this instance
     * @param project     for a 绩效自评表 rule, the 1-based project number; else 0
     * @param instance    which row/column of the scope, or ""
     * @param substituted the check with the printed values in place, or ""
     * @param computed    the interval of the computed side, or null
     * @param printed     the interval of the printed side, or null
     * @param difference  computed minus printed, as printed values, or null
     * @param allowed     the largest difference rounding explains, or null
     * @param cells       every cell that took part
     * @param reason      the reason in Chinese, or ""
     * @param reasonEn    the same in English, or ""
     * @throws NullPointerException as the canonical constructor
     */
    public Evaluation(Rule rule, Outcome outcome, int project, String instance, String substituted,
                      Interval computed, Interval printed, BigDecimal difference, BigDecimal allowed,
                      List<Participant> cells, String reason, String reasonEn) {
        this(rule, outcome, project, instance, substituted, computed, printed, difference, allowed, cells, reason,
                reasonEn, null);
    }

    /**
     * How much this evaluation matters: the rule's severity for a FAIL, its {@linkplain Rule#blank() blank
     * severity} for PARTS_BLANK and TOTAL_BLANK, INFO otherwise (rounding tails, not evaluable, PASS). A FAIL
     * that {@linkplain #restsOnAssumed() rests on an assumed figure} is at most a WARNING: the printed numbers
     * alone do not prove it.
     *
     * @return the severity a finding of this evaluation carries
     */
    public Severity severity() {
        if (outcome == Outcome.FAIL) {
            return rule.severity() == Severity.ERROR && restsOnAssumed() ? Severity.WARNING : rule.severity();
        }
        return outcome.isBlank() ? rule.blank() : Severity.INFO;
    }

    /**
     * Whether a cell of this evaluation is not printed but was taken from the standard form (the 分值 of
     * 预算执行率 on a 绩效自评表 that prints none).
     *
     * @return true when a {@linkplain Participant#assumed() participant is assumed}
     */
    public boolean restsOnAssumed() {
        for (Participant p : cells) {
            if (p.assumed()) {
                return true;
            }
        }
        return false;
    }
}
