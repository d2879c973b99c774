package io.github.juesuan.read;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * A workbook could not be read at all. The message starts with the file (and the sheet and cell where
 * known), says what is wrong in Chinese, then in English, and what to do about it.
 *
 * <p>Problems that leave the rest of the workbook readable are not thrown: they come back as
 * {@link io.github.juesuan.model.Problem}s in the {@link ReadResult}.
 */
public final class ReadException extends IOException {
    private static final long serialVersionUID = 1L;

    /** Why a workbook could not be read; stable, for programs that branch on it. */
    public enum Reason {
        /** The file does not exist or cannot be opened. */
        NOT_FOUND,
        /** The file is empty. */
        EMPTY,
        /** Neither an .xlsx (zip) nor an .xls (OLE2) workbook: a PDF, CSV, image, Word file… */
        NOT_A_WORKBOOK,
        /** Password-protected or encrypted. */
        ENCRYPTED,
        /** A workbook whose container or XML is damaged or cut short. */
        CORRUPT,
        /** A configured limit was exceeded (zip bomb, too many cells, …). */
        LIMIT_EXCEEDED,
        /** An I/O error while reading. */
        IO
    }

    private final Reason reason;
    private final String file;
    private final String sheet;
    private final String cell;

    ReadException(Reason reason, String file, String sheet, String cell, String zh, String en, Throwable cause) {
        super(compose(file, sheet, cell, Objects.requireNonNull(zh, "zh"), Objects.requireNonNull(en, "en")), cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.file = file;
        this.sheet = sheet;
        this.cell = cell;
    }

    ReadException(Reason reason, String file, String zh, String en, Throwable cause) {
        this(reason, file, null, null, zh, en, cause);
    }

    /**
     * For a caller that finds an input unreadable before any reader sees it (the command line, for a path the
     * locale cannot spell): {@code file: zh (en)}.
     */
    public ReadException(Reason reason, String file, String zh, String en) {
        this(reason, file, null, null, zh, en, null);
    }

    private static String compose(String file, String sheet, String cell, String zh, String en) {
        StringBuilder sb = new StringBuilder(file == null ? "<input>" : file);
        if (sheet != null) {
            sb.append(" [").append(sheet);
            if (cell != null) {
                sb.append('!').append(cell);
            }
            sb.append(']');
        }
        sb.append(": ").append(zh);
        if (en != null && !en.isEmpty()) {
            sb.append(" (").append(en).append(')');
        }
        return sb.toString();
    }

    /** Why the workbook could not be read. */
    public Reason reason() {
        return reason;
    }

    /** The file name as given to the reader. */
    public String file() {
        return file;
    }

    /** The sheet where the problem was found, if known. */
    public Optional<String> sheet() {
        return Optional.ofNullable(sheet);
    }

    /** The A1 reference of the cell where the problem was found, if known. */
    public Optional<String> cell() {
        return Optional.ofNullable(cell);
    }
}
