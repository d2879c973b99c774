package io.github.juesuan.read;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/** Random access to one sheet's cells, with merged regions resolved to their top-left cell. */
final class Grid {
    final RawSheet sheet;
    /** Cells by row, then column: sheets are small and dense, so arrays beat a map of boxed keys. */
    private final RawCell[][] rows;
    /** Per row, its non-blank cells in column order (what most passes over a sheet want); null for none. */
    private final List<RawCell>[] nonBlank;
    /** Position → index in {@link RawSheet#merges()} of the region covering it (not its top-left cell). */
    private final Positions mergeOf;
    /** Position → index in {@link RawSheet#merges()} of the region whose top-left cell it is. */
    private final Positions mergeFrom;
    private final int lastRow;
    private final int lastCol;

    @SuppressWarnings({"unchecked", "rawtypes"})
    Grid(RawSheet sheet) {
        this.sheet = sheet;
        List<RawCell> list = rowMajor(sheet.cells());
        int n = list.size();
        int maxRow = -1;
        int maxCol = -1;
        for (int i = 0; i < n; i++) {
            RawCell c = list.get(i);
            maxRow = Math.max(maxRow, c.row());
            maxCol = Math.max(maxCol, c.col());
        }
        this.rows = new RawCell[maxRow + 1][];
        this.nonBlank = new List[maxRow + 1];
        // Cells come row-major: each row is a run of the list, its last cell bounding its width. The non-blank
        // cells of all rows share one array, each row's list a view of its run.
        RawCell[] shown = new RawCell[n];
        int shownCount = 0;
        for (int i = 0; i < n; ) {
            int row = list.get(i).row();
            int end = i;
            int width = 0;
            while (end < n && list.get(end).row() == row) {
                width = Math.max(width, list.get(end).col() + 1);
                end++;
            }
            RawCell[] cells = new RawCell[width];
            int first = shownCount;
            for (int k = i; k < end; k++) {
                RawCell c = list.get(k);
                cells[c.col()] = c;
                if (!(c.type() == RawType.TEXT && blank(c.text()))) {
                    shown[shownCount++] = c;
                }
            }
            rows[row] = cells;
            nonBlank[row] = shownCount > first ? new Run(shown, first, shownCount) : List.of();
            i = end;
        }
        List<Merge> merges = sheet.merges();
        this.mergeOf = new Positions(coveredCount(merges));
        this.mergeFrom = new Positions(merges.size());
        for (int i = 0; i < merges.size(); i++) {
            Merge m = merges.get(i);
            mergeFrom.put(key(m.firstRow(), m.firstCol()), i);
            // Bounded by ReaderOptions.maxMerges and the sheet extent; header merges are small.
            if (area(m) > 4096) {
                continue;
            }
            for (int r = m.firstRow(); r <= m.lastRow(); r++) {
                for (int c = m.firstCol(); c <= m.lastCol(); c++) {
                    if (r != m.firstRow() || c != m.firstCol()) {
                        mergeOf.put(key(r, c), i);
                    }
                }
            }
        }
        this.lastRow = maxRow;
        this.lastCol = maxCol;
    }

    /** The cells in row-major order: as given when they are (every reader sorts them), else a sorted copy. */
    private static List<RawCell> rowMajor(List<RawCell> cells) {
        for (int i = 1; i < cells.size(); i++) {
            RawCell a = cells.get(i - 1);
            RawCell b = cells.get(i);
            if (a.row() > b.row() || (a.row() == b.row() && a.col() > b.col())) {
                List<RawCell> sorted = new java.util.ArrayList<>(cells);
                sorted.sort(java.util.Comparator.comparingInt(RawCell::row).thenComparingInt(RawCell::col));
                return sorted;
            }
        }
        return cells;
    }

    private static long area(Merge m) {
        return (long) (m.lastRow() - m.firstRow() + 1) * (m.lastCol() - m.firstCol() + 1);
    }

    /** How many positions the regions cover besides their top-left cells (regions over 4,096 cells left out). */
    private static int coveredCount(List<Merge> merges) {
        long count = 0;
        for (int i = 0; i < merges.size(); i++) {
            long area = area(merges.get(i));
            count += area > 4096 ? 0 : area - 1;
        }
        return (int) Math.min(count, 1 << 28);
    }

    /** Whether the string is empty or only spaces, as {@code TextFolding.trim(s).isEmpty()} says without a copy. */
    private static boolean blank(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!TextFolding.isSpace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static long key(int row, int col) {
        return ((long) row << 20) | col;
    }

    /** The non-blank cells of one row: a read-only run of the array all rows share. */
    private static final class Run extends AbstractList<RawCell> implements RandomAccess {
        private final RawCell[] cells;
        private final int from;
        private final int to;

        Run(RawCell[] cells, int from, int to) {
            this.cells = cells;
            this.from = from;
            this.to = to;
        }

        @Override
        public RawCell get(int index) {
            Objects.checkIndex(index, to - from);
            return cells[from + index];
        }

        @Override
        public int size() {
            return to - from;
        }
    }

    /**
     * Positions (keys of {@link #key}) to int values: open addressing over two arrays, no boxed key or entry
     * per merged cell. A later {@link #put} of a position replaces the earlier value, as a map's does; the
     * arrays grow with the distinct positions put, so overlapping regions cost what their union covers.
     */
    private static final class Positions {
        private long[] keys;
        private int[] values;
        private int mask;
        private int size;

        Positions(int expected) {
            int capacity = Integer.highestOneBit(Math.max(4, Math.min(expected, 1 << 16) * 2 - 1)) << 1;
            keys = new long[capacity];
            java.util.Arrays.fill(keys, -1L);
            values = new int[capacity];
            mask = capacity - 1;
        }

        void put(long key, int value) {
            int i = slot(key);
            if (keys[i] != key) {
                if (2 * (size + 1) > keys.length) {
                    grow();
                    i = slot(key);
                }
                keys[i] = key;
                size++;
            }
            values[i] = value;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldValues = values;
            keys = new long[oldKeys.length * 2];
            java.util.Arrays.fill(keys, -1L);
            values = new int[keys.length];
            mask = keys.length - 1;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != -1L) {
                    int j = slot(oldKeys[i]);
                    keys[j] = oldKeys[i];
                    values[j] = oldValues[i];
                }
            }
        }

        /** The value of {@code key}, −1 for none. */
        int get(long key) {
            if (size == 0) {
                return -1;
            }
            int i = slot(key);
            return keys[i] == key ? values[i] : -1;
        }

        boolean isEmpty() {
            return size == 0;
        }

        private int slot(long key) {
            int i = (int) (mix(key) & mask);
            while (keys[i] != -1L && keys[i] != key) {
                i = (i + 1) & mask;
            }
            return i;
        }

        private static long mix(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return h ^ (h >>> 32);
        }
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
        int m = mergeOf.get(key(row, col));
        return m < 0 ? null : at(sheet.merges().get(m).firstRow(), sheet.merges().get(m).firstCol());
    }

    /** Whether this position is covered by a merged region without being its top-left cell. */
    boolean mergedAway(int row, int col) {
        return mergeOf.get(key(row, col)) >= 0;
    }

    /** The merged region whose non-top-left part covers this position, or null. */
    Merge mergeCovering(int row, int col) {
        int m = mergeOf.get(key(row, col));
        return m < 0 ? null : sheet.merges().get(m);
    }

    /** The merged region whose top-left cell is this position, or null. */
    Merge mergeAt(int row, int col) {
        int m = mergeFrom.get(key(row, col));
        return m < 0 ? null : sheet.merges().get(m);
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
