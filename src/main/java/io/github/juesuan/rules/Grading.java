package io.github.juesuan.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A grade that must match a score: the bands from the highest down, the last one open below
 * ({@code 优 90; 良 80; 中 60; 差}; a band may add the other words printed for it: {@code 良|良好 80}).
 *
 * @param score the score (e.g. the 总分 cell)
 * @param bands the bands, highest first; the last has no minimum
 */
public record Grading(Expr score, List<Band> bands) {
    /**
     * One band.
     *
     * @param label   the grade printed for it (优, 良, 合格…); where a form may print it in other words, these
     *                follow separated by {@code |} ({@code 良|良好}: the first is the band's name)
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

        /**
         * The band's name: the first of its words.
         *
         * @return the word before the first {@code |} of the label (the whole label where it has none)
         */
        public String name() {
            int bar = label.indexOf('|');
            return bar < 0 ? label : label.substring(0, bar);
        }

        /**
         * The words a form may print for the band.
         *
         * @return the label's words, split at {@code |}, the name first
         */
        public List<String> words() {
            return List.of(label.split("\\|"));
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
     * The band's name for a score.
     *
     * @param value the score, exact
     * @return the {@link Band#name()} of {@link #bandFor(BigDecimal)}
     */
    public String labelFor(BigDecimal value) {
        return bandFor(value).name();
    }

    /**
     * The band of a score.
     *
     * @param value the score, exact
     * @return the first band whose minimum the score reaches, or the last band
     */
    public Band bandFor(BigDecimal value) {
        for (Band b : bands) {
            if (b.minimum() == null || value.compareTo(b.minimum()) >= 0) {
                return b;
            }
        }
        throw new IllegalStateException("unreachable");
    }
}
