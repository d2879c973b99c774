package io.github.juesuan.read;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.codehaus.stax2.XMLStreamReader2;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the sheets of an .xlsx (transitional or Strict OOXML) by one StAX pass over each part.
 *
 * <p>POI's {@link ZipSecureFile} guards the archive (inflate ratio, entry size); the parts are parsed here
 * rather than through POI's usermodel, which is several times slower and would also reject files whose
 * document properties break the OPC rules (as WPS writes them). Elements are matched by local name only, so
 * namespace prefixes ({@code <x:c>}) and the Strict namespaces read like the usual ones. Cells without an
 * {@code r} attribute take the next position, as Excel does.
 */
final class XlsxGrid {
    private static final XMLInputFactory XML = secureFactory();

    private final ZipSecureFile zip;
    private final String file;
    private final ReaderOptions options;
    private final Map<String, ZipArchiveEntry> entries = new HashMap<>();
    private long uncompressed;
    private List<String> sharedStrings = List.of();
    private int[] xfFormatIds = new int[0];
    private final Map<Integer, String> customFormats = new HashMap<>();
    /** Per cell format (xf): its number format code, and whether that format hides text (0 not yet known). */
    private String[] xfFormatCodes = new String[0];
    private byte[] xfHidesText = new byte[0];
    /** The code of number format 0, what a cell without a known style has. */
    private String defaultFormatCode;
    /** Attribute values read in place (see {@link XmlChars}). */
    private final XmlChars chars = new XmlChars();
    /** The text of the element last read by {@link #elementChars}: {@code text[0, textLength)}. */
    private char[] text = new char[64];
    private int textLength;
    /** Non-empty cells read so far, all sheets together. */
    private int cellsRead;

    private XlsxGrid(ZipSecureFile zip, String file, ReaderOptions options) {
        this.zip = zip;
        this.file = file;
        this.options = options;
        for (Enumeration<ZipArchiveEntry> e = zip.getEntries(); e.hasMoreElements(); ) {
            ZipArchiveEntry entry = e.nextElement();
            entries.put(entry.getName().toLowerCase(Locale.ROOT), entry);
        }
    }

