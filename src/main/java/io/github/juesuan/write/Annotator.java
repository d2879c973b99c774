package io.github.juesuan.write;

import io.github.juesuan.model.Source;
import io.github.juesuan.report.Finding;
import io.github.juesuan.report.Report;
import io.github.juesuan.rules.Participant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.hssf.usermodel.HSSFComment;
import org.apache.poi.hssf.usermodel.HSSFRichTextString;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.hssf.util.HSSFColor;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRst;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTXf;

/**
 * Marks the findings of a report in an open workbook: fills and comments on the cells they concern, then
 * the 校验结果 sheet in front. Touches no value, formula, merge or sheet name; the only change to an existing
 * cell is its style (a clone with a fill) and its comment.
 */
final class Annotator {
    /** The author of every comment written. */
    static final String AUTHOR = "juesuan";
    /** Comment lines are wrapped at this many half-width characters, at least. */
    private static final int MIN_COMMENT_WIDTH = 24;
    private static final int MAX_COMMENT_WIDTH = 60;
    /** Points per line of comment text (Excel's comment font is 9 pt). */
    private static final double LINE_POINTS = 12.5;
    private static final int MAX_COMMENT_ROWS = 40;
    private static final int MAX_COMMENT_LINES = 30;

    private final Workbook wb;
    private final Report report;
    private final CreationHelper helper;
    /** One clone per (original style, fill): a workbook has room for 64,000 styles (.xlsx) or 4,000 (.xls). */
    private final Map<StyleKey, CellStyle> clones = new HashMap<>();
    private boolean stylesExhausted;

    private record StyleKey(int style, Fill fill) {
    }

    private record Target(int sheet, int row, int col) {
    }

    /** What one cell gets: the most severe fill of its findings and one comment line per finding. */
    private static final class Notes {
        Fill fill;
        final List<String> lines = new ArrayList<>();
    }

    Annotator(Workbook wb, Report report) {
        this.wb = wb;
        this.report = report;
        this.helper = wb.getCreationHelper();
    }

    /** Annotates every finding's cells, adds the 校验结果 sheet in front and makes it the active one. */
    void run() {
        Map<Target, Notes> targets = new LinkedHashMap<>();
        for (Finding f : report.findings()) {
            Set<Target> cells = new LinkedHashSet<>();
            f.location().ifPresent(at -> add(cells, at));
            for (Participant p : f.cells()) {
                add(cells, p.source());
            }
            String line = FindingText.line(f);
            Fill fill = Fill.of(f);
            for (Target t : cells) {
                Notes n = targets.computeIfAbsent(t, k -> new Notes());
                n.fill = Fill.max(n.fill, fill);
                if (!n.lines.contains(line)) {
                    n.lines.add(line);
                }
            }
        }
        targets.forEach(this::annotate);
        new ResultSheet(wb, report, this).write();
    }

    private void add(Set<Target> cells, Source s) {
        int sheet = wb.getSheetIndex(s.sheet());
        if (sheet < 0) {
            return; // a report made from another file: nothing to mark here
        }
        CellReference ref;
        try {
            ref = new CellReference(s.cell());
        } catch (RuntimeException e) {
            return;
        }
        if (ref.getRow() < 0 || ref.getCol() < 0 || ref.getRow() > wb.getSpreadsheetVersion().getLastRowIndex()
                || ref.getCol() > wb.getSpreadsheetVersion().getLastColumnIndex()) {
            return;
        }
        cells.add(new Target(sheet, ref.getRow(), ref.getCol()));
    }

    private void annotate(Target t, Notes n) {
        Sheet sheet = wb.getSheetAt(t.sheet());
        Row row = sheet.getRow(t.row());
        Cell cell = row == null ? null : row.getCell(t.col());
        CellStyle base;
        if (cell != null) {
            base = cell.getCellStyle();
        } else {
            // A blank that was never stored (C34 of the seed's 01): it shows its row's or column's style, so
            // the new cell starts from that one.
            base = row != null && row.isFormatted() ? row.getRowStyle() : sheet.getColumnStyle(t.col());
            if (base == null) {
                base = wb.getCellStyleAt(0);
            }
            if (row == null) {
                row = sheet.createRow(t.row());
            }
            cell = row.createCell(t.col());
            cell.setCellStyle(base);
        }
        if (n.fill != null) {
            cell.setCellStyle(filled(base, n.fill));
        }
        comment(sheet, cell, n.lines);
    }

