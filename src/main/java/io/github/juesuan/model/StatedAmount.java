package io.github.juesuan.model;

import java.util.Objects;

/**
 * A labelled amount or count: {@code 事业收入400.48万元}, {@code 共有车辆0辆}, {@code 自评个数2个}.
 *
 * @param claim    the label and the figure it names
 * @param number   the number as printed
 * @param sentence the whole sentence the statement was read from
 */
public record StatedAmount(Claim claim, NarrativeNumber number, NarrativeSource sentence)
        implements NarrativeStatement {

    /**
     * Checks for nulls.
     *
     * @param claim    the label and the figure it names
     * @param number   the number as printed
     * @param sentence the whole sentence the statement was read from
     * @throws NullPointerException if any argument is null
     */
    public StatedAmount {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(sentence, "sentence");
    }
}
