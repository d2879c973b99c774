package io.github.juesuan.read;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a text file saved from Word as document parts. Word saves a table as one line per row with
 * its cells separated by tabs, so a table is a run of lines holding tabs, starting at one with a filled cell: a
 * line of tabs only is a row of empty cells, and blank lines inside the run (page breaks) are passed over. Every
 * other line is a paragraph; a line of tabs only outside a table holds nothing but still ends the title lines
 * above a table and the notes below one, as a table row does.
 */
final class TabSeparatedTables {

    private TabSeparatedTables() {
    }

    /** The lines as parts in order, each table taking as many places in the numbering as it has lines. */
    static List<DocumentPart> parts(String[] lines) {
        List<DocumentPart> parts = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            if (!isRow(lines[i])) {
                parts.add(new DocumentPart.Paragraph(lines[i]));
                i++;
                continue;
            }
            if (TextFolding.trim(lines[i].replace('\t', ' ')).isEmpty()) {
                parts.add(new DocumentPart.Table(List.of(), List.of(), 0, 1));
                i++;
                continue;
            }
            int last = i;
            for (int j = i + 1; j < lines.length && (isRow(lines[j]) || TextFolding.trim(lines[j]).isEmpty()); j++) {
                if (isRow(lines[j])) {
                    last = j;
                }
            }
            parts.add(table(lines, i, last));
            i = last + 1;
        }
        return parts;
    }

    private static boolean isRow(String line) {
        return line.indexOf('\t') >= 0;
    }

    /** Lines first..last as a table: a row per line holding tabs, a cell per filled tab-separated field. */
    private static DocumentPart.Table table(String[] lines, int first, int last) {
        List<RawCell> cells = new ArrayList<>();
        int row = 0;
        for (int k = first; k <= last; k++) {
            if (!isRow(lines[k])) {
                continue;
            }
            String[] fields = lines[k].split("\t", -1);
            for (int col = 0; col < fields.length; col++) {
                if (!TextFolding.trim(fields[col]).isEmpty()) {
                    cells.add(RawCell.text(row, col, fields[col], false));
                }
            }
            row++;
        }
        return new DocumentPart.Table(cells, List.of(), row, last - first + 1);
    }
}
