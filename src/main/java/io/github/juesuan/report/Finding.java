package io.github.juesuan.report;

import io.github.juesuan.model.NarrativeQuote;
import io.github.juesuan.model.Severity;
import io.github.juesuan.model.Source;
import io.github.juesuan.model.TableId;
import io.github.juesuan.rules.Interval;
import io.github.juesuan.rules.Outcome;
import io.github.juesuan.rules.Participant;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing a check found: a rule that did not hold (or held only within rounding, or could not be
 * evaluated), or a problem met while reading the workbook. A failure is data, never an exception.
 *
 * @param ruleId      the rule's id ({@code GK01.002}) or the reading problem's code ({@code READ.NOT_A_NUMBER})
 * @param severity    ERROR/WARNING for a FAIL (the rule's), the rule's blank severity for PARTS_BLANK and
 *                    TOTAL_BLANK, INFO for ROUNDING and NOT_EVALUABLE
 * @param outcome     ROUNDING, FAIL, PARTS_BLANK (分项未填), TOTAL_BLANK (合计未填), NOT_EVALUABLE, or STRUCTURAL
 *                    for a reading problem
 * @param table       the table it concerns, or {@code null} for the workbook as a whole
 * @param project     for a 绩效自评表, the 1-based project number; else 0
 * @param instance    which row/column of the rule's scope, or ""
 * @param message     the Chinese message
 * @param messageEn   the English message
 * @param expression  the rule as written, or ""
 * @param substituted the rule with the printed values in place, or ""
 * @param computed    the computed side's interval, or null
 * @param printed     the printed side's interval, or null
 * @param difference  computed minus printed, or null
 * @param allowed     the largest difference rounding explains, or null
 * @param cells       every participating cell
   * @param reason      why it was not evaluable, which cells are blank, or a unit conversion it made (Chinese),
   *                    or ""
   * @param reasonEn    the same in English, or ""
 * @param location    the cell a reading problem concerns, or null
 * @param quote       for a check of the words, the sentence with the numbers concerned marked; else null
 */
public record Finding(String ruleId, Severity severity, Outcome outcome, TableId table, int project, String instance,
                      String message, String messageEn, String expression, String substituted, Interval computed,
                      Interval printed, BigDecimal difference, BigDecimal allowed, List<Participant> cells,
                      String reason, String reasonEn, Source location, NarrativeQuote quote) {
    /** Checks for nulls and copies the list. */
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(messageEn, "messageEn");
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(substituted, "substituted");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(reasonEn, "reasonEn");
        cells = List.copyOf(cells);
    }

    /** A finding that quotes no words. */
    public Finding(String ruleId, Severity severity, Outcome outcome, TableId table, int project, String instance,
                   String message, String messageEn, String expression, String substituted, Interval computed,
                   Interval printed, BigDecimal difference, BigDecimal allowed, List<Participant> cells,
                   String reason, String reasonEn, Source location) {
        this(ruleId, severity, outcome, table, project, instance, message, messageEn, expression, substituted,
                computed, printed, difference, allowed, cells, reason, reasonEn, location, null);
    }

    /** The sentence of the words this finding is about, with its numbers marked, if it is about the words. */
    public Optional<NarrativeQuote> quoted() {
        return Optional.ofNullable(quote);
    }

    /** The first cell concerned: the reading problem's cell or the first participant. */
    public Optional<Source> where() {
        if (location != null) {
            return Optional.of(location);
        }
        return cells.isEmpty() ? Optional.empty() : Optional.of(cells.get(0).source());
    }

    /** The message in a language: Chinese, or English where given. */
    public String message(Lang lang) {
        return lang == Lang.EN && !messageEn.isEmpty() ? messageEn : message;
    }
}
