package io.github.juesuan.model;

import java.util.List;
import java.util.Objects;

/**
 * One paragraph of words: a paragraph of a document's body or a text cell of a sheet.
 *
 * @param text     the text as printed
 * @param source   where it is; its offsets cover the whole text
 * @param headings the headings it stands under, outermost first ({@code 第三部分 情况说明},
 *                 {@code 一、收入支出决算总体情况说明}); for a text cell, the sheet's title
 */
public record NarrativeParagraph(String text, NarrativeSource source, List<String> headings) {

    /**
     * Checks that the source covers the text.
     *
     * @param text     the text as printed
     * @param source   where it is; must start at offset 0 and hold exactly {@code text}
     * @param headings the headings it stands under, outermost first
     * @throws NullPointerException     if an argument is null or a heading is null
     * @throws IllegalArgumentException if the source does not cover exactly the whole text
     */
    public NarrativeParagraph {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        headings = List.copyOf(headings);
        if (source.start() != 0 || !source.text().equals(text)) {
            throw new IllegalArgumentException("a paragraph's source covers its whole text");
        }
    }
}
