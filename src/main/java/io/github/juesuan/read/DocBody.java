package io.github.juesuan.read;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * The body of a .doc (Word 97–2003: an OLE2 file holding a {@code WordDocument} stream, read through POI's
 * HWPF) as document parts: its paragraphs and tables in document order. Word 97 stores a table as paragraphs
 * marked as in a table, each cell with its left edge and width: the table's grid columns are the distinct cell
 * edges of all its rows, and a vertically merged cell continues the one above. Text comes with field codes
 * (reduced to their results) and cell, row and paragraph marks (removed or made line breaks).
 */
final class DocBody {

    private DocBody() {
    }

    /**
     * The body's parts.
     *
     * @throws ReadException ENCRYPTED for a password-protected document, LIMIT_EXCEEDED over a table limit,
     *                       CORRUPT for a file HWPF cannot read
     */
    static List<DocumentPart> parts(byte[] content, String name, ReaderOptions options) throws ReadException {
        WordTableLimits limits = new WordTableLimits(name, options);
        List<DocumentPart> parts = new ArrayList<>();
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content));
             HWPFDocument doc = new HWPFDocument(fs)) {
            Range range = doc.getRange();
            int n = range.numParagraphs();
            for (int i = 0; i < n; i++) {
                Paragraph p = range.getParagraph(i);
                if (p.isInTable()) {
                    Table t = range.getTable(p);
                    parts.add(table(t, limits));
                    i += Math.max(1, t.numParagraphs()) - 1;
                } else {
                    parts.add(new DocumentPart.Paragraph(text(p.text())));
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
        return parts;
    }

    /**
     * A Word 97 table on a grid: the grid's columns are the distinct cell edges of all rows (a cell spanning
     * columns is a wider cell there, not a merge flag), a vertically merged cell continues the one above.
     */
    private static DocumentPart.Table table(Table table, WordTableLimits limits) throws ReadException {
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
        WordTableGrid grid = new WordTableGrid(limits);
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                int col = columns.indexOf(cell.getLeftEdge());
                int end = columns.indexOf(cell.getLeftEdge() + cell.getWidth());
                boolean continues = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged()
                        || cell.isMerged() && !cell.isFirstMerged();
                grid.cell(r, col, Math.max(1, end - col), continues, text(cell.text()));
            }
        }
        return grid.build();
    }

    /** Text as HWPF gives it: fields reduced to their results, cell and paragraph marks removed. */
    private static String text(String raw) {
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
}
