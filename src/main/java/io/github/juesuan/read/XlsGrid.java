package io.github.juesuan.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.eventusermodel.FormatTrackingHSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFListener;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.record.ArrayRecord;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.ColumnInfoRecord;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.FormatRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.MergeCellsRecord;
import org.apache.poi.hssf.record.MulRKRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.RKRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RecordFactory;
import org.apache.poi.hssf.record.RowRecord;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.SharedFormulaRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.hssf.record.TableRecord;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFDataFormat;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads the cell grid of a BIFF8 {@code .xls} workbook with POI's HSSF event API.
 *
 * <p>The event API is used instead of {@code HSSFWorkbook} so that nothing beyond the stored cells is
 * built in memory, and so that reading can stop at the first record that passes a {@link ReaderOptions}
 * limit. Every failure of POI while parsing becomes a {@link ReadException}: a damaged file must never
 * surface as an unchecked exception from the reader.
 */
final class XlsGrid {

    /** BIFF8, the only .xls dialect read; Excel 5.0/95 (BIFF5) and older store strings and sheets differently. */
    private static final int BIFF8 = 0x0600;

    private XlsGrid() {
    }

    /**
     * Reads every sheet of an .xls workbook.
     *
     * @param content the whole file
     * @param file    the file name, for messages
     * @param options limits and the password
     * @return the sheets in workbook (tab) order, each with its non-empty cells sorted row-major
     * @throws ReadException {@code CORRUPT} for a damaged or truncated file, {@code ENCRYPTED} when the
     *                       password is missing or wrong, {@code LIMIT_EXCEEDED} when a limit is passed,
     *                       {@code NOT_A_WORKBOOK} for an OLE2 file without a workbook stream or with an
     *                       Excel 5.0/95 or older one
     */
    static List<RawSheet> read(byte[] content, String file, ReaderOptions options) throws ReadException {
        // POI takes the .xls password from a thread-local rather than a parameter; set ours for exactly
        // this run and put back whatever the calling thread had, so nothing leaks between reads.
        String previousPassword = Biff8EncryptionKey.getCurrentUserPassword();
        Biff8EncryptionKey.setCurrentUserPassword(options.password());
        try {
            return parse(content, file, options);
        } catch (Abort abort) {
            throw abort.exception;
        } catch (ReadException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw encrypted(file, options, e);
        } catch (OldExcelFormatException e) {
            // POIFS raises this for a bare BIFF2-4 stream, which has no OLE2 container around it.
            throw oldFormat(file, "BIFF2-4");
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // StackOverflowError is the one Error a hostile record structure can provoke that leaves the
            // JVM healthy; the others (OutOfMemoryError, linkage errors) are not ours to swallow.
            throw corrupt(file, null, null, describe(e), e);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(previousPassword);
        }
    }

