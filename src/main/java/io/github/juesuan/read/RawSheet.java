package io.github.juesuan.read;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One worksheet as stored: its non-empty cells in row-major order and its merged regions.
 *
 * @param name   the sheet name as the workbook spells it
 * @param index  0-based position in the workbook
 * @param hidden     whether the workbook hides the sheet
 * @param hiddenRows 0-based rows the sheet hides (hidden or of zero height)
 */
record RawSheet(String name, int index, boolean hidden, List<RawCell> cells, List<Merge> merges,
                Set<Integer> hiddenRows) {
    RawSheet {
        Objects.requireNonNull(name, "name");
        cells = List.copyOf(cells);
        merges = List.copyOf(merges);
        hiddenRows = Set.copyOf(hiddenRows);
    }

    /**
     * The rows of {@code hidden} (a bit per 0-based row, as a reader collects them) that hold a cell: an
     * empty hidden row says nothing, and a set bounded by the cells keeps a hostile file small.
     */
    static Set<Integer> rowsWithCells(java.util.BitSet hidden, List<RawCell> cells) {
        if (hidden.isEmpty()) {
            return Set.of();
        }
        Set<Integer> out = new java.util.HashSet<>();
        for (RawCell c : cells) {
            if (hidden.get(c.row())) {
                out.add(c.row());
            }
        }
        return out;
    }

    /** A sheet that hides no rows. */
    RawSheet(String name, int index, boolean hidden, List<RawCell> cells, List<Merge> merges) {
        this(name, index, hidden, cells, merges, Set.of());
    }
}
