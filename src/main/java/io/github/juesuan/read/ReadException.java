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

    /** Why the workbook could not be read. */
    private final Reason reason;
    /** The file name as given to the reader, or {@code null} when there was none. */
    private final String file;
    /** The sheet where the problem was found, or {@code null}. */
    private final String sheet;
    /** The A1 reference of the cell where the problem was found, or {@code null}. */
    private final String cell;

    private ReadException(Reason reason, String file, String sheet, String cell, String zh, String en,
                          Throwable cause) {
        super(compose(file, sheet, cell, Objects.requireNonNull(zh, "zh"), Objects.requireNonNull(en, "en")), cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.file = file;
        this.sheet = sheet;
        this.cell = cell;
    }

    /**
     * Why a workbook is unreadable, as the message of {@code key} in {@link ReadMessages}' bundles, Chinese then
     * English.
     */
    static ReadException of(Reason reason, String file, String sheet, String cell, Throwable cause, String key,
                            Object... args) {
        return new ReadException(reason, file, sheet, cell, ReadMessages.ZH.get(key, args),
                ReadMessages.EN.get(key, args), cause);
    }

    /**
     * For a caller that finds an input unreadable before any reader sees it (the command line, for a path the
     * locale cannot spell): {@code file: zh (en)}.
     *
     * @param reason why the input cannot be read
     * @param file   the file name as the user gave it; {@code null} prints {@code <input>}
     * @param zh     what is wrong, in Chinese
     * @param en     what is wrong, in English; {@code null} or empty leaves out the parenthesis
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

    /**
     * Why the workbook could not be read.
     *
     * @return the reason, for programs that branch on it
     */
    public Reason reason() {
        return reason;
    }

    /**
     * The file name as given to the reader.
     *
     * @return the name the message starts with, or {@code null} when none was given
     */
    public String file() {
        return file;
    }

    /**
     * The sheet where the problem was found, if known.
     *
     * @return the sheet name, or empty when the problem is not in one sheet
     */
    public Optional<String> sheet() {
        return Optional.ofNullable(sheet);
    }

    /**
     * The A1 reference of the cell where the problem was found, if known.
     *
     * @return the cell ({@code C27}), or empty when the problem is not in one cell
     */
    public Optional<String> cell() {
        return Optional.ofNullable(cell);
    }
}
