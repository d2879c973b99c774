package io.github.juesuan.read;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
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
 * The body of a .docx (a zip holding {@code word/document.xml}, read through POI's XWPF) as document parts:
 * its paragraphs and tables in document order. Before POI opens the package, the zip's entries are counted and
 * their declared sizes summed against the reader's limits. A table's row may start after grid columns left
 * empty ({@code gridBefore}); a cell spans {@code gridSpan} grid columns and continues the cell above when
 * its {@code vMerge} is set without {@code restart}. A table nested inside a cell is flattened into that
 * cell's text.
 */
final class DocxBody {

    static final String DOCUMENT_PART = "word/document.xml";

    private DocxBody() {
    }

    /**
     * The body's parts.
     *
     * @throws ReadException LIMIT_EXCEEDED over a zip or table limit, NOT_A_WORKBOOK for a zip without
     *                       {@code word/document.xml}, CORRUPT for a damaged package
     */
    static List<DocumentPart> parts(Path path, String name, ReaderOptions options) throws ReadException {
        checkZip(path, name, options);
        WordTableLimits limits = new WordTableLimits(name, options);
        List<DocumentPart> parts = new ArrayList<>();
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(path.toFile(), PackageAccess.READ);
            try (XWPFDocument doc = new XWPFDocument(pkg)) {
                for (IBodyElement e : doc.getBodyElements()) {
                    if (e instanceof XWPFParagraph p) {
                        parts.add(new DocumentPart.Paragraph(p.getText()));
                    } else if (e instanceof XWPFTable t) {
                        parts.add(table(t, limits));
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
            throw corrupt(name, e);
        } catch (Exception | StackOverflowError e) {
            // whatever a damaged package provokes is a damaged file, never a crash
            throw corrupt(name, e);
        } finally {
            if (pkg != null) {
                pkg.revert();
            }
        }
        return parts;
    }

    /** The zip's entry count and declared uncompressed size within the limits, and a document part among them. */
    private static void checkZip(Path path, String name, ReaderOptions options) throws ReadException {
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
            throw corrupt(name, e);
        }
    }

    private static DocumentPart.Table table(XWPFTable table, WordTableLimits limits) throws ReadException {
        WordTableGrid grid = new WordTableGrid(limits);
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

    private static ReadException corrupt(String file, Throwable e) {
        return ReadException.of(ReadException.Reason.CORRUPT, file, null, null, e,
                "unreadable.docxDamaged", e.getMessage());
    }
}
