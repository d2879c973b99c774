package io.github.juesuan.read;

import java.util.ArrayList;
import java.util.List;

/**
 * One part of a document's body in print order, as the Word and plain-text readers hand it to
 * {@link DocumentTables}: a paragraph (in a text file, a line) or a table with its cells placed on a grid.
 * Each part takes a number of places in the document's paragraph numbering, which is what a body paragraph's
 * {@link io.github.juesuan.model.NarrativeSource#paragraph()} counts.
 */
sealed interface DocumentPart permits DocumentPart.Paragraph, DocumentPart.Table {

    /**
     * How many places the part takes in the paragraph numbering.
     *
     * @return 1 for a paragraph; for a table, see {@link Table}
     */
    int paragraphs();

    /** A body paragraph's text as printed, or a line of a text file (possibly blank). */
    record Paragraph(String text) implements DocumentPart {
        @Override
        public int paragraphs() {
            return 1;
        }
    }

    /**
     * A table: its filled cells (0-based on its grid), its merged regions and its number of grid rows. It takes
     * {@code paragraphs} places in the numbering: none in Word, whose paragraphs are numbered among the body's
     * paragraphs only; its lines (blank ones included) in a text file, whose paragraphs are numbered by line.
     */
    record Table(List<RawCell> cells, List<Merge> merges, int rows, int paragraphs) implements DocumentPart {

        /** The cells' texts by grid row, each row as long as its last filled cell ("" for the gaps). */
        List<List<String>> texts() {
            List<List<String>> out = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                out.add(new ArrayList<>());
            }
            for (RawCell c : cells) {
                List<String> row = out.get(c.row());
                while (row.size() <= c.col()) {
                    row.add("");
                }
                row.set(c.col(), c.text());
            }
            return out;
        }
    }
}
