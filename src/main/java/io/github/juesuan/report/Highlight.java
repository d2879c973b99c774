package io.github.juesuan.report;

import io.github.juesuan.rules.Outcome;

/** How the HTML page colours the cells a finding marks: the worst finding of a cell gives its CSS class. */
final class Highlight {
    private Highlight() {
    }

    /** How a finding colours its cells: 0 error, 1 warning, 2 rounding tail, 3 other information (lower is worse). */
    static int rank(Finding f) {
        switch (f.severity()) {
            case ERROR:
                return 0;
            case WARNING:
                return 1;
            default:
                return f.outcome() == Outcome.ROUNDING ? 2 : 3;
        }
    }

    /** The CSS suffix of a rank: {@code error}, {@code warning}, {@code rounding}, {@code info}. */
    static String level(int rank) {
        switch (rank) {
            case 0:
                return "error";
            case 1:
                return "warning";
            case 2:
                return "rounding";
            default:
                return "info";
        }
    }
}
