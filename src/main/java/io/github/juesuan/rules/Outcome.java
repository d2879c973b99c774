package io.github.juesuan.rules;

/** What evaluating one instance of a rule showed. */
public enum Outcome {
    /** Equal as printed. */
    PASS,
    /** Unequal as printed, but within what rounding of the printed figures allows. */
    ROUNDING,
    /** Outside what rounding allows. */
    FAIL,
    /**
     * 分项未填: an identity's total is filled but every one of its parts is blank (or a dash), so the printed
     * table does not state the identity; reported at the rule's {@linkplain Rule#blank() blank severity}, never
     * as a comparison with 0.
     */
    PARTS_BLANK,
    /** 合计未填: an identity's parts are filled but its total is blank (or a dash); as {@link #PARTS_BLANK}. */
    TOTAL_BLANK,
    /** Could not be evaluated: a table or row is missing, a figure is not a number, a divisor may be 0. */
    NOT_EVALUABLE,
    /** A problem with the workbook itself, found while reading it (not from a rule). */
    STRUCTURAL;

    /**
     * Whether this outcome says the printed table leaves one side of an identity blank.
     *
     * @return true for PARTS_BLANK and TOTAL_BLANK
     */
    public boolean isBlank() {
        return this == PARTS_BLANK || this == TOTAL_BLANK;
    }

    /**
     * The Chinese word a finding of this outcome is tagged with, the same in every report and annotated copy.
     *
     * @return 尾差, 不符, 分项未填, 合计未填, 无法核对 or 读取问题; empty for PASS, which is never a finding
     */
    public String chinese() {
        return RulesMessages.ZH.get("outcome." + name());
    }

    /**
     * The English word a finding of this outcome is tagged with.
     *
     * @return rounding, fails, parts not filled, total not filled, not evaluable or reading problem; empty for
     *         PASS
     */
    public String english() {
        return RulesMessages.EN.get("outcome." + name());
    }
}
