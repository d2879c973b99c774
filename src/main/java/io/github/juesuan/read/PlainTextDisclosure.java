package io.github.juesuan.read;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A disclosure saved as plain text from Word: paragraphs one per line, tables as tab-separated lines. Read
 * into its body paragraphs and its tables, one synthetic sheet per table block, so the sheet-reading pipeline
 * can read the tables like a worksheet's.
 *
 * <p>A table block is a run of lines holding tabs, starting at one with a filled cell (a line of tabs only is a
 * row of empty cells; blank lines inside the run, page breaks, are passed over),
 * together with the short lines right above it (title, 公开01表, 部门名称, 年度, 金额单位) and the notes right below
 * it (lines starting 注, 说明, 备注, and their indented continuations). The sheet is named after the title line
 * (the line holding a catalogue title, else the first line above the block). A block whose every row is a
 * heading and a page number is a table of contents and is passed over. Every other non-blank line is a body
 * paragraph.
 *
 * <p>The encoding is found from the content: a byte-order mark (UTF-8, UTF-16), else UTF-8 if the bytes are
 * valid UTF-8, else GB18030 (which includes GBK and GB2312) if they are valid GB18030; anything else is refused
 * with a {@link ReadException} naming the file.
 *
 * <pre>{@code
 * PlainTextDisclosure d = PlainTextDisclosure.read(Path.of("决算公开.txt"));
 * List<NarrativeStatement> s = d.statements();
 * }</pre>
 */
public final class PlainTextDisclosure extends DisclosureText {

    /** Larger files are refused: a disclosure's text is well under a megabyte. */
    static final long MAX_BYTES = 32L << 20;

    private final Charset charset;

    private PlainTextDisclosure(String file, Charset charset, DocumentTables.Content content) {
        super(file, content);
        this.charset = charset;
    }

    /**
     * Reads a plain-text disclosure.
     *
     * @param path the text file; only read. Messages name it by its file name
     * @return the paragraphs and table blocks found in it
     * @throws ReadException if the file is missing, empty, too large, or not text in UTF-8, UTF-16 (with a
     *                       byte-order mark) or GB18030/GBK
     */
    public static PlainTextDisclosure read(Path path) throws ReadException {
        Objects.requireNonNull(path, "path");
        String name = String.valueOf(path.getFileName());
        if (InputFiles.size(path, name) > MAX_BYTES) {
            throw tooLarge(name);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw InputFiles.unreadable(name, e, "unreadable.cannotRead");
        }
        return parse(name, bytes);
    }

    /**
     * Reads a plain-text disclosure from its bytes.
     *
     * @param file  the file name, for messages and provenance
     * @param bytes the file's content (at most 32 MiB)
     * @return the paragraphs and table blocks found in it
     * @throws ReadException if the bytes are empty, too many, or not text in a known encoding
     */
    public static PlainTextDisclosure parse(String file, byte[] bytes) throws ReadException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length == 0) {
            throw ReadException.of(ReadException.Reason.EMPTY, file, null, null, null, "unreadable.fileEmpty");
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(file);
        }
        TextFileDecoder.Decoded decoded = TextFileDecoder.decode(file, bytes);
        String[] lines = decoded.text().split("\r\n|\n|\r|\f", -1);
        return new PlainTextDisclosure(file, decoded.charset(),
                DocumentTables.assemble(file, TabSeparatedTables.parts(lines), true));
    }

    /**
     * The encoding the content was found to be in.
     *
     * @return UTF-8, UTF-16LE/BE (from a byte-order mark) or GB18030
     */
    public Charset charset() {
        return charset;
    }

    private static ReadException tooLarge(String file) {
        return ReadException.of(ReadException.Reason.LIMIT_EXCEEDED, file, null, null, null,
                "unreadable.textTooLarge", (MAX_BYTES >> 20));
    }
}
