package io.github.juesuan.read;

/**
 * One non-empty cell exactly as the container stores it, before any table knowledge.
 *
 * <p>Rows and columns are 0-based. For {@link RawType#NUMBER} the value is {@link #number()} and the
 * cell's number format is {@link #formatId()} / {@link #formatCode()} (the code is {@code null} for a
 * built-in id the container does not spell out, e.g. the zh-CN ids 27–36 and 50–58). For every other type
 * the value is {@link #text()}: the string, {@code "TRUE"}/{@code "FALSE"}, or the error literal such as
 * {@code "#REF!"}. {@link #formula()} says the cell holds a formula; its value is then the cached result.
 * A {@link RawType#TEXT} cell keeps its format only where the format hides text ({@code ;;;}).
 */
record RawCell(int row, int col, RawType type, String text, double number, int formatId, String formatCode,
               boolean formula) {

    static RawCell number(int row, int col, double value, int formatId, String formatCode, boolean formula) {
        return new RawCell(row, col, RawType.NUMBER, null, value, formatId, formatCode, formula);
    }

    static RawCell text(int row, int col, String text, boolean formula) {
        return new RawCell(row, col, RawType.TEXT, text, 0, 0, null, formula);
    }

    /**
     * A string cell in a cell of this number format: the format is kept only where it hides text, the one
     * thing a format says about a string; otherwise the cell is as {@link #text(int, int, String, boolean)}.
     */
    static RawCell text(int row, int col, String text, int formatId, String formatCode) {
        if (formatCode == null || !NumberFormats.style(formatId, formatCode).hidesText()) {
            return text(row, col, text, false);
        }
        return new RawCell(row, col, RawType.TEXT, text, 0, formatId, formatCode, false);
    }

    static RawCell of(int row, int col, RawType type, String text, boolean formula) {
        return new RawCell(row, col, type, text, 0, 0, null, formula);
    }

    /** The A1 reference of this cell, e.g. {@code C27}. */
    String a1() {
        return CellRefs.a1(row, col);
    }
}
