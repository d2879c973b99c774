package io.github.juesuan.read;

import io.github.juesuan.model.NarrativeParagraph;
import io.github.juesuan.text.Labels;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A document's parts (Word or plain text) as the disclosure reads them. Each table with a filled cell becomes
 * one synthetic sheet for the sheet-reading pipeline, together with the short paragraphs right above it (title,
 * 公开01表, 部门名称, 年度, 金额单位; at most {@value #MAX_PREAMBLE}, blank ones passed over) as its first rows
 * and the notes right below it (paragraphs starting 注, 说明, 备注, 附注 or 注释, and their indented or numbered
 * continuations) as its last rows, so the title and the notes are found as in a workbook. The sheet is named
 * after the title paragraph holding a catalogue title, else the first paragraph above the table, else 表n. A
 * table whose every row is a heading and a page number is a table of contents and is passed over. Every other
 * paragraph is the body; the words in print order are the body paragraphs with each table's prose cells at the
 * table's place.
 */
final class DocumentTables {

    /** At most this many paragraphs above a table are its title lines. */
    static final int MAX_PREAMBLE = 8;
    private static final Pattern NOTE = Pattern.compile("^(?:注|说明|备注|附注|注释)[\\s0-9０-９]*[:：]?");
    private static final Pattern CONTINUATION = Pattern.compile("^\\s+\\S|^[0-9０-９]{1,2}[、.．]");
    /** The owner of a part in the body. */
    private static final int BODY = -1;
    /** The owner of a part of a table of contents, passed over. */
    private static final int CONTENTS = -2;

    private DocumentTables() {
    }

    /**
     * What a document reads as: its body paragraphs, its tables as sheets with their names, and its words in
     * print order.
     */
    record Content(List<NarrativeParagraph> paragraphs, List<RawSheet> sheets, List<String> titles,
                   List<NarrativeParagraph> narrative) {
    }

    /**
     * Reads a document's parts.
     *
     * @param file                the file name, for provenance
     * @param parts               the document's body in print order
     * @param dropContentsHeading whether a 目录 paragraph among a table of contents' title lines goes with it
     *                            (the other title lines stay in the body)
     * @return the body, the tables as sheets and the words in print order
     */
    static Content assemble(String file, List<DocumentPart> parts, boolean dropContentsHeading) {
        int n = parts.size();
        // owner[i]: the table a part belongs to, or BODY, or CONTENTS
        int[] owner = new int[n];
        Arrays.fill(owner, BODY);
        // number[i]: the paragraph number of a part (a table's is that of the paragraph after it)
        int[] number = new int[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            number[i] = count + 1;
            count += parts.get(i).paragraphs();
        }
        List<RawSheet> sheets = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        List<List<NarrativeParagraph>> cellsByTable = new ArrayList<>();
        List<Integer> tableStart = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!(parts.get(i) instanceof DocumentPart.Table table) || table.cells().isEmpty()) {
                continue;
            }
            List<Integer> above = preamble(parts, owner, i);
            if (isContents(table.texts())) {
                owner[i] = CONTENTS;
                for (int k : above) {
                    if (dropContentsHeading && Labels.fold(text(parts, k)).equals("目录")) {
                        owner[k] = CONTENTS;
                    }
                }
                continue;
            }
            List<Integer> below = notes(parts, i);
            int index = sheets.size();
            List<String> preamble = new ArrayList<>(above.size());
            for (int k : above) {
                preamble.add(text(parts, k));
            }
            String[] found = catalogueTitle(preamble);
            String name = found != null ? found[0]
                    : !preamble.isEmpty() ? TextFolding.trim(preamble.get(0)) : "表" + (index + 1);
            name = unique(name, seen);
            RawSheet sheet = sheet(name, index, parts, above, table, below);
            owner[i] = index;
            for (int k : above) {
                owner[k] = index;
            }
            for (int k : below) {
                owner[k] = index;
            }
            sheets.add(sheet);
            titles.add(name);
            cellsByTable.add(NarrativeText.cells(file, sheet, found == null ? name : found[1]));
            tableStart.add(number[above.isEmpty() ? i : above.get(0)]);
        }
        List<NarrativeParagraph> body = NarrativeText.body(file, bodyTexts(parts, owner, count));
        List<NarrativeParagraph> narrative = new ArrayList<>();
        int b = 0;
        for (int t = 0; t < cellsByTable.size(); t++) {
            while (b < body.size() && body.get(b).source().paragraph() < tableStart.get(t)) {
                narrative.add(body.get(b++));
            }
            narrative.addAll(cellsByTable.get(t));
        }
        while (b < body.size()) {
            narrative.add(body.get(b++));
        }
        return new Content(body, sheets, titles, narrative);
    }

    /** The title paragraphs right above table {@code i}, top first: non-blank, short, in no other table. */
    private static List<Integer> preamble(List<DocumentPart> parts, int[] owner, int i) {
        List<Integer> above = new ArrayList<>();
        for (int k = i - 1; k >= 0 && owner[k] == BODY && above.size() < MAX_PREAMBLE; k--) {
            if (!(parts.get(k) instanceof DocumentPart.Paragraph p)) {
                break;
            }
            if (TextFolding.trim(p.text()).isEmpty()) {
                continue;
            }
            if (!isPreamble(p.text())) {
                break;
            }
            above.add(0, k);
        }
        return above;
    }

    /** The note paragraphs right below table {@code i}, blank ones passed over. */
    private static List<Integer> notes(List<DocumentPart> parts, int i) {
        List<Integer> below = new ArrayList<>();
        boolean inNote = false;
        for (int k = i + 1; k < parts.size() && parts.get(k) instanceof DocumentPart.Paragraph p; k++) {
            String t = p.text();
            if (TextFolding.trim(t).isEmpty()) {
                continue;
            }
            if (NOTE.matcher(TextFolding.trim(t)).lookingAt() || inNote && CONTINUATION.matcher(t).lookingAt()) {
                inNote = true;
                below.add(k);
                continue;
            }
            break;
        }
        return below;
    }

    private static String text(List<DocumentPart> parts, int k) {
        return ((DocumentPart.Paragraph) parts.get(k)).text();
    }

    /** A title line above a table is short, completes no sentence and is no numbered heading of the body. */
    private static boolean isPreamble(String line) {
        String t = TextFolding.trim(line);
        return t.length() <= 60 && t.indexOf('。') < 0 && !t.startsWith("第")
                && !(NarrativeText.headingLevel(t) == 1 || NarrativeText.headingLevel(t) == 2);
    }

    /** Rows of cells that are a table of contents: each row one heading and a page number, never decreasing. */
    private static boolean isContents(List<List<String>> rows) {
        int previous = -1;
        for (List<String> row : rows) {
            List<String> cells = new ArrayList<>();
            for (String c : row) {
                if (!TextFolding.trim(c).isEmpty()) {
                    cells.add(TextFolding.trim(c));
                }
            }
            if (cells.size() != 2 || !cells.get(1).matches("[0-9]{1,4}")) {
                return false;
            }
            int page = Integer.parseInt(cells.get(1));
            if (page < previous) {
                return false;
            }
            previous = page;
        }
        return true;
    }

    /** The title line holding the longest catalogue title alias (e.g. 项目支出绩效自评表), and that alias; or null. */
    private static String[] catalogueTitle(List<String> lines) {
        String[] best = null;
        for (String line : lines) {
            String folded = Labels.fold(line);
            for (Catalogue.TableDef t : Catalogue.standard().tables()) {
                for (String alias : t.titles()) {
                    if ((best == null || alias.length() > best[1].length()) && folded.contains(alias)) {
                        best = new String[] {TextFolding.trim(line), alias};
                    }
                }
            }
        }
        return best;
    }

    /** The name, numbered " (2)", " (3)"… when a table before already bears it. */
    private static String unique(String name, Map<String, Integer> seen) {
        int n = seen.merge(name, 1, Integer::sum);
        return n == 1 ? name : name + " (" + n + ")";
    }

    /** The title lines in column A, the table's grid below them, then the notes in column A. */
    private static RawSheet sheet(String name, int index, List<DocumentPart> parts, List<Integer> above,
                                  DocumentPart.Table table, List<Integer> below) {
        List<RawCell> cells = new ArrayList<>();
        List<Merge> merges = new ArrayList<>();
        int row = 0;
        for (int k : above) {
            cells.add(RawCell.text(row++, 0, text(parts, k), false));
        }
        int offset = row;
        for (RawCell c : table.cells()) {
            cells.add(RawCell.text(c.row() + offset, c.col(), c.text(), false));
        }
        for (Merge m : table.merges()) {
            merges.add(new Merge(m.firstRow() + offset, m.firstCol(), m.lastRow() + offset, m.lastCol()));
        }
        row = offset + table.rows();
        for (int k : below) {
            cells.add(RawCell.text(row++, 0, text(parts, k), false));
        }
        return new RawSheet(name, index, false, cells, merges);
    }

    /** One text per numbered place: a body paragraph's text, "" for a place a table or a title line takes. */
    private static List<String> bodyTexts(List<DocumentPart> parts, int[] owner, int count) {
        List<String> texts = new ArrayList<>(count);
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i) instanceof DocumentPart.Paragraph p) {
                texts.add(owner[i] == BODY ? p.text() : "");
            } else {
                for (int k = 0; k < parts.get(i).paragraphs(); k++) {
                    texts.add("");
                }
            }
        }
        return texts;
    }
}
