package io.github.juesuan.read;

import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.ColumnInfoRecord;
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
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.hssf.util.RKUtil;
import org.apache.poi.util.RecordFormatException;

/**
 * The records of a worksheet substream that hold its cells, merges and hidden rows and columns, each decoded
 * from the record stream where it lies and put straight into the sheet being read ({@link #current}).
 */
final class XlsCells {
    /** Bit 0x20 of a ROW record's option flags: the row has zero height, which is how a hidden row is stored. */
    private static final int ZERO_HEIGHT = 0x20;

    private final String file;
    private final ReaderOptions options;
    final XlsFormats formats = new XlsFormats();
    /** The workbook's shared strings, once its SST record is read. */
    SSTRecord sst;
    /** The worksheet being read, or {@code null} between substreams. */
    XlsSheet current;
    /** A MULRK record's XF indexes and RK numbers, made for the first one. */
    private short[] mulXf;
    private int[] mulRk;
    /** A string formula whose text is still to come, in the STRING record after it. */
    boolean stringFormulaPending;
    private int pendingRow;
    private int pendingCol;

    XlsCells(String file, ReaderOptions options) {
        this.file = file;
        this.options = options;
    }

    /**
     * A record of a worksheet substream. A cell record starts with its row, column and XF index, each an
     * unsigned 16-bit value; BLANK and MULBLANK are formatting only, and blank cells are not emitted.
     */
    void record(int sid, RecordInputStream rs) {
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
    static void end(RecordInputStream rs) {
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
    void resolvePending(String text) {
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
}
