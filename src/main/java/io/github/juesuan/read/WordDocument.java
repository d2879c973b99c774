package io.github.juesuan.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A disclosure saved as a Word document, .docx (read through POI's XWPF) or .doc (Word 97–2003, read through
 * POI's HWPF where it can), told apart by content: a zip holding {@code word/document.xml}, or an OLE2 file
 * holding a {@code WordDocument} stream.
 *
 * <p>The body paragraphs, in document order, are the narrative (numbered from 1 among the body's paragraphs,
 * table cells not counted). Each table becomes one synthetic sheet for the sheet-reading pipeline: its cells
 * placed on the table's grid, a cell spanning grid columns ({@code gridSpan}) or rows ({@code vMerge}) recorded
 * as a merged region, as a worksheet would hold it; the short paragraphs right above the table (title, 公开01表,
 * 部门名称, 金额单位) become its first rows and the notes right below it (注：…) its last rows, so the title and
 * the notes are found as in a workbook. The sheet is named after the title line. A table nested inside a cell
 * is flattened into that cell's text. Numbers in Word are text: they are read as a worksheet's text cells are.
 *
 * <p>The reader's limits apply: the file size, the zip's entries and uncompressed size, and the tables' cells
 * count against the sheets, cells, extent, text length and merged-region limits.
 *
 * <pre>{@code
 * WordDocument d = WordDocument.read(Path.of("决算公开.docx"));
 * List<NarrativeStatement> s = d.statements();
 * }</pre>
 */
public final class WordDocument extends DisclosureText {

    private WordDocument(String file, List<DocumentPart> parts) {
        super(file, DocumentTables.assemble(file, parts, false));
    }

    /**
     * Reads a Word document with the {@linkplain ReaderOptions#DEFAULTS default} limits.
     *
     * @param path the .docx or .doc file; only read, never changed
     * @return its paragraphs, its tables as sheets and its words
     * @throws ReadException if the file is missing, empty, over a limit, damaged, or no Word document
     */
    public static WordDocument read(Path path) throws ReadException {
        Objects.requireNonNull(path, "path");
        return read(path, ReaderOptions.DEFAULTS);
    }

    /**
     * Reads a Word document, .docx or .doc, told apart by content.
     *
     * @param path    the .docx or .doc file; only read, never changed
     * @param options the limits (file size, zip budgets, cells per table…) to apply
     * @return its paragraphs, its tables as sheets and its words
     * @throws ReadException if the file is missing, empty, over a limit, damaged, or no Word document
     */
    public static WordDocument read(Path path, ReaderOptions options) throws ReadException {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(options, "options");
        Path fileName = path.getFileName();
        return read(path, fileName == null ? path.toString() : fileName.toString(), options);
    }

    static WordDocument read(Path path, String name, ReaderOptions options) throws ReadException {
        byte[] content;
        long size = InputFiles.size(path, name);
        if (size > options.maxFileBytes()) {
            throw InputFiles.tooLarge(name, size, options);
        }
        try {
            if (ZipDirectory.contains(path, DocxBody.DOCUMENT_PART, options.maxZipEntries())) {
                return docx(path, name, options);
            }
            content = Files.readAllBytes(path);
        } catch (IOException e) {
            throw InputFiles.unreadable(name, e, "unreadable.io");
        }
        switch (Containers.detect(content)) {
            case EMPTY:
                throw ReadException.of(ReadException.Reason.EMPTY, name, null, null, null, "unreadable.fileEmpty2");
            case WORD_DOC:
                return doc(content, name, options);
            case XLSX_ZIP:
                // a zip whose directory names no word/document.xml: docx says whether it is damaged or no .docx
                return docx(path, name, options);
            default:
                throw ReadException.of(ReadException.Reason.NOT_A_WORKBOOK, name, null, null, null,
                        "unreadable.notWordDocument", Containers.describe(content));
        }
    }

    /** A .docx, a zip holding {@code word/document.xml}; a zip without it is refused as no Word document. */
    static WordDocument docx(Path path, String name, ReaderOptions options) throws ReadException {
        return new WordDocument(name, DocxBody.parts(path, name, options));
    }

    /** A .doc, an OLE2 file holding a {@code WordDocument} stream, from its content. */
    static WordDocument doc(byte[] content, String name, ReaderOptions options) throws ReadException {
        return new WordDocument(name, DocBody.parts(content, name, options));
    }
}
