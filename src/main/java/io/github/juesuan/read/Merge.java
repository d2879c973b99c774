package io.github.juesuan.read;

/** A merged region, 0-based and inclusive. */
record Merge(int firstRow, int firstCol, int lastRow, int lastCol) {
    boolean contains(int row, int col) {
        return row >= firstRow && row <= lastRow && col >= firstCol && col <= lastCol;
    }
}
