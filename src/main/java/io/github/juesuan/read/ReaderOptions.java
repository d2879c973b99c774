package io.github.juesuan.read;

/**
 * Limits and settings of a {@link JuesuanReader}. Immutable; start from {@link #DEFAULTS} and change
 * what you need with the {@code with…} methods.
 *
 * @param maxFileBytes         largest workbook accepted, in bytes
 * @param maxUncompressedBytes largest total of uncompressed .xlsx parts read, in bytes
 * @param maxSheets            most sheets read
 * @param maxCellsPerSheet     most non-empty cells in one sheet
 * @param maxRows              highest row number (1-based) accepted
 * @param maxColumns           highest column number (1-based) accepted
 * @param maxTextLength        longest single string cell, in characters
 * @param maxMerges            most merged regions in one sheet
 * @param password             password for an encrypted workbook, or {@code null}
 *
 * <p>Zip entries of an .xlsx are also guarded by POI's {@code ZipSecureFile} inflate-ratio check
 * (a process-wide setting, default 0.01).
 */
public record ReaderOptions(long maxFileBytes, long maxUncompressedBytes, int maxSheets,
                            int maxCellsPerSheet, int maxRows, int maxColumns, int maxTextLength, int maxMerges,
                            String password) {

    /** Safe defaults, generous for any real disclosure (a typical one is under 100 KB and 5,000 cells). */
    public static final ReaderOptions DEFAULTS = new ReaderOptions(
            64L * 1024 * 1024, 256L * 1024 * 1024, 256, 200_000, 100_000, 1_000, 100_000, 10_000, null);

    /** Checks that every limit is positive. */
    public ReaderOptions {
        if (maxFileBytes <= 0 || maxUncompressedBytes <= 0 || maxSheets <= 0
                || maxCellsPerSheet <= 0 || maxRows <= 0 || maxColumns <= 0 || maxTextLength <= 0 || maxMerges < 0) {
            throw new IllegalArgumentException("reader limits must be positive");
        }
    }

    /** A copy with the given password for encrypted workbooks. */
    public ReaderOptions withPassword(String newPassword) {
        return new ReaderOptions(maxFileBytes, maxUncompressedBytes, maxSheets, maxCellsPerSheet,
                maxRows, maxColumns, maxTextLength, maxMerges, newPassword);
    }

    /** A copy with another largest accepted file size. */
    public ReaderOptions withMaxFileBytes(long bytes) {
        return new ReaderOptions(bytes, maxUncompressedBytes, maxSheets, maxCellsPerSheet,
                maxRows, maxColumns, maxTextLength, maxMerges, password);
    }

    /** A copy with another most non-empty cells per sheet. */
    public ReaderOptions withMaxCellsPerSheet(int cells) {
        return new ReaderOptions(maxFileBytes, maxUncompressedBytes, maxSheets, cells,
                maxRows, maxColumns, maxTextLength, maxMerges, password);
    }

    /** A copy with another highest accepted row and column. */
    public ReaderOptions withMaxExtent(int rows, int columns) {
        return new ReaderOptions(maxFileBytes, maxUncompressedBytes, maxSheets, maxCellsPerSheet,
                rows, columns, maxTextLength, maxMerges, password);
    }

    @Override
    public String toString() {
        return "ReaderOptions[maxFileBytes=" + maxFileBytes + ", maxUncompressedBytes=" + maxUncompressedBytes
                + ", maxSheets=" + maxSheets + ", maxCellsPerSheet="
                + maxCellsPerSheet + ", maxRows=" + maxRows + ", maxColumns=" + maxColumns + ", maxTextLength="
                + maxTextLength + ", maxMerges=" + maxMerges + ", password=" + (password == null ? "none" : "***")
                + "]";
    }
}
