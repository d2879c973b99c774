package io.github.juesuan.read;

import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One worksheet as stored: its non-empty cells in row-major order, its merged regions, and what it hides.
 *
 * @param name          the sheet name as the workbook spells it
 * @param index         0-based position in the workbook
 * @param hidden        whether the workbook hides the sheet
 * @param hiddenRows    0-based rows the sheet hides (hidden or of zero height) that hold a cell
 * @param hiddenColumns 0-based columns the sheet hides (hidden or of zero width) that hold a cell
 */
record RawSheet(String name, int index, boolean hidden, List<RawCell> cells, List<Merge> merges,
                Set<Integer> hiddenRows, Set<Integer> hiddenColumns) {
    RawSheet {
        Objects.requireNonNull(name, "name");
        cells = List.copyOf(cells);
        merges = List.copyOf(merges);
        hiddenRows = Set.copyOf(hiddenRows);
        hiddenColumns = Set.copyOf(hiddenColumns);
    }

    /** A sheet that hides no rows or columns. */
    RawSheet(String name, int index, boolean hidden, List<RawCell> cells, List<Merge> merges) {
        this(name, index, hidden, cells, merges, Set.of(), Set.of());
    }

    /**
     * A sheet whose hidden rows and columns a reader collected as a bit per 0-based position: only those
     * holding a cell are kept (an empty hidden row says nothing), so the sets are bounded by the cells.
     */
    static RawSheet of(String name, int index, boolean hidden, List<RawCell> cells, List<Merge> merges,
                       BitSet hiddenRows, BitSet hiddenColumns) {
        if (hiddenRows.isEmpty() && hiddenColumns.isEmpty()) {
            return new RawSheet(name, index, hidden, cells, merges);
        }
        Set<Integer> rows = new HashSet<>();
        Set<Integer> columns = new HashSet<>();
        for (RawCell c : cells) {
            if (hiddenRows.get(c.row())) {
                rows.add(c.row());
            }
            if (hiddenColumns.get(c.col())) {
                columns.add(c.col());
            }
        }
        return new RawSheet(name, index, hidden, cells, merges, rows, columns);
    }
}
