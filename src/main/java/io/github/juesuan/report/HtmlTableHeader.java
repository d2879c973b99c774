package io.github.juesuan.report;

import io.github.juesuan.report.HtmlColumn.Kind;

import java.util.List;

/**
 * The header rows of a table on the HTML page: the column labels on as many rows as the deepest label has levels,
 * a level repeated by neighbouring columns merged into one cell over them (as the sheet prints it), then a row of
 * 栏次 where the columns have them.
 */
final class HtmlTableHeader {
    private final Lang lang;
    private final StringBuilder sb;

    HtmlTableHeader(Lang lang, StringBuilder sb) {
        this.lang = lang;
        this.sb = sb;
    }

    /** Header rows: multi-level column labels (split at {@code /}) merged where they repeat, then the 栏次. */
    void write(List<HtmlColumn> cols) {
        int depth = 1;
        for (HtmlColumn c : cols) {
            if (c.kind() == Kind.VALUE) {
                depth = Math.max(depth, c.levels().length);
            }
        }
        for (int i = 0; i < depth; i++) {
            sb.append("<tr>");
            int j = 0;
            while (j < cols.size()) {
                HtmlColumn c = cols.get(j);
                if (c.kind() != Kind.VALUE) {
                    if (i == 0) {
                        th(c.levels()[0], depth, 1, c.sideStart() ? "side" : null);
                    }
                    j++;
                    continue;
                }
                int n = c.levels().length;
                if (i < n - 1) {
                    int span = c.width();
                    int k = j + 1;
                    while (k < cols.size() && cols.get(k).kind() == Kind.VALUE && cols.get(k).levels().length - 1 > i
                            && samePrefix(c, cols.get(k), i)) {
                        span += cols.get(k).width();
                        k++;
                    }
                    th(c.levels()[i], 1, span, null);
                    j = k;
                } else {
                    if (i == n - 1) {
                        th(c.levels()[i], depth - i, c.width(), null);
                    }
                    j++;
                }
            }
            sb.append("</tr>");
        }
        if (cols.stream().anyMatch(c -> c.kind() == Kind.VALUE && c.number() != null)) {
            sb.append("<tr class=\"colno\">");
            for (HtmlColumn c : cols) {
                if (c.kind() == Kind.VALUE) {
                    th(c.number() == null ? "" : c.number().toString(), 1, c.width(), null);
                } else {
                    th(c.kind() == Kind.LABEL ? ReportWords.of(lang).get("html.column.number") : "", 1, 1,
                            c.sideStart() ? "side" : null);
                }
            }
            sb.append("</tr>");
        }
    }

    private static boolean samePrefix(HtmlColumn a, HtmlColumn b, int level) {
        for (int i = 0; i <= level; i++) {
            if (!a.levels()[i].equals(b.levels()[i])) {
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
}
