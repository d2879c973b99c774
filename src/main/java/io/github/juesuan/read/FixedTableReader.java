package io.github.juesuan.read;

import io.github.juesuan.model.CellRef;
import io.github.juesuan.model.Column;
import io.github.juesuan.model.Figure;
import io.github.juesuan.model.Problem;
import io.github.juesuan.model.Row;
import io.github.juesuan.model.Source;
import io.github.juesuan.model.Table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Tables of fixed, labelled rows (01, 04, 10): rows are found by their normalised labels, on one or two sides
 * (01's 收入 and 支出), and a printed 行次 is a cross-check against the catalogue's standard numbering.
 */
final class FixedTableReader extends TableReader {
    private record Side(int labelCol, int lineCol, List<Integer> valueCols, List<Catalogue.ColumnDef> defs) {
    }

    FixedTableReader(String file, Block b, BlockLayout layout, List<Problem> problems) {
        super(file, b, layout, problems);
    }

    @Override
    Table read() {
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
            labelCols.add(firstTextColumn());
        }
        List<Side> sides = new ArrayList<>();
        Map<String, Column> cols = new LinkedHashMap<>();
        for (int i = 0; i < labelCols.size(); i++) {
            int from = labelCols.get(i);
            int to = i + 1 < labelCols.size() ? labelCols.get(i + 1) - 1 : b.maxCol;
            int lineCol = -1;
            List<Integer> valueCols = new ArrayList<>();
            List<Catalogue.ColumnDef> defs = new ArrayList<>();
            List<Integer> candidates = new ArrayList<>();
            for (int c = from + 1; c <= to; c++) {
                if (b.foldedPath(c).isEmpty() && !columnHasFigures(c)) {
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
            for (int c : columns.map(candidates, valueCols, defs)) {
                unknownColumn(c, columnHasFigures(c));
            }
            for (int k = 0; k < valueCols.size(); k++) {
                int c = valueCols.get(k);
                addColumn(cols, new Column(defs.get(k).key(), b.label(c), b.columnNumber(c), defs.get(k).number()));
            }
            sides.add(new Side(from, lineCol, valueCols, defs));
        }
        List<Row> rows = new ArrayList<>();
        Set<String> used = new HashSet<>();
        List<int[]> unlabelled = new ArrayList<>();
        for (int r : layout.dataRows()) {
            for (int sideIndex = 0; sideIndex < sides.size(); sideIndex++) {
                Side side = sides.get(sideIndex);
                RawCell labelCell = b.grid.visible(r, side.labelCol());
                String label = TextFolding.trim(Grid.text(labelCell));
                String f = TextFolding.fold(label);
                boolean values = anyValue(r, side.valueCols());
                if (f.isEmpty()) {
                    Integer line = side.lineCol() >= 0 ? Block.integer(b.grid.at(r, side.lineCol())) : null;
                    if (line != null) {
                        unlabelled.add(new int[]{r, sideIndex, line});
                    } else if (values && anyNonBlankFigure(r, side.valueCols())) {
                        unknownRow(r, side.labelCol(), "（空）", true);
                    }
                    continue;
                }
                if (LabelMatcher.isHeaderWord(b.def, f) && !LabelMatcher.matchesAny(b.def.rows(), f)) {
                    continue; // a sub-header or heading inside the data (10's sections)
                }
                Catalogue.RowDef def = LabelMatcher.pickRow(b.def.rows(), f, used);
                if (def == null) {
                    def = byClassCode(f, used);
                }
                if (def == null) {
                    unknownRow(r, side.labelCol(), label, values);
                    continue;
                }
                used.add(def.key());
                rows.add(fixedRow(side, def, r, label, labelCell));
            }
        }
        if (!unlabelled.isEmpty() && standardNumbering(rows)) {
            placeByLine(sides, unlabelled, used, rows);
        }
        Map<Row, Source> lineCells = new IdentityHashMap<>();
        for (Row row : rows) {
            for (Side side : sides) {
                CellRef at = CellRef.parse(row.source().cell());
                if (side.lineCol() >= 0 && side.labelCol() == at.column()) {
                    lineCells.put(row, source(at.row(), side.lineCol()));
                }
            }
        }
        crossCheckLines(rows, lineCells);
        return table(List.copyOf(cols.values()), rows);
    }

    /** Rows printed with a 行次 but no label (the seed's 04 lines 61–63) are placed by the standard 行次. */
    private void placeByLine(List<Side> sides, List<int[]> unlabelled, Set<String> used, List<Row> rows) {
        for (int[] u : unlabelled) {
            Side side = sides.get(u[1]);
            for (Catalogue.RowDef def : b.def.rows()) {
                if (def.line() != null && def.line() == u[2] && !used.contains(def.key())) {
                    used.add(def.key());
                    Row row = fixedRow(side, def, u[0], "", b.grid.visible(u[0], side.labelCol()));
                    rows.add(row);
                    problems.add(ReadingProblems.rowByLine(row.source(), u[2], def));
                    break;
                }
            }
        }
        rows.sort(Comparator.comparing((Row x) -> CellRef.parse(x.source().cell())));
    }

    /**
     * A label printed with its 类 code before the name ("206 科学技术支出"): the row of that code whose aliases name
     * the rest, or null (a code of another 类 than the name's is no match).
     */
    private Catalogue.RowDef byClassCode(String f, Set<String> used) {
        int n = 0;
        while (n < f.length() && f.charAt(n) >= '0' && f.charAt(n) <= '9') {
            n++;
        }
        if (n != 3 || n == f.length()) {
            return null;
        }
        Catalogue.RowDef def = LabelMatcher.pickRow(b.def.rows(), f.substring(n), used);
        return def != null && f.substring(0, n).equals(code(def)) ? def : null;
    }

    /** The 类 code of a functional-category row ({@code exp.206}), or null. */
    private static String code(Catalogue.RowDef def) {
        return def.key().startsWith("exp.") && LabelMatcher.isCode(def.key().substring(4)) ? def.key().substring(4) : null;
    }

    private Row fixedRow(Side side, Catalogue.RowDef def, int r, String label, RawCell labelCell) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        String what = label.isEmpty() ? def.aliases().get(0) : label;
        for (int i = 0; i < side.valueCols().size(); i++) {
            int c = side.valueCols().get(i);
            figures.put(side.defs().get(i).key(), valueFigure(r, c, what));
        }
        Integer line = side.lineCol() >= 0 ? Block.integer(b.grid.at(r, side.lineCol())) : null;
        return new Row(def.key(), label, code(def), line, def.line(), figures,
                CellFigures.source(file, b.sheet(), r, side.labelCol(), labelCell));
    }

    /** Whether the printed 行次 of the labelled rows agree with the catalogue's standard numbering (80%). */
    private boolean standardNumbering(List<Row> rows) {
        Map<String, List<Integer>> standard = b.def.standardLines();
        int printed = 0;
        int agree = 0;
        for (Row r : rows) {
            List<Integer> lines = r.line() == null ? null : standard.get(r.key());
            if (lines != null) {
                for (Integer line : lines) {
                    printed++;
                    if (line.equals(r.line())) {
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
                    Objects.equals(old.number(), c.number()) ? old.number() : null, c.standardNumber()));
        }
    }

    /** Printed 行次 are a cross-check: where the layout is the standard one, a row that disagrees is noted. */
    private void crossCheckLines(List<Row> rows, Map<Row, Source> lineCells) {
        if (!standardNumbering(rows)) {
            return; // not the standard numbering (e.g. 24 categories): nothing to compare with
        }
        for (Row r : rows) {
            List<Integer> lines = b.def.standardLines().get(r.key());
            Integer s = lines == null ? null : lines.get(lines.size() - 1); // the catalogue's last line for the key
            if (r.line() != null && s != null && !s.equals(r.line())) {
                problems.add(ReadingProblems.lineMismatch(lineCells.getOrDefault(r, r.source()), r.label(), r.line(), s));
            }
        }
    }
}
