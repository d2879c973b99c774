package io.github.juesuan.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Something found while reading a workbook that did not stop the read: a table that could not be matched,
 * a value that is not a number, a constraint violated. The message starts with the location.
 *
 * @param code      stable identifier, e.g. {@code READ.NOT_A_NUMBER}; branch on this, not on the text
 * @param severity  how much it matters
 * @param source    the cell concerned, or {@code null} when the problem concerns the whole file
 * @param message   the Chinese message
 * @param messageEn the English message
 */
public record Problem(String code, Severity severity, Source source, String message, String messageEn) {
    /** Checks for nulls. */
    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(messageEn, "messageEn");
    }

    /** The cell concerned, if any. */
    public Optional<Source> where() {
        return Optional.ofNullable(source);
    }

    @Override
    public String toString() {
        return (source == null ? "" : source.location() + ": ") + "[" + code + "] " + message;
    }
}