    private static List<RawSheet> parse(byte[] content, String file, ReaderOptions options) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            String entry = Containers.workbookEntry(fs.getRoot());
            if (entry == null) {
                throw new ReadException(ReadException.Reason.NOT_A_WORKBOOK, file,
                        "这是 OLE2 复合文档，但其中没有 Excel 工作簿数据，不是 .xls 工作簿",
                        "an OLE2 compound document without an Excel workbook stream, so not an .xls workbook",
                        null);
            }
            try (InputStream in = fs.getRoot().createDocumentInputStream(entry)) {
                checkVersion(in.readNBytes(6), file);
            }
            Collector collector = new Collector(file, options);
            HSSFRequest request = new HSSFRequest();
            request.addListenerForAllRecords(collector);
            try (InputStream in = fs.getRoot().createDocumentInputStream(entry)) {
                new HSSFEventFactory().processEvents(request, in);
            }
            return collector.finish();
        }
    }

    /**
     * Rejects Excel 5.0/95 and older workbooks from their first BOF record, which is never encrypted.
     * The event API would misread them (their strings and sheet records differ from BIFF8) or fail
     * with a misleading record error, so they are told apart before it runs.
     */
    private static void checkVersion(byte[] head, String file) throws ReadException {
        if (head.length < 6) {
            return;
        }
        int sid = (head[0] & 0xFF) | (head[1] & 0xFF) << 8;
        int version = (head[4] & 0xFF) | (head[5] & 0xFF) << 8;
        boolean oldBof = sid == BOFRecord.biff2_sid || sid == BOFRecord.biff3_sid || sid == BOFRecord.biff4_sid;
        if (oldBof || (sid == BOFRecord.sid && version < BIFF8)) {
            throw oldFormat(file, oldBof ? "BIFF2-4" : "BIFF version 0x" + Integer.toHexString(version));
        }
    }

    private static ReadException oldFormat(String file, String detail) {
        return new ReadException(ReadException.Reason.NOT_A_WORKBOOK, file,
                "这是 Excel 5.0/95 或更早版本格式的工作簿，无法读取；请用 Excel 或 WPS 另存为 .xlsx 后再试",
                "a workbook in the Excel 5.0/95 or older format (" + detail
                        + "), which cannot be read; save it as .xlsx with Excel or WPS and try again",
                null);
    }

    private static ReadException encrypted(String file, ReaderOptions options, EncryptedDocumentException e) {
        if (options.password() == null) {
            // POI has already tried Excel's built-in default password ("VelvetSweatshop"), which is how
            // files that open without a prompt are stored; failing that, a real password is needed.
            return new ReadException(ReadException.Reason.ENCRYPTED, file,
                    "工作簿设有打开密码（已加密），请提供密码：命令行用 --password，程序中用 ReaderOptions.withPassword",
                    "the workbook is password-protected (encrypted); supply the password with --password on "
                            + "the command line or ReaderOptions.withPassword",
                    e);
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("password is invalid")) {
            return new ReadException(ReadException.Reason.ENCRYPTED, file, "密码不正确", "wrong password", e);
        }
        return new ReadException(ReadException.Reason.ENCRYPTED, file,
                "工作簿已加密，但无法解密（加密方式不受支持或加密信息已损坏）",
                "the workbook is encrypted but cannot be decrypted (unsupported or damaged encryption): "
                        + describe(e),
                e);
    }

    private static ReadException corrupt(String file, String sheet, String cell, String detail, Throwable cause) {
        return new ReadException(ReadException.Reason.CORRUPT, file, sheet, cell,
                "文件已损坏或不完整，无法读取为 .xls 工作簿；请用 Excel 或 WPS 打开并另存，或重新导出后再试",
                "the .xls workbook is damaged or truncated: " + detail
                        + "; open and save it again with Excel or WPS, or export it again", cause);
    }

    private static String describe(Throwable e) {
        String name = e.getClass().getSimpleName();
        return e.getMessage() == null ? name : name + ": " + e.getMessage();
    }

    /**
     * Carries a {@link ReadException} out of the listener, which POI only lets throw unchecked exceptions;
     * throwing is also how reading stops at once when a limit is passed.
     */
    private static final class Abort extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient ReadException exception;

        Abort(ReadException exception) {
            super(exception.getMessage(), null, false, false);
            this.exception = exception;
        }
    }

    /**
     * Number formats as POI's {@link FormatTrackingHSSFListener} tracks them, with the bounds checks that
     * class leaves out: it indexes its XF list with the raw record value and throws on a damaged index.
     */
    private static final class Formats extends FormatTrackingHSSFListener {
        private final Set<Integer> customIds = new HashSet<>();

        Formats() {
            super(record -> {
            }, Locale.ROOT);
        }

        @Override
        public void processRecordInternally(Record record) {
            super.processRecordInternally(record);
            if (record instanceof FormatRecord format) {
                customIds.add(format.getIndexCode());
            }
        }

        /**
         * The number format id of a cell; a cell pointing past the XF table (a damaged file whose number
         * is still intact) reads as General.
         */
        int formatId(CellValueRecordInterface cell) {
            int xf = cell.getXFIndex() & 0xFFFF;
            if (xf >= getNumberOfExtendedFormats()) {
                return 0;
            }
            int id = getFormatIndex(cell);
            return id < 0 ? 0 : id;
        }

        /**
         * The format code for an id, or {@code null} where POI has no real code: the locale-dependent
         * built-ins (23–36 and 50–58, dates in zh-CN Excel, which POI calls "reserved-0x1F" or does not know)
         * and a custom id without its FORMAT record.
         */
        String formatCode(int id) {
            if ((id >= 23 && id <= 36) || (id >= 50 && id <= 58)) {
                return null;
            }
            if (id < HSSFDataFormat.getNumberOfBuiltinBuiltinFormats() || customIds.contains(id)) {
                // Only asked when an answer exists: POI logs an error for every unknown custom id.
                return getFormatString(id);
            }
            return null;
        }
    }

    /** Cells and merges of one worksheet while its substream is read, with the per-sheet limits. */
    private static final class SheetBuilder {
        private final String file;
        private final ReaderOptions options;
        private final String name;
        private final int index;
        private final boolean hidden;
        private final boolean collectsCells;
        private final List<RawCell> cells = new ArrayList<>();
        private final List<Merge> merges = new ArrayList<>();
        private final BitSet hiddenRows = new BitSet();
        private final BitSet hiddenColumns = new BitSet();
        /** Cells of the whole workbook so far, shared by its sheets: {@code [0]}. */
        private final int[] workbookCells;

        SheetBuilder(String file, ReaderOptions options, String name, int index, boolean hidden,
                     boolean collectsCells, int[] workbookCells) {
            this.workbookCells = workbookCells;
            this.file = file;
            this.options = options;
            this.name = name;
            this.index = index;
            this.hidden = hidden;
            this.collectsCells = collectsCells;
        }

        /** Checks where a cell is before anything else is done with it, so the message can name it. */
        void checkPosition(int row, int col) {
            String cell = CellRefs.a1(row, col);
            if (row >= options.maxRows()) {
                throw new Abort(limit(cell,
                        "工作表「" + name + "」的单元格 " + cell + " 行号 " + (row + 1) + " 超过上限 " + options.maxRows(),
                        "row " + (row + 1) + " is beyond the limit of " + options.maxRows()
                                + " rows; raise ReaderOptions.maxRows (withMaxExtent) if the file is genuine"));
            }
            if (col >= options.maxColumns()) {
                throw new Abort(limit(cell,
                        "工作表「" + name + "」的单元格 " + cell + " 列号 " + (col + 1) + " 超过上限 "
                                + options.maxColumns(),
                        "column " + (col + 1) + " is beyond the limit of " + options.maxColumns()
                                + " columns; raise ReaderOptions.maxColumns (withMaxExtent) if the file is genuine"));
            }
        }

        void checkText(int row, int col, String text) {
            if (text.length() > options.maxTextLength()) {
                String cell = CellRefs.a1(row, col);
                throw new Abort(limit(cell,
                        "工作表「" + name + "」的单元格 " + cell + " 文本长度 " + text.length() + " 超过上限 "
                                + options.maxTextLength(),
                        "text of " + text.length() + " characters is longer than the limit of "
                                + options.maxTextLength()
                                + "; raise ReaderOptions.maxTextLength if the file is genuine"));
            }
        }

        void add(RawCell cell) {
            checkPosition(cell.row(), cell.col());
            if (cell.text() != null) {
                checkText(cell.row(), cell.col(), cell.text());
            }
            if (++workbookCells[0] > options.maxCells()) {
                throw new Abort(limit(cell.a1(),
                        "工作簿的单元格总数超过上限 " + options.maxCells(),
                        "workbook has more than " + options.maxCells()
                                + " cells; raise ReaderOptions.maxCells if the file is genuine"));
            }
            if (cells.size() >= options.maxCellsPerSheet()) {
                throw new Abort(limit(cell.a1(),
                        "工作表「" + name + "」的单元格数超过上限 " + options.maxCellsPerSheet(),
                        "sheet has more than " + options.maxCellsPerSheet()
                                + " cells; raise ReaderOptions.maxCellsPerSheet if the file is genuine"));
            }
            cells.add(cell);
        }

        void addMerge(CellRangeAddress area) {
            if (merges.size() >= options.maxMerges()) {
                throw new Abort(limit(null,
                        "工作表「" + name + "」的合并区域数超过上限 " + options.maxMerges(),
                        "sheet has more than " + options.maxMerges()
                                + " merged regions; raise ReaderOptions.maxMerges if the file is genuine"));
            }
            merges.add(new Merge(area.getFirstRow(), area.getFirstColumn(), area.getLastRow(),
                    area.getLastColumn()));
        }

        private ReadException limit(String cell, String zh, String en) {
            return new ReadException(ReadException.Reason.LIMIT_EXCEEDED, file, name, cell, zh, en, null);
        }

        RawSheet build() {
            // Excel writes cells row by row, but other writers need not, and a damaged file may repeat a
            // cell; sort (stably) and keep the last record for a position, as Excel does when loading.
            List<RawCell> sorted = new ArrayList<>(cells);
            sorted.sort(Comparator.comparingInt(RawCell::row).thenComparingInt(RawCell::col));
            List<RawCell> unique = new ArrayList<>(sorted.size());
            for (RawCell c : sorted) {
                int last = unique.size() - 1;
                if (last >= 0 && unique.get(last).row() == c.row() && unique.get(last).col() == c.col()) {
                    unique.set(last, c);
                } else {
                    unique.add(c);
                }
            }
            return RawSheet.of(name, index, hidden, unique, merges, hiddenRows, hiddenColumns);
        }
    }

    /**
     * The listener: follows the BOF/EOF nesting to know which substream a record belongs to, and turns
     * the cell records of worksheet substreams into {@link RawCell}s.
     *
     * <p>The workbook globals come first (BOUNDSHEET, SST, FORMAT, XF records), then one substream per
     * sheet. Substreams are stored in the order of their BOF offsets, which is not necessarily the tab
     * order given by the BOUNDSHEET records, hence the mapping through {@link #byPosition}.
     */
    private static final class Collector implements HSSFListener {
        private final String file;
        private final ReaderOptions options;
        private final Formats formats = new Formats();
        private final List<BoundSheetRecord> boundSheets = new ArrayList<>();
        private RawSheet[] sheets;
        private int[] byPosition;
        private SSTRecord sst;
        private final int[] workbookCells = new int[1];
        private boolean seenFirstRecord;
        private int depth;
        private boolean globalsDone;
        private int substreams;
        private SheetBuilder current;
        private boolean stringFormulaPending;
        private int pendingRow;
        private int pendingCol;

        Collector(String file, ReaderOptions options) {
            this.file = file;
            this.options = options;
        }

        @Override
        public void processRecord(Record record) {
            if (!seenFirstRecord) {
                seenFirstRecord = true;
                checkFirst(record);
            }
            formats.processRecordInternally(record);
            if (stringFormulaPending && !(record instanceof StringRecord || record instanceof SharedFormulaRecord
                    || record instanceof ArrayRecord || record instanceof TableRecord)) {
                // The STRING record holding a formula's text result must follow the FORMULA record (only
                // SHRFMLA/ARRAY/TABLE may come between); without it the result is unknown.
                resolvePending(null);
            }
            if (record instanceof BOFRecord bof) {
                beginSubstream(bof);
            } else if (record instanceof EOFRecord) {
                endSubstream();
            } else if (depth == 1 && !globalsDone) {
                globalRecord(record);
            } else if (depth == 1 && current != null && current.collectsCells) {
                sheetRecord(record);
            }
        }

        private void checkFirst(Record record) {
            if (!(record instanceof BOFRecord)) {
                throw new Abort(corrupt(file, null, null,
                        "the workbook stream does not start with a BOF record", null));
            }
        }

        private void beginSubstream(BOFRecord bof) {
            depth++;
            if (depth != 1 || !globalsDone) {
                return;
            }
            int k = substreams++;
            if (k >= byPosition.length) {
                // A substream no BOUNDSHEET record announces: nothing refers to it, so it is skipped.
                current = null;
                return;
            }
            int index = byPosition[k];
            BoundSheetRecord bsr = boundSheets.get(index);
            current = new SheetBuilder(file, options, bsr.getSheetname(), index,
                    bsr.isHidden() || bsr.isVeryHidden(), bof.getType() == BOFRecord.TYPE_WORKSHEET, workbookCells);
        }

        private void endSubstream() {
            if (depth == 1) {
                if (!globalsDone) {
                    globalsDone = true;
                    sheets = new RawSheet[boundSheets.size()];
                    byPosition = orderByBofPosition(boundSheets);
                } else if (current != null) {
                    sheets[current.index] = current.build();
                    current = null;
                }
            }
            if (depth > 0) {
                depth--;
            }
        }

        private void globalRecord(Record record) {
            if (record instanceof BoundSheetRecord bsr) {
                if (boundSheets.size() >= options.maxSheets()) {
                    throw new Abort(new ReadException(ReadException.Reason.LIMIT_EXCEEDED, file,
                            "工作簿的工作表数超过上限 " + options.maxSheets(),
                            "workbook has more than " + options.maxSheets()
                                    + " sheets; raise ReaderOptions.maxSheets if the file is genuine",
                            null));
                }
                boundSheets.add(bsr);
            } else if (record instanceof SSTRecord table) {
                if (table.getNumUniqueStrings() > options.maxSharedStrings()) {
                    throw new Abort(new ReadException(ReadException.Reason.LIMIT_EXCEEDED, file,
                            "共享字符串超过 " + options.maxSharedStrings() + " 个的上限",
                            "more than " + options.maxSharedStrings()
                                    + " shared strings; raise ReaderOptions.maxSharedStrings if the file is genuine",
                            null));
                }
                sst = table;
            }
        }

        private void sheetRecord(Record record) {
            SheetBuilder sheet = current;
            if (record instanceof NumberRecord n) {
                number(n, false, n.getValue());
            } else if (record instanceof LabelSSTRecord label) {
                sheet.checkPosition(label.getRow(), col(label));
                int i = label.getSSTIndex();
                if (sst == null || i < 0 || i >= sst.getNumUniqueStrings()) {
                    throw new Abort(corrupt(file, sheet.name, CellRefs.a1(label.getRow(), col(label)),
                            "the cell refers to shared string " + i + ", which the workbook does not have",
                            null));
                }
                int id = formats.formatId(label);
                sheet.add(RawCell.text(label.getRow(), col(label), sst.getString(i).getString(), id,
                        formats.formatCode(id)));
            } else if (record instanceof LabelRecord label) {
                sheet.add(RawCell.text(label.getRow(), col(label), label.getValue(), false));
            } else if (record instanceof FormulaRecord f) {
                formula(f);
            } else if (record instanceof StringRecord s) {
                resolvePending(s.getString());
            } else if (record instanceof BoolErrRecord b) {
                if (b.isBoolean()) {
                    sheet.add(RawCell.of(b.getRow(), col(b), RawType.BOOLEAN,
                            b.getBooleanValue() ? "TRUE" : "FALSE", false));
                } else {
                    sheet.add(RawCell.of(b.getRow(), col(b), RawType.ERROR,
                            errorText(b.getErrorValue()), false));
                }
            } else if (record instanceof RKRecord rk) {
                // RecordFactoryInputStream already turns RK and MULRK into NUMBER records; these two
                // branches only matter should that ever change.
                NumberRecord n = RecordFactory.convertToNumberRecord(rk);
                number(n, false, n.getValue());
            } else if (record instanceof MulRKRecord mulRk) {
                for (NumberRecord n : RecordFactory.convertRKRecords(mulRk)) {
                    number(n, false, n.getValue());
                }
            } else if (record instanceof MergeCellsRecord merge) {
                for (int i = 0; i < merge.getNumAreas(); i++) {
                    sheet.addMerge(merge.getAreaAt(i));
                }
            } else if (record instanceof RowRecord row && row.getZeroHeight()
                    && row.getRowNumber() < options.maxRows()) {
                sheet.hiddenRows.set(row.getRowNumber()); // a hidden row is stored as one of zero height
            } else if (record instanceof ColumnInfoRecord columns && (columns.getHidden() || columns.getColumnWidth() == 0)) {
                int last = Math.min(columns.getLastColumn(), options.maxColumns() - 1);
                if (columns.getFirstColumn() <= last) {
                    sheet.hiddenColumns.set(columns.getFirstColumn(), last + 1);
                }
            }
            // BLANK and MULBLANK are formatting only: blank cells are not emitted.
        }

        /**
         * POI hands the column out as a signed short; the record field is unsigned, and a damaged one must
         * fail the column limit rather than become a negative column.
         */
        private static int col(CellValueRecordInterface cell) {
            return cell.getColumn() & 0xFFFF;
        }

        private void number(CellValueRecordInterface cell, boolean formula, double value) {
            current.checkPosition(cell.getRow(), col(cell));
            int id = formats.formatId(cell);
            current.add(RawCell.number(cell.getRow(), col(cell), value, id, formats.formatCode(id),
                    formula));
        }

        private void formula(FormulaRecord f) {
            int row = f.getRow();
            int col = col(f);
            CellType type = f.getCachedResultTypeEnum();
            if (type == CellType.NUMERIC) {
                double value = f.getValue();
                if (Double.isFinite(value)) {
                    number(f, true, value);
                } else {
                    current.add(RawCell.of(row, col, RawType.NO_CACHED_VALUE, null, true));
                }
            } else if (type == CellType.STRING) {
                if (f.hasCachedResultString()) {
                    current.checkPosition(row, col);
                    stringFormulaPending = true;
                    pendingRow = row;
                    pendingCol = col;
                } else {
                    // Excel's "empty string" result code: the formula evaluated to "", with no STRING record.
                    current.add(RawCell.text(row, col, "", true));
                }
            } else if (type == CellType.BOOLEAN) {
                current.add(RawCell.of(row, col, RawType.BOOLEAN, f.getCachedBooleanValue() ? "TRUE" : "FALSE",
                        true));
            } else if (type == CellType.ERROR) {
                current.add(RawCell.of(row, col, RawType.ERROR, errorText(f.getCachedErrorValue()), true));
            } else {
                current.add(RawCell.of(row, col, RawType.NO_CACHED_VALUE, null, true));
            }
        }

        /** Ends a pending string formula with its STRING record's text, or {@code null} when it had none. */
        private void resolvePending(String text) {
            if (!stringFormulaPending) {
                // A STRING record not after a formula carries nothing to place.
                return;
            }
            stringFormulaPending = false;
            if (current == null) {
                return;
            }
            if (text == null) {
                current.add(RawCell.of(pendingRow, pendingCol, RawType.NO_CACHED_VALUE, null, true));
            } else {
                current.add(RawCell.text(pendingRow, pendingCol, text, true));
            }
        }

        /**
         * The sheets once the stream has ended; a stream that stops inside the globals or before every
         * announced sheet has ended was cut short, even if each record in it was whole.
         */
        List<RawSheet> finish() {
            if (stringFormulaPending) {
                resolvePending(null);
            }
            if (!seenFirstRecord) {
                throw new Abort(corrupt(file, null, null, "the workbook stream is empty", null));
            }
            if (!globalsDone) {
                throw new Abort(corrupt(file, null, null, "the workbook stream ends inside the workbook globals",
                        null));
            }
            if (current != null) {
                throw new Abort(corrupt(file, current.name, null,
                        "the workbook stream ends inside sheet \"" + current.name + "\"", null));
            }
            for (int i = 0; i < sheets.length; i++) {
                if (sheets[i] == null) {
                    throw new Abort(corrupt(file, boundSheets.get(i).getSheetname(), null,
                            "the workbook stream ends before sheet \"" + boundSheets.get(i).getSheetname()
                                    + "\"",
                            null));
                }
            }
            return List.of(sheets);
        }
    }

    /**
     * Tab positions in the order their substreams appear. POI's own {@code orderByBofPosition} compares by
     * subtraction, which breaks the sort contract for offsets of a damaged file.
     */
    private static int[] orderByBofPosition(List<BoundSheetRecord> boundSheets) {
        return IntStream.range(0, boundSheets.size()).boxed()
                .sorted(Comparator.comparing(i -> boundSheets.get(i).getPositionOfBof(), Integer::compareUnsigned))
                .mapToInt(Integer::intValue).toArray();
    }

    /** The literal of a BIFF error code; a code Excel does not define is kept visible as {@code #ERR<code>}. */
    static String errorText(int code) {
        return switch (code & 0xFF) {
            case 0x00 -> "#NULL!";
            case 0x07 -> "#DIV/0!";
            case 0x0F -> "#VALUE!";
            case 0x17 -> "#REF!";
            case 0x1D -> "#NAME?";
            case 0x24 -> "#NUM!";
            case 0x2A -> "#N/A";
            case 0x2B -> "#GETTING_DATA";
            default -> "#ERR" + (code & 0xFF);
        };
    }
}
