package io.github.juesuan.read;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;

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
            throw new ReadException(ReadException.Reason.LIMIT_EXCEEDED, file, null, null,
                    "压缩包的条目超过 " + options.maxZipEntries() + " 个的上限（正常的 .xlsx 只有几十个），已拒绝读取",
                    "the zip archive has more than maxZipEntries " + options.maxZipEntries()
                            + " entries (a real .xlsx has a few dozen)", null);
        }
        ZipSecureFile zip;
        try {
            zip = new ZipSecureFile(path.toFile());
        } catch (IOException | RuntimeException e) {
            throw new ReadException(ReadException.Reason.CORRUPT, file,
                    "文件不是完整的 .xlsx 压缩包，可能已损坏或未保存完整，请重新导出后再试",
                    "not a complete .xlsx zip archive, probably damaged or cut short; export it again", e);
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
            throw new ReadException(ReadException.Reason.NOT_A_WORKBOOK, file,
                    "压缩包中没有工作簿（xl/workbook.xml），不是 Excel 文件",
                    "the zip archive holds no workbook part (xl/workbook.xml): not an Excel file", null);
        }
        String base = workbookPart.contains("/") ? workbookPart.substring(0, workbookPart.lastIndexOf('/') + 1) : "";
        Map<String, String[]> rels = relationships(relsPathOf(workbookPart), base);
        List<String[]> sheets = workbookSheets(workbookPart);
        if (sheets.size() > options.maxSheets()) {
            throw limit(null, null, "工作表数 " + sheets.size() + " 超过上限 " + options.maxSheets(),
                    "the workbook has " + sheets.size() + " sheets, more than maxSheets " + options.maxSheets());
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
        List<RawSheet> result = new ArrayList<>(sheets.size());
        int index = 0;
        for (String[] sheet : sheets) {
            String[] rel = rels.get(sheet[1]);
            String part = rel == null ? null : rel[1];
            if (part == null || entry(part) == null) {
                throw new ReadException(ReadException.Reason.CORRUPT, file, sheet[0], null,
                        "工作簿列出了该工作表，但压缩包中找不到它的内容", "the sheet is listed but its part is missing", null);
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
                        throw new ReadException(ReadException.Reason.NOT_A_WORKBOOK, file,
                                "这是 Office 文档，但不是 Excel 工作簿（主体为「" + workbookPart + "」），请上传 .xlsx 或 .xls 文件",
                                "an Office document but not an Excel workbook (its main part is " + workbookPart + ")", null);
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
                        throw new ReadException(ReadException.Reason.CORRUPT, file, null, null,
                                "工作簿列出的第 " + (sheets.size() + 1) + " 个工作表没有名称，文件已损坏；请重新导出后再试",
                                "sheet " + (sheets.size() + 1) + " of the workbook has no name: the file is damaged", null);
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
            StringBuilder sb = null;
            int phonetic = 0;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    if ("si".equals(name)) {
                        sb = new StringBuilder();
                    } else if ("rPh".equals(name)) {
                        phonetic++;
                    } else if ("t".equals(name) && sb != null && phonetic == 0) {
                        sb.append(r.getElementText());
                        checkText(sb.length(), null, null);
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = r.getLocalName();
                    if ("si".equals(name) && sb != null) {
                        if (strings.size() >= options.maxSharedStrings()) {
                            throw limit(null, null, "共享字符串超过 " + options.maxSharedStrings() + " 个的上限",
                                    "more than " + options.maxSharedStrings()
                                            + " shared strings (ReaderOptions.maxSharedStrings)");
                        }
                        strings.add(sb.toString());
                        sb = null;
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
                if ("row".equals(local)) {
                    Integer rn = intAttr(r, "r");
                    row = rn == null ? row + 1 : rn - 1;
                    col = -1;
                    if (row < 0 || row >= options.maxRows()) {
                        throw extent(name, row, 0);
                    }
                    if (hidden(r)) {
                        hiddenRows.set(row);
                    }
                } else if ("c".equals(local)) {
                    String ref = attr(r, "r");
                    if (ref != null) {
                        int c = CellRefs.parseColumn(ref);
                        int rr = CellRefs.parseRow(ref);
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
                    RawCell cell = readCell(r, name, row, col);
                    if (cell != null) {
                        if (++cellsRead > options.maxCells()) {
                            throw limit(name, cell.a1(), "工作簿的非空单元格总数超过上限 " + options.maxCells(),
                                    "the workbook has more than " + options.maxCells()
                                            + " non-empty cells (ReaderOptions.maxCells)");
                        }
                        if (cells.size() >= options.maxCellsPerSheet()) {
                            throw limit(name, cell.a1(), "工作表的非空单元格数超过上限 " + options.maxCellsPerSheet(),
                                    "the sheet has more than " + options.maxCellsPerSheet()
                                            + " non-empty cells (ReaderOptions.maxCellsPerSheet)");
                        }
                        cells.add(cell);
                    }
                } else if ("col".equals(local) && hidden(r)) {
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
                            throw limit(name, null, "合并单元格数超过上限 " + options.maxMerges(),
                                    "the sheet has more than " + options.maxMerges()
                                            + " merged regions (ReaderOptions.maxMerges)");
                        }
                        merges.add(m);
                    }
                }
            }
        });
        // Writers that omit r= or write rows out of order still produce row-major order here.
        cells.sort((a, b) -> a.row() != b.row() ? Integer.compare(a.row(), b.row()) : Integer.compare(a.col(), b.col()));
        return RawSheet.of(name, index, hidden, cells, merges, hiddenRows, hiddenColumns);
    }

    /** A {@code <row>} or {@code <col>} that does not print: {@code hidden="1"}, or a height or width of zero. */
    private static boolean hidden(XMLStreamReader r) {
        String hidden = attr(r, "hidden");
        if ("1".equals(hidden) || "true".equals(hidden)) {
            return true;
        }
        String height = attr(r, "row".equals(r.getLocalName()) ? "ht" : "width");
        try {
            return height != null && Double.parseDouble(height.trim()) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Reads one {@code <c>} element up to its end; null for a cell with no value. */
    private RawCell readCell(XMLStreamReader r, String sheet, int row, int col) throws XMLStreamException, ReadException {
        String type = attr(r, "t");
        Integer style = intAttr(r, "s");
        String value = null;
        StringBuilder inline = null;
        boolean formula = false;
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String local = r.getLocalName();
                if ("v".equals(local)) {
                    value = r.getElementText();
                    checkText(value.length(), sheet, CellRefs.a1(row, col));
                } else if ("f".equals(local)) {
                    formula = true;
                    r.getElementText();
                } else if ("rPh".equals(local)) {
                    skipElement(r); // a phonetic reading (拼音指南), not part of the text
                } else if ("t".equals(local)) {
                    if (inline == null) {
                        inline = new StringBuilder();
                    }
                    inline.append(r.getElementText());
                    checkText(inline.length(), sheet, CellRefs.a1(row, col));
                } else {
                    depth++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        int fmt = style != null && style >= 0 && style < xfFormatIds.length ? xfFormatIds[style] : 0;
        if ("inlineStr".equals(type)) {
            return inline == null ? null : formula ? RawCell.text(row, col, inline.toString(), true)
                    : RawCell.text(row, col, inline.toString(), fmt, formatCode(fmt));
        }
        if (value == null) {
            return formula ? RawCell.of(row, col, RawType.NO_CACHED_VALUE, null, true) : null;
        }
        if (type == null || "n".equals(type)) {
            if (value.isEmpty()) {
                return formula ? RawCell.of(row, col, RawType.NO_CACHED_VALUE, null, true) : null;
            }
            double d;
            try {
                d = Double.parseDouble(value.trim());
            } catch (NumberFormatException e) {
                throw new ReadException(ReadException.Reason.CORRUPT, file, sheet, CellRefs.a1(row, col),
                        "数值单元格的内容「" + abbreviate(value) + "」不是数字", "numeric cell holds a non-number", e);
            }
            return RawCell.number(row, col, d, fmt, formatCode(fmt), formula);
        }
        switch (type) {
            case "s": {
                int idx;
                try {
                    idx = Integer.parseInt(value.trim());
                } catch (NumberFormatException e) {
                    idx = -1;
                }
                if (idx < 0 || idx >= sharedStrings.size()) {
                    throw new ReadException(ReadException.Reason.CORRUPT, file, sheet, CellRefs.a1(row, col),
                            "共享字符串索引 " + abbreviate(value) + " 不存在", "shared string index out of range", null);
                }
                return formula ? RawCell.text(row, col, sharedStrings.get(idx), true)
                        : RawCell.text(row, col, sharedStrings.get(idx), fmt, formatCode(fmt));
            }
            case "b":
                return RawCell.of(row, col, RawType.BOOLEAN, "1".equals(value.trim()) ? "TRUE" : "FALSE", formula);
            case "e":
                return RawCell.of(row, col, RawType.ERROR, value, formula);
            default: // "str" (formula string result), "d" (ISO date) and anything unknown: keep the text
                return RawCell.text(row, col, value, formula);
        }
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
        void handle(XMLStreamReader reader) throws XMLStreamException, ReadException;
    }

    private ZipArchiveEntry entry(String part) {
        return entries.get(part.toLowerCase(Locale.ROOT));
    }

    private void parse(String part, String sheet, PartHandler handler) throws ReadException {
        ZipArchiveEntry entry = entry(part);
        try (InputStream in = new Budget(zip.getInputStream(entry), sheet)) {
            XMLStreamReader reader = XML.createXMLStreamReader(in);
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
            return new ReadException(ReadException.Reason.LIMIT_EXCEEDED, file, sheet, null,
                    "压缩包中的「" + part + "」解压后异常庞大（疑似压缩炸弹），已拒绝读取",
                    "the zip entry " + part + " inflates far beyond its size (zip bomb suspected): " + msg, e);
        }
        return corrupt(file, sheet == null ? part : sheet, e);
    }

    static ReadException corrupt(String file, String where, Exception e) {
        return new ReadException(ReadException.Reason.CORRUPT, file, where, null,
                "文件已损坏或不完整，无法读取为 .xlsx 工作簿，请重新导出后再试",
                "the .xlsx workbook is damaged or truncated: " + e.getMessage(), e);
    }

    private ReadException limit(String sheet, String cell, String zh, String en) {
        return new ReadException(ReadException.Reason.LIMIT_EXCEEDED, file, sheet, cell, zh, en, null);
    }

    private ReadException extent(String sheet, int row, int col) {
        return limit(sheet, row >= 0 && col >= 0 ? CellRefs.a1(Math.min(row, 9_999_999), col) : null,
                "单元格位置超出上限（最多 " + options.maxRows() + " 行、" + options.maxColumns() + " 列）",
                "cell beyond row " + options.maxRows() + " or column " + options.maxColumns()
                        + " (ReaderOptions.maxRows / maxColumns)");
    }

    private void checkText(int length, String sheet, String cell) throws ReadException {
        if (length > options.maxTextLength()) {
            throw limit(sheet, cell, "单个文本超过 " + options.maxTextLength() + " 个字符的上限",
                    "a string longer than " + options.maxTextLength() + " characters (ReaderOptions.maxTextLength)");
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
        String v = attr(r, local);
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
                throw limit(sheet, null, "XML 中有一段超过 " + options.maxTextLength() + " 个字符的文本或标记（单个文本的上限）",
                        "the XML holds a text or tag longer than " + options.maxTextLength()
                                + " characters (ReaderOptions.maxTextLength)");
            }
        }

        private void count(int n) throws ReadException {
            uncompressed += n;
            if (uncompressed > options.maxUncompressedBytes()) {
                throw limit(sheet, null, "解压后的内容超过 " + options.maxUncompressedBytes() + " 字节的上限",
                        "the workbook inflates to more than " + options.maxUncompressedBytes()
                                + " bytes (ReaderOptions.maxUncompressedBytes)");
            }
        }
    }
}
