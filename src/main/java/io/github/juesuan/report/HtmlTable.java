package io.github.juesuan.report;

import io.github.juesuan.model.Column;
import io.github.juesuan.model.Row;
import io.github.juesuan.model.Table;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Renders one table as read (its rows, 行次, 科目代码 and every figure as printed) as an HTML table, with the
 * cells that take part in a finding highlighted.
 *
 * <p>A two-sided table (01 and 04 print income on the left and expenditure on the right, 06 prints three
 * blocks side by side) is laid out the way it is printed: the {@linkplain TableSides sides} next to each other,
 * aligned by sheet row. Any other table is one block; where its rows change to a different set of columns (a
 * 绩效自评表: the funds block, the indicators, the 总分) a header row for the new columns is repeated.
 */
final class HtmlTable {
    /** A finding with its number in the file's section and its anchor. */
    record Ref(int number, Finding finding, String anchor) {
    }

    private final Table table;
    private final Lang lang;
    private final StringBuilder sb;
    private final HtmlTableHeader header;
    private final HtmlRowCells row;

    private HtmlTable(Table table, Map<String, List<Ref>> cells, Map<String, List<Ref>> labels, Lang lang,
                      StringBuilder sb) {
        this.table = table;
        this.lang = lang;
        this.sb = sb;
        this.header = new HtmlTableHeader(lang, sb);
        this.row = new HtmlRowCells(cells, labels, lang, sb);
    }

    /**
     * Appends the table.
     *
     * @param cells  findings by the location ({@code sheet!A1}) of a figure they concern
     * @param labels findings by the location of a row label they concern (reading problems)
     */
    static void render(Table table, Map<String, List<Ref>> cells, Map<String, List<Ref>> labels, Lang lang,
                       StringBuilder sb) {
        new HtmlTable(table, cells, labels, lang, sb).render();
    }

    private void render() {
        List<List<Row>> sides = TableSides.of(table);
        sb.append("<div class=\"tw\"><table class=\"sheet\">");
        if (sides.size() > 1) {
            sideBySide(sides);
        } else {
            sequential(table.rows());
        }
        sb.append("</table></div>");
    }

    /** The sides next to each other under one header, their rows aligned by sheet row. */
    private void sideBySide(List<List<Row>> sides) {
        List<List<HtmlColumn>> sideCols = new ArrayList<>();
        List<HtmlColumn> all = new ArrayList<>();
        for (int s = 0; s < sides.size(); s++) {
            List<Row> rows = sides.get(s);
            List<HtmlColumn> cols = new ArrayList<>(HtmlColumn.labels(rows, s > 0, lang));
            HtmlColumn.printedValues(rows, table.columns()).forEach(c -> cols.add(HtmlColumn.value(c, 1)));
            sideCols.add(cols);
            all.addAll(cols);
        }
        sb.append("<thead>");
        header.write(all);
        sb.append("</thead><tbody>");
        TreeMap<Integer, List<List<Row>>> bySheetRow = new TreeMap<>();
        for (int s = 0; s < sides.size(); s++) {
            for (Row r : sides.get(s)) {
                List<List<Row>> at = bySheetRow.computeIfAbsent(CellPosition.rowOf(r.source().cell()), k -> {
                    List<List<Row>> l = new ArrayList<>();
                    for (int i = 0; i < sides.size(); i++) {
                        l.add(new ArrayList<>());
                    }
                    return l;
                });
                at.get(s).add(r);
            }
        }
        for (List<List<Row>> at : bySheetRow.values()) {
            int lines = at.stream().mapToInt(List::size).max().orElse(0);
            for (int k = 0; k < lines; k++) {
                sb.append("<tr>");
                for (int s = 0; s < sides.size(); s++) {
                    List<Row> here = at.get(s);
                    row.write(k < here.size() ? here.get(k) : null, sideCols.get(s));
                }
                sb.append("</tr>");
            }
        }
        sb.append("</tbody>");
    }

    /** One block; a new header row wherever the rows turn to columns the block so far has not used. */
    private void sequential(List<Row> rows) {
        List<List<Row>> segments = new ArrayList<>();
        List<Set<String>> segmentKeys = new ArrayList<>();
        for (Row r : rows) {
            Set<String> keys = r.figures().keySet();
            int last = segments.size() - 1;
            if (last >= 0 && (segmentKeys.get(last).containsAll(keys) || keys.containsAll(segmentKeys.get(last)))) {
                segments.get(last).add(r);
                segmentKeys.get(last).addAll(keys);
            } else {
                segments.add(new ArrayList<>(List.of(r)));
                segmentKeys.add(new LinkedHashSet<>(keys));
            }
        }
        List<HtmlColumn> labelCols = HtmlColumn.labels(rows, false, lang);
        List<List<Column>> segmentCols = new ArrayList<>();
        int width = 1;
        for (List<Row> segment : segments) {
            List<Column> cols = HtmlColumn.printedValues(segment, table.columns());
            segmentCols.add(cols);
            width = Math.max(width, cols.size());
        }
        if (segments.isEmpty()) {
            segmentCols.add(table.columns());
            width = Math.max(1, table.columns().size());
        }
        for (int s = 0; s < segmentCols.size(); s++) {
            List<HtmlColumn> cols = new ArrayList<>(labelCols);
            List<Column> values = segmentCols.get(s);
            for (int i = 0; i < values.size(); i++) {
                cols.add(HtmlColumn.value(values.get(i), i == values.size() - 1 ? width - values.size() + 1 : 1));
            }
            if (values.isEmpty()) {
                cols.add(HtmlColumn.blank(width));
            }
            if (s == 0) {
                sb.append("<thead>");
                header.write(cols);
                sb.append("</thead><tbody>");
            } else {
                sb.append("</tbody><tbody class=\"seg\">");
                header.write(cols);
            }
            if (s < segments.size()) {
                for (Row r : segments.get(s)) {
                    sb.append("<tr>");
                    row.write(r, cols);
                    sb.append("</tr>");
                }
            }
        }
        sb.append("</tbody>");
    }
}
