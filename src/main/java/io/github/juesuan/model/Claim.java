package io.github.juesuan.model;

import java.util.Objects;
import java.util.Optional;

/**
 * What a statement is about: the label as printed and, when the label vocabulary knows it, the table
 * figure it names.
 *
 * <p>A reference reads {@code TABLE:ROW} for a table with one amount column ({@code 01:inc.total}),
 * {@code TABLE:ROW/COLUMN} for a row and a column ({@code 03:total/project}, {@code 09:hospitality/actual}),
 * {@code TABLE:PREFIX*} for every row whose key starts with PREFIX ({@code 10:running.*}, {@code 07:*}), and
 * {@code PERF:…} for the 项目支出绩效自评表 taken together ({@code PERF:count}, {@code PERF:total/planned},
 * {@code PERF:grade}). Row and column keys are those of the table catalogue.
 *
 * @param label     the words as printed, without a leading year or ordinal ({@code 收入总计})
 * @param reference the figure named, or {@code null} when the vocabulary does not know the label
 */
public record Claim(String label, String reference) {

    /**
     * Checks the label.
     *
     * @param label     the words as printed, without a leading year or ordinal
     * @param reference the figure named, or {@code null} when the vocabulary does not know the label
     * @throws NullPointerException if {@code label} is null
     */
    public Claim {
        Objects.requireNonNull(label, "label");
    }

    /**
     * The figure named, if the vocabulary knows the label.
     *
     * @return the reference ({@code 01:inc.total}, {@code PERF:grade}, ...), or empty when the label is unknown
     */
    public Optional<String> ref() {
        return Optional.ofNullable(reference);
    }

    @Override
    public String toString() {
        return label + (reference == null ? "" : "→" + reference);
    }
}
