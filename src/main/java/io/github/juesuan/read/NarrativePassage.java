package io.github.juesuan.read;

import io.github.juesuan.model.Claim;
import io.github.juesuan.model.NarrativeNumber;
import io.github.juesuan.model.NarrativeParagraph;
import io.github.juesuan.model.StatedAmount;
import io.github.juesuan.text.Labels;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * What a passage remembers while its sentences are read: this year's amounts by the figure they name, and the
 * total a {@code 其中} introduced. A passage is a run of consecutive paragraphs under the same headings (and, for
 * text cells, in the same cell): a change on last year refers to this year's amount printed earlier in it, a
 * share to the total before 其中.
 */
final class NarrativePassage {
    final NarrativeVocabulary vocabulary;
    private final List<String> headings;
    /** The headings folded for vocabulary look-ups, in the same order. */
    final List<String> folded;
    private final String sheet;
    private final String cell;
    private final Map<String, StatedAmount> amounts = new HashMap<>();
    /** The amount a {@code 其中} introduced, or null. */
    StatedAmount lead;
    /** The latest year a label of the passage started with (2024年度收入总计), or 0. */
    private int year;

    /**
     * A new passage whose labels are looked up in {@code vocabulary}; the headings are folded once for
     * consecutive passages under the same ones.
     */
    NarrativePassage(NarrativeParagraph p, NarrativePassage previous, NarrativeVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        headings = p.headings();
        if (previous != null && previous.headings.equals(headings)) {
            folded = previous.folded;
        } else {
            folded = new ArrayList<>(headings.size());
            for (String h : headings) {
                folded.add(Labels.fold(h));
            }
        }
        sheet = p.source().sheet();
        cell = p.source().cell();
    }

    boolean continues(NarrativeParagraph p) {
        return headings.equals(p.headings()) && sheet.equals(p.source().sheet())
                && cell.equals(p.source().cell());
    }

    /** The claim a printed label makes, looked up in the vocabulary under the passage's headings. */
    Claim claim(String label, NarrativeVocabulary.Section section) {
        return new Claim(label, vocabulary.lookup(section, Labels.fold(label), folded));
    }

    /**
     * Whether a figure's label names last year's figure: its cleaned words say so (上年收入总计, 比上年决算数,
     * 较2023年度), or the printed label starts with a year before one an earlier label of the passage started with
     * (2023年度收入总计 after 2024年度收入总计).
     *
     * @param raw the label as printed
     * @param clean the label without ordinal, year, subject and 为
     */
    boolean priorYear(String raw, String clean) {
        // both patterns need a 年
        if (raw.indexOf('年') < 0) {
            return false;
        }
        Matcher y = StatementExtractor.LEADING_YEAR.matcher(raw);
        if (y.lookingAt()) {
            int printed = Integer.parseInt(y.group(1));
            if (printed < year) {
                return true;
            }
            year = printed;
        }
        return StatementExtractor.PRIOR_YEAR.matcher(clean).find();
    }

    /** Remembers an amount as the one printed for its figure (a later one for the same figure replaces it). */
    void remember(StatedAmount a) {
        amounts.put(key(a.claim()), a);
    }

    /** The number printed earlier in the passage for the figure a claim names, or null. */
    NarrativeNumber printed(Claim c) {
        StatedAmount printed = amounts.get(key(c));
        return printed == null ? null : printed.number();
    }

    /** A claim's figure: its reference where the vocabulary knows it, else its folded label. */
    private static String key(Claim c) {
        return c.reference() != null ? c.reference() : "label:" + Labels.fold(c.label());
    }
}
