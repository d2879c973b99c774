package io.github.juesuan.read;

import io.github.juesuan.model.Column;
import io.github.juesuan.model.Figure;
import io.github.juesuan.model.Indicator;
import io.github.juesuan.model.Severity;
import io.github.juesuan.model.Source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The indicator grid of a 绩效自评表: its header (the row holding an {@code ind.level1} and an {@code ind.level3}
 * word of the catalogue), the indicators below it, and the row that ends it: a 合计 row or a 总分 row (the
 * catalogue's specials {@code sum} and {@code summary}), neither of which is an indicator, or a heading such as
 * 项目绩效分析.
 */
final class PerformanceGrid {
    /** One indicator as read, with the figures the generic table gives its row. */
    record Read(Indicator indicator, Map<String, Figure> figures) {
    }

    private final PerformanceReader perf;
    private final Block b;
    /** Column of each {@code ind.*} key, once the header is read. */
    final Map<String, Integer> col = new HashMap<>();

    PerformanceGrid(PerformanceReader perf) {
        this.perf = perf;
        this.b = perf.b;
    }

    /** The first row holding a 一级指标 word and a 三级指标 word, or -1. */
    int findHeader() {
        for (int r = b.titleRow; r <= b.endRow; r++) {
            if (isHeader(r)) {
                return r;
            }
        }
        return -1;
    }

    /** Whether a row holds a 一级指标 word and a 三级指标 word: the grid's header. */
    private boolean isHeader(int r) {
        return PerformanceReader.rowHolds(b, r, perf.column("ind.level1"))
                && PerformanceReader.rowHolds(b, r, perf.column("ind.level3"));
    }

    /** The key of the special (合计 {@code sum}, 总分 {@code summary}) a row's label cell names, or null. */
    String special(int r) {
        for (RawCell c : b.cells(r)) {
            String key = c.type() == RawType.TEXT ? specialOf(TextFolding.fold(c.text())) : null;
            if (key != null) {
                return key;
            }
        }
        return null;
    }

    /** The key of the special a folded label names, or null. */
    String specialOf(String folded) {
        for (Catalogue.RowDef d : b.def.specials()) {
            if (SheetReader.matches(d, folded)) {
                return d.key();
            }
        }
        return null;
    }

    /** Whether a row starts a part that follows the grid (项目绩效分析, 备注…). */
    boolean heading(int r) {
        for (RawCell c : b.cells(r)) {
            if (c.type() != RawType.TEXT) {
                continue;
            }
            String f = TextFolding.fold(c.text());
            if (b.def.headings().contains(f) || f.startsWith("备注")) {
                return true;
            }
        }
        return false;
    }

    /** Maps the header's columns; false (with a problem) where 三级指标, 分值 or 得分 is missing. */
    boolean header(int header, Map<String, Column> columns) {
        List<Catalogue.ColumnDef> defs = new ArrayList<>();
        for (Catalogue.ColumnDef d : b.def.columns()) {
            if (d.key().startsWith("ind.")) {
                defs.add(d);
            }
        }
        b.headerRows.clear();
        b.headerRows.add(header);
        b.buildPaths();
        for (int c = b.minCol; c <= b.maxCol; c++) {
            Catalogue.ColumnDef d = b.mapByHeader(c, defs);
            if (d != null) {
                col.putIfAbsent(d.key(), c);
            }
        }
        if (!col.containsKey("ind.weight") || !col.containsKey("ind.points") || !col.containsKey("ind.level3")) {
            Source s = perf.source(header, b.minCol);
            perf.problems.add(ReadMessages.problem("READ.PERF_NO_INDICATORS", "READ.PERF_NO_INDICATORS.noColumns",
                    Severity.WARNING, s, s.location()));
            return false;
        }
        columns.putIfAbsent("weight", new Column("weight", b.label(col.get("ind.weight")), null));
        columns.putIfAbsent("points", new Column("points", b.label(col.get("ind.points")), null));
        if (col.containsKey("ind.reason")) {
            columns.putIfAbsent("reason", new Column("reason", b.label(col.get("ind.reason")), null));
        }
        return true;
    }

    /** The indicators from below the header to {@code end} (exclusive). */
    List<Read> indicators(int header, int end) {
        int weightCol = col.get("ind.weight");
        int pointsCol = col.get("ind.points");
        int nameCol = col.get("ind.level3");
        List<Read> out = new ArrayList<>();
        String level1 = "";
        String level2 = "";
        for (int r = header + 1; r < end; r++) {
            if (isHeader(r)) {
                continue; // the header repeated where the form runs onto a second page
            }
            String l1 = text(r, col.get("ind.level1"));
            String l2 = text(r, col.get("ind.level2"));
            String name = text(r, nameCol);
            if (!l1.isEmpty()) {
                level1 = l1;
            }
            if (!l2.isEmpty()) {
                level2 = l2;
            } else if (!l1.isEmpty()) {
                level2 = "";
            }
            if (name.isEmpty() && b.grid.at(r, weightCol) == null && b.grid.at(r, pointsCol) == null
                    || subtotal(r, name, l2)) {
                continue;
            }
            Source nameSource = perf.source(r, nameCol);
            Figure weight = figure(r, weightCol, name + "/分值");
            Figure points = figure(r, pointsCol, name + "/得分");
            Map<String, Figure> figures = new LinkedHashMap<>();
            Merge shared = b.grid.mergeCovering(r, weightCol);
            if (shared == null || shared.firstRow() >= r) {
                // a 分值 merged down from an indicator above is shared with it: this row prints none of its own,
                // so its 得分 is not compared with 0, and Σ 分值 counts the shared one once
                figures.put("weight", weight);
            }
            figures.put("points", points);
            Integer reasonCol = col.get("ind.reason");
            if (reasonCol != null) {
                // the 偏差原因 as text, so a rule can ask for one where points fall short of the weight
                String reason = text(r, reasonCol);
                Source at = perf.source(r, reasonCol);
                figures.put("reason", reason.isEmpty() ? new Figure(Figure.Kind.BLANK, null, 0, "", at)
                        : new Figure(Figure.Kind.TEXT, null, 0, reason, at));
            }
            out.add(new Read(new Indicator(level1, level2, name, text(r, col.get("ind.initial")),
                    text(r, col.get("ind.adjusted")), text(r, col.get("ind.actual")),
                    text(r, col.get("ind.explanation")), weight, points, text(r, col.get("ind.reason")), nameSource),
                    figures));
        }
        return out;
    }

    /**
     * An indicator's 分值 or 得分: a number, or where the cell prints a word of the catalogue's {@code na} (不适用),
     * an INVALID figure told once as INFO — the form states the indicator does not apply, so the rules needing the
     * figure are NOT_EVALUABLE rather than compared with 0.
     */
    private Figure figure(int r, int c, String what) {
        RawCell cell = b.grid.at(r, c);
        if (cell != null && cell.type() == RawType.TEXT) {
            String text = TextFolding.trim(cell.text());
            if (perf.words("na").stream().anyMatch(w -> TextFolding.fold(w).equals(TextFolding.fold(text)))) {
                Source s = perf.source(r, c);
                perf.problems.add(ReadMessages.problem("READ.PERF_NOT_APPLICABLE", Severity.INFO, s, s.location(), what,
                        text));
                return new Figure(Figure.Kind.INVALID, null, PerformanceReader.DECIMALS, text, s);
            }
        }
        return perf.number(r, c, what);
    }

    /**
     * Whether a grid row sums indicators rather than being one: a 小计 (the catalogue's special {@code subtotal}),
     * or a row naming a 一级指标 in its own cell and no 二级 or 三级指标 (产出指标 | | | 70 | 68), the Σ 分值 and
     * Σ 得分 of the indicators under it. Read as indicators, they would be counted twice.
     */
    private boolean subtotal(int r, String name, String level2) {
        if ("subtotal".equals(special(r))) {
            return true;
        }
        Integer level1 = col.get("ind.level1");
        RawCell own = level1 == null ? null : b.grid.at(r, level1);
        return name.isEmpty() && level2.isEmpty() && own != null && own.type() == RawType.TEXT
                && !TextFolding.trim(own.text()).isEmpty();
    }

    /**
     * The figure an end row prints in its own cell of a grid column, or null: a cell merged over from the label
     * (总分 spread across the 分值 column) or spreading over the next column is not that column's.
     */
    Figure own(int r, String key, String what) {
        Integer c = col.get(key);
        if (c == null || b.grid.at(r, c) == null) {
            return null;
        }
        Merge m = b.grid.mergeAt(r, c);
        Integer weight = col.get("ind.weight");
        Integer points = col.get("ind.points");
        if (m != null && weight != null && points != null && m.contains(r, Math.max(weight, points))
                && m.contains(r, Math.min(weight, points))) {
            return null; // one cell across both 分值 and 得分: neither column's own
        }
        Figure f = perf.number(r, c, what);
        return f.kind() == Figure.Kind.BLANK ? null : f;
    }

    private String text(int r, Integer c) {
        if (c == null) {
            return "";
        }
        return TextFolding.trim(Grid.text(b.grid.visible(r, c)));
    }
}
