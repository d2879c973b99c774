package io.github.juesuan.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * What a file holds, told apart by its content, never by its name: a workbook's sheets (.xlsx, an encrypted
 * .xlsx, .xls), or a document of words and tables (.docx, .doc, plain text saved from Word). A .docx is a zip like
 * an .xlsx, told apart by its {@code word/document.xml}; an encrypted .xlsx is an OLE2 file like an .xls and a .doc.
 *
 * @param sheets a workbook's sheets; empty for a document
 * @param text   a document's words and tables; {@code null} for a workbook
 */
record FileContent(List<RawSheet> sheets, DisclosureText text) {

    /**
     * Opens the file at {@code path}, within the limits of {@code options}.
     *
     * @throws ReadException when the file is missing, empty, too large, or neither a workbook nor a document
     */
    static FileContent of(Path path, String name, ReaderOptions options) throws ReadException {
        long size = InputFiles.size(path, name);
        byte[] head = new byte[8];
        int got;
        try {
            if (size > options.maxFileBytes()) {
                throw InputFiles.tooLarge(name, size, options);
            }
            try (InputStream in = Files.newInputStream(path)) {
                got = in.readNBytes(head, 0, head.length);
            }
        } catch (ReadException e) {
            throw e;
        } catch (NoSuchFileException e) {
            throw ReadException.of(ReadException.Reason.NOT_FOUND, name, null, null, e, "unreadable.noSuchFile");
        } catch (IOException e) {
            throw ReadException.of(ReadException.Reason.NOT_FOUND, name, null, null, e,
                    "unreadable.cannotOpen", e.getMessage());
        }
        if (got == 0) {
            throw ReadException.of(ReadException.Reason.EMPTY, name, null, null, null, "unreadable.emptyBytes");
        }
        Containers.Kind kind = Containers.detect(got < head.length ? java.util.Arrays.copyOf(head, got) : head);
        if (kind == Containers.Kind.XLSX_ZIP) {
            if (ZipDirectory.contains(path, DocxBody.DOCUMENT_PART, options.maxZipEntries())) {
                return new FileContent(List.of(), WordDocument.docx(path, name, options));
            }
            return new FileContent(zip(path, name, options), null);
        }
        byte[] content;
        try {
            content = Files.readAllBytes(path);
        } catch (IOException e) {
            throw ReadException.of(ReadException.Reason.IO, name, null, null, e, "unreadable.io", e.getMessage());
        }
        kind = Containers.detect(content);
        switch (kind) {
            case XLS:
                return new FileContent(XlsGrid.read(content, name, options), null);
            case ENCRYPTED_OOXML: {
                byte[] decrypted = Containers.decryptOoxml(content, name, options);
                return new FileContent(throughTemp(name, options, out -> out.write(decrypted)), null);
            }
            case XLSX_ZIP:
                return new FileContent(zip(path, name, options), null);
            case WORD_DOC:
                return new FileContent(List.of(), WordDocument.doc(content, name, options));
            default:
                PlainTextDisclosure text = plainText(content, name);
                if (text != null) {
                    return new FileContent(List.of(), text);
                }
                throw ReadException.of(ReadException.Reason.NOT_A_WORKBOOK, name, null, null, null,
                        "unreadable.notAWorkbook", Containers.describe(content));
        }
    }

    /**
     * Plain text saved from Word (paragraphs, tables as tab-separated lines), when the content decodes as text
     * and holds a table block or a statement; else {@code null} (the caller says what the file is instead).
     */
    private static PlainTextDisclosure plainText(byte[] content, String name) {
        if (!Containers.isPlainText(content)) {
            return null;
        }
        try {
            PlainTextDisclosure text = PlainTextDisclosure.parse(name, content);
            return text.sheets().isEmpty() && text.statements().isEmpty() ? null : text;
        } catch (ReadException e) {
            return null; // not text in an encoding a disclosure is saved in
        }
    }

    /**
     * An .xlsx at {@code path}. POI's zip guard opens files by name: a name the platform cannot spell back
     * (GBK bytes in a folder unpacked on a UTF-8 Linux) opens only through the path itself, so that file is
     * read from a temporary copy.
     */
    private static List<RawSheet> zip(Path path, String name, ReaderOptions options) throws ReadException {
        if (path.toFile().isFile()) {
            return XlsxGrid.read(path, name, options);
        }
        return throughTemp(name, options, out -> Files.copy(path, out));
    }

    /** An .xlsx read from a temporary copy {@code juesuan-*.xlsx} that {@code writer} fills. */
    private static List<RawSheet> throughTemp(String name, ReaderOptions options, TempFiles.CopyWriter writer)
            throws ReadException {
        try {
            return TempFiles.readCopy(".xlsx", writer, temp -> XlsxGrid.read(temp, name, options));
        } catch (ReadException e) {
            throw e; // what the workbook itself is: not a temporary-file problem
        } catch (IOException e) {
            throw ReadException.of(ReadException.Reason.IO, name, null, null, e,
                    "unreadable.cannotWriteTemporary", e.getMessage());
        }
    }
}