    private static XMLInputFactory secureFactory() {
        // Aalto, not XMLInputFactory.newFactory(): about twice as fast over sheet XML, and instantiated here so
        // the choice does not depend on which StAX providers the application has on its class path.
        XMLInputFactory factory = new com.fasterxml.aalto.stax.InputFactoryImpl();
        // No DTDs, no external entities: an .xlsx never needs them, and they are how XXE and
        // entity-expansion bombs get in.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }

    /** Reads every sheet of the .xlsx at {@code path}; {@code file} is the name used in messages. */
    static List<RawSheet> read(Path path, String file, ReaderOptions options) throws ReadException {
        if (ZipDirectory.entries(path, options.maxZipEntries()) > options.maxZipEntries()) {
            throw ReadException.of(ReadException.Reason.LIMIT_EXCEEDED, file, null, null, null,
                    "unreadable.xlsx.tooManyZipEntries", options.maxZipEntries());
        }
        ZipSecureFile zip;
        try {
            zip = new ZipSecureFile(path.toFile());
        } catch (IOException | RuntimeException e) {
            throw ReadException.of(ReadException.Reason.CORRUPT, file, null, null, e, "unreadable.xlsx.incompleteZip");
        }
        try (zip) {
            return new XlsxGrid(zip, file, options).readAll();
        } catch (IOException e) {
            if (e instanceof ReadException re) {
                throw re;
            }
            throw corrupt(file, null, e);
        } catch (RuntimeException | StackOverflowError e) {
            // Whatever a damaged package provokes past the XML parsing is still a damaged file, never a crash.
            throw corrupt(file, null, e instanceof Exception x ? x : new IllegalStateException(e));
        }
    }

    private List<RawSheet> readAll() throws ReadException {
        String workbookPart = officeDocumentPart();
        if (workbookPart == null || !entries.containsKey(workbookPart.toLowerCase(Locale.ROOT))) {
            throw ReadException.of(ReadException.Reason.NOT_A_WORKBOOK, file, null, null, null,
                    "unreadable.xlsx.noWorkbookPart");
        }
        String base = workbookPart.contains("/") ? workbookPart.substring(0, workbookPart.lastIndexOf('/') + 1) : "";
        Map<String, String[]> rels = relationships(relsPathOf(workbookPart), base);
        List<String[]> sheets = workbookSheets(workbookPart);
        if (sheets.size() > options.maxSheets()) {
            throw limit(null, null, "unreadable.xlsx.limit.sheets", sheets.size(), options.maxSheets());
        }
        String sst = null;
        String styles = null;
        for (String[] rel : rels.values()) {
            String type = rel[0];
            if (type.endsWith("/sharedStrings")) {
                sst = rel[1];
            } else if (type.endsWith("/styles")) {
                styles = rel[1];
            }
        }
        if (sst == null && entries.containsKey((base + "sharedstrings.xml"))) {
            sst = base + "sharedStrings.xml";
        }
        if (styles == null && entries.containsKey((base + "styles.xml"))) {
            styles = base + "styles.xml";
        }
        if (sst != null && entry(sst) != null) {
            sharedStrings = readSharedStrings(sst);
        }
        if (styles != null && entry(styles) != null) {
            readStyles(styles);
        }
        defaultFormatCode = formatCode(0);
        List<RawSheet> result = new ArrayList<>(sheets.size());
        int index = 0;
        for (String[] sheet : sheets) {
            String[] rel = rels.get(sheet[1]);
            String part = rel == null ? null : rel[1];
            if (part == null || entry(part) == null) {
                throw ReadException.of(ReadException.Reason.CORRUPT, file, sheet[0], null, null,
                        "unreadable.xlsx.sheetPartMissing");
            }
            result.add(readSheet(sheet[0], index++, "hidden".equals(sheet[2]) || "veryHidden".equals(sheet[2]), part));
        }
        return result;
    }

    // ---- package structure --------------------------------------------------------------------------

    private String officeDocumentPart() throws ReadException {
        if (entry("_rels/.rels") != null) {
            for (String[] rel : relationships("_rels/.rels", "").values()) {
                if (rel[0].endsWith("/officeDocument")) {
                    return rel[1];
                }
            }
        }
        return entry("xl/workbook.xml") != null ? "xl/workbook.xml" : null;
    }

    private static String relsPathOf(String part) {
        int slash = part.lastIndexOf('/');
        return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
    }

    /** Id → {type, resolved part name}. */
    private Map<String, String[]> relationships(String relsPart, String base) throws ReadException {
        Map<String, String[]> rels = new HashMap<>();
        if (entry(relsPart) == null) {
            return rels;
        }
        parse(relsPart, null, r -> {
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && "Relationship".equals(r.getLocalName())) {
                    String id = attr(r, "Id");
                    String target = attr(r, "Target");
                    String type = attr(r, "Type");
                    if (id != null && target != null && !"External".equals(attr(r, "TargetMode"))) {
                        rels.put(id, new String[]{type == null ? "" : type, resolve(base, target)});
                    }
                }
            }
        });
        return rels;
    }

    private static String resolve(String base, String target) {
        String path = target.startsWith("/") ? target.substring(1) : base + target;
        // Normalise "a/b/../c" as some writers emit relative targets like "../xl/worksheets/sheet1.xml".
        List<String> parts = new ArrayList<>();
        for (String p : path.split("/")) {
            if (p.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else if (!p.isEmpty() && !p.equals(".")) {
                parts.add(p);
            }
        }
        return String.join("/", parts);
    }

    /** {name, relationship id, state} per sheet in workbook order. */
    private List<String[]> workbookSheets(String workbookPart) throws ReadException {
        List<String[]> sheets = new ArrayList<>();
        boolean[] root = new boolean[1];
        parse(workbookPart, null, r -> {
            while (r.hasNext()) {
                if (r.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (!root[0]) {
                    root[0] = true;
                    if (!"workbook".equals(r.getLocalName())) {
                        // e.g. a .docx: its office document is word/document.xml
                        throw ReadException.of(ReadException.Reason.NOT_A_WORKBOOK, file, null, null, null,
                                "unreadable.xlsx.otherOfficeDocument", workbookPart);
                    }
                }
                if ("sheet".equals(r.getLocalName())) {
                    String rid = null;
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        if ("id".equals(r.getAttributeLocalName(i))) {
                            rid = r.getAttributeValue(i);
                        }
                    }
                    String name = attr(r, "name");
                    if (name == null || name.isBlank()) {
                        throw ReadException.of(ReadException.Reason.CORRUPT, file, null, null, null,
                                "unreadable.xlsx.sheetWithoutName", (sheets.size() + 1));
                    }
                    sheets.add(new String[]{name, rid, attr(r, "state")});
                }
            }
        });
        return sheets;
    }

    // ---- shared strings and styles ------------------------------------------------------------------

    private List<String> readSharedStrings(String part) throws ReadException {
        List<String> strings = new ArrayList<>();
        parse(part, null, r -> {
            // An item's text is its runs' texts together: most items have one run, kept as the parser gives it.
            boolean inItem = false;
            int runs = 0;
            String first = null;
            StringBuilder sb = new StringBuilder();
            int phonetic = 0;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    if ("t".equals(name) && inItem && phonetic == 0) {
                        String run = r.getElementText();
                        if (runs == 0) {
                            first = run;
                            checkText(run.length(), null, null);
                        } else {
                            if (runs == 1) {
                                sb.setLength(0);
                                sb.append(first);
                            }
                            sb.append(run);
                            checkText(sb.length(), null, null);
                        }
                        runs++;
                    } else if ("si".equals(name)) {
                        inItem = true;
                        runs = 0;
                    } else if ("rPh".equals(name)) {
                        phonetic++;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = r.getLocalName();
                    if ("si".equals(name) && inItem) {
                        if (strings.size() >= options.maxSharedStrings()) {
                            throw limit(null, null, "unreadable.xlsx.limit.sharedStrings", options.maxSharedStrings());
                        }
                        strings.add(runs == 0 ? "" : runs == 1 ? first : sb.toString());
                        inItem = false;
                    } else if ("rPh".equals(name)) {
                        phonetic--;
                    }
                }
            }
        });
        return strings;
    }

    private void readStyles(String part) throws ReadException {
        List<Integer> xfs = new ArrayList<>();
        parse(part, null, r -> {
            boolean inCellXfs = false;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    if ("numFmt".equals(name)) {
                        Integer id = intAttr(r, "numFmtId");
                        String code = attr(r, "formatCode");
                        if (id != null && code != null) {
                            customFormats.put(id, code);
                        }
                    } else if ("cellXfs".equals(name)) {
                        inCellXfs = true;
                    } else if (inCellXfs && "xf".equals(name)) {
                        Integer id = intAttr(r, "numFmtId");
                        xfs.add(id == null ? 0 : id);
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && "cellXfs".equals(r.getLocalName())) {
                    inCellXfs = false;
                }
            }
        });
        xfFormatIds = xfs.stream().mapToInt(Integer::intValue).toArray();
        xfFormatCodes = new String[xfFormatIds.length];
        for (int i = 0; i < xfFormatIds.length; i++) {
            xfFormatCodes[i] = formatCode(xfFormatIds[i]);
        }
        xfHidesText = new byte[xfFormatIds.length];
    }

    // ---- sheets ---------------------------------------------------------------------------------------

    private RawSheet readSheet(String name, int index, boolean hidden, String part) throws ReadException {
        List<RawCell> cells = new ArrayList<>();
        List<Merge> merges = new ArrayList<>();
        BitSet hiddenRows = new BitSet();
        BitSet hiddenColumns = new BitSet();
        parse(part, name, r -> {
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
                        long ref = cellRef(r, refAt);
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
                    RawCell cell = readCell(r, name, row, col, cellType(r, typeAt), styleAt < 0 ? -1 : style(r, styleAt));
                    if (cell != null) {
                        if (++cellsRead > options.maxCells()) {
                            throw limit(name, cell.a1(), "unreadable.xlsx.limit.cells", options.maxCells());
                        }
                        if (cells.size() >= options.maxCellsPerSheet()) {
                            throw limit(name, cell.a1(),
                                    "unreadable.xlsx.limit.cellsPerSheet", options.maxCellsPerSheet());
                        }
                        cells.add(cell);
                    }
                } else if ("row".equals(local)) {
                    long rn = rowNumber(r);
                    row = rn == Long.MIN_VALUE ? row + 1 : (int) rn - 1;
                    col = -1;
                    if (row < 0 || row >= options.maxRows()) {
                        throw extent(name, row, 0);
                    }
                    if (hidden(r, "ht")) {
                        hiddenRows.set(row);
                    }
                } else if ("col".equals(local) && hidden(r, "width")) {
                    // <col min="6" max="6" hidden="1"/>: 1-based and inclusive, hidden or of zero width
                    Integer min = intAttr(r, "min");
                    Integer max = intAttr(r, "max");
                    if (min != null && max != null && min >= 1) {
                        int last = Math.min(max, options.maxColumns());
                        if (min <= last) {
                            hiddenColumns.set(min - 1, last);
                        }
                    }
                } else if ("mergeCell".equals(local)) {
                    Merge m = merge(attr(r, "ref"));
                    if (m != null) {
                        if (merges.size() >= options.maxMerges()) {
                            throw limit(name, null, "unreadable.xlsx.limit.merges", options.maxMerges());
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
     * The {@code r} attribute (at index {@code at}) of a {@code <c>}: its 0-based column in the high half,
     * its 0-based row in the low half, each −1 where {@link CellRefs#parseColumn} / {@link CellRefs#parseRow}
     * of the value find none.
     */
    private long cellRef(XMLStreamReader2 r, int at) throws XMLStreamException {
        r.getAttributeAs(at, chars);
        if (chars.untrimmed()) {
            // The plain spelling: 1 to 3 ASCII letters, then 1 to 7 ASCII digits, and nothing else.
            char[] b = chars.buf;
            int i = chars.start;
            int end = chars.end;
            int c = 0;
            while (i < end && i - chars.start < 4) {
                char ch = b[i];
                if (ch >= 'A' && ch <= 'Z') {
                    c = c * 26 + (ch - 'A' + 1);
                } else if (ch >= 'a' && ch <= 'z') {
                    c = c * 26 + (ch - 'a' + 1);
                } else {
                    break;
                }
                i++;
            }
            int letters = i - chars.start;
            int digits = end - i;
            if (letters >= 1 && letters <= 3 && digits >= 1 && digits <= 7) {
                int row = XmlChars.parseDigits(b, i, end);
                if (row >= 0) {
                    return ((long) (c - 1) << 32) | ((row - 1) & 0xFFFFFFFFL);
                }
            }
        }
        String ref = r.getAttributeValue(at);
        return ((long) CellRefs.parseColumn(ref) << 32) | (CellRefs.parseRow(ref) & 0xFFFFFFFFL);
    }

    /** The {@code r} attribute of a {@code <row>} as {@link #intAttr} reads it; {@code Long.MIN_VALUE} for none. */
    private long rowNumber(XMLStreamReader2 r) throws XMLStreamException {
        for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
            if ("r".equals(r.getAttributeLocalName(i))) {
                r.getAttributeAs(i, chars);
                int v = XmlChars.parseDigits(chars.buf, chars.start, chars.end);
                if (v >= 0) {
                    return v;
                }
                Integer parsed = parseInt(r.getAttributeValue(i));
                return parsed == null ? Long.MIN_VALUE : parsed;
            }
        }
        return Long.MIN_VALUE;
    }

    /** A cell's {@code t} attribute (at index {@code at}, −1 for none) as one of the {@code T_} kinds. */
    private int cellType(XMLStreamReader2 r, int at) throws XMLStreamException {
        if (at < 0) {
            return T_NUMBER;
        }
        r.getAttributeAs(at, chars);
        if (chars.untrimmed()) {
            if (chars.is("s")) {
                return T_SHARED;
            } else if (chars.is("n")) {
                return T_NUMBER;
            } else if (chars.is("str")) {
                return T_OTHER;
            }
        }
        String type = r.getAttributeValue(at);
        switch (type) {
            case "n": return T_NUMBER;
            case "s": return T_SHARED;
            case "inlineStr": return T_INLINE;
            case "b": return T_BOOLEAN;
            case "e": return T_ERROR;
            default: return T_OTHER; // "str" (formula string result), "d" (ISO date) and anything unknown
        }
    }

    /** A cell's {@code s} attribute (at index {@code at}) as {@link #intAttr} reads it; −1 for none. */
    private int style(XMLStreamReader2 r, int at) throws XMLStreamException {
        r.getAttributeAs(at, chars);
        int v = XmlChars.parseDigits(chars.buf, chars.start, chars.end);
        if (v >= 0) {
            return v;
        }
        Integer parsed = parseInt(r.getAttributeValue(at));
        return parsed == null ? -1 : parsed;
    }

    private static final int T_NUMBER = 0;
    private static final int T_SHARED = 1;
    private static final int T_INLINE = 2;
    private static final int T_BOOLEAN = 3;
    private static final int T_ERROR = 4;
    private static final int T_OTHER = 5;

    /**
     * A {@code <row>} or {@code <col>} that does not print: {@code hidden="1"}, or a height ({@code ht}) or
     * width ({@code width}) of zero.
     */
    private boolean hidden(XMLStreamReader2 r, String extent) throws XMLStreamException {
        int hiddenAt = -1;
        int extentAt = -1;
        for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
            String a = r.getAttributeLocalName(i);
            if (hiddenAt < 0 && "hidden".equals(a)) {
                hiddenAt = i;
            } else if (extentAt < 0 && extent.equals(a)) {
                extentAt = i;
            }
        }
        if (hiddenAt >= 0) {
            r.getAttributeAs(hiddenAt, chars);
            if (chars.untrimmed()) {
                if (chars.is("1") || chars.is("true")) {
                    return true;
                }
            } else {
                String hidden = r.getAttributeValue(hiddenAt);
                if ("1".equals(hidden) || "true".equals(hidden)) {
                    return true;
                }
            }
        }
        if (extentAt < 0) {
            return false;
        }
        r.getAttributeAs(extentAt, chars);
        Boolean zero = XmlChars.isZero(chars.buf, chars.start, chars.end);
        if (zero != null) {
            return zero;
        }
        try {
            return Double.parseDouble(r.getAttributeValue(extentAt).trim()) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
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
        if (type == T_INLINE) {
            return inline == null ? null : formula ? RawCell.text(row, col, inline.toString(), true)
                    : text(row, col, inline.toString(), style, fmt, code);
        }
        if (!value) {
            return formula ? RawCell.of(row, col, RawType.NO_CACHED_VALUE, null, true) : null;
        }
        char[] v = text;
        int length = textLength;
        switch (type) {
            case T_NUMBER: {
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
            case T_SHARED: {
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
                    Integer parsed = parseInt(new String(v, 0, length));
                    idx = parsed == null ? -1 : parsed;
                }
                if (idx < 0 || idx >= sharedStrings.size()) {
                    throw ReadException.of(ReadException.Reason.CORRUPT, file, sheet, CellRefs.a1(row, col), null,
                            "unreadable.xlsx.sharedStringIndex", abbreviate(new String(v, 0, length)));
                }
                return formula ? RawCell.text(row, col, sharedStrings.get(idx), true)
                        : text(row, col, sharedStrings.get(idx), style, fmt, code);
            }
            case T_BOOLEAN:
                return RawCell.of(row, col, RawType.BOOLEAN,
                        "1".equals(new String(v, 0, length).trim()) ? "TRUE" : "FALSE", formula);
            case T_ERROR:
                return RawCell.of(row, col, RawType.ERROR, new String(v, 0, length), formula);
            default: // "str" (formula string result), "d" (ISO date) and anything unknown: keep the text
                return RawCell.text(row, col, new String(v, 0, length), formula);
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

    private String formatCode(int id) {
        String custom = customFormats.get(id);
        return custom != null ? custom : NumberFormats.builtIn(id);
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

    // ---- helpers ----------------------------------------------------------------------------------------

    private interface PartHandler {
        void handle(XMLStreamReader2 reader) throws XMLStreamException, ReadException;
    }

    private ZipArchiveEntry entry(String part) {
        return entries.get(part.toLowerCase(Locale.ROOT));
    }

    private void parse(String part, String sheet, PartHandler handler) throws ReadException {
        ZipArchiveEntry entry = entry(part);
        try (InputStream in = new Budget(zip.getInputStream(entry), sheet)) {
            // Aalto's reader, created above, is a Stax2 reader: attribute values can be read in place.
            XMLStreamReader2 reader = (XMLStreamReader2) XML.createXMLStreamReader(in);
            try {
                handler.handle(reader);
            } finally {
                reader.close();
            }
        } catch (ReadException e) {
            throw e;
        } catch (IOException e) {
            throw zipProblem(sheet, part, e);
        } catch (XMLStreamException e) {
            // The StAX parser wraps what our input stream threw (the byte budget) in its own exception.
            Throwable nested = e.getNestedException() != null ? e.getNestedException() : e.getCause();
            if (nested instanceof ReadException re) {
                throw re;
            }
            if (nested instanceof IOException io) {
                throw zipProblem(sheet, part, io);
            }
            throw corrupt(file, sheet == null ? part : sheet, e);
        } catch (RuntimeException e) {
            throw corrupt(file, sheet == null ? part : sheet, e);
        }
    }

    private ReadException zipProblem(String sheet, String part, IOException e) {
        String msg = String.valueOf(e.getMessage());
        if (msg.contains("Zip bomb") || msg.contains("exceeds the max")) {
            return ReadException.of(ReadException.Reason.LIMIT_EXCEEDED, file, sheet, null, e,
                    "unreadable.xlsx.zipBomb", part, msg);
        }
        return corrupt(file, sheet == null ? part : sheet, e);
    }

    static ReadException corrupt(String file, String where, Exception e) {
        return ReadException.of(ReadException.Reason.CORRUPT, file, where, null, e,
                "unreadable.xlsx.damaged", e.getMessage());
    }

    private ReadException limit(String sheet, String cell, String key, Object... args) {
        return ReadException.of(ReadException.Reason.LIMIT_EXCEEDED, file, sheet, cell, null, key, args);
    }

    private ReadException extent(String sheet, int row, int col) {
        return limit(sheet, row >= 0 && col >= 0 ? CellRefs.a1(Math.min(row, 9_999_999), col) : null,
                "unreadable.xlsx.limit.extent", options.maxRows(), options.maxColumns());
    }

    private void checkText(int length, String sheet, int row, int col) throws ReadException {
        if (length > options.maxTextLength()) {
            checkText(length, sheet, CellRefs.a1(row, col));
        }
    }

    private void checkText(int length, String sheet, String cell) throws ReadException {
        if (length > options.maxTextLength()) {
            throw limit(sheet, cell, "unreadable.xlsx.limit.stringLength", options.maxTextLength());
        }
    }

    private static String attr(XMLStreamReader r, String local) {
        for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
            if (local.equals(r.getAttributeLocalName(i))) {
                return r.getAttributeValue(i);
            }
        }
        return null;
    }

    private static Integer intAttr(XMLStreamReader r, String local) {
        return parseInt(attr(r, local));
    }

    /** {@code Integer.parseInt} of the trimmed value; null for none or for a value that is no int. */
    private static Integer parseInt(String v) {
        if (v == null) {
            return null;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            return null;
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

    /** Counts inflated bytes against {@link ReaderOptions#maxUncompressedBytes()} across all parts. */
    private final class Budget extends FilterInputStream {
        private final String sheet;
        private long run;

        Budget(InputStream in, String sheet) {
            super(in);
            this.sheet = sheet;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
                run = b == '<' || b == '>' ? 0 : run + 1;
                checkRun();
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                count(n);
                markup(buf, off, n);
            }
            return n;
        }

        /**
         * Follows the run of bytes since the last {@code <} or {@code >}: a text or a tag longer than the
         * parser should ever hold (it buffers a whole text node, however long) is refused before it is parsed.
         * Real sheet XML has a bracket every few bytes, so each chunk is scanned only near its ends.
         */
        private void markup(byte[] buf, int off, int n) throws ReadException {
            int first = off;
            int end = off + n;
            while (first < end && buf[first] != '<' && buf[first] != '>') {
                first++;
            }
            run += first - off;
            checkRun();
            if (first < end) {
                int last = end - 1;
                while (buf[last] != '<' && buf[last] != '>') {
                    last--;
                }
                run = end - 1 - last;
            }
        }

        private void checkRun() throws ReadException {
            if (run > options.maxMarkupRun()) {
                throw limit(sheet, null, "unreadable.xlsx.limit.xmlTextLength", options.maxTextLength());
            }
        }

        private void count(int n) throws ReadException {
            uncompressed += n;
            if (uncompressed > options.maxUncompressedBytes()) {
                throw limit(sheet, null, "unreadable.xlsx.limit.uncompressed", options.maxUncompressedBytes());
            }
        }
    }
}
