package io.github.juesuan.read;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Random access to one sheet's cells, with merged regions resolved to their top-left cell. */
final class Grid {
    final RawSheet sheet;
    private final Map<Long, RawCell> cells;
    private final Map<Long, Merge> mergeOf;
    private final Map<Long, Merge> mergeFrom;
    private final int lastRow;
    private final int lastCol;

    Grid(RawSheet sheet) {
        this.sheet = sheet;
        List<RawCell> list = sheet.cells();
        this.cells = new HashMap<>(list.size() * 2);
        int maxRow = -1;
        int maxCol = -1;
        for (RawCell c : list) {
            cells.put(key(c.row(), c.col()), c);
            maxRow = Math.max(maxRow, c.row());
            maxCol = Math.max(maxCol, c.col());
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

    private static long key(int row, int col) {
        return ((long) row << 20) | col;
    }

    /** The cell stored at this position, or null. */
    RawCell at(int row, int col) {
        return cells.get(key(row, col));
    }

    /** The cell at this position, or the top-left cell of the merged region covering it. */
    RawCell visible(int row, int col) {
        RawCell c = cells.get(key(row, col));
        if (c != null) {
            return c;
        }
        Merge m = mergeOf.get(key(row, col));
        return m == null ? null : cells.get(key(m.firstRow(), m.firstCol()));
    }

    /** Whether this position is covered by a merged region without being its top-left cell. */
    boolean mergedAway(int row, int col) {
        return mergeOf.containsKey(key(row, col));
    }

    /** The merged region whose non-top-left part covers this position, or null. */
    Merge mergeCovering(int row, int col) {
        return mergeOf.get(key(row, col));
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
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString((long) d);
            }
            return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return c.text() == null ? "" : c.text();
    }
}
