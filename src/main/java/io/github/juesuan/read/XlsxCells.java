package io.github.juesuan.read;

import org.codehaus.stax2.XMLStreamReader2;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The pass over one worksheet part of an .xlsx: its cells, merged ranges, hidden rows and columns. One instance
 * reads all the sheets of a workbook, so the cell limit counts them together. Cells without an {@code r}
 * attribute take the next position, as Excel does.
 */
final class XlsxCells {
    private final XlsxParts parts;
    private final String file;
    private final ReaderOptions options;
    private final List<String> sharedStrings;
    /** The workbook's cell formats (see {@link XlsxStyles}), held here as the cell loop reads them. */
    private final int[] xfFormatIds;
    private final String[] xfFormatCodes;
    private final byte[] xfHidesText;
    private final String defaultFormatCode;
    /** Attribute values read in place (see {@link XmlChars}). */
    private final XmlChars chars = new XmlChars();
    /** The text of the element last read by {@link #elementChars}: {@code text[0, textLength)}. */
    private char[] text = new char[64];
    private int textLength;
    /** Non-empty cells read so far, all sheets together. */
    private int cellsRead;

    XlsxCells(XlsxParts parts, List<String> sharedStrings, XlsxStyles styles) {
        this.parts = parts;
        this.file = parts.file;
        this.options = parts.options;
        this.sharedStrings = sharedStrings;
        this.xfFormatIds = styles.xfFormatIds;
        this.xfFormatCodes = styles.xfFormatCodes;
        this.xfHidesText = styles.xfHidesText;
        this.defaultFormatCode = styles.defaultFormatCode;
    }

