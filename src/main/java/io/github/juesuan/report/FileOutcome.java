package io.github.juesuan.report;

import io.github.juesuan.read.ReadException;

import java.util.Objects;

/**
 * What became of one file of a run: {@link Checked} (it was read and checked, here is its report) or
 * {@link Unreadable} (it gave no report, and why). A {@link Batch} hands these over in path order; the JSON
 * and HTML reports are written from them.
 *
 * <pre>{@code
 * for (FileOutcome o : Batch.run(List.of(Path.of("山西省2024")), Checker.create()).entries()) {
 *     if (o instanceof FileOutcome.Checked c) {
 *         System.out.println(o.file() + ": " + c.report().count(Severity.ERROR) + " errors");
 *     } else if (o instanceof FileOutcome.Unreadable u) {
 *         System.out.println(u.message());
 *     }
 * }
 * }</pre>
 */
public sealed interface FileOutcome permits FileOutcome.Checked, FileOutcome.Unreadable {
    /**
     * The file as the run names it (the path given or found), which the reports show.
     *
     * @return the file's name or path
     */
    String file();

    /**
     * A file that was read and checked.
     *
     * @param file   the file's name or path, as the reports show it
     * @param report what checking it found
     */
    record Checked(String file, Report report) implements FileOutcome {
        /**
         * Checks for nulls.
         *
         * @param file   the file's name or path
         * @param report what checking it found
         * @throws NullPointerException naming the argument that is null
         */
        public Checked {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(report, "report");
        }
    }

    /**
     * A file that gave no report.
     *
     * @param file    the file's name or path, as the reports show it
     * @param reason  the {@link ReadException.Reason} name ({@code EMPTY}, {@code NOT_A_WORKBOOK},
     *                {@code CORRUPT} …), or {@link #INTERNAL} for a bug met while checking it
     * @param message the message, starting with the file name (the JSON report's {@code reason})
     */
    record Unreadable(String file, String reason, String message) implements FileOutcome {
        /** The pseudo-reason of a file whose check failed with a bug rather than a {@link ReadException}. */
        public static final String INTERNAL = "INTERNAL";

        /**
         * Checks for nulls.
         *
         * @param file    the file's name or path
         * @param reason  the {@link ReadException.Reason} name, or {@link #INTERNAL}
         * @param message the message, starting with the file name
         * @throws NullPointerException naming the argument that is null
         */
        public Unreadable {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }

        /**
         * The outcome of a file that could not be read: the exception's reason and message.
         *
         * @param file the file's name or path, as the reports show it
         * @param e    why it could not be read
         * @return the outcome
         * @throws NullPointerException naming the argument that is null
         */
        public static Unreadable of(String file, ReadException e) {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(e, "e");
            return new Unreadable(file, e.reason().name(), e.getMessage());
        }
    }
}
