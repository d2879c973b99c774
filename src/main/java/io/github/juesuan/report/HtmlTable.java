package io.github.juesuan.report;

import io.github.juesuan.model.Column;
import io.github.juesuan.model.Figure;
import io.github.juesuan.model.Row;
import io.github.juesuan.model.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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
 * blocks side by side) is laid out the way it is printed: rows whose labels sit in different sheet columns on
 * the same sheet rows become sides next to each other, aligned by sheet row. Any other table is one block; where
 * its rows change to a different set of columns (a 绩效自评表: the funds block, the indicators, the 总分) a
 * header row for the new columns is repeated.
 */
final class HtmlTable {
    /** A finding with its number in the file's section and its anchor. */
    record Ref(int number, Finding finding, String anchor) {
    }

    private enum Kind { CODE, LABEL, LINE, VALUE }

    /** One column of the HTML table. */
    private record HCol(Kind kind, String key, String[] levels, Integer number, int width, boolean sideStart) {
    }

    private final Table table;
    private final Map<String, List<Ref>> cells;
    private final Map<String, List<Ref>> labels;
    private final Lang lang;
    private final StringBuilder sb;

    private HtmlTable(Table table, Map<String, List<Ref>> cells, Map<String, List<Ref>> labels, Lang lang,
                      StringBuilder sb) {
        this.table = table;
        this.cells = cells;
        this.labels = labels;
        this.lang = lang;
        this.sb = sb;
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
        List<List<Row>> sides = sides();
        sb.append("<div class=\"tw\"><table class=\"sheet\">");
        if (sides.size() > 1) {
            sideBySide(sides);
        } else {
            sequential(table.rows());
        }
        sb.append("</table></div>");
    }

    // ---------------------------------------------------------------- layout

