package io.github.juesuan.read;

import io.github.juesuan.i18n.Messages;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Locale;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * What kind of container a file is, told from its bytes rather than its name (disclosure files are often
 * misnamed: an .xls that is really an HTML page, an .xlsx that is really an .xls), and decryption of
 * password-protected .xlsx files, which are stored as OLE2 rather than zip.
 */
final class Containers {

    /** The container kinds the reader tells apart. */
    enum Kind {
        /** A zip: an .xlsx, a .docx (told by its {@code word/document.xml}), or some other zip. */
        XLSX_ZIP,
        /** An OLE2 compound document with a {@code Workbook} (BIFF8) or {@code Book} (BIFF5) stream. */
        XLS,
        /** An OLE2 compound document with an {@code EncryptionInfo} stream: an encrypted .xlsx. */
        ENCRYPTED_OOXML,
        /** An OLE2 compound document with a {@code WordDocument} stream: a Word 97-2003 .doc. */
        WORD_DOC,
        /** Another OLE2 compound document, such as a PowerPoint .ppt. */
        OLE2_OTHER,
        /** No bytes at all. */
        EMPTY,
        /** Anything else. */
        UNKNOWN
    }

    private static final byte[] OLE2_MAGIC = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] ZIP_LOCAL = {'P', 'K', 3, 4};
    private static final byte[] ZIP_EMPTY = {'P', 'K', 5, 6};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    /** How much of a file is looked at to tell text from binary. */
    private static final int TEXT_SAMPLE = 8192;

    private Containers() {
    }

    /**
     * Tells the container from the magic bytes, looking inside an OLE2 file for its streams.
     *
     * <p>An OLE2 file whose directory cannot be read is reported as {@link Kind#XLS}: it was offered as a
     * workbook, and the .xls reader then says precisely that it is damaged.
     */
    static Kind detect(byte[] content) {
        if (content == null || content.length == 0) {
            return Kind.EMPTY;
        }
        if (startsWith(content, ZIP_LOCAL) || startsWith(content, ZIP_EMPTY)) {
            return Kind.XLSX_ZIP;
        }
        if (!startsWith(content, OLE2_MAGIC)) {
            return Kind.UNKNOWN;
        }
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive(EncryptionInfo.ENCRYPTION_INFO_ENTRY)) {
                return Kind.ENCRYPTED_OOXML;
            }
            if (workbookEntry(root) != null) {
                return Kind.XLS;
            }
            return root.hasEntryCaseInsensitive("WordDocument") ? Kind.WORD_DOC : Kind.OLE2_OTHER;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return Kind.XLS;
        }
    }

    /**
     * The name of the workbook stream in an OLE2 directory, or {@code null}. Excel writes
     * {@code Workbook} (BIFF8) or {@code Book} (BIFF5); some other writers spell them in capitals.
     */
    static String workbookEntry(DirectoryNode root) {
        for (String wanted : new String[] {"Workbook", "Book"}) {
            for (Entry entry : root) {
                if (entry.isDocumentEntry() && entry.getName().equalsIgnoreCase(wanted)) {
                    return entry.getName();
                }
            }
        }
        return null;
    }

    /**
     * What a file that is not a workbook appears to be, as a word of the reader's bundle for the message that
     * rejects it: each language names it in its own words (PDF 文档 / a PDF document).
     */
    static Messages.Word describe(byte[] content) {
        return new Messages.Word(formatKey(content));
    }

    /**
     * Whether the content reads as plain text (a text or CSV file, not HTML or XML), by the same tests as
     * {@link #describe}.
     */
    static boolean isPlainText(byte[] content) {
        String key = formatKey(content);
        return key.equals("format.textFile") || key.equals("format.textCsvFile");
    }

    /** The message key of what {@link #describe} names. */
    private static String formatKey(byte[] content) {
        if (content == null || content.length == 0) {
            return "format.emptyFile";
        }
        if (startsWith(content, ascii("%PDF"))) {
            return "format.pdfDocument";
        }
        if (startsWith(content, PNG_MAGIC)) {
            return "format.pngImage";
        }
        if (startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return "format.jpegImage";
        }
        if (startsWith(content, ascii("GIF87a")) || startsWith(content, ascii("GIF89a"))) {
            return "format.gifImage";
        }
        if (startsWith(content, ascii("Rar!"))) {
            return "format.rarArchive";
        }
        if (startsWith(content, new byte[] {'7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C})) {
            return "format.7zArchive";
        }
        if (startsWith(content, ascii("{\\rtf"))) {
            return "format.rtfDocument";
        }
        if (startsWith(content, ZIP_LOCAL) || startsWith(content, ZIP_EMPTY)) {
            return zipKey(content);
        }
        if (startsWith(content, OLE2_MAGIC)) {
            return ole2Key(content);
        }
        return textKey(content);
    }

    private static String zipKey(byte[] content) {
        if (hasZipEntry(content, "word/")) {
            return "format.wordDocxDocument";
        }
        if (hasZipEntry(content, "xl/")) {
            return "format.xlsxWorkbook";
        }
        if (hasZipEntry(content, "ppt/")) {
            return "format.powerpointPptxPresentation";
        }
        if (indexOf(content, ascii("application/vnd.oasis.opendocument.spreadsheet"), 0, 256) >= 0) {
            return "format.opendocumentOdsSpreadsheet";
        }
        return "format.zipArchive";
    }

    /**
     * Whether a zip has an entry whose name starts with the prefix. The local file headers are scanned
     * directly rather than through {@code ZipInputStream}, which would inflate every entry on the way
     * and fails on a zip that is cut short.
     */
    private static boolean hasZipEntry(byte[] zip, String prefix) {
        byte[] wanted = ascii(prefix);
        int at = 0;
        while ((at = indexOf(zip, ZIP_LOCAL, at, zip.length)) >= 0) {
            int nameLength = at + 30 <= zip.length ? (zip[at + 26] & 0xFF) | (zip[at + 27] & 0xFF) << 8 : -1;
            if (nameLength >= wanted.length && at + 30 + nameLength <= zip.length
                    && regionEquals(zip, at + 30, wanted)) {
                return true;
            }
            at += ZIP_LOCAL.length;
        }
        return false;
    }

    private static String ole2Key(byte[] content) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive(EncryptionInfo.ENCRYPTION_INFO_ENTRY)) {
                return "format.encryptedOfficeDocument";
            }
            if (workbookEntry(root) != null) {
                return "format.excel972003";
            }
            if (root.hasEntryCaseInsensitive("WordDocument")) {
                return "format.word972003";
            }
            if (root.hasEntryCaseInsensitive("PowerPoint Document")) {
                return "format.powerpoint972003";
            }
            return "format.ole2CompoundDocument";
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return "format.damagedOle2Compound";
        }
    }

    /**
     * Text is told by the absence of control bytes; bytes above 0x7F count as text because Chinese CSV
     * files come in UTF-8 and GBK alike. A UTF-16 file (Excel's "Unicode text") is recognised by its BOM.
     */
    private static String textKey(byte[] content) {
        int n = Math.min(content.length, TEXT_SAMPLE);
        String sample;
        if (n >= 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE) {
            sample = new String(content, 2, (n - 2) & ~1, StandardCharsets.UTF_16LE);
        } else if (n >= 2 && (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF) {
            sample = new String(content, 2, (n - 2) & ~1, StandardCharsets.UTF_16BE);
        } else {
            int control = 0;
            for (int i = 0; i < n; i++) {
                int b = content[i] & 0xFF;
                if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) {
                    control++;
                }
            }
            // A stray control byte or two (a form feed, a NUL at the very end) still leaves a text file.
            if (control * 100 > n) {
                return "format.unknownFormat";
            }
            sample = new String(content, 0, n, StandardCharsets.ISO_8859_1);
        }
        String head = sample.toLowerCase(Locale.ROOT);
        if (head.startsWith("\u00EF\u00BB\u00BF")) {
            // The UTF-8 byte order mark, as read one byte per char.
            head = head.substring(3);
        }
        head = head.stripLeading();
        if (head.startsWith("<")) {
            if (head.contains("urn:schemas-microsoft-com:office:spreadsheet") && !head.contains("<html")) {
                return "format.excel2003Xml";
            }
            if (head.contains("<html") || head.contains("<!doctype html") || head.contains("<table")) {
                // Web systems often export an HTML table under an .xls name; Excel opens it, POI cannot.
                return "format.htmlPageExported";
            }
            if (head.startsWith("<?xml")) {
                return "format.xmlFile";
            }
        }
        if (sample.indexOf(',') >= 0 || sample.indexOf('\t') >= 0) {
            return "format.textCsvFile";
        }
        return "format.textFile";
    }

    /**
     * Decrypts a password-protected .xlsx (an OLE2 file holding {@code EncryptionInfo} and
     * {@code EncryptedPackage}), agile or standard encryption, into the bytes of the .xlsx zip.
     *
     * <p>Without a password, Excel's built-in default password is tried first: Excel stores some files
     * "encrypted" with it and opens them without asking.
     *
     * @throws ReadException {@code ENCRYPTED} without a password or with a wrong one or an unsupported
     *                       scheme, {@code CORRUPT} for a damaged container, {@code LIMIT_EXCEEDED} when the
     *                       decrypted package is larger than {@link ReaderOptions#maxFileBytes()}
     */
    static byte[] decryptOoxml(byte[] ole2, String file, ReaderOptions options) throws ReadException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(ole2))) {
            EncryptionInfo info = new EncryptionInfo(fs);
            Decryptor decryptor = info.getDecryptor();
            String password = options.password();
            boolean verified = decryptor.verifyPassword(password == null ? Decryptor.DEFAULT_PASSWORD : password);
            if (!verified && password == null) {
                throw ReadException.of(ReadException.Reason.ENCRYPTED, file, null, null, null,
                        "unreadable.passwordNeeded");
            }
            if (!verified) {
                throw ReadException.of(ReadException.Reason.ENCRYPTED, file, null, null, null,
                        "unreadable.wrongPassword");
            }
            byte[] zip;
            try (InputStream in = decryptor.getDataStream(fs)) {
                zip = readAtMost(in, options.maxFileBytes(), file);
            }
            if (zip.length < 4 || !startsWith(zip, ZIP_LOCAL) && !startsWith(zip, ZIP_EMPTY)) {
                throw corruptOoxml(file, "the decrypted content is not a zip package", null);
            }
            return zip;
        } catch (ReadException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw ReadException.of(ReadException.Reason.ENCRYPTED, file, null, null, e,
                    "unreadable.cannotDecrypt", e.getMessage());
        } catch (IOException | GeneralSecurityException | RuntimeException | StackOverflowError e) {
            throw corruptOoxml(file, e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
        }
    }

    private static byte[] readAtMost(InputStream in, long max, String file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) > 0) {
            total += read;
            if (total > max) {
                throw ReadException.of(ReadException.Reason.LIMIT_EXCEEDED, file, null, null, null,
                        "unreadable.decryptedTooLarge", max);
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    private static ReadException corruptOoxml(String file, String detail, Throwable cause) {
        return ReadException.of(ReadException.Reason.CORRUPT, file, null, null, cause,
                "unreadable.encryptedDamaged", detail);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && regionEquals(content, 0, prefix);
    }

    private static boolean regionEquals(byte[] content, int offset, byte[] wanted) {
        for (int i = 0; i < wanted.length; i++) {
            if (content[offset + i] != wanted[i]) {
                return false;
            }
        }
        return true;
    }

    /** First index of {@code wanted} starting in {@code [from, to)}, or -1. */
    private static int indexOf(byte[] content, byte[] wanted, int from, int to) {
        int last = Math.min(to, content.length - wanted.length + 1);
        for (int i = Math.max(0, from); i < last; i++) {
            if (content[i] == wanted[0] && regionEquals(content, i, wanted)) {
                return i;
            }
        }
        return -1;
    }
}
