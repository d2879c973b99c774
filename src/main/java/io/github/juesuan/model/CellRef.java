package io.github.juesuan.model;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A cell's position on a sheet: a 0-based row and column, written in A1 style ({@code C27} is row 26,
 * column 2). Immutable; equal when row and column are equal; ordered row first, then column.
 *
 * <p>Both parts run from 0 to {@link #MAX_INDEX}, so the 1-based row number and column number fit an
 * {@code int} (a reader may be allowed more rows and columns than Excel's 1,048,576 × 16,384). The A1 text of
 * the cells near a sheet's top-left corner, where tables are, is made once and shared.
 */
public final class CellRef implements Comparable<CellRef> {
    /** The largest 0-based row or column. */
    public static final int MAX_INDEX = Integer.MAX_VALUE - 1;

    /** Columns and rows whose A1 texts are kept once made: a table's figures sit well inside them. */
    private static final int CACHED_COLUMNS = 256;
    private static final int CACHED_ROWS = 4096;
    /** Per column, the A1 texts of its first rows, made when first asked for. */
    private static final AtomicReferenceArray<String[]> TEXTS = new AtomicReferenceArray<>(CACHED_COLUMNS);
    private static final String[] LETTERS = new String[CACHED_COLUMNS];

    static {
        for (int c = 0; c < LETTERS.length; c++) {
            LETTERS[c] = makeLetters(c);
        }
    }

    private final int row;
    private final int column;

    private CellRef(int row, int column) {
        this.row = row;
        this.column = column;
    }

    /**
     * The cell at a 0-based row and column.
     *
     * @param row    the 0-based row (row 1 is 0)
     * @param column the 0-based column (column A is 0)
     * @return the cell
     * @throws IllegalArgumentException if either is negative or above {@link #MAX_INDEX}
     */
    public static CellRef of(int row, int column) {
        check(row, column);
        return new CellRef(row, column);
    }

    /**
     * Reads an A1 reference: column letters (either case) followed by a row number, e.g. {@code C27} or
     * {@code aa3}. Absolute markers ({@code $C$27}), sheet names and ranges are not references of one cell.
     *
     * @param a1 the reference
     * @return the cell
     * @throws IllegalArgumentException if the text is no A1 reference, or names row 0 or a cell beyond
     *                                  {@link #MAX_INDEX}
     */
    public static CellRef parse(CharSequence a1) {
        Objects.requireNonNull(a1, "a1");
        long packed = pack(a1);
        if (packed < 0) {
            throw new IllegalArgumentException("not an A1 cell reference: \"" + a1 + "\"");
        }
        return new CellRef((int) (packed >>> 32), (int) packed);
    }

    /**
     * Reads an A1 reference as {@link #parse} does, without throwing.
     *
     * @param a1 the reference
     * @return the cell, or empty when the text is no A1 reference
     */
    public static Optional<CellRef> tryParse(CharSequence a1) {
        Objects.requireNonNull(a1, "a1");
        long packed = pack(a1);
        return packed < 0 ? Optional.empty() : Optional.of(new CellRef((int) (packed >>> 32), (int) packed));
    }

    /**
     * The A1 text of a cell, shared between calls for the cells near a sheet's top-left corner.
     *
     * @param row    the 0-based row
     * @param column the 0-based column
     * @return e.g. {@code C27} for row 26, column 2
     * @throws IllegalArgumentException if either is negative or above {@link #MAX_INDEX}
     */
    public static String a1(int row, int column) {
        check(row, column);
        if (row >= CACHED_ROWS || column >= CACHED_COLUMNS) {
            return letters(column) + (row + 1);
        }
        String[] texts = TEXTS.get(column);
        if (texts == null) {
            TEXTS.compareAndSet(column, null, new String[CACHED_ROWS]);
            texts = TEXTS.get(column);
        }
        String t = texts[row];
        if (t == null) {
            // Two threads may both make it: the texts are equal, and a String is safe to share through a race.
            t = LETTERS[column] + (row + 1);
            texts[row] = t;
        }
        return t;
    }

    /**
     * The letters of a 0-based column.
     *
     * @param column the 0-based column
     * @return {@code A} for 0, {@code Z} for 25, {@code AA} for 26
     * @throws IllegalArgumentException if the column is negative or above {@link #MAX_INDEX}
     */
    public static String letters(int column) {
        check(0, column);
        return column < LETTERS.length ? LETTERS[column] : makeLetters(column);
    }

    /**
     * The 0-based row.
     *
     * @return 0 for row 1
     */
    public int row() {
        return row;
    }

    /**
     * The 0-based column.
     *
     * @return 0 for column A
     */
    public int column() {
        return column;
    }

    @Override
    public int compareTo(CellRef o) {
        int c = Integer.compare(row, o.row);
        return c != 0 ? c : Integer.compare(column, o.column);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CellRef r && r.row == row && r.column == column;
    }

    @Override
    public int hashCode() {
        return row * 31 + column;
    }

    /**
     * The A1 text.
     *
     * @return e.g. {@code C27}
     */
    @Override
    public String toString() {
        return a1(row, column);
    }

    /** Row and column of an A1 text packed as {@code row << 32 | column}, or -1 when it is none. */
    static long pack(CharSequence a1) {
        int n = a1.length();
        int i = 0;
        long col = 0;
        for (; i < n; i++) {
            char ch = a1.charAt(i);
            int letter;
            if (ch >= 'A' && ch <= 'Z') {
                letter = ch - 'A' + 1;
            } else if (ch >= 'a' && ch <= 'z') {
                letter = ch - 'a' + 1;
            } else {
                break;
            }
            col = col * 26 + letter;
            if (col > MAX_INDEX + 1L) {
                return -1;
            }
        }
        if (i == 0 || i == n) {
            return -1;
        }
        long row = 0;
        for (; i < n; i++) {
            char ch = a1.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            row = row * 10 + (ch - '0');
            if (row > MAX_INDEX + 1L) {
                return -1;
            }
        }
        if (row == 0) {
            return -1;
        }
        return (row - 1) << 32 | (col - 1);
    }

    private static void check(int row, int column) {
        if (row < 0 || row > MAX_INDEX || column < 0 || column > MAX_INDEX) {
            throw new IllegalArgumentException("no cell at row " + row + ", column " + column
                    + " (0-based; each from 0 to " + MAX_INDEX + ")");
        }
    }

    private static String makeLetters(int column) {
        StringBuilder sb = new StringBuilder(7);
        long c = column + 1L;
        while (c > 0) {
            long rem = (c - 1) % 26;
            sb.append((char) ('A' + rem));
            c = (c - 1) / 26;
        }
        return sb.reverse().toString();
    }
}
