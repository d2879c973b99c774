package io.github.juesuan.read;

import io.github.juesuan.model.CellRef;

/** A1 references without POI: the lenient parsing the container passes need; the text is {@link CellRef}'s. */
final class CellRefs {
    private CellRefs() {
    }

    /** 0-based column to letters: 0 → A, 26 → AA (the text {@link CellRef} keeps for the first columns). */
    static String column(int col) {
        return CellRef.letters(col);
    }

    /** The A1 text of a 0-based cell, e.g. {@code C27} (shared from {@link CellRef}'s table where it has one). */
    static String a1(int row, int col) {
        return CellRef.a1(row, col);
    }

    /**
     * Parses the column part of an A1 reference ({@code "AB12"} → 27); -1 when it has none.
     * Only the leading letters are read, so {@code "$A$1"} is not accepted.
     */
    static int parseColumn(CharSequence ref) {
        int col = 0;
        int i = 0;
        for (; i < ref.length(); i++) {
            char ch = ref.charAt(i);
            if (ch >= 'A' && ch <= 'Z') {
                col = col * 26 + (ch - 'A' + 1);
            } else if (ch >= 'a' && ch <= 'z') {
                col = col * 26 + (ch - 'a' + 1);
            } else {
                break;
            }
        }
        return i == 0 ? -1 : col - 1;
    }

    /** Parses the row part of an A1 reference ({@code "AB12"} → 11); -1 when it has none. */
    static int parseRow(CharSequence ref) {
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            i++;
        }
        if (i == ref.length()) {
            return -1;
        }
        int row = 0;
        for (; i < ref.length(); i++) {
            char ch = ref.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            row = row * 10 + (ch - '0');
            if (row > 10_000_000) {
                return -1;
            }
        }
        return row - 1;
    }
}
