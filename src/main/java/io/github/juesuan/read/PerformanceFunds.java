package io.github.juesuan.read;

import io.github.juesuan.model.Column;
import io.github.juesuan.model.Figure;
import io.github.juesuan.model.FundsRow;
import io.github.juesuan.model.Problem;
import io.github.juesuan.model.Row;
import io.github.juesuan.model.Severity;
import io.github.juesuan.model.Source;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The funds block of a 绩效自评表: the header row holding a budget word and an execution word of the catalogue
 * (全年预算数 / 调整后预算数, 全年执行数 / 预算执行数), then the rows named by the catalogue's row aliases (资金总额 /
 * 总额 / 年度资金总额, 财政资金 / 当年财政拨款, 单位资金…) until the block's end. The 资金总额 row also carries the
 * block's own weight (分值 / 权重 of 预算执行率); where none is printed, the catalogue's {@code weight.default}.
 */
final class PerformanceFunds {
    private final PerformanceReader perf;
    private final Block b;

    PerformanceFunds(PerformanceReader perf) {
        this.perf = perf;
        this.b = perf.b;
    }

    /** The funds columns of the catalogue (those not of the indicator grid). */
    List<Catalogue.ColumnDef> defs() {
        List<Catalogue.ColumnDef> out = new ArrayList<>();
        for (Catalogue.ColumnDef d : b.def.columns()) {
            if (!d.key().startsWith("ind.")) {
                out.add(d);
            }
        }
        return out;
    }

    /** The first row from {@code from} before {@code end} holding a budget alias and an executed alias, or -1. */
    int findHeader(int from, int end) {
        Catalogue.ColumnDef budget = perf.column("budget");
        Catalogue.ColumnDef executed = perf.column("executed");
        for (int r = from; r < end; r++) {
            if (PerformanceReader.rowHolds(b, r, budget) && PerformanceReader.rowHolds(b, r, executed)) {
                return r;
            }
        }
        return -1;
    }

    /** Reads the rows of the block from its header to {@code end} (exclusive). */
    List<FundsRow> read(int header, int end, Map<String, Column> columns, List<Row> rows) {
        List<Catalogue.ColumnDef> defs = defs();
        b.headerRows.clear();
        b.headerRows.add(header);
        int first = header + 1;
        if (first < end && isSubHeader(first, defs)) {
            b.headerRows.add(first); // 年初预算数 split into 目标申报数 / 预算编制数 below it
            first++;
        }
        b.buildPaths();
        Map<Integer, Catalogue.ColumnDef> mapped = new LinkedHashMap<>();
        int firstMoney = Integer.MAX_VALUE;
        for (int c = b.minCol; c <= b.maxCol; c++) {
            Catalogue.ColumnDef d = b.mapByHeader(c, defs);
            if (d != null && !mapped.containsValue(d)) {
                mapped.put(c, d);
                firstMoney = Math.min(firstMoney, c);
                columns.putIfAbsent(d.key(), new Column(d.key(), b.label(c), null));
            }
        }
        List<FundsRow> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int unread = -1;
        int unreadCol = -1;
        for (int r = first; r < end; r++) {
            Catalogue.RowDef def = null;
            int labelCol = -1;
            int textCol = -1;
            for (int c = b.minCol; c < firstMoney && c <= b.maxCol; c++) {
                RawCell cell = b.grid.at(r, c);
                if (cell == null || cell.type() != RawType.TEXT) {
                    continue;
                }
                textCol = textCol < 0 ? c : textCol;
                String f = TextFolding.fold(cell.text());
                for (Catalogue.RowDef d : b.def.rows()) {
                    if (SheetReader.matches(d, f)) {
                        def = d;
                        labelCol = c;
                    }
                }
            }
            boolean repeated = def != null && !seen.add(def.key());
            if ((def == null || repeated && !def.key().equals("total")) && unread < 0 && textCol >= 0
                    && holdsAmount(r, mapped)) {
                unread = r;
                unreadCol = textCol;
            }
            if (def == null || repeated) {
                continue;
            }
            out.add(row(r, labelCol, def.key(), mapped, rows));
        }
        if (unread >= 0) {
            unchecked(unread, unreadCol, rows);
        }
        return out;
    }

