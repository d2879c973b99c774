package io.github.juesuan.read;

/** A1 references without POI. */
final class CellRefs {
    private CellRefs() {
    }

    /** The letters of the first 1,024 columns, made once: every figure's A1 reference needs its column's. */
    private static final String[] LETTERS = new String[1024];

    static {
        for (int c = 0; c < LETTERS.length; c++) {
            LETTERS[c] = letters(c);
        }
    }

    /** 0-based column to letters: 0 → A, 26 → AA. */
    static String column(int col) {
        return col >= 0 && col < LETTERS.length ? LETTERS[col] : letters(col);
    }

    private static String letters(int col) {
        StringBuilder sb = new StringBuilder(3);
        int c = col + 1;
        while (c > 0) {
            int rem = (c - 1) % 26;
            sb.append((char) ('A' + rem));
            c = (c - 1) / 26;
        }
        return sb.reverse().toString();
    }

    static String a1(int row, int col) {
        return column(col) + (row + 1);
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
