package io.github.juesuan.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A share: {@code 事业收入400.48万元，占比99.98%} (percent = part ÷ whole × 100). The whole is the amount the
 * words introduced the parts with ({@code 收入合计400.55万元，其中：…}) or the one named ({@code 占本年支出合计的0%}).
 *
 * @param part        the part's label and figure
 * @param partNumber  the part's amount as printed
 * @param whole       the whole's label and figure, or {@code null} when the words do not say what the share is of
 * @param wholeNumber the whole's amount as printed, or {@code null} when the words name it without printing it
 * @param percent     the share as printed
 * @param sentence    the whole sentence the statement was read from
 */
public record StatedShare(Claim part, NarrativeNumber partNumber, Claim whole, NarrativeNumber wholeNumber,
                          NarrativeNumber percent, NarrativeSource sentence) implements NarrativeStatement {

    /**
     * Checks for nulls where a value is required.
     *
     * @param part        the part's label and figure
     * @param partNumber  the part's amount as printed
     * @param whole       the whole's label and figure, or {@code null}
     * @param wholeNumber the whole's amount as printed, or {@code null}
     * @param percent     the share as printed
     * @param sentence    the whole sentence the statement was read from
     * @throws NullPointerException     if {@code part}, {@code partNumber}, {@code percent} or {@code sentence}
     *                                  is null
     * @throws IllegalArgumentException if {@code wholeNumber} is given without {@code whole}
     */
    public StatedShare {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(partNumber, "partNumber");
        Objects.requireNonNull(percent, "percent");
        Objects.requireNonNull(sentence, "sentence");
        if (whole == null && wholeNumber != null) {
            throw new IllegalArgumentException("a printed whole needs its label");
        }
    }

    /**
     * The whole, if the words say what the share is of.
     *
     * @return the whole's label and figure, or empty when the words do not say
     */
    public Optional<Claim> wholeClaim() {
        return Optional.ofNullable(whole);
    }

    /**
     * The whole's printed amount, if printed.
     *
     * @return the amount as printed, or empty when the words name the whole without printing it
     */
    public Optional<NarrativeNumber> wholeAmount() {
        return Optional.ofNullable(wholeNumber);
    }
}
