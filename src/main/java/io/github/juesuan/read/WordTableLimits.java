package io.github.juesuan.read;

/**
 * Counts what a Word document's tables hold against the reader's limits, as a workbook's sheets and cells are
 * counted: the tables against the sheets limit, each filled cell against the extent, text length, cells and
 * cells-per-sheet limits, each table's merged regions against the merged-region limit. A refusal names the
 * table as 表格n, n counting the document's tables from 1.
 */
final class WordTableLimits {
    private final String file;
    private final ReaderOptions options;
    private int tables;
    private long cells;

    WordTableLimits(String file, ReaderOptions options) {
        this.file = file;
        this.options = options;
    }

    /** A new table begins. */
    void table() throws ReadException {
        if (++tables > options.maxSheets()) {
            throw limit(null, "unreadable.document.tables", options.maxSheets());
        }
    }

    /** A filled cell at 0-based row and column of the current table, holding {@code text}, its {@code inTable}th. */
    void cell(int row, int col, String text, int inTable) throws ReadException {
        String where = "表格" + tables;
        if (row >= options.maxRows() || col >= options.maxColumns()) {
            throw limit(where, "unreadable.document.rowsOrColumns", options.maxRows(), options.maxColumns());
        }
        if (text.length() > options.maxTextLength()) {
            throw limit(where, "unreadable.document.textLength", options.maxTextLength());
        }
        if (++cells > options.maxCells()) {
            throw limit(where, "unreadable.document.cells", options.maxCells());
        }
        if (inTable > options.maxCellsPerSheet()) {
            throw limit(where, "unreadable.document.cellsPerTable", options.maxCellsPerSheet());
        }
    }

    /** The current table holds {@code count} merged regions. */
    void merges(int count) throws ReadException {
        if (count > options.maxMerges()) {
            throw limit("表格" + tables, "unreadable.document.merges", options.maxMerges());
        }
    }

    private ReadException limit(String where, String key, Object... args) {
        return ReadException.of(ReadException.Reason.LIMIT_EXCEEDED, file, where, null, null, key, args);
    }
}
