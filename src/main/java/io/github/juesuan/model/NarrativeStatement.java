package io.github.juesuan.model;

/**
 * One claim the words make, as extracted: an amount, a share, a change on last year, an enumeration with its
 * total, a count of graded projects, a zero claim, or a sentence part the extractor did not understand.
 *
 * <p>Every number keeps its printed text, value, decimals, unit and characters, so a rule can compare it with
 * the tables using interval arithmetic; {@link #sentence()} is the whole sentence the claim was read from.
 */
public sealed interface NarrativeStatement permits StatedAmount, StatedShare, StatedChange, StatedEnumeration,
        StatedGrade, StatedZero, NotUnderstood {

    /**
     * The sentence the statement was read from.
     *
     * @return the whole sentence, its offsets within its paragraph or cell
     */
    NarrativeSource sentence();
}
