package io.github.juesuan.read;

import io.github.juesuan.model.Column;
import io.github.juesuan.model.Figure;
import io.github.juesuan.model.PerformanceEvaluation;
import io.github.juesuan.model.Problem;
import io.github.juesuan.model.Row;
import io.github.juesuan.model.Severity;
import io.github.juesuan.model.Source;
import io.github.juesuan.model.Table;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the tables on a sheet by their titles and reads each with the catalogue's definition. Knows the
 * layout families (fixed rows, coded rows, cross tables) but no particular table: that is the catalogue's.
 */
final class SheetReader {
    private static final Logger LOG = LoggerFactory.getLogger(SheetReader.class);
    private static final int MAX_HEADER_ROWS = 8;
    private static final Set<String> LABEL_HEADERS = Set.of("项目", "科目代码", "科目名称", "科目编码", "功能分类科目编码",
            "经济分类科目编码", "类", "款", "项", "行次", "栏次", "编码", "代码", "名称", "项目名称", "收入", "支出");

    private final String file;
    private final Catalogue catalogue;
    private final List<Problem> problems;
    final List<Table> tables = new ArrayList<>();
    final List<PerformanceEvaluation> evaluations = new ArrayList<>();

    SheetReader(String file, Catalogue catalogue, List<Problem> problems) {
        this.file = file;
        this.catalogue = catalogue;
        this.problems = problems;
    }

    private record Title(int row, int col, Catalogue.TableDef def, int strength) {
    }

    void read(RawSheet sheet) {
        Grid grid = new Grid(sheet);
        List<Title> titles = findTitles(grid);
        if (titles.isEmpty()) {
            boolean numbers = sheet.cells().stream().anyMatch(c -> c.type() == RawType.NUMBER
                    || c.type() == RawType.TEXT && Values.parseNumber(Text.trim(c.text())) != null);
            if (numbers && !sheet.hidden()) {
                Source at = new Source(file, sheet.name(), "A1", Values.raw(grid.at(0, 0)));
                problems.add(new Problem("READ.UNRECOGNISED_SHEET", Severity.WARNING, at,
                        at.location() + "：工作表「" + sheet.name() + "」含有数字，但找不到可识别的表名（如「收入支出决算总表」），未读取",
                        at.location() + ": sheet \"" + sheet.name() + "\" holds numbers but no recognisable table title; not read"));
            }
            return;
        }
        for (int i = 0; i < titles.size(); i++) {
            Title t = titles.get(i);
            int end = i + 1 < titles.size() ? titles.get(i + 1).row() - 1 : grid.lastRow();
            Block block = new Block(grid, t.def(), t.row(), t.col(), end);
            try {
                if (t.def().kind() == Catalogue.Kind.PERF) {
                    PerformanceEvaluation e = new PerfReader(file, block, problems, evaluations.size() + 1).read();
                    if (e != null) {
                        evaluations.add(e);
                    }
                } else {
                    Table table = readTable(block);
                    if (table != null) {
                        tables.add(table);
                    }
                }
            } catch (RuntimeException e) {
                // A layout this code did not foresee must not cost the rest of the workbook.
                LOG.debug("failed to read table {} on {}", t.def().id(), sheet.name(), e);
                problems.add(new Problem("READ.TABLE_UNREADABLE", Severity.ERROR, titleSource(block),
                        "无法读取表「" + t.def().id().title() + "」：版式无法识别（" + e.getClass().getSimpleName() + "）",
                        "table " + t.def().id().code() + " could not be read: unrecognised layout (" + e + ")"));
            }
        }
    }

    // ---- titles ----------------------------------------------------------------------------------------

    private List<Title> findTitles(Grid grid) {
        List<Title> found = new ArrayList<>();
        for (RawCell cell : grid.sheet.cells()) {
            if (cell.type() != RawType.TEXT) {
                continue;
            }
            String raw = cell.text();
            if (raw.length() < 4 || raw.indexOf('表') < 0) {
                continue; // every title alias names a 表; most cells are labels and numbers
            }
            String f = Text.fold(raw);
            if (f.length() < 4 || f.length() > 80 || f.startsWith("注") || f.startsWith("说明") || f.startsWith("备注")
                    || f.contains("...") || f.contains("…") || f.contains("本表反映")) {
                continue;
            }
            Catalogue.TableDef best = null;
            int bestLength = 0;
            for (Catalogue.TableDef def : catalogue.tables()) {
                for (String alias : def.titles()) {
                    if (alias.length() > bestLength && f.contains(alias)) {
                        best = def;
                        bestLength = alias.length();
                    }
                }
            }
            if (best == null) {
                continue;
            }
            // A title is mostly the table's name: a sentence that mentions it is not a title.
            if (f.length() > bestLength + 40) {
                continue;
            }
            Title t = new Title(cell.row(), cell.col(), best, bestLength);
            Title last = found.isEmpty() ? null : found.get(found.size() - 1);
            if (last != null && last.row() == t.row()) {
                if (t.strength() > last.strength()) {
                    found.set(found.size() - 1, t);
                }
            } else if (last != null && last.def() == t.def() && t.row() - last.row() <= 2) {
                continue; // a title printed over two rows
            } else {
                found.add(t);
            }
        }
        return found;
    }

    // ---- common structure -------------------------------------------------------------------------------