    /**
     * The rows grouped into sides: rows by the sheet column of their label; a group joins the nearest side it
     * shares no sheet row with, else it starts a side of its own. Sides in sheet-column order.
     */
    private List<List<Row>> sides() {
        Map<Integer, List<Row>> byColumn = new TreeMap<>();
        for (Row r : table.rows()) {
            byColumn.computeIfAbsent(CellPosition.columnOf(r.source().cell()), k -> new ArrayList<>()).add(r);
        }
        List<Map.Entry<Integer, List<Row>>> groups = new ArrayList<>(byColumn.entrySet());
        groups.sort(Comparator.comparingInt((Map.Entry<Integer, List<Row>> e) -> -e.getValue().size())
                .thenComparingInt(Map.Entry::getKey));
        List<Integer> sideColumns = new ArrayList<>();
        List<List<Row>> sideRows = new ArrayList<>();
        List<Set<Integer>> sideSheetRows = new ArrayList<>();
        for (Map.Entry<Integer, List<Row>> g : groups) {
            Set<Integer> rows = new HashSet<>();
            g.getValue().forEach(r -> rows.add(CellPosition.rowOf(r.source().cell())));
            int best = -1;
            for (int s = 0; s < sideColumns.size(); s++) {
                if (disjoint(rows, sideSheetRows.get(s)) && (best < 0
                        || Math.abs(sideColumns.get(s) - g.getKey()) < Math.abs(sideColumns.get(best) - g.getKey()))) {
                    best = s;
                }
            }
            if (best < 0) {
                sideColumns.add(g.getKey());
                sideRows.add(new ArrayList<>(g.getValue()));
                sideSheetRows.add(rows);
            } else {
                sideRows.get(best).addAll(g.getValue());
                sideSheetRows.get(best).addAll(rows);
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < sideColumns.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(sideColumns::get));
        List<List<Row>> sides = new ArrayList<>();
        List<Row> printed = table.rows();
        for (int i : order) {
            List<Row> rows = sideRows.get(i);
            rows.sort(Comparator.comparingInt((Row r) -> CellPosition.rowOf(r.source().cell()))
                    .thenComparingInt(printed::indexOf));
            sides.add(rows);
        }
        return sides;
    }

    private static boolean disjoint(Set<Integer> a, Set<Integer> b) {
        for (Integer x : a) {
            if (b.contains(x)) {
                return false;
            }
        }
        return true;
    }

    /** The label columns (科目代码, 项目, 行次) a set of rows needs. */
    private List<HCol> labelColumns(List<Row> rows, boolean sideStart) {
        List<HCol> cols = new ArrayList<>();
        boolean code = rows.stream().anyMatch(r -> r.code() != null);
        boolean line = rows.stream().anyMatch(r -> r.line() != null);
        if (code) {
            cols.add(new HCol(Kind.CODE, "", new String[]{ReportWords.of(lang).get("html.column.code")}, null, 1, sideStart));
        }
        cols.add(new HCol(Kind.LABEL, "", new String[]{ReportWords.of(lang).get("html.column.item")}, null, 1, sideStart && !code));
        if (line) {
            cols.add(new HCol(Kind.LINE, "", new String[]{ReportWords.of(lang).get("html.column.line")}, null, 1, false));
        }
        return cols;
    }

    /**
     * The value columns the rows have figures in, in the order their cells are printed (sheet column, then the
     * table's column order): a 绩效自评表 lists 偏差原因 among the funds columns, but prints it after the 得分.
     */
    private static List<Column> valueColumns(List<Row> rows, List<Column> columns) {
        Map<String, Integer> at = new HashMap<>();
        for (Row r : rows) {
            r.figures().forEach((key, f) -> at.merge(key, CellPosition.columnOf(f.source().cell()), Math::min));
        }
        List<Column> out = new ArrayList<>(columns.stream().filter(c -> at.containsKey(c.key())).toList());
        out.sort(Comparator.comparingInt((Column c) -> at.get(c.key())));
        return out;
    }

    private static HCol value(Column c, int width) {
        String[] levels = Arrays.stream(c.label().split("/")).map(String::strip).filter(s -> !s.isEmpty())
                .toArray(String[]::new);
        if (levels.length == 0) {
            levels = new String[]{c.key()};
        }
        return new HCol(Kind.VALUE, c.key(), levels, c.number(), width, false);
    }

    private void sideBySide(List<List<Row>> sides) {
        List<List<HCol>> sideCols = new ArrayList<>();
        List<HCol> all = new ArrayList<>();
        for (int s = 0; s < sides.size(); s++) {
            List<Row> rows = sides.get(s);
            List<HCol> cols = new ArrayList<>(labelColumns(rows, s > 0));
            valueColumns(rows, table.columns()).forEach(c -> cols.add(value(c, 1)));
            sideCols.add(cols);
            all.addAll(cols);
        }
        sb.append("<thead>");
        header(all);
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
                    row(k < here.size() ? here.get(k) : null, sideCols.get(s));
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
        List<HCol> labelCols = labelColumns(rows, false);
        List<List<Column>> segmentCols = new ArrayList<>();
        int width = 1;
        for (List<Row> segment : segments) {
            List<Column> cols = valueColumns(segment, table.columns());
            segmentCols.add(cols);
            width = Math.max(width, cols.size());
        }
        if (segments.isEmpty()) {
            segmentCols.add(table.columns());
            width = Math.max(1, table.columns().size());
        }
        for (int s = 0; s < segmentCols.size(); s++) {
            List<HCol> cols = new ArrayList<>(labelCols);
            List<Column> values = segmentCols.get(s);
            for (int i = 0; i < values.size(); i++) {
                cols.add(value(values.get(i), i == values.size() - 1 ? width - values.size() + 1 : 1));
            }
            if (values.isEmpty()) {
                cols.add(new HCol(Kind.VALUE, "", new String[]{""}, null, width, false));
            }
            if (s == 0) {
                sb.append("<thead>");
                header(cols);
                sb.append("</thead><tbody>");
            } else {
                sb.append("</tbody><tbody class=\"seg\">");
                header(cols);
            }
            if (s < segments.size()) {
                for (Row r : segments.get(s)) {
                    sb.append("<tr>");
                    row(r, cols);
                    sb.append("</tr>");
                }
            }
        }
        sb.append("</tbody>");
    }

    // ---------------------------------------------------------------- header

    /** Header rows: multi-level column labels (split at {@code /}) merged where they repeat, then the 栏次. */
    private void header(List<HCol> cols) {
        int depth = 1;
        for (HCol c : cols) {
            if (c.kind == Kind.VALUE) {
                depth = Math.max(depth, c.levels.length);
            }
        }
        for (int i = 0; i < depth; i++) {
            sb.append("<tr>");
            int j = 0;
            while (j < cols.size()) {
                HCol c = cols.get(j);
                if (c.kind != Kind.VALUE) {
                    if (i == 0) {
                        th(c.levels[0], depth, 1, c.sideStart ? "side" : null);
                    }
                    j++;
                    continue;
                }
                int n = c.levels.length;
                if (i < n - 1) {
                    int span = c.width;
                    int k = j + 1;
                    while (k < cols.size() && cols.get(k).kind == Kind.VALUE && cols.get(k).levels.length - 1 > i
                            && samePrefix(c, cols.get(k), i)) {
                        span += cols.get(k).width;
                        k++;
                    }
                    th(c.levels[i], 1, span, null);
                    j = k;
                } else {
                    if (i == n - 1) {
                        th(c.levels[i], depth - i, c.width, null);
                    }
                    j++;
                }
            }
            sb.append("</tr>");
        }
        if (cols.stream().anyMatch(c -> c.kind == Kind.VALUE && c.number != null)) {
            sb.append("<tr class=\"colno\">");
            for (HCol c : cols) {
                if (c.kind == Kind.VALUE) {
                    th(c.number == null ? "" : c.number.toString(), 1, c.width, null);
                } else {
                    th(c.kind == Kind.LABEL ? ReportWords.of(lang).get("html.column.number") : "", 1, 1, c.sideStart ? "side" : null);
                }
            }
            sb.append("</tr>");
        }
    }

    private static boolean samePrefix(HCol a, HCol b, int level) {
        for (int i = 0; i <= level; i++) {
            if (!a.levels[i].equals(b.levels[i])) {
                return false;
            }
        }
        return true;
    }

    private void th(String text, int rowspan, int colspan, String cls) {
        sb.append("<th");
        if (cls != null) {
            sb.append(" class=\"").append(cls).append('"');
        }
        if (rowspan > 1) {
            sb.append(" rowspan=\"").append(rowspan).append('"');
        }
        if (colspan > 1) {
            sb.append(" colspan=\"").append(colspan).append('"');
        }
        sb.append('>');
        HtmlEscaping.esc(sb, text).append("</th>");
    }

    // ---------------------------------------------------------------- body

    /** The cells of one row under the given columns; empty cells for no row (a side shorter than another). */
    private void row(Row r, List<HCol> cols) {
        for (HCol c : cols) {
            String side = c.sideStart ? "side" : null;
            if (r == null) {
                cell(join(side, "gap"), null, c.width, "", null);
                continue;
            }
            switch (c.kind) {
                case CODE:
                    cell(join(side, "code"), null, 1, r.code() == null ? "" : r.code(), null);
                    break;
                case LINE:
                    cell("line", null, 1, r.line() == null ? "" : r.line().toString(), null);
                    break;
                case LABEL: {
                    String cls = join(side, "lab");
                    if (r.code() != null && r.code().length() > 3) {
                        cls += r.code().length() > 5 ? " l2" : " l1";
                    }
                    if (isSum(r.label())) {
                        cls += " sum";
                    }
                    cell(cls, r.source().location(), 1, r.label(), labels.get(r.source().location()));
                    break;
                }
                default: {
                    Figure f = r.figures().get(c.key);
                    if (f == null) {
                        cell(join(side, "none"), null, c.width, "", null);
                        break;
                    }
                    // Numbers, the usual case, carry no class (the table aligns them right): pages stay small.
                    String cls;
                    switch (f.kind()) {
                        case NOT_APPLICABLE:
                            cls = "dash";
                            break;
                        case TEXT:
                            cls = "txt";
                            break;
                        case INVALID:
                            cls = "inv";
                            break;
                        default:
                            cls = null;
                    }
                    if (isSum(r.label())) {
                        cls = join(cls, "sum");
                    }
                    String loc = f.source().location();
                    cell(join(side, cls), loc, c.width, f.text(), cells.get(loc));
                }
            }
        }
    }

    private static boolean isSum(String label) {
        return label.contains("合计") || label.contains("总计") || label.contains("小计") || label.equals("总分");
    }

    private static String join(String a, String b) {
        return a == null ? b : b == null ? a : a + " " + b;
    }

    /** A cell; when findings concern it: highlighted by the worst, its location and findings in the tooltip. */
    private void cell(String cls, String location, int colspan, String text, List<Ref> refs) {
        sb.append("<td");
        TreeMap<Integer, Ref> distinct = new TreeMap<>();
        if (refs != null) {
            refs.forEach(ref -> distinct.putIfAbsent(ref.number(), ref));
        }
        int worst = distinct.values().stream().mapToInt(ref -> Highlight.rank(ref.finding())).min().orElse(-1);
        String classes = worst < 0 ? cls : join(cls, "hl hl-" + Highlight.level(worst));
        if (classes != null) {
            sb.append(" class=\"").append(classes).append('"');
        }
        if (colspan > 1) {
            sb.append(" colspan=\"").append(colspan).append('"');
        }
        if (worst >= 0) {
            sb.append(" data-cell=\"");
            HtmlEscaping.esc(sb, location).append("\" title=\"");
            StringBuilder tip = new StringBuilder(location);
            if (!text.isEmpty()) {
                tip.append(" = ").append(text);
            }
            for (Ref ref : distinct.values()) {
                Finding f = ref.finding();
                String outcome = ReportWords.of(lang).outcome(f.outcome());
                tip.append('\n').append('[').append(ref.number()).append("] ")
                        .append(ReportWords.of(lang).severity(f.severity())).append(' ').append(f.ruleId());
                if (!outcome.isEmpty()) {
                    tip.append(' ').append(outcome);
                }
                if (f.project().isPresent()) {
                    tip.append(ReportWords.of(lang).get("html.tip.project", f.project().getAsInt()));
                }
                if (f.instance().isPresent()) {
                    tip.append(' ').append(f.instance().get());
                }
                tip.append(ReportWords.of(lang).get("html.tip.colon")).append(f.message(lang));
            }
            HtmlEscaping.esc(sb, tip.toString()).append('"');
        }
        sb.append('>');
        HtmlEscaping.esc(sb, text);
        if (worst >= 0) {
            sb.append("<sup class=\"m\">");
            boolean first = true;
            for (Ref ref : distinct.values()) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                sb.append("<a href=\"#").append(ref.anchor()).append("\">").append(ref.number()).append("</a>");
            }
            sb.append("</sup>");
        }
        sb.append("</td>");
    }
}
