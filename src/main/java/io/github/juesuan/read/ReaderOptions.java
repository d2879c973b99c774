package io.github.juesuan.read;

/**
 * Limits and settings of a {@link JuesuanReader}. Immutable; start from {@link #DEFAULTS} and change
 * what you need with the {@code with…} methods. Every limit bounds the time or memory one hostile or broken
 * file can take; beyond one, the read stops with a {@link ReadException} of reason
 * {@link ReadException.Reason#LIMIT_EXCEEDED} whose message names the limit and the value (docs/limits.md
 * lists them all).
 *
 * @param maxFileBytes         largest workbook accepted, in bytes (also the largest decrypted package)
 * @param maxUncompressedBytes largest total of uncompressed .xlsx parts read, in bytes
 * @param maxZipEntries        most entries in an .xlsx zip archive (counted before the archive is opened)
 * @param maxSheets            most sheets read
 * @param maxCells             most non-empty cells in the whole workbook
 * @param maxCellsPerSheet     most non-empty cells in one sheet
 * @param maxRows              highest row number (1-based) accepted
 * @param maxColumns           highest column number (1-based) accepted
 * @param maxTextLength        longest single string cell, in characters; in .xlsx also bounds any run of text
 *                             or tag the XML parser is given (4 bytes a character, plus 64 KiB)
 * @param maxSharedStrings     most entries in the shared string table
 * @param maxMerges            most merged regions in one sheet
 * <p>Zip entries of an .xlsx are also guarded by POI's {@code ZipSecureFile} inflate-ratio check
 * (a process-wide setting, default 0.01).
 *
 * @param password             password for an encrypted workbook, or {@code null}
 */
