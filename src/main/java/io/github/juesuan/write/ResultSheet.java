package io.github.juesuan.write;

import io.github.juesuan.model.CellRef;
import io.github.juesuan.model.Source;
import io.github.juesuan.report.Finding;
import io.github.juesuan.report.Report;
import io.github.juesuan.rules.Participant;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The 校验结果 sheet: a header row, then one row per finding in the report's order, each with a link to its
 * first cell. Put in front of the other sheets and made the active, only selected one, so the unit sees it
 * when it opens the file (two selected tabs would group the sheets, and an edit would reach both).
 */
final class ResultSheet {
    /** The sheet's name; {@code 校验结果 (2)} and so on when the workbook already has one. */
    static final String NAME = "校验结果";
    static final String[] HEADERS = {"序号", "级别", "结果", "规则", "表", "说明", "代入", "单元格"};
    /** Column widths in characters. */
    private static final int[] WIDTHS = {8, 6, 9, 12, 14, 60, 50, 28};
    private static final int MAX_TEXT = 32_000;
    /** The column of the link. */
    static final int LINK_COLUMN = 7;

    private final Workbook wb;
    private final Report report;
    private final Annotator annotator;

    ResultSheet(Workbook wb, Report report, Annotator annotator) {
        this.wb = wb;
        this.report = report;
        this.annotator = annotator;
    }

    void write() {
        Sheet sheet = wb.createSheet(uniqueName());
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        CellStyle header = style(true, false, true);
        CellStyle body = style(false, false, false);
        CellStyle wrapped = style(false, false, false);
        wrapped.setWrapText(true);
        CellStyle link = style(false, true, false);
        Row top = sheet.createRow(0);
        for (int c = 0; c < HEADERS.length; c++) {
            text(top, c, HEADERS[c], header);
        }
        int r = 1;
        for (Finding f : report.findings()) {
            Row row = sheet.createRow(r);
            // 「第1条」, not 1: a sheet with numbers but no table title is a reading problem of its own.
            text(row, 0, "第" + r + "条", body);
            Fill fill = Fill.of(f);
            text(row, 1, f.severity().chinese(), fill == null ? body : annotator.filled(body, fill));
            text(row, 2, f.outcome().chinese(), body);
            text(row, 3, f.ruleId(), body);
            text(row, 4, FindingText.table(f), body);
            text(row, 5, FindingText.description(f), wrapped);
            text(row, 6, FindingText.values(f), wrapped);
            Optional<Source> where = f.where();
            if (where.isPresent()) {
                Source s = where.get();
                int count = cellCount(f);
                String shown = s.location() + (count > 1 ? "（共 " + count + " 格）" : "");
                int target = wb.getSheetIndex(s.sheet());
                Cell cell = text(row, LINK_COLUMN, shown, target >= 0 ? link : body);
                String address = address(target >= 0 ? wb.getSheetName(target) : null, s.cell());
                if (address != null) {
                    Hyperlink h = wb.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
                    h.setAddress(address);
                    cell.setHyperlink(h);
                }
            }
            r++;
        }
        sheet.createFreezePane(0, 1);
        sheet.getPrintSetup().setLandscape(true);
        // No auto-filter and no print titles: both are defined names referring to this sheet, and an .xls
        // names sheets in them by position, which is about to change.
        if (wb instanceof HSSFWorkbook) {
            HssfSheets.moveLastToFront((HSSFWorkbook) wb);
        } else {
            wb.setSheetOrder(sheet.getSheetName(), 0);
        }
        wb.setActiveSheet(0);
        wb.setSelectedTab(0);
        wb.setFirstVisibleTab(0);
    }

    /**
     * {@code '公开01表'!C33}: the sheet name always quoted (valid for every name), an apostrophe in it doubled;
     * {@code null} when the sheet is not in the workbook or the cell is no A1 reference.
     */
    static String address(String sheetName, String a1) {
        if (sheetName == null) {
            return null;
        }
        return CellRef.tryParse(a1).map(ref -> "'" + sheetName.replace("'", "''") + "'!" + ref).orElse(null);
    }

    private static int cellCount(Finding f) {
        Set<String> cells = new LinkedHashSet<>();
        f.location().ifPresent(at -> cells.add(at.location()));
        for (Participant p : f.cells()) {
            cells.add(p.source().location());
        }
        return cells.size();
    }

    private static Cell text(Row row, int col, String value, CellStyle style) {
        Cell cell = row.createCell(col);
        String safe = SheetText.safe(value);
        // A cell holds at most 32,767 characters; a sum of a few thousand terms would not fit.
        cell.setCellValue(safe.length() <= MAX_TEXT ? safe : safe.substring(0, MAX_TEXT - 1) + "…");
        cell.setCellStyle(style);
        return cell;
    }

    private String uniqueName() {
        String name = NAME;
        for (int i = 2; wb.getSheetIndex(name) >= 0; i++) {
            name = NAME + " (" + i + ")";
        }
        return name;
    }

    /** A style in the workbook's default font: bold on grey for the header, blue underlined for links. */
    private CellStyle style(boolean bold, boolean link, boolean shaded) {
        CellStyle s = wb.createCellStyle();
        s.setVerticalAlignment(VerticalAlignment.TOP);
        if (bold || link) {
            Font base = wb.getFontAt(0);
            Font font = wb.createFont();
            font.setFontName(base.getFontName());
            font.setFontHeight(base.getFontHeight());
            font.setBold(bold);
            if (link) {
                font.setUnderline(Font.U_SINGLE);
                font.setColor(IndexedColors.BLUE.getIndex());
            }
            s.setFont(font);
        }
        if (shaded) {
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            s.setBorderBottom(BorderStyle.THIN);
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            if (wb instanceof XSSFWorkbook) {
                ((XSSFCellStyle) s).setFillForegroundColor(new XSSFColor(
                        new byte[] {(byte) 0xFF, (byte) 0xD9, (byte) 0xD9, (byte) 0xD9},
                        ((XSSFWorkbook) wb).getStylesSource().getIndexedColors()));
            } else {
                s.setFillForegroundColor(((HSSFWorkbook) wb).getCustomPalette()
                        .findSimilarColor(0xD9, 0xD9, 0xD9).getIndex());
            }
        }
        return s;
    }
}
