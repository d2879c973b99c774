package io.github.juesuan.report;

import io.github.juesuan.model.Figure;
import io.github.juesuan.model.Row;
import io.github.juesuan.report.HtmlColumn.Kind;
import io.github.juesuan.report.HtmlTable.Ref;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The cells of one row of a table on the HTML page. A label is indented by the depth of its 科目代码 (3 digits a
 * 类, 5 a 款, 7 a 项) and a 合计/总计/小计/总分 row is set apart; a figure that is not a number (a dash for 不适用,
 * text, a value that could not be read) gets its own class. A cell that findings concern is highlighted by the worst
 * of them, its tooltip names its location, value and findings, and it links to each finding by number.
 */
final class HtmlRowCells {
    private final Map<String, List<Ref>> cells;
    private final Map<String, List<Ref>> labels;
    private final Lang lang;
    private final StringBuilder sb;

    /**
     * @param cells  findings by the location ({@code sheet!A1}) of a figure they concern
     * @param labels findings by the location of a row label they concern (reading problems)
     */
    HtmlRowCells(Map<String, List<Ref>> cells, Map<String, List<Ref>> labels, Lang lang, StringBuilder sb) {
        this.cells = cells;
        this.labels = labels;
        this.lang = lang;
        this.sb = sb;
    }

    /** The cells of one row under the given columns; empty cells for no row (a side shorter than another). */
    void write(Row r, List<HtmlColumn> cols) {
        for (HtmlColumn c : cols) {
            String side = c.sideStart() ? "side" : null;
            if (r == null) {
                cell(join(side, "gap"), null, c.width(), "", null);
                continue;
            }
            switch (c.kind()) {
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
                    Figure f = r.figures().get(c.key());
                    if (f == null) {
                        cell(join(side, "none"), null, c.width(), "", null);
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
                    cell(join(side, cls), loc, c.width(), f.text(), cells.get(loc));
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
            HtmlEscaping.esc(sb, tooltip(location, text, distinct.values())).append('"');
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

    /** A marked cell's tooltip: its location and value, then one line per finding (number, severity, rule, message). */
    private String tooltip(String location, String text, Iterable<Ref> refs) {
        StringBuilder tip = new StringBuilder(location);
        if (!text.isEmpty()) {
            tip.append(" = ").append(text);
        }
        for (Ref ref : refs) {
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
        return tip.toString();
    }
}
