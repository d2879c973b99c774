package io.github.juesuan.model;

import java.util.List;
import java.util.Objects;

/**
 * A sentence of the words quoted in a finding, with the numbers it concerns marked.
 *
 * @param sentence the sentence, with its file, paragraph or sheet!cell and offsets
 * @param marks    the numbers the finding concerns, in print order; each inside the sentence's paragraph or cell
 *                 (a mark outside the sentence's characters is named in the finding but not marked in the quote)
 */
public record NarrativeQuote(NarrativeSource sentence, List<NarrativeSource> marks) {

    /**
     * Checks for nulls and copies the list.
     *
     * @param sentence the sentence quoted
     * @param marks    the numbers the finding concerns
     * @throws NullPointerException naming the argument that is null, or if a mark is null
     */
    public NarrativeQuote {
        Objects.requireNonNull(sentence, "sentence");
        marks = List.copyOf(Objects.requireNonNull(marks, "marks"));
    }

    /**
     * The sentence with each mark that lies inside it between {@code open} and {@code close}:
     * {@code …自然科学职称评审40.33万元,合计【190.33万元】}.
     *
     * @param open  what goes before each marked number ({@code 【}, {@code <mark>})
     * @param close what goes after it
     * @return the sentence's text with the marks inserted
     */
    public String marked(String open, String close) {
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(close, "close");
        StringBuilder out = new StringBuilder();
        int at = sentence.start();
        String text = sentence.text();
        for (NarrativeSource m : inside()) {
            out.append(text, at - sentence.start(), m.start() - sentence.start()).append(open)
                    .append(text, m.start() - sentence.start(), m.end() - sentence.start()).append(close);
            at = m.end();
        }
        return out.append(text.substring(at - sentence.start())).toString();
    }

    /**
     * The marks that lie inside the sentence's characters, in order, without overlaps.
     *
     * @return the marks to show in the quote; a mark elsewhere (another cell or paragraph) is left out
     */
    public List<NarrativeSource> inside() {
        List<NarrativeSource> sorted = marks.stream()
                .filter(m -> m.file().equals(sentence.file()) && m.sheet().equals(sentence.sheet())
                        && m.cell().equals(sentence.cell()) && m.paragraph() == sentence.paragraph()
                        && m.start() >= sentence.start() && m.end() <= sentence.end())
                .sorted(java.util.Comparator.comparingInt(NarrativeSource::start)).toList();
        List<NarrativeSource> out = new java.util.ArrayList<>();
        int end = -1;
        for (NarrativeSource m : sorted) {
            if (m.start() >= end) {
                out.add(m);
                end = m.end();
            }
        }
        return out;
    }

    /**
     * Where the sentence is, as a user reads it.
     *
     * @return {@code 第261段} for a paragraph of the text, {@code 绩效自评1!G11} for a text cell of a workbook
     */
    public String place() {
        return sentence.inCell() ? sentence.sheet() + "!" + sentence.cell() : "第" + sentence.paragraph() + "段";
    }
}
