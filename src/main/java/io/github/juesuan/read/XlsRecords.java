package io.github.juesuan.read;

import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.record.ArrayRecord;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.ColumnInfoRecord;
import org.apache.poi.hssf.record.DBCellRecord;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.ExtendedFormatRecord;
import org.apache.poi.hssf.record.FilePassRecord;
import org.apache.poi.hssf.record.FormatRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.MergeCellsRecord;
import org.apache.poi.hssf.record.MulRKRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.RKRecord;
import org.apache.poi.hssf.record.RecordInputStream;
import org.apache.poi.hssf.record.RowRecord;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.SharedFormulaRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.hssf.record.TableRecord;
import org.apache.poi.hssf.record.WriteProtectRecord;
import org.apache.poi.hssf.util.RKUtil;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.util.RecordFormatException;

/**
 * One pass over the records of a BIFF8 workbook stream, each decoded where it lies and its cells put
 * straight into the sheet being read; only the few records of the workbook globals (sheets, shared strings,
 * formats) become POI record objects.
 *
 * <p>The stream is read through POI's {@link RecordInputStream}, which joins CONTINUE records inside
 * strings and decrypts an encrypted workbook. The workbook globals come first (BOUNDSHEET, SST, FORMAT, XF
 * records), then one BOF…EOF substream per sheet. Substreams are stored in the order of their BOF offsets,
 * which is not necessarily the tab order given by the BOUNDSHEET records, hence {@link #byPosition}.
 * Where the stream ends follows POI's event reader: after the last EOF at nesting level zero that no BOF
 * follows, since writers pad the stream with arbitrary bytes.
 */
final class XlsRecords {
    /** BIFF8, the only .xls dialect read: the version in the first BOF record of Excel 97 and later. */
    private static final int BIFF8 = 0x0600;
    /** Bit 0x20 of a ROW record's option flags: the row has zero height, which is how a hidden row is stored. */
    private static final int ZERO_HEIGHT = 0x20;

    private final String file;
    private final ReaderOptions options;
    private final XlsFormats formats = new XlsFormats();
    private final List<BoundSheetRecord> boundSheets = new ArrayList<>();
    /** Where skipped record data is read to, a piece at a time. */
    private final byte[] skip = new byte[512];
    /** A MULRK record's XF indexes and RK numbers, made for the first one. */
    private short[] mulXf;
    private int[] mulRk;
    private RawSheet[] sheets;
    private int[] byPosition;
    private SSTRecord sst;
    private final int[] workbookCells = new int[1];
    private int depth;
    private boolean globalsDone;
    private int substreams;
    private XlsSheet current;
    private boolean stringFormulaPending;
    private int pendingRow;
    private int pendingCol;
    /** Whether the records are read through POI's decrypting stream. */
    private boolean decrypting;

    XlsRecords(String file, ReaderOptions options) {
        this.file = file;
        this.options = options;
    }

    /**
     * Reads the workbook stream to its end. Its first records tell whether it is encrypted: BOF, then
     * FILEPASS (sometimes after WRITEPROTECT); the records after FILEPASS are decrypted, each byte with
     * respect to its offset from the start of the stream.
     */
    List<RawSheet> read(InputStream in) {
        RecordInputStream rs = new RecordInputStream(in);
        if (!rs.hasNextRecord()) {
            throw corrupt("the workbook stream is empty");
        }
        rs.nextRecord();
        int initialBytes = 4 + rs.remaining();
        firstRecord(rs);
        boolean more = rs.hasNextRecord();
        if (more) {
            rs.nextRecord();
            initialBytes += 4 + rs.remaining();
            if (rs.getSid() == WriteProtectRecord.sid) {
                record(rs);
                more = rs.hasNextRecord();
                if (more) {
                    rs.nextRecord();
                    initialBytes += 4 + rs.remaining();
                }
            }
        }
        if (more) {
            if (rs.getSid() == FilePassRecord.sid) {
                rs = decrypting(in, new FilePassRecord(rs), initialBytes);
                decrypting = true;
            } else if (rs.getSid() == EOFRecord.sid) {
                throw corrupt("nothing between the first BOF and EOF records");
            } else {
                record(rs);
            }
        }
        int poiDepth = 1;
        while (rs.hasNextRecord()) {
            if (poiDepth < 1 && rs.getNextSid() != BOFRecord.sid) {
                break;
            }
            rs.nextRecord();
            int sid = rs.getSid();
            if (sid == BOFRecord.sid) {
                poiDepth++;
            } else if (sid == EOFRecord.sid) {
                poiDepth--;
            } else if (sid == DBCellRecord.sid) {
                skip(rs); // an index of row offsets, which POI's event reader does not pass on either
                continue;
            }
            record(rs);
        }
        return finish();
    }

