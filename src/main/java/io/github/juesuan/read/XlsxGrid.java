package io.github.juesuan.read;

import org.apache.poi.openxml4j.util.ZipSecureFile;

import javax.xml.stream.XMLStreamConstants;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the sheets of an .xlsx (transitional or Strict OOXML) by one StAX pass over each part.
 *
 * <p>POI's {@link ZipSecureFile} guards the archive (inflate ratio, entry size); the parts are parsed here
 * rather than through POI's usermodel, which is several times slower and would also reject files whose
 * document properties break the OPC rules (as WPS writes them). Elements are matched by local name only, so
 * namespace prefixes ({@code <x:c>}) and the Strict namespaces read like the usual ones.
 *
 * <p>This class is the workbook-level pass: the package's relationships, the workbook's sheet list and its
 * limits. {@link XlsxParts} opens and parses the parts, {@link XlsxSharedStrings} and {@link XlsxStyles} read
 * the shared strings and cell formats, {@link XlsxCells} each worksheet.
 */
final class XlsxGrid {
    private final XlsxParts parts;
    private final String file;
    private final ReaderOptions options;

    private XlsxGrid(XlsxParts parts) {
        this.parts = parts;
        this.file = parts.file;
        this.options = parts.options;
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
            return new XlsxGrid(new XlsxParts(zip, file, options)).readAll();
        } catch (IOException e) {
            if (e instanceof ReadException re) {
                throw re;
            }
            throw XlsxParts.corrupt(file, null, e);
        } catch (RuntimeException | StackOverflowError e) {
            // Whatever a damaged package provokes past the XML parsing is still a damaged file, never a crash.
            throw XlsxParts.corrupt(file, null, e instanceof Exception x ? x : new IllegalStateException(e));
        }
    }

    private List<RawSheet> readAll() throws ReadException {
        String workbookPart = officeDocumentPart();
        if (workbookPart == null || parts.entry(workbookPart) == null) {
            throw ReadException.of(ReadException.Reason.NOT_A_WORKBOOK, file, null, null, null,
                    "unreadable.xlsx.noWorkbookPart");
        }
        String base = workbookPart.contains("/") ? workbookPart.substring(0, workbookPart.lastIndexOf('/') + 1) : "";
        Map<String, String[]> rels = relationships(relsPathOf(workbookPart), base);
        List<String[]> sheets = workbookSheets(workbookPart);
        if (sheets.size() > options.maxSheets()) {
            throw parts.limit(null, null, "unreadable.xlsx.limit.sheets", sheets.size(), options.maxSheets());
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
        if (sst == null && parts.hasEntryNamed(base + "sharedstrings.xml")) {
            sst = base + "sharedStrings.xml";
        }
        if (styles == null && parts.hasEntryNamed(base + "styles.xml")) {
            styles = base + "styles.xml";
        }
        List<String> sharedStrings = sst != null && parts.entry(sst) != null
                ? XlsxSharedStrings.read(parts, sst) : List.of();
        XlsxStyles formats = styles != null && parts.entry(styles) != null
                ? XlsxStyles.read(parts, styles) : XlsxStyles.NONE;
        XlsxCells cells = new XlsxCells(parts, sharedStrings, formats);
        List<RawSheet> result = new ArrayList<>(sheets.size());
        int index = 0;
        for (String[] sheet : sheets) {
            String[] rel = rels.get(sheet[1]);
            String part = rel == null ? null : rel[1];
            if (part == null || parts.entry(part) == null) {
                throw ReadException.of(ReadException.Reason.CORRUPT, file, sheet[0], null, null,
                        "unreadable.xlsx.sheetPartMissing");
            }
            boolean hidden = "hidden".equals(sheet[2]) || "veryHidden".equals(sheet[2]);
            result.add(cells.readSheet(sheet[0], index++, hidden, part));
        }
        return result;
    }

    // ---- package structure --------------------------------------------------------------------------

    private String officeDocumentPart() throws ReadException {
        if (parts.entry("_rels/.rels") != null) {
            for (String[] rel : relationships("_rels/.rels", "").values()) {
                if (rel[0].endsWith("/officeDocument")) {
                    return rel[1];
                }
            }
        }
        return parts.entry("xl/workbook.xml") != null ? "xl/workbook.xml" : null;
    }

    private static String relsPathOf(String part) {
        int slash = part.lastIndexOf('/');
        return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
    }

    /** Id → {type, resolved part name}. */
    private Map<String, String[]> relationships(String relsPart, String base) throws ReadException {
        Map<String, String[]> rels = new HashMap<>();
        if (parts.entry(relsPart) == null) {
            return rels;
        }
        parts.parse(relsPart, null, r -> {
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && "Relationship".equals(r.getLocalName())) {
                    String id = XlsxAttributes.attr(r, "Id");
                    String target = XlsxAttributes.attr(r, "Target");
                    String type = XlsxAttributes.attr(r, "Type");
                    if (id != null && target != null && !"External".equals(XlsxAttributes.attr(r, "TargetMode"))) {
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
        parts.parse(workbookPart, null, r -> {
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
                    String name = XlsxAttributes.attr(r, "name");
                    if (name == null || name.isBlank()) {
                        throw ReadException.of(ReadException.Reason.CORRUPT, file, null, null, null,
                                "unreadable.xlsx.sheetWithoutName", (sheets.size() + 1));
                    }
                    sheets.add(new String[]{name, rid, XlsxAttributes.attr(r, "state")});
                }
            }
        });
        return sheets;
    }
}
