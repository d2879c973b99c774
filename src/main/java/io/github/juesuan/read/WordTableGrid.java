package io.github.juesuan.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Places a Word table's cells on its grid, as a worksheet would hold them: a cell spanning grid columns
 * ({@code gridSpan} in .docx, a wider cell in .doc) and a cell continued by the cells below it (vertical merge)
 * become one merged region, its text in the top-left cell. Empty cells hold nothing; each filled cell and the
 * table's merged regions are counted against the {@link WordTableLimits}.
 */
final class WordTableGrid {
    private final WordTableLimits limits;
    private final List<RawCell> cells = new ArrayList<>();
    private final List<Merge> merges = new ArrayList<>();
    /** Open vertical merges by first column: {first row, last row, last column}. */
    private final Map<Integer, int[]> open = new HashMap<>();
    private int rows;

    WordTableGrid(WordTableLimits limits) throws ReadException {
        this.limits = limits;
        limits.table();
    }

    /**
     * A cell at {@code row}, grid columns {@code col}..{@code col + span − 1}; {@code continues} when it
     * continues the vertical merge of the cell above (its own text is then ignored, as Word shows none).
     */
    void cell(int row, int col, int span, boolean continues, String text) throws ReadException {
        rows = Math.max(rows, row + 1);
        int last = col + Math.max(span, 1) - 1;
        int[] above = open.get(col);
        if (continues && above != null && above[1] == row - 1) {
            above[1] = row;
            return;
        }
        close(col);
        if (!TextFolding.trim(text).isEmpty()) {
            limits.cell(row, last, text, cells.size() + 1);
            cells.add(RawCell.text(row, col, text, false));
        }
        open.put(col, new int[] {row, row, last});
    }

    private void close(int col) {
        int[] region = open.remove(col);
        if (region != null && (region[1] > region[0] || region[2] > col)) {
            merges.add(new Merge(region[0], col, region[1], region[2]));
        }
    }

    /** The table, its cells and merged regions in row-major order; it takes no place among Word's paragraphs. */
    DocumentPart.Table build() throws ReadException {
        for (Integer col : new ArrayList<>(open.keySet())) {
            close(col);
        }
        limits.merges(merges.size());
        List<RawCell> sorted = new ArrayList<>(cells);
        sorted.sort((a, b) -> a.row() != b.row() ? Integer.compare(a.row(), b.row())
                : Integer.compare(a.col(), b.col()));
        merges.sort((a, b) -> a.firstRow() != b.firstRow() ? Integer.compare(a.firstRow(), b.firstRow())
                : Integer.compare(a.firstCol(), b.firstCol()));
        return new DocumentPart.Table(sorted, merges, rows, 0);
    }
}