    private Source titleSource(Block b) {
        RawCell c = b.grid.at(b.titleRow, b.titleCol);
        return Values.source(file, b.sheet(), b.titleRow, b.titleCol, c);
    }

    /** Splits the block into metadata, header, data and notes. False when no header is found. */
    private boolean structure(Block b) {
        int r = b.titleRow;
        for (RawCell c : b.cells(r)) {
            b.takeMetadata(c, r);
        }
        r++;
        // metadata rows
        for (; r <= b.endRow; r++) {
            List<RawCell> cells = b.cells(r);
            if (cells.isEmpty()) {
                continue;
            }
            boolean meta = false;
            boolean other = false;
            for (RawCell c : cells) {
                if (b.takeMetadata(c, r)) {
                    meta = true;
                } else if (c.type() != RawType.TEXT || isHeaderWord(b.def, Text.fold(c.text()))) {
                    other = true;
                }
            }
            if (!meta || other) {
                break;
            }
        }
        // header rows
        for (; r <= b.endRow && b.headerRows.size() <= MAX_HEADER_ROWS; r++) {
            List<RawCell> cells = b.cells(r);
            if (cells.isEmpty()) {
                if (b.headerRows.isEmpty()) {
                    continue;
                }
                continue;
            }
            if (isNotes(cells)) {
                break;
            }
            if (isLineNumberRow(cells)) {
                b.lineNumberRow = r;
                r++;
                break;
            }
            if (dataLike(b, cells)) {
                break;
            }
            if (cells.size() == 1 && cells.get(0).type() == RawType.TEXT
                    && b.def.headings().contains(Text.fold(cells.get(0).text()))) {
                continue; // a section heading such as 一、政府采购情况 names no column
            }
            b.headerRows.add(r);
        }
        if (b.headerRows.isEmpty() || b.headerRows.size() > MAX_HEADER_ROWS) {
            return false;
        }
        b.buildPaths();
        // data rows, then notes
        boolean inNotes = false;
        for (; r <= b.endRow; r++) {
            List<RawCell> cells = b.cells(r);
            if (cells.isEmpty()) {
                continue;
            }
            if (inNotes || isNotes(cells)) {
                inNotes = true;
                StringBuilder sb = new StringBuilder();
                for (RawCell c : cells) {
                    sb.append(Text.trim(Grid.text(c)));
                }
                b.notes.add(sb.toString());
                continue;
            }
            b.dataRows.add(r);
        }
        return true;
    }

    private static boolean isNotes(List<RawCell> cells) {
        RawCell first = cells.get(0);
        if (first.type() != RawType.TEXT) {
            return false;
        }
        String f = Text.fold(first.text());
        return f.startsWith("注:") || f.startsWith("注1") || f.startsWith("说明:") || f.startsWith("备注")
                || f.startsWith("填报说明") || f.equals("注") || f.startsWith("本表无数据") || f.startsWith("数据来源");
    }

    /** 栏次 row: labelled 栏次, or integers 1, 2, 3… only. */
    private static boolean isLineNumberRow(List<RawCell> cells) {
        int expected = 1;
        boolean labelled = false;
        int numbers = 0;
        for (RawCell c : cells) {
            if (c.type() == RawType.TEXT && Text.fold(c.text()).equals("栏次")) {
                labelled = true;
                continue;
            }
            Integer n = Block.integer(c);
            if (n == null) {
                if (c.type() == RawType.TEXT && Text.isDash(Text.trim(c.text()))) {
                    continue; // 栏次 rows print — under label columns
                }
                return false;
            }
            numbers++;
            if (!labelled && n != expected) {
                return false;
            }
            expected++;
        }
        return labelled || numbers >= 2;
    }

    private static boolean isHeaderWord(Catalogue.TableDef def, String f) {
        if (LABEL_HEADERS.contains(f) || f.startsWith("项目(") || def.headings().contains(f)) {
            return true;
        }
        return columnAlias(def, f);
    }

