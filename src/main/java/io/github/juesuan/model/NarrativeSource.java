package io.github.juesuan.model;

import java.util.Objects;

/**
 * Where words came from: a paragraph of a document's body, or a text cell of a sheet, and the characters
 * within it.
 *
 * @param file      the file name as given to the reader
 * @param sheet     the sheet (or table) holding the text cell, {@code ""} for a paragraph of the body
 * @param cell      the A1 reference of the text cell, {@code ""} for a paragraph of the body
 * @param paragraph the 1-based paragraph number in the body, 0 for a text cell
 * @param start     the first character (0-based, inclusive) within the paragraph's or cell's text
 * @param end       the end (exclusive) within the paragraph's or cell's text
 * @param text      the characters {@code [start, end)}: the whole paragraph, the sentence, or the claim
 */
public record NarrativeSource(String file, String sheet, String cell, int paragraph, int start, int end,
                              String text) {

    /**
     * Checks that the place is either a paragraph or a cell and that the offsets fit the text.
     *
     * @param file      the file name as given to the reader
     * @param sheet     the sheet holding the text cell, {@code ""} for a paragraph of the body
     * @param cell      the A1 reference of the text cell, {@code ""} for a paragraph of the body
     * @param paragraph the 1-based paragraph number in the body, 0 for a text cell
     * @param start     the first character (0-based, inclusive)
     * @param end       the end (exclusive)
     * @param text      the characters {@code [start, end)}
     * @throws NullPointerException     if a string argument is null
     * @throws IllegalArgumentException if the place is both or neither a paragraph and a cell, or
     *                                  {@code end - start} is not the length of {@code text}
     */
    public NarrativeSource {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(text, "text");
        if (sheet.isEmpty() != (paragraph > 0)) {
            throw new IllegalArgumentException("a source is a paragraph (number > 0) or a sheet cell, not both: "
                    + sheet + "!" + cell + " / " + paragraph);
        }
        if (start < 0 || end < start || end - start != text.length()) {
            throw new IllegalArgumentException("offsets [" + start + ", " + end + ") do not fit the text: " + text);
        }
    }

    /**
     * Whether the words come from a text cell of a sheet rather than from the body.
     *
     * @return true for a text cell, false for a paragraph of the body
     */
    public boolean inCell() {
        return !sheet.isEmpty();
    }

    /**
     * The same place narrowed to {@code [from, to)} of the paragraph or cell, whose whole text is {@code whole}.
     *
     * @param whole the whole text of the paragraph or cell (not just this source's characters)
     * @param from  the first character, 0-based and inclusive, within {@code whole}
     * @param to    the end, exclusive, within {@code whole}
     * @return a source in the same file, sheet, cell and paragraph covering {@code whole.substring(from, to)}
     * @throws IndexOutOfBoundsException if {@code [from, to)} is not within {@code whole}
     */
    public NarrativeSource narrow(String whole, int from, int to) {
        return new NarrativeSource(file, sheet, cell, paragraph, from, to, whole.substring(from, to));
    }

    /**
     * Where, as a user reads it: {@code 第45段[12,30)} for a paragraph, {@code 绩效自评1!G11[120,135)} for a cell.
     *
     * @return the place and the character offsets, without the file name
     */
    public String location() {
        String where = inCell() ? sheet + "!" + cell : "第" + paragraph + "段";
        return where + "[" + start + "," + end + ")";
    }

    @Override
    public String toString() {
        return file + " " + location();
    }
}
