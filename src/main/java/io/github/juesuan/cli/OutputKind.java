package io.github.juesuan.cli;

/**
 * What an output of the command line is, for the message saying it cannot be written: each kind has its word
 * under {@code output.what.<NAME>} in both bundles, so that each language names it in its own words.
 */
enum OutputKind {
    /** The JSON report ({@code --json}). */
    JSON_REPORT,
    /** The HTML report ({@code --html}). */
    HTML_REPORT,
    /** The CSV of the self-evaluations' projects ({@code --perf-csv}). */
    PROJECTS_CSV,
    /** One annotated copy of a workbook. */
    ANNOTATED_COPY,
    /** The folder of annotated copies ({@code --annotate}). */
    ANNOTATED_COPIES,
    /** The system's temporary folder, where outputs for standard output are first written. */
    TEMPORARY_FOLDER,
    /** A temporary file in it. */
    TEMPORARY_FILE,
    /** The file collecting each file's full report ({@code --details}) until the batch is over. */
    DETAILS
}
