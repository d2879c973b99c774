package io.github.juesuan.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a table's rows into metadata (title, unit, year, number), header, 栏次, data and notes. The
 * header ends where the data begins: at a row with numbers, a 科目代码, or a label the catalogue knows.
 */
final class BlockSegmenter {
    private static final int MAX_HEADER_ROWS = 8;

    private BlockSegmenter() {
    }

    /**
     * Reads the block's metadata, finds its layout and builds the block's header paths from it; null when no
     * header is found.
     */
    static BlockLayout segment(Block b) {
        int r = b.titleRow;
        for (RawCell c : b.cells(r)) {
            b.takeMetadata(c, r);
        }
        r++;
        for (; r <= b.endRow; r++) {
            List<RawCell> cells = b.cells(r);
            if (cells.isEmpty()) {
                continue;
            }
            boolean meta = false;
            boolean other = false;
            for (RawCell c : cells) {
                if (b.takeMetadata(c, r)) {
                    meta = true;
                } else if (c.type() != RawType.TEXT || LabelMatcher.isHeaderWord(b.def, TextFolding.fold(c.text()))) {
                    other = true;
                }
            }
            if (!meta || other) {
                break;
            }
        }
        List<Integer> headerRows = new ArrayList<>();
        int lineNumberRow = -1;
        for (; r <= b.endRow && headerRows.size() <= MAX_HEADER_ROWS; r++) {
            List<RawCell> cells = b.cells(r);
            if (cells.isEmpty()) {
                continue;
            }
            if (isNotes(cells)) {
                break;
            }
            if (isLineNumberRow(cells)) {
                lineNumberRow = r;
                r++;
                break;
            }
            if (dataLike(b.def, cells)) {
                break;
            }
            if (cells.size() == 1 && cells.get(0).type() == RawType.TEXT
                    && b.def.headings().contains(TextFolding.fold(cells.get(0).text()))) {
                continue; // a section heading such as 一、政府采购情况 names no column
            }
            headerRows.add(r);
        }
        if (headerRows.isEmpty() || headerRows.size() > MAX_HEADER_ROWS) {
            return null;
        }
        b.headerRows.addAll(headerRows);
        b.lineNumberRow = lineNumberRow;
        b.buildPaths();
        b.relativeYears();
        List<Integer> dataRows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (; r <= b.endRow; r++) {
            List<RawCell> cells = b.cells(r);
            if (cells.isEmpty()) {
                continue;
            }
            if (!notes.isEmpty() || isNotes(cells)) {
                StringBuilder sb = new StringBuilder();
                for (RawCell c : cells) {
                    sb.append(TextFolding.trim(Grid.text(c)));
                }
                notes.add(sb.toString());
                continue;
            }
            dataRows.add(r);
        }
        b.notes.addAll(notes);
        return new BlockLayout(b.titleRow, b.endRow, headerRows, lineNumberRow, dataRows, notes);
    }

    private static boolean isNotes(List<RawCell> cells) {
        RawCell first = cells.get(0);
        if (first.type() != RawType.TEXT) {
            return false;
        }
        String f = TextFolding.fold(first.text());
        return f.startsWith("注:") || f.startsWith("注1") || f.startsWith("说明:") || f.startsWith("备注")
                || f.startsWith("填报说明") || f.equals("注") || f.startsWith("本表无数据") || f.startsWith("数据来源");
    }

    /** 栏次 row: labelled 栏次, or integers 1, 2, 3… only. */
    private static boolean isLineNumberRow(List<RawCell> cells) {
        int expected = 1;
        boolean labelled = false;
        int numbers = 0;
        for (RawCell c : cells) {
            if (c.type() == RawType.TEXT && TextFolding.fold(c.text()).equals("栏次")) {
                labelled = true;
                continue;
            }
            Integer n = Block.integer(c);
            if (n == null) {
                if (c.type() == RawType.TEXT && TextFolding.isDash(TextFolding.trim(c.text()))) {
                    continue; // 栏次 rows print — under label columns
                }
                return false;
            }
            numbers++;
            if (!labelled && n != expected) {
                return false;
            }
            expected++;
        }
        return labelled || numbers >= 2;
    }

    private static boolean dataLike(Catalogue.TableDef def, List<RawCell> cells) {
        if (def.kind() == Catalogue.Kind.CROSS) {
            // Items such as 合计 and 公务接待费 head the columns of a horizontal 三公 table; a data row is one
            // with numbers, or a single item label with nothing but blanks beside it (a vertical table).
            long texts = cells.stream().filter(c -> c.type() == RawType.TEXT && !TextFolding.isDash(TextFolding.trim(c.text()))).count();
            RawCell first = cells.get(0);
            return cells.stream().anyMatch(c -> c.type() == RawType.NUMBER)
                    || texts == 1 && first.type() == RawType.TEXT
                    && LabelMatcher.matchesAny(def.rows(), TextFolding.fold(first.text()));
        }
        RawCell lead = cells.get(0);
        if (def.kind() == Catalogue.Kind.CODED && lead.type() == RawType.TEXT
                && LabelMatcher.matchesAny(def.specials(), TextFolding.fold(lead.text()))) {
            return true; // 合计 in the label column starts the data even where 合计 is also a column header word
        }
        for (RawCell c : cells) {
            if (c.type() == RawType.NUMBER) {
                return true;
            }
            if (c.type() != RawType.TEXT) {
                continue;
            }
            String f = TextFolding.fold(c.text());
            if (def.kind() == Catalogue.Kind.CODED && LabelMatcher.isCode(f)) {
                return true;
            }
            // a generic table knows no column words, so 合计 beside the label column may head a column there
            if (!LabelMatcher.isHeaderWord(def, f) && (LabelMatcher.matchesAny(def.rows(), f)
                    || !def.generic() && LabelMatcher.matchesAny(def.specials(), f))) {
                return true;
            }
        }
        return false;
    }
}