    private static boolean columnAlias(Catalogue.TableDef def, String f) {
        for (Catalogue.ColumnDef c : def.columns()) {
            for (Catalogue.Alias a : c.aliases()) {
                if (a.text().equals(f)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean dataLike(Block b, List<RawCell> cells) {
        if (b.def.kind() == Catalogue.Kind.CROSS) {
            // Items such as 合计 and 公务接待费 head the columns of a horizontal 三公 table; a data row is one
            // with numbers, or a single item label with nothing but blanks beside it (a vertical table).
            long texts = cells.stream().filter(c -> c.type() == RawType.TEXT && !Text.isDash(Text.trim(c.text()))).count();
            RawCell first = cells.get(0);
            return cells.stream().anyMatch(c -> c.type() == RawType.NUMBER)
                    || texts == 1 && first.type() == RawType.TEXT && matchesAny(b.def.rows(), Text.fold(first.text()));
        }
        RawCell lead = cells.get(0);
        if (b.def.kind() == Catalogue.Kind.CODED && lead.type() == RawType.TEXT
                && matchesAny(b.def.specials(), Text.fold(lead.text()))) {
            return true; // 合计 in the label column starts the data even where 合计 is also a column header word
        }
        for (RawCell c : cells) {
            if (c.type() == RawType.NUMBER) {
                return true;
            }
            if (c.type() != RawType.TEXT) {
                continue;
            }
            String f = Text.fold(c.text());
            if (b.def.kind() == Catalogue.Kind.CODED && isCode(f)) {
                return true;
            }
            if (!isHeaderWord(b.def, f) && (matchesAny(b.def.rows(), f) || matchesAny(b.def.specials(), f))) {
                return true;
            }
        }
        return false;
    }

    static boolean isCode(String f) {
        int n = f.length();
        if (n != 3 && n != 5 && n != 7) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (f.charAt(i) < '0' || f.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean matchesAny(List<Catalogue.RowDef> defs, String f) {
        for (Catalogue.RowDef d : defs) {
            if (matches(d, f)) {
                return true;
            }
        }
        return false;
    }

    static boolean matches(Catalogue.RowDef d, String f) {
        if (f.isEmpty()) {
            return false;
        }
        String bare = Text.withoutParenthetical(f);
        for (String a : d.aliases()) {
            if (a.equals(f) || a.equals(bare) || Text.withoutParenthetical(a).equals(bare)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Maps candidate value columns to catalogue columns, filling {@code cols}/{@code defs} in column order;
     * returns the columns left unmapped. Where no column names itself and the table has a single value
     * column (01's 金额, 06's 决算数), the first candidate is taken as that column: an unusual header must not
     * lose a whole table, but an extra column beside a recognised one must not replace it either.
     */
    private List<Integer> mapColumns(Block b, List<Integer> candidates, List<Integer> cols,
                                     List<Catalogue.ColumnDef> defs) {
        List<Integer> unknown = new ArrayList<>();
        java.util.TreeMap<Integer, Catalogue.ColumnDef> mapped = new java.util.TreeMap<>();
        for (int c : candidates) {
            Catalogue.ColumnDef def = mapColumn(b, c);
            if (def == null) {
                unknown.add(c);
            } else {
                mapped.put(c, def);
            }
        }
        if (mapped.isEmpty() && !unknown.isEmpty() && b.def.columns().size() == 1) {
            int c = unknown.remove(0);
            mapped.put(c, b.def.columns().get(0));
            Source at = headerSource(b, c);
            problems.add(new Problem("READ.COLUMN_BY_POSITION", Severity.INFO, at,
                    at.location() + "：列「" + b.label(c) + "」的表头无法识别，作为本表唯一的金额栏读取",
                    at.location() + ": column \"" + b.label(c) + "\" is not recognised; read as the table's only value column"));
        }
        cols.addAll(mapped.keySet());
        defs.addAll(mapped.values());
        return unknown;
    }

    /** Maps a column's header path to a catalogue column; by 栏次 where the header fails. */
    private Catalogue.ColumnDef mapColumn(Block b, int col) {
        Catalogue.ColumnDef byHeader = b.mapByHeader(col, b.def.columns());
        if (byHeader != null) {
            return byHeader;
        }
        List<String> path = b.foldedPath(col);
        Integer number = b.columnNumber(col);
        if (number != null && !path.isEmpty()) {
            for (Catalogue.ColumnDef def : b.def.columns()) {
                if (number.equals(def.number())) {
                    Source at = headerSource(b, col);
                    problems.add(new Problem("READ.COLUMN_BY_NUMBER", Severity.INFO, at,
                            at.location() + "：列「" + b.label(col) + "」的表头无法识别，按栏次 " + number + " 视为「"
                                    + def.aliases().get(0).text() + "」",
                            at.location() + ": column \"" + b.label(col) + "\" taken as " + def.key() + " by its 栏次 " + number));
                    return def;
                }
            }
        }
        return null;
    }

    /** The cell that prints a column's lowest header: its own cell, or the top-left cell of its merge. */
    private Source headerSource(Block b, int col) {
        for (int i = b.headerRows.size() - 1; i >= 0; i--) {
            int r = b.headerRows.get(i);
            RawCell own = b.grid.at(r, col);
            if (own != null && !Text.trim(Grid.text(own)).isEmpty()) {
                return Values.source(file, b.sheet(), r, col, own);
            }
            Merge m = b.grid.mergeCovering(r, col);
            if (m != null) {
                return Values.source(file, b.sheet(), m.firstRow(), m.firstCol(), b.grid.at(m.firstRow(), m.firstCol()));
            }
        }
        int r = b.headerRows.isEmpty() ? b.titleRow : b.headerRows.get(b.headerRows.size() - 1);
        return Values.source(file, b.sheet(), r, col, b.grid.visible(r, col));
    }

    /** A figure in a value column: text that is not a number is a problem there. */
    private Figure valueFigure(Block b, int row, int col, String what) {
        Figure f = Values.read(file, b.grid, row, col, b.unit.decimals(), what, true, problems);
        if (f.kind() == Figure.Kind.NUMBER) {
            amountNotes(b, f, what);
        }
        return f;
    }

    /**
     * Amounts a disclosure should not print: more decimals than its unit has (12.3456 万元: the conversion was
     * not rounded), or a negative amount (possible after an adjustment, so a warning to verify, not an error).
     */
    private void amountNotes(Block b, Figure f, String what) {
        String at = f.source().location() + "（" + what + "）";
        int unitDecimals = b.unit.decimals();
        if (f.value().scale() > unitDecimals && f.value().stripTrailingZeros().scale() > unitDecimals) {
            String unit = b.unit.label().isEmpty() ? "金额" : b.unit.label();
            problems.add(new Problem("READ.EXCESS_DECIMALS", Severity.WARNING, f.source(),
                    at + "：印出 " + f.text() + "，小数位多于" + unit + "应有的 " + unitDecimals + " 位；请四舍五入到 "
                            + BigDecimal.ONE.movePointLeft(unitDecimals).toPlainString() + " 后再公开",
                    at + ": prints " + f.text() + ", more decimals than the " + unitDecimals
                            + " its unit has; round it before publishing"));
        }
        if (f.value().signum() < 0) {
            problems.add(new Problem("READ.NEGATIVE", Severity.WARNING, f.source(),
                    at + "：金额为负数 " + f.text() + "；决算公开表的金额通常不为负，请核实",
                    at + ": the amount " + f.text() + " is negative; amounts in these tables rarely are, please verify"));
        }
    }

    private Table table(Block b, List<Column> columns, List<Row> rows) {
        RawCell title = b.grid.at(b.titleRow, b.titleCol);
        return new Table(b.def.id(), Text.trim(Grid.text(title)), b.number, b.unitName, b.year, b.unit, columns, rows,
                b.notes, titleSource(b));
    }

    private boolean noHeader(Block b) {
        problems.add(new Problem("READ.NO_HEADER", Severity.WARNING, titleSource(b),
                titleSource(b).location() + "：找到表名「" + b.def.id().title() + "」，但其下没有可识别的表头，未读取此表",
                titleSource(b).location() + ": found the title of table " + b.def.id().code()
                        + " but no recognisable header below it; table not read"));
        return false;
    }

    private Table readTable(Block b) {
        if (!structure(b)) {
            noHeader(b);
            return null;
        }
        switch (b.def.kind()) {
            case FIXED:
                return readFixed(b);
            case CODED:
                return readCoded(b);
            case CROSS:
                return readCross(b);
            default:
                throw new IllegalStateException(b.def.kind().toString());
        }
    }

    private void unknownColumn(Block b, int col, boolean hasFigures) {
        problems.add(new Problem("READ.UNKNOWN_COLUMN", hasFigures ? Severity.WARNING : Severity.INFO,
                headerSource(b, col),
                headerSource(b, col).location() + "：表「" + b.def.id().title() + "」的列「" + b.label(col) + "」无法识别"
                        + (hasFigures ? "，其中的数字未读取" : ""),
                headerSource(b, col).location() + ": column \"" + b.label(col) + "\" of table " + b.def.id().code()
                        + " is not recognised" + (hasFigures ? "; its figures were not read" : "")));
    }

    private boolean columnHasFigures(Block b, int col) {
        for (int r : b.dataRows) {
            RawCell c = b.grid.at(r, col);
            if (c != null && c.type() != RawType.TEXT) {
                return true;
            }
            if (c != null && Values.parseNumber(Text.trim(c.text())) != null) {
                return true;
            }
        }
        return false;
    }

    private void unknownRow(Block b, int row, int col, String label, boolean hasFigures) {
        Source s = Values.source(file, b.sheet(), row, col, b.grid.at(row, col));
        problems.add(new Problem("READ.UNKNOWN_ROW", hasFigures ? Severity.WARNING : Severity.INFO, s,
                s.location() + "：表「" + b.def.id().title() + "」中的行「" + label + "」与标准表样中的任何项目都不对应"
                        + (hasFigures ? "，其中的数字未读取" : ""),
                s.location() + ": row \"" + label + "\" of table " + b.def.id().code()
                        + " matches nothing in the catalogue" + (hasFigures ? "; its figures were not read" : "")));
    }

    private static boolean anyValue(Block b, int row, List<Integer> cols) {
        for (int c : cols) {
            RawCell cell = b.grid.at(row, c);
            if (cell != null && !(cell.type() == RawType.TEXT && Text.trim(cell.text()).isEmpty())) {
                return true;
            }
        }
        return false;
    }

    // ---- fixed rows (01, 04, 10) -----------------------------------------------------------------------

    private record Side(int labelCol, int lineCol, List<Integer> valueCols, List<Catalogue.ColumnDef> defs) {
    }

    private Table readFixed(Block b) {
        List<Integer> labelCols = new ArrayList<>();
        for (int c = b.minCol; c <= b.maxCol; c++) {
            String leaf = b.leaf(c);
            if (leaf.equals("项目") || leaf.startsWith("项目(") || leaf.equals("收入项目") || leaf.equals("支出项目")) {
                if (labelCols.isEmpty() || labelCols.get(labelCols.size() - 1) != c - 1
                        || !b.foldedPath(c - 1).equals(b.foldedPath(c))) {
                    labelCols.add(c);
                }
            }
        }
        if (labelCols.isEmpty()) {
            labelCols.add(firstTextColumn(b));
        }
        List<Side> sides = new ArrayList<>();
        Map<String, Column> columns = new LinkedHashMap<>();
        for (int i = 0; i < labelCols.size(); i++) {
            int from = labelCols.get(i);
            int to = i + 1 < labelCols.size() ? labelCols.get(i + 1) - 1 : b.maxCol;
            int lineCol = -1;
            List<Integer> valueCols = new ArrayList<>();
            List<Catalogue.ColumnDef> defs = new ArrayList<>();
            List<Integer> candidates = new ArrayList<>();
            for (int c = from + 1; c <= to; c++) {
                if (b.foldedPath(c).isEmpty() && !columnHasFigures(b, c)) {
                    continue;
                }
                if (b.leaf(c).equals("行次")) {
                    lineCol = c;
                    continue;
                }
                if (b.leaf(c).equals(b.leaf(from)) && b.foldedPath(c).equals(b.foldedPath(from))) {
                    continue; // the label spans two columns
                }
                candidates.add(c);
            }
            for (int c : mapColumns(b, candidates, valueCols, defs)) {
                unknownColumn(b, c, columnHasFigures(b, c));
            }
            for (int k = 0; k < valueCols.size(); k++) {
                int c = valueCols.get(k);
                addColumn(columns, new Column(defs.get(k).key(), b.label(c), b.columnNumber(c), defs.get(k).number()));
            }
            sides.add(new Side(from, lineCol, valueCols, defs));
        }
        List<Row> rows = new ArrayList<>();
        Set<String> used = new HashSet<>();
        List<int[]> unlabelled = new ArrayList<>();
        for (int r : b.dataRows) {
            for (int sideIndex = 0; sideIndex < sides.size(); sideIndex++) {
                Side side = sides.get(sideIndex);
                RawCell labelCell = b.grid.visible(r, side.labelCol());
                String label = Text.trim(Grid.text(labelCell));
                String f = Text.fold(label);
                boolean values = anyValue(b, r, side.valueCols());
                if (f.isEmpty()) {
                    Integer line = side.lineCol() >= 0 ? Block.integer(b.grid.at(r, side.lineCol())) : null;
                    if (line != null) {
                        unlabelled.add(new int[]{r, sideIndex, line});
                    } else if (values && anyNonBlankFigure(b, r, side.valueCols())) {
                        unknownRow(b, r, side.labelCol(), "（空）", true);
                    }
                    continue;
                }
                if (isHeaderWord(b.def, f) && !matchesAny(b.def.rows(), f)) {
                    continue; // a sub-header or heading inside the data (10's sections)
                }
                Catalogue.RowDef def = pickRow(b.def.rows(), f, used);
                if (def == null) {
                    unknownRow(b, r, side.labelCol(), label, values);
                    continue;
                }
                used.add(def.key());
                rows.add(fixedRow(b, side, def, r, label, labelCell));
            }
        }
        if (!unlabelled.isEmpty() && standardNumbering(b, rows)) {
            // Rows printed with a 行次 but no label (the seed's 04 lines 61–63) are placed by the standard 行次.
            for (int[] u : unlabelled) {
                Side side = sides.get(u[1]);
                for (Catalogue.RowDef def : b.def.rows()) {
                    if (def.line() != null && def.line() == u[2] && !used.contains(def.key())) {
                        used.add(def.key());
                        Row row = fixedRow(b, side, def, u[0], "", b.grid.visible(u[0], side.labelCol()));
                        rows.add(row);
                        problems.add(new Problem("READ.ROW_BY_LINE", Severity.INFO, row.source(),
                                row.source().location() + "：行次 " + u[2] + " 未印项目名称，按标准表样视为「"
                                        + def.aliases().get(0) + "」",
                                row.source().location() + ": line " + u[2] + " has no label; taken as " + def.key()
                                        + " by the standard numbering"));
                        break;
                    }
                }
            }
            rows.sort(java.util.Comparator.comparingInt((Row x) -> CellRefs.parseRow(x.source().cell()))
                    .thenComparingInt(x -> CellRefs.parseColumn(x.source().cell())));
        }
        Map<Row, Source> lineCells = new java.util.IdentityHashMap<>();
        for (Row row : rows) {
            for (Side side : sides) {
                if (side.lineCol() >= 0 && side.labelCol() == CellRefs.parseColumn(row.source().cell())) {
                    int r = CellRefs.parseRow(row.source().cell());
                    lineCells.put(row, Values.source(file, b.sheet(), r, side.lineCol(), b.grid.at(r, side.lineCol())));
                }
            }
        }
        crossCheckLines(b, rows, lineCells);
        return table(b, List.copyOf(columns.values()), rows);
    }

    private Row fixedRow(Block b, Side side, Catalogue.RowDef def, int r, String label, RawCell labelCell) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        String what = label.isEmpty() ? def.aliases().get(0) : label;
        for (int i = 0; i < side.valueCols().size(); i++) {
            int c = side.valueCols().get(i);
            figures.put(side.defs().get(i).key(), valueFigure(b, r, c, what + "/" + b.label(c)));
        }
        Integer line = side.lineCol() >= 0 ? Block.integer(b.grid.at(r, side.lineCol())) : null;
        String code = def.key().startsWith("exp.") && isCode(def.key().substring(4)) ? def.key().substring(4) : null;
        return new Row(def.key(), label, code, line, def.line(), figures,
                Values.source(file, b.sheet(), r, side.labelCol(), labelCell));
    }

    /** Whether the printed 行次 of the labelled rows agree with the catalogue's standard numbering (80%). */
    private static boolean standardNumbering(Block b, List<Row> rows) {
        int printed = 0;
        int agree = 0;
        for (Row r : rows) {
            for (Catalogue.RowDef d : b.def.rows()) {
                if (d.key().equals(r.key()) && d.line() != null && r.line() != null) {
                    printed++;
                    if (d.line().equals(r.line())) {
                        agree++;
                    }
                }
            }
        }
        return printed >= 4 && agree * 5 >= printed * 4;
    }

    /**
     * Adds a column; where both sides of a two-sided table use the same key (01's 金额 under 收入 and under
     * 支出), the column keeps the words they share and no single 栏次.
     */
    private static void addColumn(Map<String, Column> columns, Column c) {
        Column old = columns.putIfAbsent(c.key(), c);
        if (old != null && !old.equals(c)) {
            String[] a = old.label().split("/");
            String[] b = c.label().split("/");
            String shared = a[a.length - 1].equals(b[b.length - 1]) ? a[a.length - 1] : c.key();
            columns.put(c.key(), new Column(c.key(), shared,
                    java.util.Objects.equals(old.number(), c.number()) ? old.number() : null, c.standardNumber()));
        }
    }

    private boolean anyNonBlankFigure(Block b, int r, List<Integer> cols) {
        for (int c : cols) {
            RawCell cell = b.grid.at(r, c);
            if (cell != null && (cell.type() != RawType.TEXT || !Text.isDash(Text.trim(cell.text())))
                    && !(cell.type() == RawType.TEXT && Text.trim(cell.text()).isEmpty())) {
                return true;
            }
        }
        return false;
    }

    /** The first unused row definition the label matches; a used one when all matches are used. */
    private static Catalogue.RowDef pickRow(List<Catalogue.RowDef> defs, String f, Set<String> used) {
        Catalogue.RowDef fallback = null;
        for (Catalogue.RowDef d : defs) {
            if (matches(d, f)) {
                if (!used.contains(d.key())) {
                    return d;
                }
                if (fallback == null) {
                    fallback = d;
                }
            }
        }
        return fallback;
    }

    private int firstTextColumn(Block b) {
        for (int c = b.minCol; c <= b.maxCol; c++) {
            for (int r : b.dataRows) {
                RawCell cell = b.grid.at(r, c);
                if (cell != null && cell.type() == RawType.TEXT && !Text.fold(cell.text()).isEmpty()) {
                    return c;
                }
            }
        }
        return b.minCol;
    }

    /** Printed 行次 are a cross-check: where the layout is the standard one, a row that disagrees is noted. */
    private void crossCheckLines(Block b, List<Row> rows, Map<Row, Source> lineCells) {
        if (!standardNumbering(b, rows)) {
            return; // not the standard numbering (e.g. 24 categories): nothing to compare with
        }
        Map<String, Integer> standard = new LinkedHashMap<>();
        for (Catalogue.RowDef d : b.def.rows()) {
            if (d.line() != null) {
                standard.put(d.key(), d.line());
            }
        }
        for (Row r : rows) {
            Integer s = standard.get(r.key());
            if (r.line() != null && s != null && !s.equals(r.line())) {
                Source at = lineCells.getOrDefault(r, r.source());
                problems.add(new Problem("READ.LINE_MISMATCH", Severity.WARNING, at,
                        at.location() + "：行「" + r.label() + "」的行次为 " + r.line() + "，标准表样为 " + s
                                + "，请核对是否错行",
                        at.location() + ": row \"" + r.label() + "\" is printed as line " + r.line()
                                + " where the standard layout has " + s + "; check for a shifted row"));
            }
        }
    }

    // ---- coded rows (02, 03, 05, 06, 07, 08) --------------------------------------------------------------

    private record CodeBlock(int codeCol, int kuanCol, int xiangCol, int nameCol, List<Integer> valueCols,
                             List<Catalogue.ColumnDef> defs) {
    }

    private Table readCoded(Block b) {
        List<CodeBlock> blocks = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        for (int c = b.minCol; c <= b.maxCol; c++) {
            String leaf = b.leaf(c);
            if (leaf.contains("代码") || leaf.contains("编码") || leaf.equals("类")) {
                starts.add(c);
            }
        }
        if (starts.isEmpty()) {
            starts.add(firstTextColumn(b));
        }
        Map<String, Column> columns = new LinkedHashMap<>();
        for (int i = 0; i < starts.size(); i++) {
            int from = starts.get(i);
            int to = i + 1 < starts.size() ? starts.get(i + 1) - 1 : b.maxCol;
            int kuan = -1;
            int xiang = -1;
            int name = -1;
            List<Integer> valueCols = new ArrayList<>();
            List<Catalogue.ColumnDef> defs = new ArrayList<>();
            List<Integer> candidates = new ArrayList<>();
            for (int c = from + 1; c <= to; c++) {
                String leaf = b.leaf(c);
                if (leaf.equals("款") && kuan < 0) {
                    kuan = c;
                } else if (leaf.equals("项") && xiang < 0) {
                    xiang = c;
                } else if (name < 0 && (leaf.contains("名称") || leaf.equals("项目") && candidates.isEmpty())) {
                    name = c;
                } else if (leaf.equals("行次") || leaf.equals("栏次")) {
                    continue;
                } else if (!b.foldedPath(c).isEmpty() || columnHasFigures(b, c)) {
                    if (b.foldedPath(c).equals(b.foldedPath(from)) && name < 0 && candidates.isEmpty()) {
                        continue; // the label header spans the name column too
                    }
                    candidates.add(c);
                }
            }
            for (int c : mapColumns(b, candidates, valueCols, defs)) {
                unknownColumn(b, c, columnHasFigures(b, c));
            }
            for (int k = 0; k < valueCols.size(); k++) {
                int c = valueCols.get(k);
                columns.putIfAbsent(defs.get(k).key(),
                        new Column(defs.get(k).key(), b.label(c), b.columnNumber(c), defs.get(k).number()));
            }
            if (name < 0 && from + 1 <= to && !valueCols.contains(from + 1) && !candidates.contains(from + 1)) {
                name = from + 1; // code and name under one 项目 header
            }
            blocks.add(new CodeBlock(from, kuan, xiang, name, valueCols, defs));
        }
        List<Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Integer> allValueCols = new ArrayList<>();
        List<Catalogue.ColumnDef> allDefs = new ArrayList<>();
        for (CodeBlock cb : blocks) {
            allValueCols.addAll(cb.valueCols());
            allDefs.addAll(cb.defs());
        }
        for (CodeBlock cb : blocks) {
            String lei = null;
            String kuanCode = null;
            for (int r : b.dataRows) {
                if (b.grid.mergedAway(r, cb.codeCol())) {
                    continue; // a label merged in from the left, read with its own block
                }
                RawCell codeCell = b.grid.visible(r, cb.codeCol());
                String codeText = Text.fold(Grid.text(codeCell));
                String nameText = cb.nameCol() >= 0 ? Text.trim(Grid.text(b.grid.at(r, cb.nameCol()))) : "";
                String code = null;
                if (cb.kuanCol() >= 0) {
                    String k = Text.fold(Grid.text(b.grid.at(r, cb.kuanCol())));
                    String x = cb.xiangCol() >= 0 ? Text.fold(Grid.text(b.grid.at(r, cb.xiangCol()))) : "";
                    if (digits(codeText) && codeText.length() == 3) {
                        lei = codeText;
                        kuanCode = null;
                    }
                    if (digits(k) && k.length() <= 2 && lei != null) {
                        kuanCode = lei + pad2(k);
                    } else if (digits(k) && k.length() == 5) {
                        kuanCode = k;
                    }
                    if (digits(x) && x.length() <= 2 && kuanCode != null) {
                        code = kuanCode + pad2(x);
                    } else if (digits(x) && x.length() == 7) {
                        code = x;
                    } else if (!k.isEmpty() && kuanCode != null) {
                        code = kuanCode;
                    } else if (digits(codeText)) {
                        code = codeText;
                    }
                } else if (digits(codeText)) {
                    code = codeText;
                }
                String label = nameText;
                if (code == null) {
                    String rawLabel = Text.trim(Grid.text(codeCell));
                    if (!codeText.isEmpty()) {
                        // a code and name in one cell ("2060799 其他科学技术普及支出"), or a label such as 合计
                        int i = 0;
                        while (i < codeText.length() && Character.isDigit(codeText.charAt(i))) {
                            i++;
                        }
                        if (i == 3 || i == 5 || i == 7) {
                            code = codeText.substring(0, i);
                            label = nameText.isEmpty() ? Text.trim(rawLabel.substring(rawLabel.indexOf(code) + i)) : nameText;
                        } else {
                            label = rawLabel;
                        }
                    }
                }
                String key;
                Integer line = null;
                if (code != null) {
                    key = code;
                } else {
                    String f = Text.fold(label);
                    if (f.isEmpty()) {
                        if (anyNonBlankFigure(b, r, cb.valueCols())) {
                            unknownRow(b, r, cb.codeCol(), "（空）", true);
                        }
                        continue;
                    }
                    Catalogue.RowDef special = null;
                    for (Catalogue.RowDef d : b.def.specials()) {
                        if (matches(d, f)) {
                            special = d;
                            break;
                        }
                    }
                    if (special == null) {
                        if (!isHeaderWord(b.def, f)) {
                            unknownRow(b, r, cb.codeCol(), label, anyNonBlankFigure(b, r, cb.valueCols()));
                        }
                        continue;
                    }
                    key = special.key();
                }
                if (!seen.add(key)) {
                    Source s = Values.source(file, b.sheet(), r, cb.codeCol(), codeCell);
                    String shown = code != null ? code : Text.trim(label);
                    problems.add(new Problem("READ.DUPLICATE_ROW", Severity.ERROR, s,
                            s.location() + "：表「" + b.def.id().title() + "」中「" + shown + "」出现了不止一次，只读取第一次",
                            s.location() + ": row " + shown + " appears more than once in table " + b.def.id().code()
                                    + "; only the first is read"));
                    continue;
                }
                Map<String, Figure> figures = new LinkedHashMap<>();
                Merge span = b.grid.mergeAt(r, cb.codeCol());
                if (code == null && span != null && !cb.valueCols().isEmpty() && span.lastCol() >= cb.valueCols().get(0)) {
                    // A footer such as 公用经费合计 merged across blocks: its figure stands right of the merge.
                    for (int i = 0; i < allValueCols.size(); i++) {
                        int c = allValueCols.get(i);
                        if (c > span.lastCol() && !figures.containsKey(allDefs.get(i).key())) {
                            figures.put(allDefs.get(i).key(), valueFigure(b, r, c, label + "/" + b.label(c)));
                            break;
                        }
                    }
                } else {
                    for (int i = 0; i < cb.valueCols().size(); i++) {
                        int c = cb.valueCols().get(i);
                        figures.put(cb.defs().get(i).key(), valueFigure(b, r, c, (code != null ? code : label) + "/" + b.label(c)));
                    }
                }
                rows.add(new Row(key, label.isEmpty() ? key : label, code, line, figures,
                        Values.source(file, b.sheet(), r, cb.codeCol(), codeCell)));
            }
        }
        return table(b, List.copyOf(columns.values()), rows);
    }

    private static boolean digits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static String pad2(String s) {
        return s.length() == 1 ? "0" + s : s;
    }

    // ---- cross tables (09) ---------------------------------------------------------------------------------

    private Table readCross(Block b) {
        List<Integer> valueCols = new ArrayList<>();
        boolean horizontal = false;
        for (int c = b.minCol; c <= b.maxCol; c++) {
            if (b.foldedPath(c).isEmpty()) {
                continue;
            }
            valueCols.add(c);
            for (String p : b.foldedPath(c)) {
                if (matchesAny(b.def.rows(), p) && !p.equals("合计") || p.equals("合计") && b.foldedPath(c).size() > 1) {
                    horizontal = true;
                }
            }
        }
        Map<String, Map<String, Figure>> items = new LinkedHashMap<>();
        Map<String, Source> itemSources = new LinkedHashMap<>();
        Map<String, Column> columns = new LinkedHashMap<>();
        if (horizontal) {
            int dataRow = -1;
            for (int r : b.dataRows) {
                if (anyValue(b, r, valueCols)) {
                    dataRow = r;
                    break;
                }
            }
            if (dataRow < 0) {
                // printed empty: the figures are the blank cells below the header
                dataRow = b.lineNumberRow >= 0 ? b.lineNumberRow + 1 : b.headerRows.get(b.headerRows.size() - 1) + 1;
            }
            for (int c : valueCols) {
                List<String> path = b.foldedPath(c);
                Catalogue.ColumnDef side = null;
                Catalogue.RowDef item = null;
                for (int level = path.size() - 1; level >= 0; level--) {
                    String p = path.get(level);
                    if (side == null) {
                        for (Catalogue.ColumnDef d : b.def.columns()) {
                            if (d.aliases().stream().anyMatch(a -> a.text().equals(p))) {
                                side = d;
                            }
                        }
                    }
                    if (item == null) {
                        for (Catalogue.RowDef d : b.def.rows()) {
                            if (matches(d, p)) {
                                item = d;
                                break;
                            }
                        }
                    }
                }
                if (side == null || item == null) {
                    unknownColumn(b, c, columnHasFigures(b, c));
                    continue;
                }
                String what = item.aliases().get(0) + "/" + side.aliases().get(0).text();
                items.computeIfAbsent(item.key(), k -> new LinkedHashMap<>())
                        .put(side.key(), valueFigure(b, dataRow, c, what));
                itemSources.putIfAbsent(item.key(), headerSource(b, c));
                columns.putIfAbsent(side.key(), new Column(side.key(), side.aliases().get(0).text(), null));
            }
        } else {
            int labelCol = firstTextColumn(b);
            List<Integer> cols = new ArrayList<>();
            List<Catalogue.ColumnDef> defs = new ArrayList<>();
            for (int c : valueCols) {
                if (c == labelCol) {
                    continue;
                }
                Catalogue.ColumnDef d = mapColumn(b, c);
                if (d == null) {
                    if (!b.leaf(c).equals("行次")) {
                        unknownColumn(b, c, columnHasFigures(b, c));
                    }
                    continue;
                }
                cols.add(c);
                defs.add(d);
                columns.putIfAbsent(d.key(), new Column(d.key(), b.label(c), b.columnNumber(c), d.number()));
            }
            Set<String> used = new HashSet<>();
            for (int r : b.dataRows) {
                RawCell labelCell = b.grid.visible(r, labelCol);
                String label = Text.trim(Grid.text(labelCell));
                String f = Text.fold(label);
                if (f.isEmpty() || isHeaderWord(b.def, f) && !matchesAny(b.def.rows(), f)) {
                    continue;
                }
                Catalogue.RowDef item = pickRow(b.def.rows(), f, used);
                if (item == null) {
                    unknownRow(b, r, labelCol, label, anyValue(b, r, cols));
                    continue;
                }
                used.add(item.key());
                Map<String, Figure> figures = new LinkedHashMap<>();
                for (int i = 0; i < cols.size(); i++) {
                    figures.put(defs.get(i).key(), valueFigure(b, r, cols.get(i), label + "/" + b.label(cols.get(i))));
                }
                items.put(item.key(), figures);
                itemSources.put(item.key(), Values.source(file, b.sheet(), r, labelCol, labelCell));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Catalogue.RowDef d : b.def.rows()) {
            Map<String, Figure> figures = items.get(d.key());
            if (figures != null) {
                rows.add(new Row(d.key(), d.aliases().get(0), null, null, figures, itemSources.get(d.key())));
            }
        }
        return table(b, List.copyOf(columns.values()), rows);
    }
}