    /** The clone of {@code base} with a solid fill, made once per pair; {@code base} when no style is left. */
    CellStyle filled(CellStyle base, Fill fill) {
        StyleKey key = new StyleKey(base.getIndex(), fill);
        CellStyle cached = clones.get(key);
        if (cached != null) {
            return cached;
        }
        if (stylesExhausted) {
            return base;
        }
        CellStyle style;
        try {
            style = cloneOf(base);
        } catch (IllegalStateException e) {
            // The workbook's style table is full: the comment still says what is wrong.
            stylesExhausted = true;
            return base;
        }
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        if (wb instanceof XSSFWorkbook) {
            ((XSSFCellStyle) style).setFillForegroundColor(
                    new XSSFColor(fill.argb(), ((XSSFWorkbook) wb).getStylesSource().getIndexedColors()));
        } else {
            style.setFillForegroundColor(xlsColour(fill));
        }
        clones.put(key, style);
        return style;
    }

    /**
     * A new style with everything of {@code base}: number format, font, borders, alignment, protection.
     *
     * <p>For .xlsx, POI's {@code cloneStyleFrom} also overwrites the new style's parent entry in
     * {@code cellStyleXfs}, and a new style's parent entry is simply the workbook's <em>last</em> named style
     * (5.4.1: {@code StylesTable.createCellStyle}), so cloning would redefine, say, 「好」 or 「千位分隔」 for
     * every cell that uses it. That entry is saved before and put back after.
     */
    private CellStyle cloneOf(CellStyle base) {
        if (!(wb instanceof XSSFWorkbook)) {
            CellStyle style = wb.createCellStyle();
            style.cloneStyleFrom(base);
            return style;
        }
        StylesTable styles = ((XSSFWorkbook) wb).getStylesSource();
        XSSFCellStyle source = (XSSFCellStyle) base;
        int named = styles._getStyleXfsSize();
        CTXf lastNamed = named > 0 ? (CTXf) styles.getCellStyleXfAt(named - 1).copy() : null;
        XSSFCellStyle style = (XSSFCellStyle) wb.createCellStyle();
        if (lastNamed != null && source.getStyleXf() != null) {
            style.cloneStyleFrom(source);
            styles.getCellStyleXfAt(named - 1).set(lastNamed);
        } else {
            // No named styles at all (some generators write none): the cell format alone is the style.
            style.getCoreXf().set(source.getCoreXf().copy());
        }
        return style;
    }

    /**
     * The .xls palette index nearest the fill's colour. An .xls names colours by a 56-entry palette; changing
     * an entry would recolour every cell that already uses it, so the nearest existing entry is used (with
     * the default palette: rose, light yellow and lemon chiffon).
     */
    short xlsColour(Fill fill) {
        HSSFWorkbook hssf = (HSSFWorkbook) wb;
        HSSFColor exact = hssf.getCustomPalette().findColor((byte) fill.red, (byte) fill.green, (byte) fill.blue);
        HSSFColor colour = exact != null ? exact : hssf.getCustomPalette().findSimilarColor(fill.red, fill.green, fill.blue);
        return colour.getIndex();
    }

    // ---- comments ----------------------------------------------------------------------------------------

    private void comment(Sheet sheet, Cell cell, List<String> all) {
        // A total that takes part in dozens of rules (a 类 row of 03, say) would get a comment no one can read.
        List<String> lines = all.size() <= MAX_COMMENT_LINES ? all : new ArrayList<>(all.subList(0, MAX_COMMENT_LINES));
        if (lines.size() < all.size()) {
            lines.add("……另有 " + (all.size() - lines.size()) + " 条，见「" + ResultSheet.NAME + "」");
        }
        String text = String.join("\n", lines);
        Comment existing = cell.getCellComment();
        if (existing != null) {
            existing.setString(appended(existing, text));
            return;
        }
        Drawing<?> drawing = sheet.getDrawingPatriarch();
        if (drawing == null) {
            drawing = sheet.createDrawingPatriarch();
        }
        Comment comment = drawing.createCellComment(anchor(sheet, cell, lines));
        comment.setAuthor(AUTHOR);
        comment.setString(helper.createRichTextString(text));
        cell.setCellComment(comment);
    }

