package io.github.juesuan.report;

import io.github.juesuan.model.CellRef;

/** Where an A1 reference sits in its sheet, for laying the HTML page's tables out as the sheet prints them. */
final class CellPosition {
    private CellPosition() {
    }

    /** The 1-based row number of an A1 reference, or 0. */
    static int rowOf(String a1) {
        return CellRef.tryParse(a1).map(r -> r.row() + 1).orElse(0);
    }

    /** The 1-based column number of an A1 reference, or 0. */
    static int columnOf(String a1) {
        return CellRef.tryParse(a1).map(r -> r.column() + 1).orElse(0);
    }
}
