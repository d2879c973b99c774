package io.github.juesuan.write;

import io.github.juesuan.model.Severity;
import io.github.juesuan.report.Finding;

/**
 * The fill a finding gives the cells it concerns, in rising order of severity: where several findings touch
 * one cell the greatest wins. Colours are Excel's own conditional-format fills (浅红 / 黄 and a paler yellow),
 * which finance officers already read as "wrong" / "check" / "note".
 */
enum Fill {
    /** A rounding tail (尾差), or a failed rule demoted to INFO: a note, not a fault. */
    PALE_YELLOW(0xFF, 0xF9, 0xDB),
    /** A failed WARNING rule, a total or parts left blank at WARNING, or a reading problem at WARNING. */
    AMBER(0xFF, 0xEB, 0x9C),
    /** A failed ERROR rule, a total or parts left blank at ERROR, or a reading problem at ERROR. */
    RED(0xFF, 0xC7, 0xCE);

    final int red;
    final int green;
    final int blue;

    Fill(int red, int green, int blue) {
        this.red = red;
        this.green = green;
        this.blue = blue;
    }

    /** The colour as ARGB bytes, alpha first: the form SpreadsheetML's {@code rgb} attribute wants. */
    byte[] argb() {
        return new byte[] {(byte) 0xFF, (byte) red, (byte) green, (byte) blue};
    }

    /** {@code FFC7CE}. */
    String hex() {
        return String.format("%02X%02X%02X", red, green, blue);
    }

    /**
     * The fill of one finding, or {@code null} for none: NOT_EVALUABLE findings and INFO reading problems
     * (a row read by its 行次, say) say nothing is wrong with the figure, so they get a comment only.
     */
    static Fill of(Finding f) {
        switch (f.outcome()) {
            case ROUNDING:
                return PALE_YELLOW;
            case FAIL:
            case PARTS_BLANK:
            case TOTAL_BLANK:
                return f.severity() == Severity.ERROR ? RED : f.severity() == Severity.WARNING ? AMBER : PALE_YELLOW;
            case STRUCTURAL:
                return f.severity() == Severity.ERROR ? RED : f.severity() == Severity.WARNING ? AMBER : null;
            default:
                return null;
        }
    }

    /** The more severe of two fills, either of which may be {@code null}. */
    static Fill max(Fill a, Fill b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) >= 0 ? a : b;
    }
}
