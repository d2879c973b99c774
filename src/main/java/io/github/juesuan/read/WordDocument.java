package io.github.juesuan.read;

import io.github.juesuan.model.NarrativeParagraph;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.TreeSet;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

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

    private static final String DOCUMENT_PART = "word/document.xml";

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
            if (ZipDirectory.contains(path, DOCUMENT_PART, options.maxZipEntries())) {
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

    // ---- the document's body, whatever the format ----

    /** A body paragraph's text, or a table's cells placed on its grid. */
    private sealed interface Element permits Para, Grid {
    }

    private record Para(String text) implements Element {
    }

    /** A table: its filled cells (0-based on the grid) and its merged regions. */
    private record Grid(List<RawCell> cells, List<Merge> merges, int rows) implements Element {
        List<List<String>> texts() {
            List<List<String>> out = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                out.add(new ArrayList<>());
            }
            for (RawCell c : cells) {
                List<String> row = out.get(c.row());
                while (row.size() <= c.col()) {
                    row.add("");
                }
                row.set(c.col(), c.text());
            }
            return out;
        }
    }

    /** Counts what a document's tables hold against the reader's limits. */
    private static final class Budget {
        private final String file;
        private final ReaderOptions options;
        private int tables;
        private long cells;

        Budget(String file, ReaderOptions options) {
            this.file = file;
            this.options = options;
        }

        void table() throws ReadException {
            if (++tables > options.maxSheets()) {
                throw limit(null, "unreadable.document.tables", options.maxSheets());
            }
        }

        /** A cell at 0-based row and column of table number {@code tables}, holding {@code text}. */
        void cell(int row, int col, String text, int inTable) throws ReadException {
            String where = "表格" + tables;
            if (row >= options.maxRows() || col >= options.maxColumns()) {
                throw limit(where, "unreadable.document.rowsOrColumns", options.maxRows(), options.maxColumns());
            }
            if (text.length() > options.maxTextLength()) {
                throw limit(where, "unreadable.document.textLength", options.maxTextLength());
            }
            if (++cells > options.maxCells()) {
                throw limit(where, "unreadable.document.cells", options.maxCells());
            }
            if (inTable > options.maxCellsPerSheet()) {
                throw limit(where, "unreadable.document.cellsPerTable", options.maxCellsPerSheet());
            }
        }

        void merges(int count) throws ReadException {
            if (count > options.maxMerges()) {
                throw limit("表格" + tables, "unreadable.document.merges", options.maxMerges());
            }
        }

        private ReadException limit(String where, String key, Object... args) {
            return ReadException.of(ReadException.Reason.LIMIT_EXCEEDED, file, where, null, null, key, args);
        }
    }

    /** Places cells on a grid: horizontal spans and vertical merges become merged regions. */
    private static final class GridBuilder {
        private final Budget budget;
        private final List<RawCell> cells = new ArrayList<>();
        private final List<Merge> merges = new ArrayList<>();
        /** Open vertical merges by first column: {first row, last row, last column}. */
        private final Map<Integer, int[]> open = new HashMap<>();
        private int rows;

        GridBuilder(Budget budget) throws ReadException {
            this.budget = budget;
            budget.table();
        }

        /**
         * A cell at {@code row}, grid columns {@code col}..{@code col + span − 1}; {@code continues} when it
         * continues the vertical merge of the cell above (its own text is then ignored, as Word shows none).
         */
        void cell(int row, int col, int span, boolean continues, String text) throws ReadException {
            rows = Math.max(rows, row + 1);
            int last = col + Math.max(span, 1) - 1;
            int[] above = open.get(col);
            if (continues && above != null && above[1] == row - 1) {
                above[1] = row;
                return;
            }
            close(col);
            if (!TextFolding.trim(text).isEmpty()) {
                budget.cell(row, last, text, cells.size() + 1);
                cells.add(RawCell.text(row, col, text, false));
            }
            open.put(col, new int[] {row, row, last});
        }

        private void close(int col) {
            int[] region = open.remove(col);
            if (region != null && (region[1] > region[0] || region[2] > col)) {
                merges.add(new Merge(region[0], col, region[1], region[2]));
            }
        }

        Grid build() throws ReadException {
            for (Integer col : new ArrayList<>(open.keySet())) {
                close(col);
            }
            budget.merges(merges.size());
            List<RawCell> sorted = new ArrayList<>(cells);
            sorted.sort((a, b) -> a.row() != b.row() ? Integer.compare(a.row(), b.row())
                    : Integer.compare(a.col(), b.col()));
            merges.sort((a, b) -> a.firstRow() != b.firstRow() ? Integer.compare(a.firstRow(), b.firstRow())
                    : Integer.compare(a.firstCol(), b.firstCol()));
            return new Grid(sorted, merges, rows);
        }
    }

    // ---- .docx ----

    static WordDocument docx(Path path, String name, ReaderOptions options) throws ReadException {
        if (ZipDirectory.entries(path, options.maxZipEntries()) > options.maxZipEntries()) {
            throw ReadException.of(ReadException.Reason.LIMIT_EXCEEDED, name, null, null, null,
                    "unreadable.tooManyZipEntries", options.maxZipEntries());
        }
        try (ZipSecureFile zip = new ZipSecureFile(path.toFile())) {
            long total = 0;
            boolean document = false;
            for (Enumeration<ZipArchiveEntry> e = zip.getEntries(); e.hasMoreElements(); ) {
                ZipArchiveEntry entry = e.nextElement();
                total += Math.max(0, entry.getSize());
                document |= entry.getName().equalsIgnoreCase(DOCUMENT_PART);
            }
            if (total > options.maxUncompressedBytes()) {
                throw ReadException.of(ReadException.Reason.LIMIT_EXCEEDED, name, null, null, null,
                        "unreadable.zipTooLarge", options.maxUncompressedBytes());
            }
            if (!document) {
                throw ReadException.of(ReadException.Reason.NOT_A_WORKBOOK, name, null, null, null,
                        "unreadable.noDocumentXml");
            }
        } catch (ReadException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw corruptDocx(name, e);
        }
        Budget budget = new Budget(name, options);
        List<Element> elements = new ArrayList<>();
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(path.toFile(), PackageAccess.READ);
            try (XWPFDocument doc = new XWPFDocument(pkg)) {
                for (IBodyElement e : doc.getBodyElements()) {
                    if (e instanceof XWPFParagraph p) {
                        elements.add(new Para(p.getText()));
                    } else if (e instanceof XWPFTable t) {
                        elements.add(grid(t, budget));
                    }
                }
            }
        } catch (ReadException e) {
            throw e;
        } catch (IOException e) {
            String msg = String.valueOf(e.getMessage());
            if (msg.contains("Zip bomb") || msg.contains("exceeds the max")) {
                throw ReadException.of(ReadException.Reason.LIMIT_EXCEEDED, name, null, null, e,
                        "unreadable.zipBomb", msg);
            }
            throw corruptDocx(name, e);
        } catch (Exception | StackOverflowError e) {
            // whatever a damaged package provokes is a damaged file, never a crash
            throw corruptDocx(name, e);
        } finally {
            if (pkg != null) {
                pkg.revert();
            }
        }
        return assemble(name, elements);
    }

    private static Grid grid(XWPFTable table, Budget budget) throws ReadException {
        GridBuilder grid = new GridBuilder(budget);
        List<XWPFTableRow> rows = table.getRows();
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = rows.get(r);
            int col = gridBefore(row);
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr pr = cell.getCTTc().getTcPr();
                int span = 1;
                boolean continues = false;
                if (pr != null) {
                    if (pr.isSetGridSpan() && pr.getGridSpan().getVal() != null) {
                        span = (int) Math.min(Math.max(1, pr.getGridSpan().getVal().longValue()), 1 << 16);
                    }
                    if (pr.isSetVMerge()) {
                        STMerge.Enum v = pr.getVMerge().getVal();
                        continues = v == null || v == STMerge.CONTINUE;
                    }
                }
                grid.cell(r, col, span, continues, cellText(cell));
                col += span;
            }
        }
        return grid.build();
    }

    private static int gridBefore(XWPFTableRow row) {
        CTTrPr pr = row.getCtRow().getTrPr();
        if (pr == null || pr.sizeOfGridBeforeArray() == 0) {
            return 0;
        }
        CTDecimalNumber n = pr.getGridBeforeArray(0);
        BigInteger v = n == null ? null : n.getVal();
        return v == null ? 0 : (int) Math.min(Math.max(0, v.longValue()), 1 << 16);
    }

    /** A cell's paragraphs joined by line breaks; a table nested in it flattened, rows by line, cells by space. */
    private static String cellText(XWPFTableCell cell) {
        StringBuilder text = new StringBuilder();
        for (IBodyElement e : cell.getBodyElements()) {
            if (text.length() > 0) {
                text.append('\n');
            }
            if (e instanceof XWPFParagraph p) {
                text.append(p.getText());
            } else if (e instanceof XWPFTable nested) {
                for (XWPFTableRow row : nested.getRows()) {
                    List<String> parts = new ArrayList<>();
                    for (XWPFTableCell c : row.getTableCells()) {
                        parts.add(TextFolding.trim(cellText(c)));
                    }
                    text.append(String.join(" ", parts)).append('\n');
                }
            }
        }
        return text.toString().strip();
    }

    private static ReadException corruptDocx(String file, Throwable e) {
        return ReadException.of(ReadException.Reason.CORRUPT, file, null, null, e,
                "unreadable.docxDamaged", e.getMessage());
    }

    // ---- .doc ----

    static WordDocument doc(byte[] content, String name, ReaderOptions options) throws ReadException {
        Budget budget = new Budget(name, options);
        List<Element> elements = new ArrayList<>();
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content));
             HWPFDocument doc = new HWPFDocument(fs)) {
            Range range = doc.getRange();
            int n = range.numParagraphs();
            for (int i = 0; i < n; i++) {
                org.apache.poi.hwpf.usermodel.Paragraph p = range.getParagraph(i);
                if (p.isInTable()) {
                    org.apache.poi.hwpf.usermodel.Table t = range.getTable(p);
                    elements.add(grid(t, budget));
                    i += Math.max(1, t.numParagraphs()) - 1;
                } else {
                    elements.add(new Para(docText(p.text())));
                }
            }
        } catch (ReadException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw ReadException.of(ReadException.Reason.ENCRYPTED, name, null, null, e, "unreadable.docEncrypted");
        } catch (Exception | StackOverflowError e) {
            throw ReadException.of(ReadException.Reason.CORRUPT, name, null, null, e,
                    "unreadable.docUnreadable", e.getMessage());
        }
        return assemble(name, elements);
    }

    /**
     * A Word 97 table on a grid: the grid's columns are the distinct cell edges of all rows (a cell spanning
     * columns is a wider cell there, not a merge flag), a vertically merged cell continues the one above.
     */
    private static Grid grid(org.apache.poi.hwpf.usermodel.Table table, Budget budget) throws ReadException {
        TreeSet<Integer> edges = new TreeSet<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                edges.add(cell.getLeftEdge());
                edges.add(cell.getLeftEdge() + cell.getWidth());
            }
        }
        List<Integer> columns = new ArrayList<>(edges);
        GridBuilder grid = new GridBuilder(budget);
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                int col = columns.indexOf(cell.getLeftEdge());
                int end = columns.indexOf(cell.getLeftEdge() + cell.getWidth());
                boolean continues = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged()
                        || cell.isMerged() && !cell.isFirstMerged();
                grid.cell(r, col, Math.max(1, end - col), continues, docText(cell.text()));
            }
        }
        return grid.build();
    }

    /** Text as HWPF gives it: fields reduced to their results, cell and paragraph marks removed. */
    private static String docText(String raw) {
        String text = Range.stripFields(raw);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\u000b') {
                out.append('\n');
            } else if (ch == '\t' || ch >= 0x20) {
                out.append(ch);
            } else if (ch == '\r' || ch == '\u0007') {
                out.append('\n');
            }
        }
        return out.toString().strip();
    }

    // ---- tables with their titles and notes ----

    private static WordDocument assemble(String file, List<Element> elements) {
        int n = elements.size();
        // owner[i]: the table a paragraph belongs to (-1: body; -2: a table of contents, passed over)
        int[] owner = new int[n];
        java.util.Arrays.fill(owner, -1);
        // the paragraph number of each body element (1-based, paragraphs only)
        int[] number = new int[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            // a table's number is that of the paragraph after it
            number[i] = elements.get(i) instanceof Para ? ++count : count + 1;
        }
        List<RawSheet> sheets = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        List<List<NarrativeParagraph>> cellsByTable = new ArrayList<>();
        List<Integer> tableStart = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!(elements.get(i) instanceof Grid grid)) {
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
                if (!(elements.get(k) instanceof Para p)) {
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
            for (int k = i + 1; k < n && elements.get(k) instanceof Para p; k++) {
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
            String[] preamble = above.stream().map(k -> ((Para) elements.get(k)).text()).toArray(String[]::new);
            String[] found = PlainTextDisclosure.catalogueTitle(preamble, 0, preamble.length);
            String name = found != null ? found[0] : preamble.length > 0 ? TextFolding.trim(preamble[0]) : "表" + (index + 1);
            name = PlainTextDisclosure.unique(name, seen);
            List<RawCell> cells = new ArrayList<>();
            List<Merge> merges = new ArrayList<>();
            int row = 0;
            for (int k : above) {
                owner[k] = index;
                cells.add(RawCell.text(row++, 0, ((Para) elements.get(k)).text(), false));
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
                cells.add(RawCell.text(row++, 0, ((Para) elements.get(k)).text(), false));
            }
            RawSheet sheet = new RawSheet(name, index, false, cells, merges);
            sheets.add(sheet);
            titles.add(name);
            cellsByTable.add(NarrativeText.cells(file, sheet, found == null ? name : found[1]));
            tableStart.add(number[above.isEmpty() ? i : above.get(0)]);
        }
        List<String> bodyTexts = new ArrayList<>(count);
        for (int i = 0; i < n; i++) {
            if (elements.get(i) instanceof Para p) {
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