    /** Whether a row prints a number in one of the block's money columns. */
    private boolean holdsAmount(int r, Map<Integer, Catalogue.ColumnDef> mapped) {
        for (Map.Entry<Integer, Catalogue.ColumnDef> e : mapped.entrySet()) {
            String k = e.getValue().key();
            RawCell cell = b.grid.at(r, e.getKey());
            if (AMOUNTS.contains(k) && cell != null && cell.type() == RawType.NUMBER) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> AMOUNTS = Set.of("declared", "planned", "budget", "executed", "balance");

    /**
     * A row of the block with amounts that is no source the catalogue knows, or repeats one above (a second
     * 财政拨款（…）): whether it is a further source or a 其中 of one cannot be told, so 资金总额 = Σ sources is not
     * checked. A WARNING naming the row; the source rows are keyed {@code source.N}, which the rules on the sum do
     * not name, while each row's own checks (执行率, 结余) still run on it.
     */
    private void unchecked(int r, int labelCol, List<Row> rows) {
        Source s = perf.source(r, labelCol);
        perf.problems.add(ReadMessages.problem("READ.PERF_FUNDS_ROW", Severity.WARNING, s, s.location(),
                TextFolding.trim(Grid.text(b.grid.at(r, labelCol)))));
        int n = 0;
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (!row.key().equals("total")) {
                rows.set(i, new Row("source." + ++n, row.label(), row.code(), row.line(), row.standardLine(), row.figures(),
                        row.source()));
            }
        }
    }

    /** Whether the row below the header names funds columns and no funds row (a second header row). */
    private boolean isSubHeader(int r, List<Catalogue.ColumnDef> defs) {
        boolean column = false;
        for (RawCell c : b.cells(r)) {
            if (c.type() != RawType.TEXT) {
                continue;
            }
            String f = TextFolding.fold(c.text());
            for (Catalogue.RowDef d : b.def.rows()) {
                if (SheetReader.matches(d, f)) {
                    return false;
                }
            }
            for (Catalogue.ColumnDef d : defs) {
                column |= PerformanceReader.holds(d, f);
            }
        }
        return column;
    }

    private FundsRow row(int r, int labelCol, String key, Map<Integer, Catalogue.ColumnDef> mapped, List<Row> rows) {
        String label = TextFolding.trim(Grid.text(b.grid.at(r, labelCol)));
        Source labelSource = perf.source(r, labelCol);
        Map<String, Figure> figures = new LinkedHashMap<>();
        String reason = "";
        Source weightCell = null;
        int rateCol = -1;
        for (Map.Entry<Integer, Catalogue.ColumnDef> e : mapped.entrySet()) {
            int c = e.getKey();
            String column = e.getValue().key();
            if (column.equals("reason")) {
                reason = TextFolding.trim(Grid.text(b.grid.at(r, c)));
                continue;
            }
            if (column.equals("weight")) {
                weightCell = perf.source(r, c);
            }
            if (column.equals("rate")) {
                rateCol = c;
            }
            // 执行率 prints a percentage, 分值/得分 a score; every other funds column holds amounts
            boolean amount = !column.equals("rate") && !column.equals("score") && !column.equals("weight");
            String what = label + "/" + b.label(c);
            figures.put(column, amount ? perf.amount(r, c, what) : perf.number(r, c, what));
        }
        if (rateCol >= 0 && unstatedFraction(figures.get("rate"), figures.get("budget"), figures.get("executed"),
                b.label(rateCol))) {
            Figure rate = figures.get("rate");
            Source s = rate.source();
            perf.problems.add(ReadMessages.problem("READ.PERF_RATE_UNSTATED", Severity.WARNING, s, s.location(),
                    label + "/" + b.label(rateCol), rate.text(), percent(figures.get("executed"), figures.get("budget"))));
            figures.put("rate", new Figure(Figure.Kind.INVALID, null, rate.decimals(), rate.text(), s));
        }
        if (key.equals("total")) {
            Figure w = figures.get("weight");
            if (w == null || w.kind() == Figure.Kind.BLANK) {
                figures.put("weight", assumedWeight(weightCell != null ? weightCell : labelSource));
            }
        }
        rows.add(new Row(key, label, null, null, figures, labelSource));
        return new FundsRow(key, label, figures.get("declared"), figures.get("planned"), figures.get("budget"),
                figures.get("executed"), figures.get("balance"), figures.get("rate"), figures.get("weight"),
                figures.get("score"), reason);
    }

    /**
     * Whether a 执行率 is printed as a bare number the form gives no meaning to, and the two meanings differ: no % in
     * its cell or in its column's header (so 0.9185 may be 0.9185% or 91.85%), and read as a percentage it
     * disagrees with 全年执行数 ÷ 全年预算数 × 100 while read as a fraction it agrees. Comparing it either way would
     * test a reading, not the printed numbers. Each figure printed with d decimals stands for ±½·10^−d.
     */
    private static boolean unstatedFraction(Figure rate, Figure budget, Figure executed, String header) {
        if (rate == null || budget == null || executed == null || rate.kind() != Figure.Kind.NUMBER
                || budget.kind() != Figure.Kind.NUMBER || executed.kind() != Figure.Kind.NUMBER
                || CellFigures.percentSign(rate.text()) || TextFolding.fold(header).contains("%")) {
            return false;
        }
        BigDecimal bLow = budget.value().subtract(half(budget));
        BigDecimal eLow = executed.value().subtract(half(executed));
        if (bLow.signum() <= 0 || eLow.signum() < 0) {
            return false;
        }
        // executed ÷ budget lies in [eLow ÷ bHigh, eHigh ÷ bLow]
        BigDecimal low = eLow.divide(budget.value().add(half(budget)), java.math.MathContext.DECIMAL64);
        BigDecimal high = executed.value().add(half(executed)).divide(bLow, java.math.MathContext.DECIMAL64);
        BigDecimal vLow = rate.value().subtract(half(rate));
        BigDecimal vHigh = rate.value().add(half(rate));
        boolean asFraction = vLow.compareTo(high) <= 0 && vHigh.compareTo(low) >= 0;
        boolean asPercent = vLow.compareTo(high.movePointRight(2)) <= 0 && vHigh.compareTo(low.movePointRight(2)) >= 0;
        return asFraction && !asPercent;
    }

    /** Half a unit of a figure's last printed decimal. */
    private static BigDecimal half(Figure f) {
        return new BigDecimal(5).movePointLeft(f.decimals() + 1);
    }

    /** 全年执行数 ÷ 全年预算数 × 100 as printed, to two decimals, for a message. */
    private static String percent(Figure executed, Figure budget) {
        return executed.value().movePointRight(2).divide(budget.value(), 2, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    /**
     * The template's weight of 预算执行率 ({@code value weight.default} of the catalogue) where the block prints
     * none: a NUMBER at the blank 分值 cell (or the 资金总额 label), its text saying it was assumed.
     */
    private Figure assumedWeight(Source at) {
        BigDecimal value = new BigDecimal(perf.words("weight.default").get(0));
        return new Figure(Figure.Kind.NUMBER, value, PerformanceReader.DECIMALS,
                value.toPlainString() + "（未列示，按默认）", at, true);
    }

    /**
     * The problem of a funds block that cannot be read: no header (a row with a budget and an executed column) or
     * no 资金总额 row below it. A WARNING: the reader could not interpret the block; the rules on funds are then
     * NOT_EVALUABLE.
     */
    Problem absent(String projectName, boolean headerFound) {
        Source s = perf.titleSource();
        String code = "READ.PERF_NO_FUNDS";
        return ReadMessages.problem(code, headerFound ? code + ".noTotal" : code, Severity.WARNING, s, s.location(),
                projectName);
    }
}