    /**
     * The first record, a BOF, which is never encrypted and tells the BIFF version. Excel 5.0/95 (BIFF5)
     * and older store strings and sheets differently; they are told apart here, before any record that
     * would be misread.
     */
    private void firstRecord(RecordInputStream rs) {
        int sid = rs.getSid();
        if (sid == BOFRecord.biff2_sid || sid == BOFRecord.biff3_sid || sid == BOFRecord.biff4_sid) {
            throw new XlsGrid.Abort(XlsGrid.oldFormat(file, "BIFF2-4"));
        }
        if (sid != BOFRecord.sid) {
            throw corrupt("the workbook stream does not start with a BOF record");
        }
        int version = rs.readUShort();
        if (version < BIFF8) {
            throw new XlsGrid.Abort(XlsGrid.oldFormat(file, "BIFF version 0x" + Integer.toHexString(version)));
        }
        beginSubstream(rs.readShort());
        skip(rs);
    }

    /**
     * The decrypting stream, once the password (the caller's, else Excel's built-in default, which is how
     * files that open without a prompt are stored) proves right.
     */
    private RecordInputStream decrypting(InputStream in, FilePassRecord filePass, int initialBytes) {
        String password = options.password() == null ? Decryptor.DEFAULT_PASSWORD : options.password();
        EncryptionInfo info = filePass.getEncryptionInfo();
        try {
            if (!info.getDecryptor().verifyPassword(password)) {
                throw new EncryptedDocumentException(
                        (Decryptor.DEFAULT_PASSWORD.equals(password) ? "Default" : "Supplied")
                                + " password is invalid for salt/verifier/verifierHash");
            }
        } catch (GeneralSecurityException e) {
            throw new EncryptedDocumentException(e);
        }
        return new RecordInputStream(in, info, initialBytes);
    }

    /** One record, the stream positioned at its data; whatever of the data is not needed is skipped. */
    private void record(RecordInputStream rs) {
        int sid = rs.getSid();
        if (stringFormulaPending && sid != StringRecord.sid && sid != SharedFormulaRecord.sid
                && sid != ArrayRecord.sid && sid != TableRecord.sid) {
            // The STRING record holding a formula's text result must follow the FORMULA record (only
            // SHRFMLA/ARRAY/TABLE may come between); without it the result is unknown.
            resolvePending(null);
        }
        if (sid == BOFRecord.sid) {
            rs.readShort();
            beginSubstream(rs.readShort());
        } else if (sid == EOFRecord.sid) {
            endSubstream();
        } else if (sid == ExtendedFormatRecord.sid) {
            rs.readShort();
            formats.extendedFormat(rs.readShort());
        } else if (sid == FormatRecord.sid) {
            FormatRecord format = new FormatRecord(rs);
            formats.format(format.getIndexCode(), format.getFormatString());
        } else if (depth == 1 && !globalsDone) {
            globalRecord(sid, rs);
        } else if (depth == 1 && current != null && current.collectsCells) {
            sheetRecord(sid, rs);
        }
        skip(rs);
    }

