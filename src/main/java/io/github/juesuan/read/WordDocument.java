package io.github.juesuan.read;

import io.github.juesuan.model.NarrativeParagraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A disclosure saved as a Word document, .docx (read through POI's XWPF) or .doc (Word 97–2003, read through
 * POI's HWPF where it can), told apart by content: a zip holding {@code word/document.xml}, or an OLE2 file
 * holding a {@code WordDocument} stream.
 *
 * <p>The body paragraphs, in document order, are the narrative (numbered from 1 among the body's paragraphs,
 * table cells not counted). Each table becomes one synthetic sheet for the sheet-reading pipeline: its cells
 * placed on the table's grid, a cell spanning grid columns ({@code gridSpan}) or rows ({@code vMerge}) recorded
 * as a merged region, as a worksheet would hold it; the short paragraphs right above the table (title, 公开01表,
 * 部门名称, 金额单位) become its first rows and the notes right below it (注：…) its last rows, so the title and
 * the notes are found as in a workbook. The sheet is named after the title line. A table nested inside a cell
 * is flattened into that cell's text. Numbers in Word are text: they are read as a worksheet's text cells are.
 *
 * <p>The reader's limits apply: the file size, the zip's entries and uncompressed size, and the tables' cells
 * count against the sheets, cells, extent, text length and merged-region limits.
 *
 * <pre>{@code
 * WordDocument d = WordDocument.read(Path.of("决算公开.docx"));
 * List<NarrativeStatement> s = d.statements();
 * }</pre>
 */
public final class WordDocument extends DisclosureText {

    private WordDocument(String file, List<NarrativeParagraph> paragraphs, List<RawSheet> sheets,
                         List<String> titles, List<NarrativeParagraph> narrative) {
        super(file, paragraphs, sheets, titles, narrative);
    }

    /**
     * Reads a Word document with the {@linkplain ReaderOptions#DEFAULTS default} limits.
     *
     * @param path the .docx or .doc file; only read, never changed
     * @return its paragraphs, its tables as sheets and its words
     * @throws ReadException if the file is missing, empty, over a limit, damaged, or no Word document
     */
    public static WordDocument read(Path path) throws ReadException {
        Objects.requireNonNull(path, "path");
        return read(path, ReaderOptions.DEFAULTS);
    }

    /**
     * Reads a Word document, .docx or .doc, told apart by content.
     *
     * @param path    the .docx or .doc file; only read, never changed
     * @param options the limits (file size, zip budgets, cells per table…) to apply
     * @return its paragraphs, its tables as sheets and its words
     * @throws ReadException if the file is missing, empty, over a limit, damaged, or no Word document
     */
    public static WordDocument read(Path path, ReaderOptions options) throws ReadException {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(options, "options");
        Path fileName = path.getFileName();
        return read(path, fileName == null ? path.toString() : fileName.toString(), options);
    }

    static WordDocument read(Path path, String name, ReaderOptions options) throws ReadException {
        byte[] content;
        long size = InputFiles.size(path, name);
        if (size > options.maxFileBytes()) {
            throw InputFiles.tooLarge(name, size, options);
        }
        try {
            if (ZipDirectory.contains(path, DocxBody.DOCUMENT_PART, options.maxZipEntries())) {
                return docx(path, name, options);
            }
            content = Files.readAllBytes(path);
        } catch (IOException e) {
            throw InputFiles.unreadable(name, e, "unreadable.io");
        }
        switch (Containers.detect(content)) {
            case EMPTY:
                throw ReadException.of(ReadException.Reason.EMPTY, name, null, null, null, "unreadable.fileEmpty2");
            case WORD_DOC:
                return doc(content, name, options);
            case XLSX_ZIP:
                // a zip whose directory names no word/document.xml: docx says whether it is damaged or no .docx
                return docx(path, name, options);
            default:
                throw ReadException.of(ReadException.Reason.NOT_A_WORKBOOK, name, null, null, null,
                        "unreadable.notWordDocument", Containers.describe(content));
        }
    }

    /** A .docx, a zip holding {@code word/document.xml}; a zip without it is refused as no Word document. */
    static WordDocument docx(Path path, String name, ReaderOptions options) throws ReadException {
        return assemble(name, DocxBody.parts(path, name, options));
    }

    /** A .doc, an OLE2 file holding a {@code WordDocument} stream, from its content. */
    static WordDocument doc(byte[] content, String name, ReaderOptions options) throws ReadException {
        return assemble(name, DocBody.parts(content, name, options));
    }

    // ---- tables with their titles and notes ----

    private static WordDocument assemble(String file, List<DocumentPart> elements) {
        int n = elements.size();
        // owner[i]: the table a paragraph belongs to (-1: body; -2: a table of contents, passed over)
        int[] owner = new int[n];
        java.util.Arrays.fill(owner, -1);
        // the paragraph number of each body element (1-based, paragraphs only)
        int[] number = new int[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            // a table's number is that of the paragraph after it
            number[i] = elements.get(i) instanceof DocumentPart.Paragraph ? ++count : count + 1;
        }
        List<RawSheet> sheets = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        List<List<NarrativeParagraph>> cellsByTable = new ArrayList<>();
        List<Integer> tableStart = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!(elements.get(i) instanceof DocumentPart.Table grid)) {
                continue;
            }
            if (grid.cells().isEmpty()) {
                continue;
            }
            if (PlainTextDisclosure.isContents(grid.texts())) {
                owner[i] = -2;
                continue;
            }
            List<Integer> above = new ArrayList<>();
            for (int k = i - 1; k >= 0 && owner[k] == -1 && above.size() < PlainTextDisclosure.MAX_PREAMBLE; k--) {
                if (!(elements.get(k) instanceof DocumentPart.Paragraph p)) {
                    break;
                }
                if (TextFolding.trim(p.text()).isEmpty()) {
                    continue;
                }
                if (!PlainTextDisclosure.isPreamble(p.text())) {
                    break;
                }
                above.add(0, k);
            }
            List<Integer> below = new ArrayList<>();
            boolean inNote = false;
            for (int k = i + 1; k < n && elements.get(k) instanceof DocumentPart.Paragraph p; k++) {
                String t = p.text();
                if (TextFolding.trim(t).isEmpty()) {
                    continue;
                }
                if (PlainTextDisclosure.NOTE.matcher(TextFolding.trim(t)).lookingAt()
                        || inNote && PlainTextDisclosure.CONTINUATION.matcher(t).lookingAt()) {
                    inNote = true;
                    below.add(k);
                    continue;
                }
                break;
            }
            int index = sheets.size();
            String[] preamble = above.stream().map(k -> ((DocumentPart.Paragraph) elements.get(k)).text()).toArray(String[]::new);
            String[] found = PlainTextDisclosure.catalogueTitle(preamble, 0, preamble.length);
            String name = found != null ? found[0] : preamble.length > 0 ? TextFolding.trim(preamble[0]) : "表" + (index + 1);
            name = PlainTextDisclosure.unique(name, seen);
            List<RawCell> cells = new ArrayList<>();
            List<Merge> merges = new ArrayList<>();
            int row = 0;
            for (int k : above) {
                owner[k] = index;
                cells.add(RawCell.text(row++, 0, ((DocumentPart.Paragraph) elements.get(k)).text(), false));
            }
            int offset = row;
            for (RawCell c : grid.cells()) {
                cells.add(RawCell.text(c.row() + offset, c.col(), c.text(), false));
            }
            for (Merge m : grid.merges()) {
                merges.add(new Merge(m.firstRow() + offset, m.firstCol(), m.lastRow() + offset, m.lastCol()));
            }
            row = offset + grid.rows();
            owner[i] = index;
            for (int k : below) {
                owner[k] = index;
                cells.add(RawCell.text(row++, 0, ((DocumentPart.Paragraph) elements.get(k)).text(), false));
            }
            RawSheet sheet = new RawSheet(name, index, false, cells, merges);
            sheets.add(sheet);
            titles.add(name);
            cellsByTable.add(NarrativeText.cells(file, sheet, found == null ? name : found[1]));
            tableStart.add(number[above.isEmpty() ? i : above.get(0)]);
        }
        List<String> bodyTexts = new ArrayList<>(count);
        for (int i = 0; i < n; i++) {
            if (elements.get(i) instanceof DocumentPart.Paragraph p) {
                bodyTexts.add(owner[i] == -1 ? p.text() : "");
            }
        }
        List<NarrativeParagraph> body = NarrativeText.body(file, bodyTexts);
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
        return new WordDocument(file, body, sheets, titles, narrative);
    }
}
