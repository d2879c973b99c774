package io.github.juesuan.read;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.LittleEndianByteArrayInputStream;

/**
 * Reads the cell grid of a BIFF8 {@code .xls} workbook: POI's POIFS opens the OLE2 container, and
 * {@link XlsRecords} reads the workbook stream in one pass, straight into the sheets.
 *
 * <p>Nothing beyond the stored cells is built in memory (no {@code HSSFWorkbook}, no record object per
 * cell), and reading stops at the first record that passes a {@link ReaderOptions} limit. Every failure
 * while parsing becomes a {@link ReadException}: a damaged file must never surface as an unchecked
 * exception from the reader. The parts: {@link XlsRecords} (the record pass), {@link XlsSheet} (one
 * sheet's cells and its limits), {@link XlsFormats} (the XF and FORMAT tables).
 */
final class XlsGrid {

    private XlsGrid() {
    }

    /**
     * Reads every sheet of an .xls workbook.
     *
     * @param content the whole file
     * @param file    the file name, for messages
     * @param options limits and the password
     * @return the sheets in workbook (tab) order, each with its non-empty cells sorted row-major
     * @throws ReadException {@code CORRUPT} for a damaged or truncated file, {@code ENCRYPTED} when the
     *                       password is missing or wrong, {@code LIMIT_EXCEEDED} when a limit is passed,
     *                       {@code NOT_A_WORKBOOK} for an OLE2 file without a workbook stream or with an
     *                       Excel 5.0/95 or older one
     */
    static List<RawSheet> read(byte[] content, String file, ReaderOptions options) throws ReadException {
        try {
            return parse(content, file, options);
        } catch (Abort abort) {
            throw abort.exception;
        } catch (ReadException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw encrypted(file, options, e);
        } catch (OldExcelFormatException e) {
            // POIFS raises this for a bare BIFF2-4 stream, which has no OLE2 container around it.
            throw oldFormat(file, "BIFF2-4");
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // StackOverflowError is the one Error a hostile record structure can provoke that leaves the
            // JVM healthy; the others (OutOfMemoryError, linkage errors) are not ours to swallow.
            throw corrupt(file, null, null, describe(e), e);
        }
    }

    private static List<RawSheet> parse(byte[] content, String file, ReaderOptions options) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            String entry = Containers.workbookEntry(fs.getRoot());
            if (entry == null) {
                throw ReadException.of(ReadException.Reason.NOT_A_WORKBOOK, file, null, null, null,
                        "unreadable.oleWithoutWorkbook");
            }
            // The stream is copied out of the container once, whole: POIFS's own stream allocates a few
            // bytes for every 16- or 32-bit field read through it, which is most of what a record pass costs.
            DocumentEntry document = (DocumentEntry) fs.getRoot().getEntry(entry);
            if (document.getSize() > content.length) {
                throw corrupt(file, null, null, "the workbook stream claims " + document.getSize()
                        + " bytes, more than the whole file has", null);
            }
            byte[] stream = new byte[document.getSize()];
            try (InputStream in = fs.getRoot().createDocumentInputStream(document)) {
                new DataInputStream(in).readFully(stream);
            }
            return new XlsRecords(file, options).read(new LittleEndianByteArrayInputStream(stream));
        }
    }

    static ReadException oldFormat(String file, String detail) {
        return ReadException.of(ReadException.Reason.NOT_A_WORKBOOK, file, null, null, null,
                "unreadable.excel95", detail);
    }

    private static ReadException encrypted(String file, ReaderOptions options, EncryptedDocumentException e) {
        if (options.password() == null) {
            // Excel's built-in default password ("VelvetSweatshop"), which is how files that open without a
            // prompt are stored, has already been tried; failing that, a real password is needed.
            return ReadException.of(ReadException.Reason.ENCRYPTED, file, null, null, e,
                    "unreadable.xlsPasswordNeeded");
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("password is invalid")) {
            return ReadException.of(ReadException.Reason.ENCRYPTED, file, null, null, e, "unreadable.wrongPassword");
        }
        return ReadException.of(ReadException.Reason.ENCRYPTED, file, null, null, e,
                "unreadable.cannotDecrypt", describe(e));
    }

    static ReadException corrupt(String file, String sheet, String cell, String detail, Throwable cause) {
        return ReadException.of(ReadException.Reason.CORRUPT, file, sheet, cell, cause,
                "unreadable.xlsDamaged", detail);
    }

    private static String describe(Throwable e) {
        String name = e.getClass().getSimpleName();
        return e.getMessage() == null ? name : name + ": " + e.getMessage();
    }

    /**
     * Carries a {@link ReadException} out of the listener, which POI only lets throw unchecked exceptions;
     * throwing is also how reading stops at once when a limit is passed.
     */
    static final class Abort extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient ReadException exception;

        Abort(ReadException exception) {
            super(exception.getMessage(), null, false, false);
            this.exception = exception;
        }
    }

    /** The literal of a BIFF error code; a code Excel does not define is kept visible as {@code #ERR<code>}. */
    static String errorText(int code) {
        return switch (code & 0xFF) {
            case 0x00 -> "#NULL!";
            case 0x07 -> "#DIV/0!";
            case 0x0F -> "#VALUE!";
            case 0x17 -> "#REF!";
            case 0x1D -> "#NAME?";
            case 0x24 -> "#NUM!";
            case 0x2A -> "#N/A";
            case 0x2B -> "#GETTING_DATA";
            default -> "#ERR" + (code & 0xFF);
        };
    }
}
