package io.github.juesuan.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A change on last year: {@code 收入总计增加82.95万元，增长25.34%}, {@code 与上年相同}. With this year's amount c
 * (printed earlier in the same passage: {@code 收入总计410.33万元}), a change Δ and a rate r, last year's amount
 * is c − Δ (c + Δ for a decrease) and r = Δ ÷ (c − Δ) × 100.
 *
 * @param claim     the label and the figure it names
 * @param current   this year's amount as printed earlier in the passage, or {@code null} if not printed there
 * @param direction up, down or the same
 * @param change    the change as printed, or {@code null} (always for {@link Direction#SAME})
 * @param rate      the rate as printed ({@code 25.34%}), or {@code null}
 * @param sentence  the whole sentence the statement was read from
 */
public record StatedChange(Claim claim, NarrativeNumber current, Direction direction, NarrativeNumber change,
                           NarrativeNumber rate, NarrativeSource sentence) implements NarrativeStatement {

    /** Which way the figure moved since last year. */
    public enum Direction {
        /** 增加, 增长, 上升, 提高. */
        UP,
        /** 减少, 下降, 降低. */
        DOWN,
        /** 与上年相同, 持平. */
        SAME
    }

    /**
     * Checks for nulls and that a SAME carries no numbers.
     *
     * @param claim     the label and the figure it names
     * @param current   this year's amount as printed earlier in the passage, or {@code null}
     * @param direction up, down or the same
     * @param change    the change as printed, or {@code null}
     * @param rate      the rate as printed, or {@code null}
     * @param sentence  the whole sentence the statement was read from
     * @throws NullPointerException     if {@code claim}, {@code direction} or {@code sentence} is null
     * @throws IllegalArgumentException if {@code direction} is SAME and a change or a rate is given
     */
    public StatedChange {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(sentence, "sentence");
        if (direction == Direction.SAME && (change != null || rate != null)) {
            throw new IllegalArgumentException("an unchanged figure carries no change or rate");
        }
    }

    /**
     * This year's amount, if printed in the passage.
     *
     * @return the amount as printed, or empty when the passage does not print it before the change
     */
    public Optional<NarrativeNumber> currentAmount() {
        return Optional.ofNullable(current);
    }

    /**
     * Last year's amount as the printed numbers imply it (c − Δ, c + Δ, or c), when this year's amount is
     * printed and the change is an amount. A point value for reading; rules use the printed intervals.
     *
     * @return this year's printed value minus (or plus) the printed change, as they stand, without converting
     *         units; empty when this year's amount is not printed, or the change is missing or a percentage
     */
    public Optional<BigDecimal> impliedPrior() {
        if (current == null) {
            return Optional.empty();
        }
        if (direction == Direction.SAME) {
            return Optional.of(current.value());
        }
        if (change == null || !change.unit().isMoney() && !change.unit().isCount()) {
            return Optional.empty();
        }
        return Optional.of(direction == Direction.UP ? current.value().subtract(change.value())
                : current.value().add(change.value()));
    }
}
