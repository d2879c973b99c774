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
