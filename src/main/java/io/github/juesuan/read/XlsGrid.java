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
                throw new ReadException(ReadException.Reason.NOT_A_WORKBOOK, file,
                        "这是 OLE2 复合文档，但其中没有 Excel 工作簿数据，不是 .xls 工作簿",
                        "an OLE2 compound document without an Excel workbook stream, so not an .xls workbook",
                        null);
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
        return new ReadException(ReadException.Reason.NOT_A_WORKBOOK, file,
                "这是 Excel 5.0/95 或更早版本格式的工作簿，无法读取；请用 Excel 或 WPS 另存为 .xlsx 后再试",
                "a workbook in the Excel 5.0/95 or older format (" + detail
                        + "), which cannot be read; save it as .xlsx with Excel or WPS and try again",
                null);
    }

    private static ReadException encrypted(String file, ReaderOptions options, EncryptedDocumentException e) {
        if (options.password() == null) {
            // Excel's built-in default password ("VelvetSweatshop"), which is how files that open without a
            // prompt are stored, has already been tried; failing that, a real password is needed.
            return new ReadException(ReadException.Reason.ENCRYPTED, file,
                    "工作簿设有打开密码（已加密），请提供密码：命令行用 --password，程序中用 ReaderOptions.withPassword",
                    "the workbook is password-protected (encrypted); supply the password with --password on "
                            + "the command line or ReaderOptions.withPassword",
                    e);
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("password is invalid")) {
            return new ReadException(ReadException.Reason.ENCRYPTED, file, "密码不正确", "wrong password", e);
        }
        return new ReadException(ReadException.Reason.ENCRYPTED, file,
                "工作簿已加密，但无法解密（加密方式不受支持或加密信息已损坏）",
                "the workbook is encrypted but cannot be decrypted (unsupported or damaged encryption): "
                        + describe(e),
                e);
    }

    static ReadException corrupt(String file, String sheet, String cell, String detail, Throwable cause) {
        return new ReadException(ReadException.Reason.CORRUPT, file, sheet, cell,
                "文件已损坏或不完整，无法读取为 .xls 工作簿；请用 Excel 或 WPS 打开并另存，或重新导出后再试",
                "the .xls workbook is damaged or truncated: " + detail
                        + "; open and save it again with Excel or WPS, or export it again", cause);
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
