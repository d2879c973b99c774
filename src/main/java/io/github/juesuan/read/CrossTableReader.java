package io.github.juesuan.read;

import io.github.juesuan.model.Column;
import io.github.juesuan.model.Figure;
import io.github.juesuan.model.Problem;
import io.github.juesuan.model.Row;
import io.github.juesuan.model.Source;
import io.github.juesuan.model.Table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Cross tables (09 三公): items by sides (预算数 / 决算数). Horizontal — items head the columns, grouped by side
 * or alternating, over one data row — or vertical, one row per item.
 */
final class CrossTableReader extends TableReader {
    private final Map<String, Map<String, Figure>> items = new LinkedHashMap<>();
    private final Map<String, Source> itemSources = new LinkedHashMap<>();
    private final Map<String, Column> cols = new LinkedHashMap<>();

    CrossTableReader(String file, Block b, BlockLayout layout, List<Problem> problems) {
        super(file, b, layout, problems);
    }

    @Override
    Table read() {
        List<Integer> valueCols = new ArrayList<>();
        boolean horizontal = false;
        for (int c = b.minCol; c <= b.maxCol; c++) {
            if (b.foldedPath(c).isEmpty()) {
                continue;
            }
            valueCols.add(c);
            for (String p : b.foldedPath(c)) {
                if (LabelMatcher.matchesAny(b.def.rows(), p) && !p.equals("合计")
                        || p.equals("合计") && b.foldedPath(c).size() > 1) {
                    horizontal = true;
                }
            }
        }
        if (horizontal) {
            readHorizontal(valueCols);
        } else {
            readVertical(valueCols);
        }
        List<Row> rows = new ArrayList<>();
        for (Catalogue.RowDef d : b.def.rows()) {
            Map<String, Figure> figures = items.get(d.key());
            if (figures != null) {
                rows.add(new Row(d.key(), d.aliases().get(0), null, null, figures, itemSources.get(d.key())));
            }
        }
        return table(List.copyOf(cols.values()), rows);
    }

    private void readHorizontal(List<Integer> valueCols) {
        int dataRow = -1;
        for (int r : layout.dataRows()) {
            if (anyValue(r, valueCols)) {
                dataRow = r;
                break;
            }
        }
        if (dataRow < 0) {
            // printed empty: the figures are the blank cells below the header
            dataRow = layout.lineNumberRow() >= 0 ? layout.lineNumberRow() + 1 : layout.lastHeaderRow() + 1;
        }
        for (int c : valueCols) {
            List<String> path = b.foldedPath(c);
            Catalogue.ColumnDef side = null;
            Catalogue.RowDef item = null;
            for (int level = path.size() - 1; level >= 0; level--) {
                String p = path.get(level);
                if (side == null) {
                    for (Catalogue.ColumnDef d : b.def.columns()) {
                        for (Catalogue.Alias a : d.aliases()) {
                            if (a.text().equals(p)) {
                                side = d;
                                break;
                            }
                        }
                    }
                }
                if (item == null) {
                    item = LabelMatcher.first(b.def.rows(), p);
                }
            }
            if (side == null || item == null) {
                unknownColumn(c, columnHasFigures(c));
                continue;
            }
            Catalogue.RowDef named = item;
            Catalogue.ColumnDef sideNamed = side;
            Supplier<String> what = () -> named.aliases().get(0) + "/" + sideNamed.aliases().get(0).text();
            items.computeIfAbsent(item.key(), k -> new LinkedHashMap<>()).put(side.key(), valueFigure(dataRow, c, what));
            itemSources.putIfAbsent(item.key(), headerSource(c));
            cols.putIfAbsent(side.key(), new Column(side.key(), side.aliases().get(0).text(), null));
        }
    }

    /** Whether some data row prints this item's label. */
    private boolean labelled(Catalogue.RowDef item) {
        int labelCol = firstTextColumn();
        for (int r : layout.dataRows()) {
            if (LabelMatcher.matches(item, label(r, labelCol))) {
                return true;
            }
        }
        return false;
    }

    private String label(int r, int col) {
        return TextFolding.fold(Grid.text(b.grid.visible(r, col)));
    }

    private void readVertical(List<Integer> valueCols) {
        int labelCol = firstTextColumn();
        List<Integer> mappedCols = new ArrayList<>();
        List<Catalogue.ColumnDef> defs = new ArrayList<>();
        for (int c : valueCols) {
            if (c == labelCol) {
                continue;
            }
            Catalogue.ColumnDef d = columns.map(c);
            if (d == null) {
                if (!b.leaf(c).equals("行次")) {
                    unknownColumn(c, columnHasFigures(c));
                }
                continue;
            }
            mappedCols.add(c);
            defs.add(d);
            cols.putIfAbsent(d.key(), new Column(d.key(), b.label(c), b.columnNumber(c), d.number()));
        }
        Set<String> used = new HashSet<>();
        for (int r : layout.dataRows()) {
            RawCell labelCell = b.grid.visible(r, labelCol);
            String label = TextFolding.trim(Grid.text(labelCell));
            String f = TextFolding.fold(label);
            Catalogue.RowDef item;
            if (f.isEmpty()) {
                // a figure row without a label is the total where the table prints none (Anhui's 三公 tables)
                Catalogue.RowDef total = b.def.rows().isEmpty() ? null : b.def.rows().get(0);
                if (total == null || used.contains(total.key()) || !anyNonBlankFigure(r, mappedCols) || labelled(total)) {
                    continue;
                }
                item = total;
                problems.add(ReadingProblems.unlabelledTotal(source(r, labelCol), total));
            } else if (LabelMatcher.isHeaderWord(b.def, f) && !LabelMatcher.matchesAny(b.def.rows(), f)) {
                continue;
            } else {
                item = LabelMatcher.pickRow(b.def.rows(), f, used);
            }
            if (item == null) {
                unknownRow(r, labelCol, label, anyValue(r, mappedCols));
                continue;
            }
            used.add(item.key());
            Map<String, Figure> figures = new LinkedHashMap<>();
            for (int i = 0; i < mappedCols.size(); i++) {
                figures.put(defs.get(i).key(), valueFigure(r, mappedCols.get(i), label));
            }
            items.put(item.key(), figures);
            itemSources.put(item.key(), CellFigures.source(file, b.sheet(), r, labelCol, labelCell));
        }
    }
}
