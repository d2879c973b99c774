package io.github.juesuan.rules;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A check of what a disclosure's words claim ({@code words:} in a rule pack), evaluated on each statement of its
 * kind with the same interval arithmetic as the table identities: a number printed with d decimals stands for
 * [v − ½·10^−d, v + ½·10^−d], amounts in 元, 万元 and 亿元 are compared in 万元.
 *
 * <ul>
 *   <li>{@code amount}: a labelled amount or count equals the table figure its label names;</li>
 *   <li>{@code share}: a share equals part ÷ whole × 100 (the whole as printed, else the table figure named);</li>
 *   <li>{@code change}: a rate of change equals Δ ÷ (this year − Δ) × 100;</li>
 *   <li>{@code prior A = B}: last year's values the words imply for two figures that balance every year are
 *       equal (this year − Δ, or this year for 与上年相同);</li>
 *   <li>{@code enumeration}: a stated 合计 equals the sum of the items listed before it;</li>
 *   <li>{@code zero}: every figure a zero claim (无此项…, 无机关运行经费) names is blank or 0;</li>
 *   <li>{@code grade}: the number of projects said to have a grade equals the number of 绩效自评表 with it.</li>
 * </ul>
 *
 * @param kind  which check
 * @param left  for {@code prior}, the first figure ({@code 01:inc.grand}); for {@code grade}, the words that name one
 *              grade, {@code |} between the words of a grade and {@code ;} between grades ({@code 优|优秀; 良|良好}), or
 *              {@code null} where only the same word names a grade; else {@code null}
 * @param right for {@code prior}, the second figure; else {@code null}
 */
public record Words(Kind kind, String left, String right) {

    /** The kinds of check. */
    public enum Kind {
        /** A labelled amount against the table. */
        AMOUNT,
        /** A share against part ÷ whole. */
        SHARE,
        /** A rate of change against the change and this year's amount. */
        CHANGE,
        /** Implied prior-year values of a balancing pair. */
        PRIOR,
        /** An enumeration's total against its items. */
        ENUMERATION,
        /** A zero claim against the table. */
        ZERO,
        /** A count of graded projects against the 绩效自评表. */
        GRADE
    }

    private static final Pattern REF = Pattern.compile("[0-9A-Za-z.]+:[a-z0-9.]+(?:/[a-z0-9.]+)?");

    /**
     * Checks that a {@code prior} check names its two figures and no other kind names any.
     *
     * @param kind  what the words are checked for
     * @param left  for {@code prior}, the first figure of the pair ({@code 01:inc.grand}); for {@code grade}, the
     *              words naming one grade ({@code 优|优秀; 良|良好}) or {@code null}; else {@code null}
     * @param right for {@code prior}, the second figure of the pair; else {@code null}
     * @throws NullPointerException     if {@code kind} is null
     * @throws IllegalArgumentException if a {@code prior} check lacks a figure or another kind names one
     */
    public Words {
        Objects.requireNonNull(kind, "kind");
        boolean figures = kind == Kind.PRIOR ? left != null && right != null : right == null && (left == null || kind == Kind.GRADE);
        if (!figures) {
            throw new IllegalArgumentException("prior A = B names two figures; grade may list its words; the other kinds none");
        }
    }

    /**
     * For {@code grade}: whether two grade words (folded) name the same grade, being equal or of one group of
     * {@link #left()}.
     *
     * @param a a grade word, folded
     * @param b another, folded
     * @return true when they name the same grade
     */
    boolean sameGrade(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (kind != Kind.GRADE || left == null) {
            return false;
        }
        for (String group : left.split(";")) {
            List<String> words = java.util.Arrays.stream(group.split("\\|")).map(io.github.juesuan.text.Labels::fold).toList();
            if (words.contains(a) && words.contains(b)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Parses {@code amount}, {@code share}, {@code change}, {@code enumeration}, {@code zero}, {@code grade} or
     * {@code prior 01:inc.grand = 01:exp.grand}.
     *
     * @param text the {@code words:} clause of a rule, after the colon
     * @return the check it names
     * @throws IllegalArgumentException naming what is expected
     */
    public static Words parse(String text) {
        Objects.requireNonNull(text, "text");
        String t = text.strip();
        String[] parts = t.split("\\s+", 2);
        Kind kind;
        try {
            kind = Kind.valueOf(parts[0].toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(RulesMessages.both("pack.wordsKind"));
        }
        if (kind == Kind.GRADE && parts.length > 1) {
            return new Words(kind, parts[1].strip(), null); // the words naming one grade: 优|优秀; 良|良好
        }
        if (kind != Kind.PRIOR) {
            if (parts.length > 1) {
                throw new IllegalArgumentException(RulesMessages.both("pack.wordsTrailing", parts[0]));
            }
            return new Words(kind, null, null);
        }
        String[] sides = parts.length > 1 ? parts[1].split("=") : new String[0];
        if (sides.length != 2 || !REF.matcher(sides[0].strip()).matches() || !REF.matcher(sides[1].strip()).matches()) {
            throw new IllegalArgumentException(RulesMessages.both("pack.wordsPrior"));
        }
        return new Words(kind, sides[0].strip(), sides[1].strip());
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT) + (kind == Kind.PRIOR ? " " + left + " = " + right
                : left != null ? " " + left : "");
    }
}
