package io.github.juesuan.read;

import java.util.List;
import java.util.Objects;

/**
 * One worksheet as stored: its non-empty cells in row-major order and its merged regions.
 *
 * @param name   the sheet name as the workbook spells it
 * @param index  0-based position in the workbook
 * @param hidden whether the workbook hides the sheet
 */
record RawSheet(String name, int index, boolean hidden, List<RawCell> cells, List<Merge> merges) {
    RawSheet {
        Objects.requireNonNull(name, "name");
        cells = List.copyOf(cells);
        merges = List.copyOf(merges);
    }
}
