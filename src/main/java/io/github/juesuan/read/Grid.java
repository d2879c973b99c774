package io.github.juesuan.read;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Random access to one sheet's cells, with merged regions resolved to their top-left cell. */
final class Grid {
    final RawSheet sheet;
    /** Cells by row, then column: sheets are small and dense, so arrays beat a map of boxed keys. */
    private final RawCell[][] rows;
    /** Per row, its non-blank cells in column order (what most passes over a sheet want). */
    private final List<RawCell>[] nonBlank;
    private final Map<Long, Merge> mergeOf;
    private final Map<Long, Merge> mergeFrom;
    private final int lastRow;
    private final int lastCol;

    @SuppressWarnings("unchecked")
    Grid(RawSheet sheet) {
        this.sheet = sheet;
        List<RawCell> list = sheet.cells();
        int maxRow = -1;
        int maxCol = -1;
        for (RawCell c : list) {
            maxRow = Math.max(maxRow, c.row());
            maxCol = Math.max(maxCol, c.col());
        }
        this.rows = new RawCell[maxRow + 1][];
        this.nonBlank = new List[maxRow + 1];
        for (RawCell c : list) {
            RawCell[] row = rows[c.row()];
            if (row == null) {
                // cells come row-major: the last cell of this row bounds its width
                row = new RawCell[lastColOf(list, c) + 1];
                rows[c.row()] = row;
                nonBlank[c.row()] = new java.util.ArrayList<>();
            }
            row[c.col()] = c;
            if (!(c.type() == RawType.TEXT && Text.trim(c.text()).isEmpty())) {
                nonBlank[c.row()].add(c);
            }
        }
        this.mergeOf = new HashMap<>();
        this.mergeFrom = new HashMap<>();
        for (Merge m : sheet.merges()) {
            mergeFrom.put(key(m.firstRow(), m.firstCol()), m);
            // Bounded by ReaderOptions.maxMerges and the sheet extent; header merges are small.
            long area = (long) (m.lastRow() - m.firstRow() + 1) * (m.lastCol() - m.firstCol() + 1);
            if (area > 4096) {
                continue;
            }
            for (int r = m.firstRow(); r <= m.lastRow(); r++) {
                for (int c = m.firstCol(); c <= m.lastCol(); c++) {
                    if (r != m.firstRow() || c != m.firstCol()) {
                        mergeOf.put(key(r, c), m);
                    }
                }
            }
        }
        this.lastRow = maxRow;
        this.lastCol = maxCol;
    }

    private int cursor;

    /** The highest column of the row of {@code first}, which starts at or after the last position looked at. */
    private int lastColOf(List<RawCell> list, RawCell first) {
        int i = cursor;
        while (i < list.size() && list.get(i) != first) {
            i++;
        }
        int col = first.col();
        for (; i < list.size() && list.get(i).row() == first.row(); i++) {
            col = Math.max(col, list.get(i).col());
        }
        cursor = i;
        return col;
    }

    private static long key(int row, int col) {
        return ((long) row << 20) | col;
    }

    /** The cell stored at this position, or null. */
    RawCell at(int row, int col) {
        if (row < 0 || row >= rows.length || col < 0) {
            return null;
        }
        RawCell[] r = rows[row];
        return r == null || col >= r.length ? null : r[col];
    }

    /** The non-blank cells of a row, in column order (an empty list for an empty row). */
    List<RawCell> nonBlank(int row) {
        if (row < 0 || row >= nonBlank.length || nonBlank[row] == null) {
            return List.of();
        }
        return nonBlank[row];
    }

    /** The cell at this position, or the top-left cell of the merged region covering it. */
    RawCell visible(int row, int col) {
        RawCell c = at(row, col);
        if (c != null || mergeOf.isEmpty()) {
            return c;
        }
        Merge m = mergeOf.get(key(row, col));
        return m == null ? null : at(m.firstRow(), m.firstCol());
    }

    /** Whether this position is covered by a merged region without being its top-left cell. */
    boolean mergedAway(int row, int col) {
        return mergeOf.containsKey(key(row, col));
    }

    /** The merged region whose non-top-left part covers this position, or null. */
    Merge mergeCovering(int row, int col) {
        return mergeOf.isEmpty() ? null : mergeOf.get(key(row, col));
    }

    /** The merged region whose top-left cell is this position, or null. */
    Merge mergeAt(int row, int col) {
        return mergeFrom.get(key(row, col));
    }

    int lastRow() {
        return lastRow;
    }

    int lastCol() {
        return lastCol;
    }

    /** The text a user sees in a cell for label purposes: strings as is, numbers plainly. */
    static String text(RawCell c) {
        if (c == null) {
            return "";
        }
        if (c.type() == RawType.NUMBER) {
            double d = c.number();
            if (!Double.isFinite(d)) {
                return Double.toString(d); // NaN, Infinity: no decimal expansion
            }
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString((long) d);
            }
            return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return c.text() == null ? "" : c.text();
    }
}
