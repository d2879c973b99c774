package io.github.juesuan.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Something found while reading a workbook that did not stop the read: a table that could not be matched,
 * a value that is not a number, a constraint violated. The message starts with the location.
 *
 * <p>A class rather than a record, so that it can gain fields without breaking code compiled against it.
 * The cell it concerns is absent in one way only: {@link #where()} is empty.
 */
public final class Problem {
    private final String code;
    private final Severity severity;
    private final Source source;
    private final String message;
    private final String messageEn;

    /**
     * A problem at a cell, or concerning the whole file.
     *
     * @param code      stable identifier, e.g. {@code READ.NOT_A_NUMBER}
     * @param severity  how much it matters
     * @param source    the cell concerned, or {@code null} when the problem concerns the whole file
     * @param message   the Chinese message, starting with the location
     * @param messageEn the English message
     * @throws NullPointerException naming the argument, other than {@code source}, that is null
     */
    public Problem(String code, Severity severity, Source source, String message, String messageEn) {
        this.code = Objects.requireNonNull(code, "code");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.source = source;
        this.message = Objects.requireNonNull(message, "message");
        this.messageEn = Objects.requireNonNull(messageEn, "messageEn");
    }

    /**
     * The stable identifier; branch on this, not on the text.
     *
     * @return e.g. {@code READ.NOT_A_NUMBER}
     */
    public String code() {
        return code;
    }

    /**
     * How much it matters.
     *
     * @return the severity
     */
    public Severity severity() {
        return severity;
    }

    /**
     * The cell concerned.
     *
     * @return the cell, or empty when the problem concerns the whole file
     */
    public Optional<Source> where() {
        return Optional.ofNullable(source);
    }

    /**
     * The message in Chinese.
     *
     * @return the message, starting with the location
     */
    public String message() {
        return message;
    }

    /**
     * The message in English.
     *
     * @return the message
     */
    public String messageEn() {
        return messageEn;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Problem p && code.equals(p.code) && severity == p.severity
                && Objects.equals(source, p.source) && message.equals(p.message) && messageEn.equals(p.messageEn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, severity, source, message, messageEn);
    }

    /**
     * The problem in one line.
     *
     * @return the cell (if any), the code in brackets and the Chinese message
     */
    @Override
    public String toString() {
        return (source == null ? "" : source.location() + ": ") + "[" + code + "] " + message;
    }
}
