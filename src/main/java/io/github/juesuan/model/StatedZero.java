package io.github.juesuan.model;

import java.util.Objects;

/**
 * A claim that something is nil: {@code 本年度无此项收支} (under the heading that names it),
 * {@code 本部门（单位）无机关运行经费}. The figures named should all be blank or zero.
 *
 * @param subject  what is nil: the words (or the heading, for 此项) and the figures they name
 * @param sentence the whole sentence the statement was read from
 */
public record StatedZero(Claim subject, NarrativeSource sentence) implements NarrativeStatement {

    /**
     * Checks for nulls.
     *
     * @param subject  what is nil: the words and the figures they name
     * @param sentence the whole sentence the statement was read from
     * @throws NullPointerException if any argument is null
     */
    public StatedZero {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(sentence, "sentence");
    }
}
