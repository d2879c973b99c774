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
            throw new XlsGrid.Abort(limit(cell,
                    "工作表「" + name + "」的单元格 " + cell + " 行号 " + (row + 1) + " 超过上限 " + options.maxRows(),
                    "row " + (row + 1) + " is beyond the limit of " + options.maxRows()
                            + " rows; raise ReaderOptions.maxRows (withMaxExtent) if the file is genuine"));
        }
        if (col >= options.maxColumns()) {
            String cell = CellRefs.a1(row, col);
            throw new XlsGrid.Abort(limit(cell,
                    "工作表「" + name + "」的单元格 " + cell + " 列号 " + (col + 1) + " 超过上限 "
                            + options.maxColumns(),
                    "column " + (col + 1) + " is beyond the limit of " + options.maxColumns()
                            + " columns; raise ReaderOptions.maxColumns (withMaxExtent) if the file is genuine"));
        }
    }

    private void checkText(int row, int col, String text) {
        if (text.length() > options.maxTextLength()) {
            String cell = CellRefs.a1(row, col);
            throw new XlsGrid.Abort(limit(cell,
                    "工作表「" + name + "」的单元格 " + cell + " 文本长度 " + text.length() + " 超过上限 "
                            + options.maxTextLength(),
                    "text of " + text.length() + " characters is longer than the limit of "
                            + options.maxTextLength()
                            + "; raise ReaderOptions.maxTextLength if the file is genuine"));
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
            throw new XlsGrid.Abort(limit(cell.a1(),
                    "工作簿的单元格总数超过上限 " + options.maxCells(),
                    "workbook has more than " + options.maxCells()
                            + " cells; raise ReaderOptions.maxCells if the file is genuine"));
        }
        if (cells.size() >= options.maxCellsPerSheet()) {
            throw new XlsGrid.Abort(limit(cell.a1(),
                    "工作表「" + name + "」的单元格数超过上限 " + options.maxCellsPerSheet(),
                    "sheet has more than " + options.maxCellsPerSheet()
                            + " cells; raise ReaderOptions.maxCellsPerSheet if the file is genuine"));
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
            throw new XlsGrid.Abort(limit(null,
                    "工作表「" + name + "」的合并区域数超过上限 " + options.maxMerges(),
                    "sheet has more than " + options.maxMerges()
                            + " merged regions; raise ReaderOptions.maxMerges if the file is genuine"));
        }
        merges.add(new Merge(firstRow, firstCol, lastRow, lastCol));
    }

    private ReadException limit(String cell, String zh, String en) {
        return new ReadException(ReadException.Reason.LIMIT_EXCEEDED, file, name, cell, zh, en, null);
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
