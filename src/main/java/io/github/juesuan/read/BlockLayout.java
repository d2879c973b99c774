package io.github.juesuan.read;

import java.util.List;

/**
 * Where a table's parts lie on its sheet, as found by {@link BlockSegmenter}: the title, the header rows
 * (without the 栏次 row), the 栏次 row ({@code -1} when none is printed), the data rows and the notes under
 * them. Zero-based rows.
 */
record BlockLayout(int titleRow, int endRow, List<Integer> headerRows, int lineNumberRow, List<Integer> dataRows,
                   List<String> notes) {
    BlockLayout {
        headerRows = List.copyOf(headerRows);
        dataRows = List.copyOf(dataRows);
        notes = List.copyOf(notes);
    }

    /** The lowest header row, or the title row where there is none. */
    int lastHeaderRow() {
        return headerRows.isEmpty() ? titleRow : headerRows.get(headerRows.size() - 1);
    }
}
