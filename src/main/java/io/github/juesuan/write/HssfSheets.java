package io.github.juesuan.write;

import java.util.List;

import org.apache.poi.hssf.model.InternalWorkbook;
import org.apache.poi.hssf.record.ExternSheetRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.SupBookRecord;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.formula.FormulaShifter;

/**
 * Moves a newly added last sheet of an .xls to the front without breaking references to the other sheets.
 *
 * <p>In BIFF8 a reference to another sheet ({@code '公开01表'!C33} in a formula, a print-titles or
 * print-area name, a chart series) goes through the EXTERNSHEET table, whose entries name sheets by
 * position. POI's {@code HSSFWorkbook.setSheetOrder} (5.4.1) moves the sheet records but leaves EXTERNSHEET
 * alone, and instead renumbers the EXTERNSHEET <em>indices</em> inside {@code Ref3DPtg} tokens (not
 * {@code Area3DPtg}) as if they were sheet positions. After it, {@code =公开01表!C33} can read another sheet.
 * So: let POI move the sheet (it also renumbers sheet-scoped names and the active tab, which is right), undo
 * its change to the tokens with the inverse move, and shift the sheet positions in EXTERNSHEET instead, as
 * Excel does when a sheet is inserted.
 */
final class HssfSheets {
    private HssfSheets() {
    }

    /** Moves the last sheet, just created and referenced by nothing, to position 0. */
    static void moveLastToFront(HSSFWorkbook wb) {
        int from = wb.getNumberOfSheets() - 1;
        if (from <= 0) {
            return;
        }
        InternalWorkbook internal = wb.getInternalWorkbook();
        List<Record> records = internal.getRecords();
        int internalBook = -1;
        int books = 0;
        for (Record r : records) {
            if (r instanceof SupBookRecord) {
                if (((SupBookRecord) r).isInternalReferences()) {
                    internalBook = books;
                }
                books++;
            }
        }
        wb.setSheetOrder(wb.getSheetName(from), 0);
        FormulaShifter undo = FormulaShifter.createForSheetShift(0, from);
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            wb.getSheetAt(i).getSheet().updateFormulasAfterCellShift(undo, -1);
        }
        internal.updateNamesAfterCellShift(undo);
        if (internalBook < 0) {
            return; // no reference to a sheet of this workbook anywhere
        }
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i) instanceof ExternSheetRecord) {
                records.set(i, shifted((ExternSheetRecord) records.get(i), internalBook));
            }
        }
    }

    /** The EXTERNSHEET table with every position of a sheet of this workbook moved one on. */
    private static ExternSheetRecord shifted(ExternSheetRecord old, int internalBook) {
        ExternSheetRecord copy = new ExternSheetRecord();
        for (int i = 0; i < old.getNumOfRefs(); i++) {
            int book = old.getExtbookIndexFromRefIndex(i);
            int first = old.getFirstSheetIndexFromRefIndex(i);
            int last = old.getLastSheetIndexFromRefIndex(i);
            // Negative positions are markers (0xFFFE: the workbook itself, 0xFFFF: a deleted sheet), not sheets.
            if (book == internalBook && first >= 0 && last >= 0) {
                first++;
                last++;
            }
            copy.addRef(book, first, last);
        }
        return copy;
    }
}