    private void skip(RecordInputStream rs) {
        int left = rs.remaining();
        if (left == 0) {
            return;
        }
        if (!decrypting) {
            while (left > 0) {
                int piece = Math.min(left, skip.length);
                rs.readFully(skip, 0, piece);
                left -= piece;
            }
            return;
        }
        // POI's decrypting stream reads a whole buffer's length for a record stored in the clear (BOF,
        // INTERFACEHDR), whatever length is asked for, so it is skipped a byte at a time.
        for (; left > 0; left--) {
            rs.readByte();
        }
    }

    private void beginSubstream(int type) {
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
        current = new XlsSheet(file, options, bsr.getSheetname(), index, bsr.isHidden() || bsr.isVeryHidden(),
                type == BOFRecord.TYPE_WORKSHEET, workbookCells);
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

    private void globalRecord(int sid, RecordInputStream rs) {
        if (sid == BoundSheetRecord.sid) {
            BoundSheetRecord bsr = new BoundSheetRecord(rs);
            if (boundSheets.size() >= options.maxSheets()) {
                throw new XlsGrid.Abort(new ReadException(ReadException.Reason.LIMIT_EXCEEDED, file,
                        "工作簿的工作表数超过上限 " + options.maxSheets(),
                        "workbook has more than " + options.maxSheets()
                                + " sheets; raise ReaderOptions.maxSheets if the file is genuine",
                        null));
            }
            boundSheets.add(bsr);
            end(rs);
        } else if (sid == SSTRecord.sid) {
            SSTRecord table = new SSTRecord(rs);
            if (table.getNumUniqueStrings() > options.maxSharedStrings()) {
                throw new XlsGrid.Abort(new ReadException(ReadException.Reason.LIMIT_EXCEEDED, file,
                        "共享字符串超过 " + options.maxSharedStrings() + " 个的上限",
                        "more than " + options.maxSharedStrings()
                                + " shared strings; raise ReaderOptions.maxSharedStrings if the file is genuine",
                        null));
            }
            sst = table;
            end(rs);
        }
    }

    /**
     * A record of a worksheet substream. A cell record starts with its row, column and XF index, each an
     * unsigned 16-bit value; BLANK and MULBLANK are formatting only, and blank cells are not emitted.
     */
    private void sheetRecord(int sid, RecordInputStream rs) {
        switch (sid) {
            case NumberRecord.sid -> {
                int row = rs.readUShort();
                int col = rs.readUShort();
                int xf = rs.readUShort();
                double value = rs.readDouble();
                number(row, col, xf, value, false);
                end(rs);
            }
            case RKRecord.sid -> {
                int row = rs.readUShort();
                int col = rs.readUShort();
                int xf = rs.readUShort();
                int rk = rs.readInt();
                number(row, col, xf, RKUtil.decodeNumber(rk), false);
                end(rs);
            }
            case MulRKRecord.sid -> mulRk(rs);
            case LabelSSTRecord.sid -> {
                int row = rs.readUShort();
                int col = rs.readUShort();
                int xf = rs.readUShort();
                int index = rs.readInt();
                sharedString(row, col, xf, index);
                end(rs);
            }
            case LabelRecord.sid -> {
                int row = rs.readUShort();
                int col = rs.readUShort();
                rs.readShort();
                int length = rs.readShort();
                boolean wide = (rs.readByte() & 0x01) != 0;
                String text = length <= 0 ? "" : wide ? rs.readUnicodeLEString(length)
                        : rs.readCompressedUnicode(length);
                current.add(RawCell.text(row, col, text, false));
            }
            case FormulaRecord.sid -> formula(rs);
            case StringRecord.sid -> {
                int length = rs.readUShort();
                boolean wide = (rs.readByte() & 0x01) != 0;
                String text = wide ? rs.readUnicodeLEString(length) : rs.readCompressedUnicode(length);
                resolvePending(text);
                end(rs);
            }
            case BoolErrRecord.sid -> boolErr(rs);
            case MergeCellsRecord.sid -> {
                int areas = rs.readUShort();
                if (rs.remaining() != 8 * areas) {
                    throw new RecordFormatException("MERGECELLS record of " + areas + " areas with "
                            + rs.remaining() + " bytes for them");
                }
                for (int i = 0; i < areas; i++) {
                    if (rs.remaining() < 8) {
                        throw new RecordFormatException("Ran out of data reading CellRangeAddress");
                    }
                    int firstRow = rs.readUShort();
                    int lastRow = rs.readUShort();
                    current.addMerge(firstRow, lastRow, rs.readUShort(), rs.readUShort());
                }
            }
            case RowRecord.sid -> {
                int row = rs.readUShort();
                for (int i = 0; i < 5; i++) {
                    rs.readShort(); // first and last column, height, two reserved fields
                }
                int flags = rs.readShort();
                rs.readShort(); // the row's XF
                if ((flags & ZERO_HEIGHT) != 0 && row < options.maxRows()) {
                    current.hiddenRows.set(row);
                }
                end(rs);
            }
            case ColumnInfoRecord.sid -> {
                int first = rs.readUShort();
                int last = rs.readUShort();
                int width = rs.readUShort();
                rs.readUShort();
                boolean hidden = (rs.readUShort() & 0x01) != 0;
                if (rs.remaining() > 2) {
                    throw new RecordFormatException("Unusual record size remaining=(" + rs.remaining() + ")");
                }
                last = Math.min(last, options.maxColumns() - 1);
                if ((hidden || width == 0) && first <= last) {
                    current.hiddenColumns.set(first, last + 1);
                }
            }
            default -> {
                // Formatting, drawing, view and other records say nothing about the cells' values.
            }
        }
    }

    /**
     * Ends a record whose fields are all read and used: a record longer than its fields (a damaged length)
     * is not what it claims to be, as POI's event reader also holds once it has passed the record on.
     */
    private static void end(RecordInputStream rs) {
        if (rs.remaining() > 0) {
            throw new RecordFormatException("record 0x" + Integer.toHexString(rs.getSid()) + " has "
                    + rs.remaining() + " bytes beyond its fields");
        }
    }

    private void number(int row, int col, int xf, double value, boolean formula) {
        current.checkPosition(row, col);
        current.add(RawCell.number(row, col, value, formats.id(xf), formats.code(xf), formula));
    }

    private void sharedString(int row, int col, int xf, int i) {
        current.checkPosition(row, col);
        if (sst == null || i < 0 || i >= sst.getNumUniqueStrings()) {
            throw new XlsGrid.Abort(XlsGrid.corrupt(file, current.name, CellRefs.a1(row, col),
                    "the cell refers to shared string " + i + ", which the workbook does not have", null));
        }
        String text = sst.getString(i).getString();
        current.add(formats.hidesText(xf)
                ? RawCell.text(row, col, text, formats.id(xf), formats.code(xf))
                : RawCell.text(row, col, text, false));
    }

    /**
     * MULRK: one row's run of RK numbers, {@code row, firstCol, (xf, rk)*, lastCol}. As in POI, the run is
     * as long as its column range says, which must not be empty nor longer than the numbers stored.
     */
    private void mulRk(RecordInputStream rs) {
        int row = rs.readUShort();
        short first = rs.readShort();
        int stored = (rs.remaining() - 2) / 6;
        if (mulXf == null) {
            mulXf = new short[RecordInputStream.MAX_RECORD_DATA_SIZE / 6];
            mulRk = new int[RecordInputStream.MAX_RECORD_DATA_SIZE / 6];
        }
        for (int k = 0; k < stored; k++) {
            mulXf[k] = rs.readShort();
            mulRk[k] = rs.readInt();
        }
        int count = rs.readShort() - first + 1;
        if (count < 1 || count > stored) {
            throw new RecordFormatException("MULRK record with columns " + first + " to " + (first + count - 1)
                    + " but " + stored + " numbers");
        }
        for (int k = 0; k < count; k++) {
            number(row, (first + k) & 0xFFFF, mulXf[k] & 0xFFFF, RKUtil.decodeNumber(mulRk[k]), false);
        }
        end(rs);
    }

    private void boolErr(RecordInputStream rs) {
        int row = rs.readUShort();
        int col = rs.readUShort();
        rs.readUShort();
        int value = switch (rs.remaining()) {
            case 2 -> rs.readByte();
            case 3 -> rs.readUShort();
            default -> throw new RecordFormatException("Unexpected size (" + rs.remaining()
                    + ") for BOOLERR record.");
        };
        int isError = rs.readUByte();
        if (isError > 1) {
            throw new RecordFormatException("Unexpected isError flag (" + isError + ") for BOOLERR record.");
        }
        current.add(isError == 0
                ? RawCell.of(row, col, RawType.BOOLEAN, value != 0 ? "TRUE" : "FALSE", false)
                : RawCell.of(row, col, RawType.ERROR, XlsGrid.errorText(value), false));
    }

    /**
     * FORMULA: {@code row, col, xf}, the cached result (8 bytes), then options and the parsed expression,
     * which is not needed. A result whose top two bytes are 0xFFFF is not a number: its first byte says
     * string (0, its text in the STRING record that follows), boolean (1), error (2) or empty string (3),
     * and its third byte holds the boolean or error code.
     */
    private void formula(RecordInputStream rs) {
        int row = rs.readUShort();
        int col = rs.readUShort();
        int xf = rs.readUShort();
        long bits = rs.readLong();
        if ((bits & 0xFFFF_0000_0000_0000L) != 0xFFFF_0000_0000_0000L) {
            double value = Double.longBitsToDouble(bits);
            if (Double.isFinite(value)) {
                number(row, col, xf, value, true);
            } else {
                current.add(RawCell.of(row, col, RawType.NO_CACHED_VALUE, null, true));
            }
            return;
        }
        int data = (int) (bits >> 16) & 0xFF;
        switch ((int) bits & 0xFF) {
            case 0 -> {
                current.checkPosition(row, col);
                stringFormulaPending = true;
                pendingRow = row;
                pendingCol = col;
            }
            // Excel's "empty string" result code: the formula evaluated to "", with no STRING record.
            case 3 -> current.add(RawCell.text(row, col, "", true));
            case 1 -> current.add(RawCell.of(row, col, RawType.BOOLEAN, data != 0 ? "TRUE" : "FALSE", true));
            case 2 -> current.add(RawCell.of(row, col, RawType.ERROR, XlsGrid.errorText(data), true));
            default -> throw new RecordFormatException("Bad special value code (" + (bits & 0xFF) + ")");
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
    private List<RawSheet> finish() {
        if (stringFormulaPending) {
            resolvePending(null);
        }
        if (!globalsDone) {
            throw corrupt("the workbook stream ends inside the workbook globals");
        }
        if (current != null) {
            throw new XlsGrid.Abort(XlsGrid.corrupt(file, current.name, null,
                    "the workbook stream ends inside sheet \"" + current.name + "\"", null));
        }
        for (int i = 0; i < sheets.length; i++) {
            if (sheets[i] == null) {
                String name = boundSheets.get(i).getSheetname();
                throw new XlsGrid.Abort(XlsGrid.corrupt(file, name, null,
                        "the workbook stream ends before sheet \"" + name + "\"", null));
            }
        }
        return List.of(sheets);
    }

    private XlsGrid.Abort corrupt(String detail) {
        return new XlsGrid.Abort(XlsGrid.corrupt(file, null, null, detail, null));
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
}
