package io.github.juesuan.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A grade that must match a score: the bands from the highest down, the last one open below
 * ({@code 优 90; 良 80; 中 60; 差}).
 *
 * @param score the score (e.g. the 总分 cell)
 * @param bands the bands, highest first; the last has no minimum
 */
public record Grading(Expr score, List<Band> bands) {
    /**
     * One band.
     *
     * @param label   the grade printed for it (优, 良, 合格…)
     * @param minimum the lowest score it takes, inclusive; {@code null} for the last band
     */
    public record Band(String label, BigDecimal minimum) {
        /**
         * Checks the label.
         *
         * @param label   the grade printed for the band
         * @param minimum the lowest score it takes, inclusive; {@code null} for the last band
         * @throws NullPointerException if {@code label} is null
         */
        public Band {
            Objects.requireNonNull(label, "label");
        }
    }

    /**
     * Checks that the bands descend and only the last is open.
     *
     * @param score the expression giving the score (e.g. the 总分 cell)
     * @param bands the bands, highest first; at least two, the last with no minimum
     * @throws NullPointerException     if {@code score} or {@code bands} is null, or a band is null
     * @throws IllegalArgumentException if there are fewer than two bands, a band other than the last has no
     *                                  minimum or the last has one, or the minimums do not strictly descend
     */
    public Grading {
        Objects.requireNonNull(score, "score");
        bands = List.copyOf(bands);
        if (bands.size() < 2) {
            throw new IllegalArgumentException("a grading needs at least two bands");
        }
        for (int i = 0; i < bands.size(); i++) {
            boolean last = i == bands.size() - 1;
            if ((bands.get(i).minimum() == null) != last) {
                throw new IllegalArgumentException("only the last band is open below");
            }
            if (i > 0 && !last && bands.get(i).minimum().compareTo(bands.get(i - 1).minimum()) >= 0) {
                throw new IllegalArgumentException("bands must descend");
            }
        }
    }

    /**
     * The label for a score.
     *
     * @param value the score, exact
     * @return the label of the first band whose minimum the score reaches, or the last band's label
     */
    public String labelFor(BigDecimal value) {
        for (Band b : bands) {
            if (b.minimum() == null || value.compareTo(b.minimum()) >= 0) {
                return b.label();
            }
        }
        throw new IllegalStateException("unreachable");
    }
}