public record ReaderOptions(long maxFileBytes, long maxUncompressedBytes, int maxZipEntries, int maxSheets,
                            int maxCells, int maxCellsPerSheet, int maxRows, int maxColumns, int maxTextLength,
                            int maxSharedStrings, int maxMerges, String password) {

    /** Safe defaults, generous for any real disclosure (a typical one is under 100 KB and 5,000 cells). */
    public static final ReaderOptions DEFAULTS = new ReaderOptions(
            64L * 1024 * 1024, 256L * 1024 * 1024, 10_000, 256, 1_000_000, 200_000, 100_000, 1_000, 100_000,
            500_000, 10_000, null);

    /**
     * Checks that every limit is positive (merged regions may be limited to none).
     *
     * @param maxFileBytes         largest workbook accepted, in bytes
     * @param maxUncompressedBytes largest total of uncompressed .xlsx parts read, in bytes
     * @param maxZipEntries        most entries in an .xlsx zip archive
     * @param maxSheets            most sheets read
     * @param maxCells             most non-empty cells in the whole workbook
     * @param maxCellsPerSheet     most non-empty cells in one sheet
     * @param maxRows              highest row number (1-based) accepted
     * @param maxColumns           highest column number (1-based) accepted
     * @param maxTextLength        longest single string cell, in characters
     * @param maxSharedStrings     most entries in the shared string table
     * @param maxMerges            most merged regions in one sheet; 0 allows none
     * @param password             password for an encrypted workbook, or {@code null}
     * @throws IllegalArgumentException if a limit is zero or negative, or {@code maxMerges} is negative
     */
    public ReaderOptions {
        if (maxFileBytes <= 0 || maxUncompressedBytes <= 0 || maxZipEntries <= 0 || maxSheets <= 0 || maxCells <= 0
                || maxCellsPerSheet <= 0 || maxRows <= 0 || maxColumns <= 0 || maxTextLength <= 0
                || maxSharedStrings <= 0 || maxMerges < 0) {
            throw new IllegalArgumentException("reader limits must be positive: " + limits(maxFileBytes,
                    maxUncompressedBytes, maxZipEntries, maxSheets, maxCells, maxCellsPerSheet, maxRows, maxColumns,
                    maxTextLength, maxSharedStrings, maxMerges));
        }
    }

    /**
     * A copy with the given password for encrypted workbooks.
     *
     * @param newPassword the password, or {@code null} for none
     * @return the same limits with that password
     */
    public ReaderOptions withPassword(String newPassword) {
        return new ReaderOptions(maxFileBytes, maxUncompressedBytes, maxZipEntries, maxSheets, maxCells,
                maxCellsPerSheet, maxRows, maxColumns, maxTextLength, maxSharedStrings, maxMerges, newPassword);
    }

    /**
     * A copy with another largest accepted file size.
     *
     * @param bytes the largest workbook accepted, in bytes; positive
     * @return the same options with that limit
     * @throws IllegalArgumentException if {@code bytes} is not positive
     */
    public ReaderOptions withMaxFileBytes(long bytes) {
        return new ReaderOptions(bytes, maxUncompressedBytes, maxZipEntries, maxSheets, maxCells,
                maxCellsPerSheet, maxRows, maxColumns, maxTextLength, maxSharedStrings, maxMerges, password);
    }

    /**
     * A copy with another largest total of uncompressed .xlsx parts.
     *
     * @param bytes the largest total read, in bytes; positive
     * @return the same options with that limit
     * @throws IllegalArgumentException if {@code bytes} is not positive
     */
    public ReaderOptions withMaxUncompressedBytes(long bytes) {
        return new ReaderOptions(maxFileBytes, bytes, maxZipEntries, maxSheets, maxCells,
                maxCellsPerSheet, maxRows, maxColumns, maxTextLength, maxSharedStrings, maxMerges, password);
    }

    /**
     * A copy with another most zip entries.
     *
     * @param entries the most entries an .xlsx archive may have; positive
     * @return the same options with that limit
     * @throws IllegalArgumentException if {@code entries} is not positive
     */
    public ReaderOptions withMaxZipEntries(int entries) {
        return new ReaderOptions(maxFileBytes, maxUncompressedBytes, entries, maxSheets, maxCells,
                maxCellsPerSheet, maxRows, maxColumns, maxTextLength, maxSharedStrings, maxMerges, password);
    }

    /**
     * A copy with another most sheets.
     *
     * @param sheets the most sheets read; positive
     * @return the same options with that limit
     * @throws IllegalArgumentException if {@code sheets} is not positive
     */
    public ReaderOptions withMaxSheets(int sheets) {
        return new ReaderOptions(maxFileBytes, maxUncompressedBytes, maxZipEntries, sheets, maxCells,
                maxCellsPerSheet, maxRows, maxColumns, maxTextLength, maxSharedStrings, maxMerges, password);
    }

    /**
     * A copy with another most non-empty cells in the whole workbook.
     *
     * @param cells the most non-empty cells; positive
     * @return the same options with that limit
     * @throws IllegalArgumentException if {@code cells} is not positive
     */
    public ReaderOptions withMaxCells(int cells) {
        return new ReaderOptions(maxFileBytes, maxUncompressedBytes, maxZipEntries, maxSheets, cells,
                maxCellsPerSheet, maxRows, maxColumns, maxTextLength, maxSharedStrings, maxMerges, password);
    }

    /**
     * A copy with another most non-empty cells per sheet.
     *
     * @param cells the most non-empty cells in one sheet; positive
     * @return the same options with that limit
     * @throws IllegalArgumentException if {@code cells} is not positive
     */
    public ReaderOptions withMaxCellsPerSheet(int cells) {
        return new ReaderOptions(maxFileBytes, maxUncompressedBytes, maxZipEntries, maxSheets, maxCells,
                cells, maxRows, maxColumns, maxTextLength, maxSharedStrings, maxMerges, password);
    }

    /**
     * A copy with another highest accepted row and column.
     *
     * @param rows    the highest row number (1-based) accepted; positive
     * @param columns the highest column number (1-based) accepted; positive
     * @return the same options with those limits
     * @throws IllegalArgumentException if {@code rows} or {@code columns} is not positive
     */
    public ReaderOptions withMaxExtent(int rows, int columns) {
        return new ReaderOptions(maxFileBytes, maxUncompressedBytes, maxZipEntries, maxSheets, maxCells,
                maxCellsPerSheet, rows, columns, maxTextLength, maxSharedStrings, maxMerges, password);
    }

    /**
     * A copy with another longest string.
     *
     * @param characters the longest string cell, in characters; positive
     * @return the same options with that limit
     * @throws IllegalArgumentException if {@code characters} is not positive
     */
    public ReaderOptions withMaxTextLength(int characters) {
        return new ReaderOptions(maxFileBytes, maxUncompressedBytes, maxZipEntries, maxSheets, maxCells,
                maxCellsPerSheet, maxRows, maxColumns, characters, maxSharedStrings, maxMerges, password);
    }

    /**
     * A copy with another most shared strings.
     *
     * @param strings the most entries in the shared string table; positive
     * @return the same options with that limit
     * @throws IllegalArgumentException if {@code strings} is not positive
     */
    public ReaderOptions withMaxSharedStrings(int strings) {
        return new ReaderOptions(maxFileBytes, maxUncompressedBytes, maxZipEntries, maxSheets, maxCells,
                maxCellsPerSheet, maxRows, maxColumns, maxTextLength, strings, maxMerges, password);
    }

    /**
     * A copy with another most merged regions per sheet.
     *
     * @param merges the most merged regions in one sheet; 0 allows none
     * @return the same options with that limit
     * @throws IllegalArgumentException if {@code merges} is negative
     */
    public ReaderOptions withMaxMerges(int merges) {
        return new ReaderOptions(maxFileBytes, maxUncompressedBytes, maxZipEntries, maxSheets, maxCells,
                maxCellsPerSheet, maxRows, maxColumns, maxTextLength, maxSharedStrings, merges, password);
    }

    /** The longest run of bytes without markup the .xlsx parser is given: a text or tag beyond it is refused. */
    long maxMarkupRun() {
        return 4L * maxTextLength + 64 * 1024;
    }

    @Override
    public String toString() {
        return "ReaderOptions[" + limits(maxFileBytes, maxUncompressedBytes, maxZipEntries, maxSheets, maxCells,
                maxCellsPerSheet, maxRows, maxColumns, maxTextLength, maxSharedStrings, maxMerges)
                + ", password=" + (password == null ? "none" : "***") + "]";
    }

    private static String limits(long fileBytes, long uncompressed, int zipEntries, int sheets, int cells,
                                 int cellsPerSheet, int rows, int columns, int text, int strings, int merges) {
        return "maxFileBytes=" + fileBytes + ", maxUncompressedBytes=" + uncompressed + ", maxZipEntries="
                + zipEntries + ", maxSheets=" + sheets + ", maxCells=" + cells + ", maxCellsPerSheet=" + cellsPerSheet
                + ", maxRows=" + rows + ", maxColumns=" + columns + ", maxTextLength=" + text + ", maxSharedStrings="
                + strings + ", maxMerges=" + merges;
    }
}