    /** Reads the worksheet part {@code part}, the {@code index}th sheet, named {@code name}. */
    RawSheet readSheet(String name, int index, boolean hidden, String part) throws ReadException {
        List<RawCell> cells = new ArrayList<>();
        List<Merge> merges = new ArrayList<>();
        BitSet hiddenRows = new BitSet();
        BitSet hiddenColumns = new BitSet();
        parts.parse(part, name, r -> {
            int row = -1;
            int col = -1;
            while (r.hasNext()) {
                int event = r.next();
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String local = r.getLocalName();
                if ("c".equals(local)) {
                    int refAt = -1;
                    int typeAt = -1;
                    int styleAt = -1;
                    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
                        String a = r.getAttributeLocalName(i);
                        if (refAt < 0 && "r".equals(a)) {
                            refAt = i;
                        } else if (typeAt < 0 && "t".equals(a)) {
                            typeAt = i;
                        } else if (styleAt < 0 && "s".equals(a)) {
                            styleAt = i;
                        }
                    }
                    if (refAt >= 0) {
                        long ref = XlsxAttributes.cellRef(r, refAt, chars);
                        int c = (int) (ref >> 32);
                        int rr = (int) ref;
                        col = c < 0 ? col + 1 : c;
                        if (rr >= 0) {
                            row = rr;
                        }
                    } else {
                        col++;
                    }
                    if (row < 0) {
                        row = 0;
                    }
                    if (col >= options.maxColumns() || row >= options.maxRows()) {
                        throw extent(name, row, col);
                    }
                    RawCell cell = readCell(r, name, row, col, XlsxAttributes.cellType(r, typeAt, chars),
                            styleAt < 0 ? -1 : XlsxAttributes.style(r, styleAt, chars));
                    if (cell != null) {
                        if (++cellsRead > options.maxCells()) {
                            throw parts.limit(name, cell.a1(), "unreadable.xlsx.limit.cells", options.maxCells());
                        }
                        if (cells.size() >= options.maxCellsPerSheet()) {
                            throw parts.limit(name, cell.a1(),
                                    "unreadable.xlsx.limit.cellsPerSheet", options.maxCellsPerSheet());
                        }
                        cells.add(cell);
                    }
                } else if ("row".equals(local)) {
                    long rn = XlsxAttributes.rowNumber(r, chars);
                    row = rn == Long.MIN_VALUE ? row + 1 : (int) rn - 1;
                    col = -1;
                    if (row < 0 || row >= options.maxRows()) {
                        throw extent(name, row, 0);
                    }
                    if (XlsxAttributes.hidden(r, "ht", chars)) {
                        hiddenRows.set(row);
                    }
                } else if ("col".equals(local) && XlsxAttributes.hidden(r, "width", chars)) {
                    // <col min="6" max="6" hidden="1"/>: 1-based and inclusive, hidden or of zero width
                    Integer min = XlsxAttributes.intAttr(r, "min");
                    Integer max = XlsxAttributes.intAttr(r, "max");
                    if (min != null && max != null && min >= 1) {
                        int last = Math.min(max, options.maxColumns());
                        if (min <= last) {
                            hiddenColumns.set(min - 1, last);
                        }
                    }
                } else if ("mergeCell".equals(local)) {
                    Merge m = merge(XlsxAttributes.attr(r, "ref"));
                    if (m != null) {
                        if (merges.size() >= options.maxMerges()) {
                            throw parts.limit(name, null, "unreadable.xlsx.limit.merges", options.maxMerges());
                        }
                        merges.add(m);
                    }
                }
            }
        });
        // Writers that omit r= or write rows out of order still produce row-major order here.
        if (!rowMajor(cells)) {
            cells.sort((a, b) -> a.row() != b.row() ? Integer.compare(a.row(), b.row())
                    : Integer.compare(a.col(), b.col()));
        }
        return RawSheet.of(name, index, hidden, cells, merges, hiddenRows, hiddenColumns);
    }

    /** Whether the cells are in row-major order already, as nearly every writer writes them. */
    private static boolean rowMajor(List<RawCell> cells) {
        for (int i = 1; i < cells.size(); i++) {
            RawCell a = cells.get(i - 1);
            RawCell b = cells.get(i);
            if (a.row() > b.row() || (a.row() == b.row() && a.col() > b.col())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads one {@code <c>} element up to its end; null for a cell with no value. {@code style} is the
     * cell's {@code s} attribute, −1 for none.
     */
    private RawCell readCell(XMLStreamReader2 r, String sheet, int row, int col, int type, int style)
            throws XMLStreamException, ReadException {
        boolean value = false;
        StringBuilder inline = null;
        boolean formula = false;
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String local = r.getLocalName();
                if ("v".equals(local)) {
                    elementChars(r, true);
                    value = true;
                    checkText(textLength, sheet, row, col);
                } else if ("f".equals(local)) {
                    formula = true;
                    elementChars(r, false);
                } else if ("rPh".equals(local)) {
                    skipElement(r); // a phonetic reading (拼音指南), not part of the text
                } else if ("t".equals(local)) {
                    if (inline == null) {
                        inline = new StringBuilder();
                    }
                    inline.append(r.getElementText());
                    checkText(inline.length(), sheet, row, col);
                } else {
                    depth++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        int fmt = style >= 0 && style < xfFormatIds.length ? xfFormatIds[style] : 0;
        String code = style >= 0 && style < xfFormatIds.length ? xfFormatCodes[style] : defaultFormatCode;
        if (type == XlsxAttributes.T_INLINE) {
            String t = inline == null ? null : XlsxSharedStrings.unescape(inline.toString());
            return t == null ? null : formula ? RawCell.text(row, col, t, true) : text(row, col, t, style, fmt, code);
        }
        if (!value) {
            return formula ? RawCell.of(row, col, RawType.NO_CACHED_VALUE, null, true) : null;
        }
        char[] v = text;
        int length = textLength;
        switch (type) {
            case XlsxAttributes.T_NUMBER: {
                if (length == 0) {
                    return formula ? RawCell.of(row, col, RawType.NO_CACHED_VALUE, null, true) : null;
                }
                double d = XmlChars.parseDecimal(v, 0, length);
                if (Double.isNaN(d)) {
                    String s = new String(v, 0, length);
                    try {
                        d = Double.parseDouble(s.trim());
                    } catch (NumberFormatException e) {
                        throw ReadException.of(ReadException.Reason.CORRUPT, file, sheet, CellRefs.a1(row, col), e,
                                "unreadable.xlsx.numericNotNumber", abbreviate(s));
                    }
                }
                return RawCell.number(row, col, d, fmt, code, formula);
            }
            case XlsxAttributes.T_SHARED: {
                int start = 0;
                int end = length;
                while (start < end && v[start] <= ' ') {
                    start++;
                }
                while (end > start && v[end - 1] <= ' ') {
                    end--;
                }
                int idx = XmlChars.parseDigits(v, start, end);
                if (idx < 0) {
                    Integer parsed = XlsxAttributes.parseInt(new String(v, 0, length));
                    idx = parsed == null ? -1 : parsed;
                }
                if (idx < 0 || idx >= sharedStrings.size()) {
                    throw ReadException.of(ReadException.Reason.CORRUPT, file, sheet, CellRefs.a1(row, col), null,
                            "unreadable.xlsx.sharedStringIndex", abbreviate(new String(v, 0, length)));
                }
                return formula ? RawCell.text(row, col, sharedStrings.get(idx), true)
                        : text(row, col, sharedStrings.get(idx), style, fmt, code);
            }
            case XlsxAttributes.T_BOOLEAN:
                return RawCell.of(row, col, RawType.BOOLEAN,
                        "1".equals(new String(v, 0, length).trim()) ? "TRUE" : "FALSE", formula);
            case XlsxAttributes.T_ERROR:
                return RawCell.of(row, col, RawType.ERROR, new String(v, 0, length), formula);
            default: // "str" (formula string result), "d" (ISO date) and anything unknown: keep the text
                return RawCell.text(row, col, XlsxSharedStrings.unescape(new String(v, 0, length)), formula);
        }
    }

    /**
     * A string cell of cell format {@code style} (−1 for none), as {@link RawCell#text(int, int, String, int,
     * String)} makes it: whether the format hides text is worked out once per cell format.
     */
    private RawCell text(int row, int col, String s, int style, int fmt, String code) {
        if (style < 0 || style >= xfHidesText.length) {
            return RawCell.text(row, col, s, fmt, code);
        }
        if (xfHidesText[style] == 0) {
            xfHidesText[style] = code != null && NumberFormats.style(fmt, code).hidesText() ? (byte) 2 : (byte) 1;
        }
        return xfHidesText[style] == 1 ? RawCell.text(row, col, s, false) : RawCell.text(row, col, s, fmt, code);
    }

    /**
     * Reads the text of the element just started up to its end, as {@link XMLStreamReader#getElementText()}
     * does (comments and processing instructions skipped, a child element an error), into
     * {@code text[0, textLength)} when {@code keep} (else reading past it and leaving that text as it was);
     * without a String.
     */
    private void elementChars(XMLStreamReader2 r, boolean keep) throws XMLStreamException {
        if (keep) {
            textLength = 0;
        }
        while (true) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.END_ELEMENT:
                    return;
                case XMLStreamConstants.CHARACTERS:
                case XMLStreamConstants.CDATA:
                case XMLStreamConstants.SPACE:
                    if (keep) {
                        append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                    }
                    break;
                case XMLStreamConstants.ENTITY_REFERENCE:
                    if (keep) {
                        String s = r.getText();
                        append(s.toCharArray(), 0, s.length());
                    }
                    break;
                case XMLStreamConstants.COMMENT:
                case XMLStreamConstants.PROCESSING_INSTRUCTION:
                    break;
                default:
                    // What getElementText() throws, word for word.
                    throw new com.fasterxml.aalto.WFCException("Expected a text token, got "
                            + (event == XMLStreamConstants.START_ELEMENT ? "START_ELEMENT" : "END_DOCUMENT") + ".",
                            ((com.fasterxml.aalto.stax.StreamReaderImpl) r).getScanner().getCurrentLocation());
            }
        }
    }

    private void append(char[] from, int start, int length) {
        if (textLength + length > text.length) {
            text = java.util.Arrays.copyOf(text, Math.max(text.length * 2, textLength + length));
        }
        System.arraycopy(from, start, text, textLength, length);
        textLength += length;
    }

    private static Merge merge(String ref) {
        if (ref == null) {
            return null;
        }
        int colon = ref.indexOf(':');
        String a = colon < 0 ? ref : ref.substring(0, colon);
        String b = colon < 0 ? ref : ref.substring(colon + 1);
        int r1 = CellRefs.parseRow(a);
        int c1 = CellRefs.parseColumn(a);
        int r2 = CellRefs.parseRow(b);
        int c2 = CellRefs.parseColumn(b);
        if (r1 < 0 || c1 < 0 || r2 < 0 || c2 < 0) {
            return null;
        }
        return new Merge(Math.min(r1, r2), Math.min(c1, c2), Math.max(r1, r2), Math.max(c1, c2));
    }

    private ReadException extent(String sheet, int row, int col) {
        return parts.limit(sheet, row >= 0 && col >= 0 ? CellRefs.a1(Math.min(row, 9_999_999), col) : null,
                "unreadable.xlsx.limit.extent", options.maxRows(), options.maxColumns());
    }

    private void checkText(int length, String sheet, int row, int col) throws ReadException {
        if (length > options.maxTextLength()) {
            parts.checkText(length, sheet, CellRefs.a1(row, col));
        }
    }

    private static void skipElement(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
