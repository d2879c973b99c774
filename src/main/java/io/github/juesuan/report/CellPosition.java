package io.github.juesuan.report;

/** Where an A1 reference sits in its sheet, for laying the HTML page's tables out as the sheet prints them. */
final class CellPosition {
    private CellPosition() {
    }

    /** The 1-based row number of an A1 reference, or 0. */
    static int rowOf(String a1) {
        int i = 0;
        while (i < a1.length() && Character.isLetter(a1.charAt(i))) {
            i++;
        }
        int row = 0;
        for (int j = i; j < a1.length(); j++) {
            char c = a1.charAt(j);
            if (c < '0' || c > '9' || row > 10_000_000) {
                return 0;
            }
            row = row * 10 + (c - '0');
        }
        return row;
    }

    /** The 1-based column number of an A1 reference, or 0. */
    static int columnOf(String a1) {
        int col = 0;
        for (int i = 0; i < a1.length() && Character.isLetter(a1.charAt(i)) && col < 100_000; i++) {
            col = col * 26 + (Character.toUpperCase(a1.charAt(i)) - 'A' + 1);
        }
        return col;
    }
}
