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
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.DBCellRecord;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.ExtendedFormatRecord;
import org.apache.poi.hssf.record.FilePassRecord;
import org.apache.poi.hssf.record.FormatRecord;
import org.apache.poi.hssf.record.RecordInputStream;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.SharedFormulaRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.hssf.record.TableRecord;
import org.apache.poi.hssf.record.WriteProtectRecord;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;

/**
 * One pass over the records of a BIFF8 workbook stream, each decoded where it lies and its cells put
 * straight into the sheet being read ({@link XlsCells}); only the few records of the workbook globals
 * (sheets, shared strings, formats) become POI record objects.
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

    private final String file;
    private final ReaderOptions options;
    private final List<BoundSheetRecord> boundSheets = new ArrayList<>();
    /** Where skipped record data is read to, a piece at a time. */
    private final byte[] skip = new byte[512];
    private RawSheet[] sheets;
    private int[] byPosition;
    private final int[] workbookCells = new int[1];
    private int depth;
    private boolean globalsDone;
    private int substreams;
    private final XlsCells cells;
    /** Whether the records are read through POI's decrypting stream. */
    private boolean decrypting;

    XlsRecords(String file, ReaderOptions options) {
        this.file = file;
        this.options = options;
        this.cells = new XlsCells(file, options);
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
        if (cells.stringFormulaPending && sid != StringRecord.sid && sid != SharedFormulaRecord.sid
                && sid != ArrayRecord.sid && sid != TableRecord.sid) {
            // The STRING record holding a formula's text result must follow the FORMULA record (only
            // SHRFMLA/ARRAY/TABLE may come between); without it the result is unknown.
            cells.resolvePending(null);
        }
        if (sid == BOFRecord.sid) {
            rs.readShort();
            beginSubstream(rs.readShort());
        } else if (sid == EOFRecord.sid) {
            endSubstream();
        } else if (sid == ExtendedFormatRecord.sid) {
            rs.readShort();
            cells.formats.extendedFormat(rs.readShort());
        } else if (sid == FormatRecord.sid) {
            FormatRecord format = new FormatRecord(rs);
            cells.formats.format(format.getIndexCode(), format.getFormatString());
        } else if (depth == 1 && !globalsDone) {
            globalRecord(sid, rs);
        } else if (depth == 1 && cells.current != null && cells.current.collectsCells) {
            cells.record(sid, rs);
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
            cells.current = null;
            return;
        }
        int index = byPosition[k];
        BoundSheetRecord bsr = boundSheets.get(index);
        cells.current = new XlsSheet(file, options, bsr.getSheetname(), index,
                bsr.isHidden() || bsr.isVeryHidden(), type == BOFRecord.TYPE_WORKSHEET, workbookCells);
    }

    private void endSubstream() {
        if (depth == 1) {
            if (!globalsDone) {
                globalsDone = true;
                sheets = new RawSheet[boundSheets.size()];
                byPosition = orderByBofPosition(boundSheets);
            } else if (cells.current != null) {
                sheets[cells.current.index] = cells.current.build();
                cells.current = null;
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
                throw new XlsGrid.Abort(ReadException.of(ReadException.Reason.LIMIT_EXCEEDED, file, null, null, null,
                        "unreadable.limit.sheets", options.maxSheets()));
            }
            boundSheets.add(bsr);
            XlsCells.end(rs);
        } else if (sid == SSTRecord.sid) {
            SSTRecord table = new SSTRecord(rs);
            if (table.getNumUniqueStrings() > options.maxSharedStrings()) {
                throw new XlsGrid.Abort(ReadException.of(ReadException.Reason.LIMIT_EXCEEDED, file, null, null, null,
                        "unreadable.limit.sharedStrings", options.maxSharedStrings()));
            }
            cells.sst = table;
            XlsCells.end(rs);
        }
    }


    /**
     * The sheets once the stream has ended; a stream that stops inside the globals or before every
     * announced sheet has ended was cut short, even if each record in it was whole.
     */
    private List<RawSheet> finish() {
        if (cells.stringFormulaPending) {
            cells.resolvePending(null);
        }
        if (!globalsDone) {
            throw corrupt("the workbook stream ends inside the workbook globals");
        }
        if (cells.current != null) {
            throw new XlsGrid.Abort(XlsGrid.corrupt(file, cells.current.name, null,
                    "the workbook stream ends inside sheet \"" + cells.current.name + "\"", null));
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
