package io.github.juesuan.read;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Rewrites the zip parts of an ordinary POI-written .xlsx ({@code XSSFWorkbook}) into the XML-level variants
 * that other writers (Excel, WPS, LibreOffice, generators) produce for the same content.
 *
 * <p>Only {@code java.util.zip} and DOM/string rewriting of the XML are used, never POI's usermodel, so the
 * variants can be files POI itself refuses. Each part is parsed namespace-aware and written back by
 * {@link #serialize}, which prints every element and attribute exactly as its DOM node names it, so a
 * prefix set here is the prefix in the file.
 *
 * <p>Every variant except {@link Variant#FORMULAS_NO_CACHE} describes the same cells, merges and number
 * formats as its input; {@code FORMULAS_NO_CACHE} drops the cached results of formulas.
 */
final class XlsxVariants {

    /** The transitional SpreadsheetML namespace, as POI writes it. */
    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    /** Strict SpreadsheetML namespace (ISO/IEC 29500 Strict). */
    static final String STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main";
    /** Transitional officeDocument relationships: namespace of {@code r:id} and stem of the part relationship types. */
    static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    /** Strict counterpart of {@link #RELATIONSHIPS}. */
    static final String STRICT_RELATIONSHIPS = "http://purl.oclc.org/ooxml/officeDocument/relationships";

    /**
     * Transitional → Strict, applied in this order to every XML part (the longer, special-cased URI first).
     * OPC's own URIs (content types, package relationships, core properties) are the same in both.
     */
    private static final String[][] STRICT_URIS = {
            // The one relationship type whose Strict name is not the transitional suffix (POI 5.4.1:
            // PackageRelationshipTypes.STRICT_EXTENDED_PROPERTIES).
            {RELATIONSHIPS + "/extended-properties", STRICT_RELATIONSHIPS + "/extendedProperties"},
            // Namespace of r:id and stem of officeDocument, worksheet, styles, sharedStrings, theme, ...
            {RELATIONSHIPS, STRICT_RELATIONSHIPS},
            {MAIN, STRICT_MAIN},
            {"http://schemas.openxmlformats.org/drawingml/2006/main", "http://purl.oclc.org/ooxml/drawingml/main"},
            {"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
                    "http://purl.oclc.org/ooxml/officeDocument/extendedProperties"},
            {"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
                    "http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes"},
            {"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties",
                    "http://purl.oclc.org/ooxml/officeDocument/customProperties"},
    };

    /** The custom properties WPS Office adds to every file it saves (build number, install id, calc rule). */
    static final String WPS_CUSTOM_XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\""
            + " xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
            + "<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"2\" name=\"ICV\">"
            + "<vt:lpwstr>3D3104DE13954D2088C3AB089CA30F63_12</vt:lpwstr></property>"
            + "<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"3\" name=\"KSOProductBuildVer\">"
            + "<vt:lpwstr>2052-12.1.0.16929</vt:lpwstr></property>"
            + "</Properties>";

    /**
     * What the WPS variant adds to {@code docProps/core.xml}: a Dublin Core <em>refinement</em> other than
     * {@code dcterms:created}/{@code dcterms:modified}. OPC rule M4.3 makes that an error for consumers, and
     * POI's {@code PackagePropertiesUnmarshaller} enforces it ("OPC Compliance error [M4.3]"), which is
     * the error POI users report for WPS-saved .xlsx files.
     */
    static final String WPS_CORE_REFINEMENT =
            "<dcterms:lastPrinted xsi:type=\"dcterms:W3CDTF\">2024-03-01T08:00:00Z</dcterms:lastPrinted>";

    /** The XML-level variants. */
    enum Variant {
        /** No {@code r} on any {@code <c>}; gaps inside a row written as empty {@code <c/>}; rows keep {@code r}. */
        NO_CELL_REFS,
        /** No {@code r} on rows or cells: every row written (empty {@code <row/>} for gaps), every cell position too. */
        NO_ROW_OR_CELL_REFS,
        /** Every SpreadsheetML element prefixed ({@code <x:worksheet xmlns:x=…>}, {@code <x:c>}…). */
        PREFIXED,
        /** {@code t="inlineStr"} cells with {@code <is>} instead of shared strings; no sharedStrings part. */
        INLINE_STRINGS,
        /** Strict OOXML namespaces and relationship types, {@code conformance="strict"}. */
        STRICT,
        /** WPS-style document properties: custom.xml with KSOProductBuildVer, core.xml breaking OPC rule M4.3. */
        WPS_PROPERTIES,
        /** The {@code <row>} elements of each sheet shuffled (each keeps its {@code r}). */
        ROWS_OUT_OF_ORDER,
        /** Formula cells without their cached {@code <v>} (and without {@code t}). */
        FORMULAS_NO_CACHE
    }

    private XlsxVariants() {
    }

    /** The bytes of {@code xlsx} rewritten into {@code variant}. */
    static byte[] rewrite(byte[] xlsx, Variant variant) {
        Pkg pkg = new Pkg(unzip(xlsx));
        switch (variant) {
            case NO_CELL_REFS:
                dropRefs(pkg, false);
                break;
            case NO_ROW_OR_CELL_REFS:
                dropRefs(pkg, true);
                break;
            case PREFIXED:
                prefix(pkg);
                break;
            case INLINE_STRINGS:
                inlineStrings(pkg);
                break;
            case STRICT:
                strict(pkg);
                break;
            case WPS_PROPERTIES:
                wps(pkg);
                break;
            case ROWS_OUT_OF_ORDER:
                shuffleRows(pkg);
                break;
            case FORMULAS_NO_CACHE:
                dropCachedValues(pkg);
                break;
            default:
                throw new AssertionError(variant);
        }
        return zip(pkg.parts);
    }

    // ---------------------------------------------------------------- the variants

    private static void dropRefs(Pkg pkg, boolean rowsToo) {
        for (String part : pkg.sheetParts()) {
            Document doc = pkg.doc(part);
            Element sheetData = first(doc, "sheetData");
            int nextRow = 1;
            for (Element row : children(sheetData, "row")) {
                if (rowsToo) {
                    int r = Integer.parseInt(row.getAttribute("r"));
                    for (; nextRow < r; nextRow++) {
                        sheetData.insertBefore(sibling(row, "row"), row);
                    }
                    row.removeAttribute("r");
                    nextRow = r + 1;
                }
                int nextCol = 0;
                for (Element c : children(row, "c")) {
                    int col = column(c.getAttribute("r"));
                    for (; nextCol < col; nextCol++) {
                        row.insertBefore(sibling(c, "c"), c);
                    }
                    c.removeAttribute("r");
                    nextCol = col + 1;
                }
            }
            pkg.put(part, doc);
        }
    }

    private static void prefix(Pkg pkg) {
        List<String> parts = new ArrayList<>(pkg.sheetParts());
        parts.add(pkg.workbookPart());
        parts.addAll(pkg.targets(pkg.workbookPart(), "/sharedStrings"));
        parts.addAll(pkg.targets(pkg.workbookPart(), "/styles"));
        for (String part : parts) {
            Document doc = pkg.doc(part);
            Element root = doc.getDocumentElement();
            if (!MAIN.equals(root.getNamespaceURI())) {
                throw new IllegalStateException(part + " is not SpreadsheetML: " + root.getNamespaceURI());
            }
            NodeList all = doc.getElementsByTagNameNS(MAIN, "*");
            for (int i = 0; i < all.getLength(); i++) {
                all.item(i).setPrefix("x");
            }
            root.removeAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, XMLConstants.XMLNS_ATTRIBUTE);
            root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:x", MAIN);
            pkg.put(part, doc);
        }
    }

    private static void inlineStrings(Pkg pkg) {
        String workbook = pkg.workbookPart();
        List<String> sst = pkg.targets(workbook, "/sharedStrings");
        if (sst.size() != 1) {
            throw new IllegalStateException("expected one sharedStrings part, found " + sst);
        }
        List<Element> items = children(pkg.doc(sst.get(0)).getDocumentElement(), "si");
        for (String part : pkg.sheetParts()) {
            Document doc = pkg.doc(part);
            for (Element c : elements(doc, "c")) {
                if (!"s".equals(c.getAttribute("t"))) {
                    continue;
                }
                Element v = children(c, "v").get(0);
                Element si = items.get(Integer.parseInt(v.getTextContent().trim()));
                Element is = sibling(c, "is");
                for (Node n = si.getFirstChild(); n != null; n = n.getNextSibling()) {
                    is.appendChild(doc.importNode(n, true));
                }
                c.replaceChild(is, v);
                c.setAttribute("t", "inlineStr");
            }
            pkg.put(part, doc);
        }
        pkg.parts.remove(sst.get(0));
        pkg.removeRelationships(workbook, "/sharedStrings");
        pkg.removeContentType("/" + sst.get(0));
    }

    private static void strict(Pkg pkg) {
        for (Map.Entry<String, byte[]> e : pkg.parts.entrySet()) {
            String name = e.getKey();
            if (name.endsWith(".xml") || name.endsWith(".rels")) {
                String xml = new String(e.getValue(), UTF_8);
                for (String[] uri : STRICT_URIS) {
                    xml = xml.replace(uri[0], uri[1]);
                }
                e.setValue(xml.getBytes(UTF_8));
            }
        }
        String workbook = pkg.workbookPart();
        Document doc = pkg.doc(workbook);
        doc.getDocumentElement().setAttribute("conformance", "strict");
        pkg.put(workbook, doc);
    }

    private static void wps(Pkg pkg) {
        pkg.parts.put("docProps/custom.xml", WPS_CUSTOM_XML.getBytes(UTF_8));
        pkg.addRelationship("_rels/.rels",
                "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties",
                "docProps/custom.xml");
        pkg.addContentType("/docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml");
        String core = new String(pkg.parts.get("docProps/core.xml"), UTF_8);
        if (!core.contains("xmlns:dcterms=") || !core.contains("xmlns:xsi=") || !core.contains("</cp:coreProperties>")) {
            throw new IllegalStateException("unexpected core.xml: " + core);
        }
        core = core.replace("</cp:coreProperties>",
                "<cp:lastModifiedBy>WPS_1700000000</cp:lastModifiedBy>"
                        + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2024-03-01T08:00:00Z</dcterms:modified>"
                        + WPS_CORE_REFINEMENT + "</cp:coreProperties>");
        pkg.parts.put("docProps/core.xml", core.getBytes(UTF_8));
    }

    private static void shuffleRows(Pkg pkg) {
        Random random = new Random(20_240_301L);
        for (String part : pkg.sheetParts()) {
            Document doc = pkg.doc(part);
            Element sheetData = first(doc, "sheetData");
            List<Element> rows = children(sheetData, "row");
            List<Element> shuffled = new ArrayList<>(rows);
            Collections.shuffle(shuffled, random);
            if (shuffled.equals(rows)) {
                Collections.reverse(shuffled);
            }
            for (Element row : rows) {
                sheetData.removeChild(row);
            }
            for (Element row : shuffled) {
                sheetData.appendChild(row);
            }
            pkg.put(part, doc);
        }
    }

    private static void dropCachedValues(Pkg pkg) {
        for (String part : pkg.sheetParts()) {
            Document doc = pkg.doc(part);
            for (Element c : elements(doc, "c")) {
                if (children(c, "f").isEmpty()) {
                    continue;
                }
                for (Element v : children(c, "v")) {
                    c.removeChild(v);
                }
                // A writer that never calculated the formula does not know the result's type either.
                c.removeAttribute("t");
            }
            pkg.put(part, doc);
        }
    }

    // ---------------------------------------------------------------- package

    /** The parts of a package by zip entry name, in zip order. */
    private static final class Pkg {
        final LinkedHashMap<String, byte[]> parts;

        Pkg(LinkedHashMap<String, byte[]> parts) {
            this.parts = parts;
        }

        Document doc(String part) {
            byte[] bytes = parts.get(part);
            if (bytes == null) {
                throw new IllegalStateException("no part " + part + " in " + parts.keySet());
            }
            return parse(bytes);
        }

        void put(String part, Document doc) {
            parts.put(part, serialize(doc));
        }

        String workbookPart() {
            List<String> found = targets("", "/officeDocument");
            if (found.size() != 1) {
                throw new IllegalStateException("officeDocument relationship: " + found);
            }
            return found.get(0);
        }

        List<String> sheetParts() {
            return targets(workbookPart(), "/worksheet");
        }

        /** The parts that {@code source} ("" for the package) relates to by a type ending in {@code typeSuffix}. */
        List<String> targets(String source, String typeSuffix) {
            List<String> found = new ArrayList<>();
            String rels = relsOf(source);
            if (!parts.containsKey(rels)) {
                return found;
            }
            String base = source.contains("/") ? source.substring(0, source.lastIndexOf('/') + 1) : "";
            for (Element rel : elements(doc(rels), "Relationship")) {
                if (rel.getAttribute("Type").endsWith(typeSuffix) && !"External".equals(rel.getAttribute("TargetMode"))) {
                    found.add(resolve(base, rel.getAttribute("Target")));
                }
            }
            return found;
        }

        void removeRelationships(String source, String typeSuffix) {
            String rels = relsOf(source);
            Document doc = doc(rels);
            for (Element rel : elements(doc, "Relationship")) {
                if (rel.getAttribute("Type").endsWith(typeSuffix)) {
                    rel.getParentNode().removeChild(rel);
                }
            }
            put(rels, doc);
        }

        void addRelationship(String rels, String type, String target) {
            Document doc = doc(rels);
            Element root = doc.getDocumentElement();
            int n = 1;
            while (hasId(doc, "rId" + n)) {
                n++;
            }
            Element rel = doc.createElementNS(root.getNamespaceURI(), "Relationship");
            rel.setAttribute("Id", "rId" + n);
            rel.setAttribute("Type", type);
            rel.setAttribute("Target", target);
            root.appendChild(rel);
            put(rels, doc);
        }

        private static boolean hasId(Document doc, String id) {
            for (Element rel : elements(doc, "Relationship")) {
                if (id.equals(rel.getAttribute("Id"))) {
                    return true;
                }
            }
            return false;
        }

        void removeContentType(String partName) {
            Document doc = doc("[Content_Types].xml");
            for (Element o : elements(doc, "Override")) {
                if (partName.equals(o.getAttribute("PartName"))) {
                    o.getParentNode().removeChild(o);
                }
            }
            put("[Content_Types].xml", doc);
        }

        void addContentType(String partName, String contentType) {
            Document doc = doc("[Content_Types].xml");
            Element root = doc.getDocumentElement();
            Element o = doc.createElementNS(root.getNamespaceURI(), "Override");
            o.setAttribute("PartName", partName);
            o.setAttribute("ContentType", contentType);
            root.appendChild(o);
            put("[Content_Types].xml", doc);
        }

        private static String relsOf(String part) {
            int slash = part.lastIndexOf('/');
            return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
        }

        private static String resolve(String base, String target) {
            String path = target.startsWith("/") ? target.substring(1) : base + target;
            List<String> out = new ArrayList<>();
            for (String p : path.split("/")) {
                if (p.equals("..")) {
                    out.remove(out.size() - 1);
                } else if (!p.isEmpty() && !p.equals(".")) {
                    out.add(p);
                }
            }
            return String.join("/", out);
        }
    }

    // ---------------------------------------------------------------- zip

    /** The entries of a zip, by name, in order. */
    static LinkedHashMap<String, byte[]> unzip(byte[] zip) {
        LinkedHashMap<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (!e.isDirectory()) {
                    parts.put(e.getName(), in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parts;
    }

    /** A deflated zip of {@code parts}, in iteration order. */
    static byte[] zip(Map<String, byte[]> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    // ---------------------------------------------------------------- XML

    static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code doc} with each node's own qualified name and attributes (including xmlns ones). */
    static byte[] serialize(Document doc) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
        write(doc.getDocumentElement(), sb);
        return sb.toString().getBytes(UTF_8);
    }

    private static void write(Node node, StringBuilder sb) {
        switch (node.getNodeType()) {
            case Node.ELEMENT_NODE: {
                sb.append('<').append(node.getNodeName());
                NamedNodeMap attrs = node.getAttributes();
                for (int i = 0; i < attrs.getLength(); i++) {
                    Attr a = (Attr) attrs.item(i);
                    sb.append(' ').append(a.getName()).append("=\"");
                    escape(a.getValue(), true, sb);
                    sb.append('"');
                }
                if (!node.hasChildNodes()) {
                    sb.append("/>");
                    return;
                }
                sb.append('>');
                for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
                    write(n, sb);
                }
                sb.append("</").append(node.getNodeName()).append('>');
                return;
            }
            case Node.TEXT_NODE:
            case Node.CDATA_SECTION_NODE:
                escape(node.getNodeValue(), false, sb);
                return;
            case Node.COMMENT_NODE:
                sb.append("<!--").append(node.getNodeValue()).append("-->");
                return;
            case Node.PROCESSING_INSTRUCTION_NODE:
                sb.append("<?").append(node.getNodeName()).append(' ').append(node.getNodeValue()).append("?>");
                return;
            default:
                throw new IllegalStateException("unexpected node " + node);
        }
    }

    private static void escape(String s, boolean attribute, StringBuilder sb) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&': sb.append("&amp;"); break;
                case '<': sb.append("&lt;"); break;
                case '>': sb.append("&gt;"); break;
                case '"': sb.append(attribute ? "&quot;" : "\""); break;
                case '\r': sb.append("&#13;"); break;
                case '\n': sb.append(attribute ? "&#10;" : "\n"); break;
                case '\t': sb.append(attribute ? "&#9;" : "\t"); break;
                default: sb.append(ch);
            }
        }
    }

    /** Every element named {@code local} (any namespace) in document order, as a snapshot. */
    static List<Element> elements(Document doc, String local) {
        NodeList list = doc.getElementsByTagNameNS("*", local);
        List<Element> out = new ArrayList<>(list.getLength());
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    private static Element first(Document doc, String local) {
        List<Element> found = elements(doc, local);
        if (found.isEmpty()) {
            throw new IllegalStateException("no <" + local + ">");
        }
        return found.get(0);
    }

    /** The child elements of {@code parent} named {@code local}, as a snapshot. */
    static List<Element> children(Element parent, String local) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element && local.equals(n.getLocalName())) {
                out.add((Element) n);
            }
        }
        return out;
    }

    /** A new element named {@code local} in the namespace and with the prefix of {@code like}. */
    private static Element sibling(Element like, String local) {
        String prefix = like.getPrefix();
        return like.getOwnerDocument().createElementNS(like.getNamespaceURI(),
                prefix == null ? local : prefix + ":" + local);
    }

    /** 0-based column of an A1 reference: "AB1000" → 27. */
    static int column(String ref) {
        int col = 0;
        int i = 0;
        for (; i < ref.length() && ref.charAt(i) >= 'A' && ref.charAt(i) <= 'Z'; i++) {
            col = col * 26 + (ref.charAt(i) - 'A' + 1);
        }
        if (i == 0) {
            throw new IllegalArgumentException("no column in cell reference '" + ref + "'");
        }
        return col - 1;
    }
}
