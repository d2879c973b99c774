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
        /** Checks the label. */
        public Band {
            Objects.requireNonNull(label, "label");
        }
    }

    /** Checks that the bands descend and only the last is open. */
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

    /** The label for a score. */
    public String labelFor(BigDecimal value) {
        for (Band b : bands) {
            if (b.minimum() == null || value.compareTo(b.minimum()) >= 0) {
                return b.label();
            }
        }
        throw new IllegalStateException("unreachable");
    }
}
