package io.github.juesuan.read;

import io.github.juesuan.model.Column;
import io.github.juesuan.model.Figure;
import io.github.juesuan.model.Problem;
import io.github.juesuan.model.Row;
import io.github.juesuan.model.Source;
import io.github.juesuan.model.Table;

import java.util.List;
import java.util.function.Supplier;

/**
 * Reads one segmented table of one layout family (fixed rows, coded rows, cross table) into a {@link Table};
 * the catalogue's kind picks the family. Holds what every family shares: where a cell is, how a value cell
 * becomes a {@link Figure}, and the problems a row or column can raise.
 */
abstract class TableReader {
    final String file;
    final Block b;
    final BlockLayout layout;
    final List<Problem> problems;
    final ColumnMapper columns;

    TableReader(String file, Block b, BlockLayout layout, List<Problem> problems) {
        this.file = file;
        this.b = b;
        this.layout = layout;
        this.problems = problems;
        this.columns = new ColumnMapper(this);
    }

    /** The reader for a segmented block of a fixed, coded or cross table. */
    static TableReader of(String file, Block b, BlockLayout layout, List<Problem> problems) {
        switch (b.def.kind()) {
            case FIXED:
                return new FixedTableReader(file, b, layout, problems);
            case CODED:
                return new CodedTableReader(file, b, layout, problems);
            case CROSS:
                return new CrossTableReader(file, b, layout, problems);
            default:
                throw new IllegalStateException(b.def.kind().toString());
        }
    }

    /** The table, or null when nothing could be read. */
    abstract Table read();

    // ---- where ----------------------------------------------------------------------------------------

    static Source titleSource(String file, Block b) {
        RawCell c = b.grid.at(b.titleRow, b.titleCol);
        return CellFigures.source(file, b.sheet(), b.titleRow, b.titleCol, c);
    }

    Source source(int row, int col) {
        return CellFigures.source(file, b.sheet(), row, col, b.grid.at(row, col));
    }

    /** The cell that prints a column's lowest header: its own cell, or the top-left cell of its merge. */
    Source headerSource(int col) {
        List<Integer> headerRows = layout.headerRows();
        for (int i = headerRows.size() - 1; i >= 0; i--) {
            int r = headerRows.get(i);
            RawCell own = b.grid.at(r, col);
            if (own != null && !TextFolding.trim(Grid.text(own)).isEmpty()) {
                return CellFigures.source(file, b.sheet(), r, col, own);
            }
            Merge m = b.grid.mergeCovering(r, col);
            if (m != null) {
                return CellFigures.source(file, b.sheet(), m.firstRow(), m.firstCol(), b.grid.at(m.firstRow(), m.firstCol()));
            }
        }
        int r = layout.lastHeaderRow();
        return CellFigures.source(file, b.sheet(), r, col, b.grid.visible(r, col));
    }

    // ---- values ---------------------------------------------------------------------------------------

    /**
     * A figure in a value column: text that is not a number is a problem there. The one place a cell's value
     * becomes a Figure.
     *
     * @param rowName the row as a reader names it; the messages name the cell {@code rowName/column label}
     */
    Figure valueFigure(int row, int col, String rowName) {
        return valueFigure(row, col, () -> rowName + "/" + b.label(col));
    }

    /** As {@link #valueFigure(int, int, String)}, with what the messages call the cell made only for a message. */
    Figure valueFigure(int row, int col, Supplier<String> what) {
        Figure f = CellFigures.read(file, b.grid, row, col, b.unit.decimals(), what, true, problems);
        if (f.kind() == Figure.Kind.NUMBER) {
            amountNotes(f, what);
        }
        return f;
    }

    /**
     * Amounts a disclosure should not print: more decimals than its unit has (12.3456 万元: the conversion was
     * not rounded), or a negative amount (possible after an adjustment, so a warning to verify, not an error).
     */
    private void amountNotes(Figure f, Supplier<String> what) {
        int unitDecimals = b.unit.decimals();
        if (f.value().scale() > unitDecimals && f.value().stripTrailingZeros().scale() > unitDecimals) {
            problems.add(ReadingProblems.excessDecimals(f, what.get(),
                    b.unit.label().isEmpty() ? "金额" : b.unit.label(), unitDecimals));
        }
        if (f.value().signum() < 0) {
            problems.add(ReadingProblems.negative(f, what.get()));
        }
    }

    Table table(List<Column> cols, List<Row> rows) {
        RawCell title = b.grid.at(b.titleRow, b.titleCol);
        return new Table(b.def.id(), TextFolding.trim(Grid.text(title)), b.number, b.unitName, b.year, b.unit, cols, rows,
                layout.notes(), titleSource(file, b));
    }

    // ---- rows and columns ------------------------------------------------------------------------------

    void unknownColumn(int col, boolean hasFigures) {
        problems.add(ReadingProblems.unknownColumn(headerSource(col), b.def.id(), b.label(col), hasFigures));
    }

    void unknownRow(int row, int col, String label, boolean hasFigures) {
        // a generic table has no catalogue rows to miss: a labelled row there is information, not a warning
        problems.add(ReadingProblems.unknownRow(source(row, col), b.def.id(), label, hasFigures && !b.def.generic()));
    }

    boolean columnHasFigures(int col) {
        for (int r : layout.dataRows()) {
            RawCell c = b.grid.at(r, col);
            if (c != null && c.type() != RawType.TEXT) {
                return true;
            }
            if (c != null && CellFigures.parseNumber(TextFolding.trim(c.text())) != null) {
                return true;
            }
        }
        return false;
    }

    boolean anyValue(int row, List<Integer> cols) {
        for (int c : cols) {
            RawCell cell = b.grid.at(row, c);
            if (cell != null && !(cell.type() == RawType.TEXT && TextFolding.trim(cell.text()).isEmpty())) {
                return true;
            }
        }
        return false;
    }

    boolean anyNonBlankFigure(int r, List<Integer> cols) {
        for (int c : cols) {
            RawCell cell = b.grid.at(r, c);
            if (cell != null && (cell.type() != RawType.TEXT || !TextFolding.isDash(TextFolding.trim(cell.text())))
                    && !(cell.type() == RawType.TEXT && TextFolding.trim(cell.text()).isEmpty())) {
                return true;
            }
        }
        return false;
    }

    int firstTextColumn() {
        for (int c = b.minCol; c <= b.maxCol; c++) {
            for (int r : layout.dataRows()) {
                RawCell cell = b.grid.at(r, c);
                if (cell != null && cell.type() == RawType.TEXT && !TextFolding.fold(cell.text()).isEmpty()) {
                    return c;
                }
            }
        }
        return b.minCol;
    }
}