    /** The unit's own comment, formatting kept, with ours after it on a new line. */
    private static org.apache.poi.ss.usermodel.RichTextString appended(Comment existing, String text) {
        if (existing instanceof XSSFComment) {
            CTRst copy = (CTRst) ((XSSFRichTextString) existing.getString()).getCTRst().copy();
            XSSFRichTextString s = new XSSFRichTextString(copy);
            s.append("\n" + text);
            return s;
        }
        HSSFRichTextString old = ((HSSFComment) existing).getString();
        String oldText = old == null ? "" : old.getString();
        HSSFRichTextString s = new HSSFRichTextString(oldText + "\n" + text);
        for (int i = 0; old != null && i < old.numFormattingRuns(); i++) {
            int start = old.getIndexOfFormattingRun(i);
            int end = i + 1 < old.numFormattingRuns() ? old.getIndexOfFormattingRun(i + 1) : oldText.length();
            short font = old.getFontOfFormattingRun(i);
            if (font != HSSFRichTextString.NO_FONT && end > start) {
                s.applyFont(start, end, font);
            }
        }
        return s;
    }

    /**
     * A box to the right of the cell, wide enough for about {@link #MAX_COMMENT_WIDTH} characters and tall
     * enough for the wrapped lines, measured in the sheet's own column widths and row heights.
     */
    private ClientAnchor anchor(Sheet sheet, Cell cell, List<String> lines) {
        int longest = 0;
        for (String line : lines) {
            longest = Math.max(longest, displayWidth(line));
        }
        int width = Math.max(MIN_COMMENT_WIDTH, Math.min(MAX_COMMENT_WIDTH, longest));
        int textLines = 0;
        for (String line : lines) {
            textLines += Math.max(1, (displayWidth(line) + width - 1) / width);
        }
        int lastCol = wb.getSpreadsheetVersion().getLastColumnIndex();
        int lastRow = wb.getSpreadsheetVersion().getLastRowIndex();
        int col1 = Math.min(cell.getColumnIndex() + 1, lastCol - 1);
        int row1 = cell.getRowIndex();
        // XSSF refuses a comment whose anchor's top-left cell already has one ("Multiple cell comments in
        // one cell are not allowed"): it checks the anchor, not the cell the comment is then given to.
        while (row1 < lastRow - 1 && sheet.getCellComment(new CellAddress(row1, col1)) != null) {
            row1++;
        }
        int col2 = col1;
        double chars = 0;
        while (chars < width + 2 && col2 < lastCol && col2 - col1 < 30) {
            if (!sheet.isColumnHidden(col2)) {
                chars += sheet.getColumnWidth(col2) / 256.0;
            }
            col2++;
        }
        int row2 = row1;
        double points = 0;
        double needed = textLines * LINE_POINTS + 6;
        while (points < needed && row2 < lastRow && row2 - row1 < MAX_COMMENT_ROWS) {
            Row r = sheet.getRow(row2);
            if (r == null) {
                points += sheet.getDefaultRowHeightInPoints();
            } else if (!r.getZeroHeight()) {
                points += r.getHeightInPoints();
            }
            row2++;
        }
        ClientAnchor anchor = helper.createClientAnchor();
        anchor.setCol1(col1);
        anchor.setRow1(row1);
        anchor.setCol2(Math.max(col2, col1 + 1));
        anchor.setRow2(Math.max(row2, row1 + 1));
        return anchor;
    }

    /** Width in half-width character cells: a Chinese character or full-width sign counts two. */
    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            w += ch >= 0x2E80 && ch != 0xFF61 && !(ch >= 0xFF61 && ch <= 0xFFDC) ? 2 : 1;
        }
        return w;
    }
}
