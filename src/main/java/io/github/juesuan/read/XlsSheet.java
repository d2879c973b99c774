package io.github.juesuan.read;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Cells and merges of one worksheet of an .xls workbook while its substream is read, with the per-sheet
 * limits. A limit passed stops the read at once with a {@link XlsGrid.Abort}.
 */
final class XlsSheet {
    private final String file;
    private final ReaderOptions options;
    final String name;
    final int index;
    private final boolean hidden;
    /** Whether the substream is a worksheet (rather than a chart or macro sheet), whose cells are read. */
    final boolean collectsCells;
    private final List<RawCell> cells = new ArrayList<>();
    private final List<Merge> merges = new ArrayList<>();
    final BitSet hiddenRows = new BitSet();
    final BitSet hiddenColumns = new BitSet();
    /** Cells of the whole workbook so far, shared by its sheets: {@code [0]}. */
    private final int[] workbookCells;
    /** Whether the cells came in row-major order, each position once, as Excel writes them. */
    private boolean ordered = true;
    private int lastRow = -1;
    private int lastCol = -1;

    XlsSheet(String file, ReaderOptions options, String name, int index, boolean hidden, boolean collectsCells,
             int[] workbookCells) {
        this.workbookCells = workbookCells;
        this.file = file;
        this.options = options;
        this.name = name;
        this.index = index;
        this.hidden = hidden;
        this.collectsCells = collectsCells;
    }

    /** Checks where a cell is before anything else is done with it, so the message can name it. */
    void checkPosition(int row, int col) {
        if (row >= options.maxRows()) {
            String cell = CellRefs.a1(row, col);
            throw new XlsGrid.Abort(limit(cell, "unreadable.limit.row", name, cell, (row + 1), options.maxRows()));
        }
        if (col >= options.maxColumns()) {
            String cell = CellRefs.a1(row, col);
            throw new XlsGrid.Abort(limit(cell,
                    "unreadable.limit.column", name, cell, (col + 1), options.maxColumns()));
        }
    }

    private void checkText(int row, int col, String text) {
        if (text.length() > options.maxTextLength()) {
            String cell = CellRefs.a1(row, col);
            throw new XlsGrid.Abort(limit(cell,
                    "unreadable.limit.textLength", name, cell, text.length(), options.maxTextLength()));
        }
    }

    void add(RawCell cell) {
        int row = cell.row();
        int col = cell.col();
        checkPosition(row, col);
        if (cell.text() != null) {
            checkText(row, col, cell.text());
        }
        if (++workbookCells[0] > options.maxCells()) {
            throw new XlsGrid.Abort(limit(cell.a1(), "unreadable.limit.cells", options.maxCells()));
        }
        if (cells.size() >= options.maxCellsPerSheet()) {
            throw new XlsGrid.Abort(limit(cell.a1(),
                    "unreadable.limit.cellsPerSheet", name, options.maxCellsPerSheet()));
        }
        if (row < lastRow || (row == lastRow && col <= lastCol)) {
            ordered = false;
        }
        lastRow = row;
        lastCol = col;
        cells.add(cell);
    }

    void addMerge(int firstRow, int lastRow, int firstCol, int lastCol) {
        if (merges.size() >= options.maxMerges()) {
            throw new XlsGrid.Abort(limit(null, "unreadable.limit.merges", name, options.maxMerges()));
        }
        merges.add(new Merge(firstRow, firstCol, lastRow, lastCol));
    }

    private ReadException limit(String cell, String key, Object... args) {
        return ReadException.of(ReadException.Reason.LIMIT_EXCEEDED, file, name, cell, null, key, args);
    }

    RawSheet build() {
        if (ordered) {
            return RawSheet.of(name, index, hidden, cells, merges, hiddenRows, hiddenColumns);
        }
        // Excel writes cells row by row, but other writers need not, and a damaged file may repeat a
        // cell; sort (stably) and keep the last record for a position, as Excel does when loading.
        List<RawCell> sorted = new ArrayList<>(cells);
        sorted.sort(Comparator.comparingInt(RawCell::row).thenComparingInt(RawCell::col));
        List<RawCell> unique = new ArrayList<>(sorted.size());
        for (RawCell c : sorted) {
            int last = unique.size() - 1;
            if (last >= 0 && unique.get(last).row() == c.row() && unique.get(last).col() == c.col()) {
                unique.set(last, c);
            } else {
                unique.add(c);
            }
        }
        return RawSheet.of(name, index, hidden, unique, merges, hiddenRows, hiddenColumns);
    }
}
