package io.github.juesuan.read;

import io.github.juesuan.model.Column;
import io.github.juesuan.model.Figure;
import io.github.juesuan.model.Funds;
import io.github.juesuan.model.FundsRow;
import io.github.juesuan.model.Indicator;
import io.github.juesuan.model.PerformanceEvaluation;
import io.github.juesuan.model.Problem;
import io.github.juesuan.model.Row;
import io.github.juesuan.model.Severity;
import io.github.juesuan.model.Source;
import io.github.juesuan.model.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one 项目支出绩效自评表: the labelled header fields, the funds block, the indicator grid and the 总分
 * row. Each part is found by its words (全年预算数, 一级指标, 总分), not by position, since provinces lay the
 * form out differently.
 */
final class PerfReader {
    private static final int DECIMALS = 2;
    /** Grade words a 总分 row may print where the score would be. */
    private static final java.util.Set<String> GRADES = java.util.Set.of("优", "良", "中", "差", "优秀", "良好", "合格",
            "不合格", "较差");

    private final String file;
    private final Block b;
    private final List<Problem> problems;
    private final int ordinal;

    PerfReader(String file, Block block, List<Problem> problems, int ordinal) {
        this.file = file;
        this.b = block;
        this.problems = problems;
        this.ordinal = ordinal;
    }

    PerformanceEvaluation read() {
        for (RawCell c : b.cells(b.titleRow)) {
            b.takeMetadata(c, b.titleRow);
        }
        String projectName = labelled("项目名称");
        String department = labelled("主管部门及代码", "主管部门");
        String unit = labelled("预算单位", "实施单位", "项目实施单位");
        if (projectName.isEmpty()) {
            String title = Text.trim(Grid.text(b.grid.at(b.titleRow, b.titleCol)));
            int at = title.replace(" ", "").indexOf("项目支出");
            projectName = at > 0 ? title.replace(" ", "").substring(0, at) : "";
        }
        for (int r = b.titleRow + 1; r <= Math.min(b.endRow, b.titleRow + 3); r++) {
            for (RawCell c : b.cells(r)) {
                b.takeMetadata(c, r);
            }
        }
        List<Catalogue.ColumnDef> fundDefs = new ArrayList<>();
        List<Catalogue.ColumnDef> indicatorDefs = new ArrayList<>();
        for (Catalogue.ColumnDef d : b.def.columns()) {
            (d.key().startsWith("ind.") ? indicatorDefs : fundDefs).add(d);
        }

        Map<String, Column> columns = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>();
        int fundsHeader = findRow("全年预算数", "全年执行数");
        int indicatorHeader = findRow("一级指标", "三级指标");
        int totalRow = findRow("总分", null);
        if (totalRow < 0) {
            totalRow = findRow("总得分", null);
        }
        int fundsEnd = firstOf(indicatorHeader, totalRow, b.endRow + 1);
        int goals = findRow("年度绩效目标", null);
        if (goals < 0) {
            goals = findRow("年度总体目标", null);
        }
        if (goals > fundsHeader && goals < fundsEnd) {
            fundsEnd = goals;
        }

        List<FundsRow> fundRows = fundsHeader < 0 ? List.of()
                : readFunds(fundsHeader, fundsEnd, fundDefs, columns, rows);
        FundsRow total = null;
        List<FundsRow> sources = new ArrayList<>();
        for (FundsRow f : fundRows) {
            if (f.key().equals("total") && total == null) {
                total = f;
            } else {
                sources.add(f);
            }
        }
        if (total == null) {
            Source s = titleSource();
            problems.add(new Problem("READ.PERF_NO_FUNDS", Severity.ERROR, s,
                    s.location() + "：绩效自评表「" + projectName + "」中找不到「资金总额」行",
                    s.location() + ": performance table \"" + projectName + "\" has no 资金总额 (total funds) row"));
            total = new FundsRow("total", "", null, null, null, null, null, null, null, "");
        }

        int indicatorEnd = totalRow >= 0 ? totalRow : b.endRow + 1;
        if (indicatorHeader >= 0) {
            for (int r = indicatorHeader + 1; r < indicatorEnd; r++) {
                if (endsIndicators(r)) {
                    indicatorEnd = r; // 项目绩效分析, 备注…: the grid has ended though no 总分 row says so
                    break;
                }
            }
        }
        List<Indicator> indicators = indicatorHeader < 0 ? List.of()
                : readIndicators(indicatorHeader, indicatorEnd, indicatorDefs, columns, rows);
        if (indicatorHeader < 0) {
            Source s = titleSource();
            problems.add(new Problem("READ.PERF_NO_INDICATORS", Severity.WARNING, s,
                    s.location() + "：绩效自评表「" + projectName + "」中找不到绩效指标表（一级指标、二级指标、三级指标）",
                    s.location() + ": performance table \"" + projectName + "\" has no indicator grid"));
        }

        Figure totalScore;
        Figure grade;
        if (totalRow >= 0) {
            Figure[] tg = readTotal(totalRow);
            totalScore = tg[0];
            grade = tg[1];
        } else {
            Source s = titleSource();
            problems.add(new Problem("READ.PERF_NO_TOTAL", Severity.WARNING, s,
                    s.location() + "：绩效自评表「" + projectName + "」中找不到「总分」行",
                    s.location() + ": performance table \"" + projectName + "\" has no 总分 (total score) row"));
            totalScore = new Figure(Figure.Kind.BLANK, null, DECIMALS, "", s);
            grade = new Figure(Figure.Kind.BLANK, null, 0, "", s);
        }
        Map<String, Figure> summary = new LinkedHashMap<>();
        summary.put("total", totalScore);
        rows.add(new Row("summary", "总分", null, null, summary, totalScore.source()));
        columns.putIfAbsent("total", new Column("total", "总分", null));

        for (int r = Math.max(totalRow, indicatorEnd - 1) + 1; r <= b.endRow; r++) {
            List<RawCell> cells = b.cells(r);
            if (!cells.isEmpty() && Text.fold(Grid.text(cells.get(0))).startsWith("备注")) {
                StringBuilder sb = new StringBuilder();
                for (int k = r; k <= b.endRow; k++) {
                    for (RawCell c : b.cells(k)) {
                        sb.append(Text.trim(Grid.text(c)));
                    }
                }
                b.notes.add(sb.toString());
                break;
            }
        }
        Table table = new Table(b.def.id(), Text.trim(Grid.text(b.grid.at(b.titleRow, b.titleCol))), null,
                b.unitName, b.year, b.unit, List.copyOf(columns.values()), rows, b.notes, titleSource());
        return new PerformanceEvaluation(table, projectName, department, unit,
                new Funds(total, sources), indicators, totalScore, grade);
    }

    /** Whether a row starts a part that follows the indicator grid. */
    private boolean endsIndicators(int r) {
        for (RawCell c : b.cells(r)) {
            if (c.type() != RawType.TEXT) {
                continue;
            }
            String f = Text.fold(c.text());
            if (b.def.headings().contains(f) || f.startsWith("备注")) {
                return true;
            }
        }
        return false;
    }

    private static int firstOf(int... rows) {
        int min = Integer.MAX_VALUE;
        for (int r : rows) {
            if (r >= 0 && r < min) {
                min = r;
            }
        }
        return min;
    }

    private Source titleSource() {
        return Values.source(file, b.sheet(), b.titleRow, b.titleCol, b.grid.at(b.titleRow, b.titleCol));
    }

    /** The value right of the first cell labelled with one of the words. */
    private String labelled(String... words) {
        for (int r = b.titleRow; r <= b.endRow; r++) {
            for (RawCell c : b.cells(r)) {
                if (c.type() != RawType.TEXT) {
                    continue;
                }
                String f = Text.fold(c.text());
                for (String w : words) {
                    if (f.equals(w) || f.startsWith(w + ":")) {
                        String inline = f.startsWith(w + ":") ? Text.trim(c.text().substring(c.text().indexOf(w) + w.length() + 1)) : "";
                        if (!inline.isEmpty()) {
                            return inline;
                        }
                        for (int k = c.col() + 1; k <= b.maxCol; k++) {
                            RawCell v = b.grid.at(r, k);
                            String t = v == null ? "" : Text.trim(Grid.text(v));
                            if (!t.isEmpty()) {
                                return t;
                            }
                        }
                        return "";
                    }
                }
            }
        }
        return "";
    }

    /** The first row with a cell reading {@code word} (and another reading {@code also}, if given). */
    private int findRow(String word, String also) {
        for (int r = b.titleRow; r <= b.endRow; r++) {
            boolean a = false;
            boolean c = also == null;
            for (RawCell cell : b.cells(r)) {
                if (cell.type() != RawType.TEXT) {
                    continue;
                }
                String f = Text.fold(cell.text());
                a |= f.equals(word) || Text.withoutParenthetical(f).equals(word);
                c |= also != null && f.equals(also);
            }
            if (a && c) {
                return r;
            }
        }
        return -1;
    }

    private List<FundsRow> readFunds(int header, int end, List<Catalogue.ColumnDef> defs, Map<String, Column> columns,
                                     List<Row> rows) {
        b.headerRows.clear();
        b.headerRows.add(header);
        int first = header + 1;
        if (first < end && rowHasWord(first, "目标申报数", "预算编制数")) {
            b.headerRows.add(first);
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
        Map<String, Boolean> seen = new HashMap<>();
        for (int r = first; r < end; r++) {
            Catalogue.RowDef def = null;
            int labelCol = -1;
            for (int c = b.minCol; c < firstMoney && c <= b.maxCol; c++) {
                RawCell cell = b.grid.at(r, c);
                if (cell == null || cell.type() != RawType.TEXT) {
                    continue;
                }
                String f = Text.fold(cell.text());
                for (Catalogue.RowDef d : b.def.rows()) {
                    if (SheetReader.matches(d, f)) {
                        def = d;
                        labelCol = c;
                    }
                }
            }
            if (def == null || seen.putIfAbsent(def.key(), true) != null) {
                continue;
            }
            String label = Text.trim(Grid.text(b.grid.at(r, labelCol)));
            Map<String, Figure> figures = new LinkedHashMap<>();
            String reason = "";
            for (Map.Entry<Integer, Catalogue.ColumnDef> e : mapped.entrySet()) {
                int c = e.getKey();
                RawCell cell = b.grid.at(r, c);
                if (e.getValue().key().equals("reason")) {
                    reason = cell == null ? "" : Text.trim(Grid.text(cell));
                    continue;
                }
                // 执行率 prints a percentage and 得分 a score; every other funds column holds amounts
                boolean amount = !e.getValue().key().equals("rate") && !e.getValue().key().equals("score");
                figures.put(e.getValue().key(),
                        Values.read(file, b.grid, r, c, DECIMALS, label + "/" + b.label(c), amount, problems));
            }
            out.add(new FundsRow(def.key(), label, figures.get("declared"), figures.get("planned"),
                    figures.get("budget"), figures.get("executed"), figures.get("balance"), figures.get("rate"),
                    figures.get("score"), reason));
            rows.add(new Row(def.key(), label, null, null, figures,
                    Values.source(file, b.sheet(), r, labelCol, b.grid.at(r, labelCol))));
        }
        return out;
    }

    private boolean rowHasWord(int r, String... words) {
        for (RawCell c : b.cells(r)) {
            String f = Text.fold(Grid.text(c));
            for (String w : words) {
                if (f.equals(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<Indicator> readIndicators(int header, int end, List<Catalogue.ColumnDef> defs,
                                           Map<String, Column> columns, List<Row> rows) {
        b.headerRows.clear();
        b.headerRows.add(header);
        b.buildPaths();
        Map<String, Integer> col = new HashMap<>();
        for (int c = b.minCol; c <= b.maxCol; c++) {
            Catalogue.ColumnDef d = b.mapByHeader(c, defs);
            if (d != null) {
                col.putIfAbsent(d.key(), c);
            }
        }
        Integer weightCol = col.get("ind.weight");
        Integer pointsCol = col.get("ind.points");
        Integer nameCol = col.get("ind.level3");
        if (weightCol == null || pointsCol == null || nameCol == null) {
            Source s = Values.source(file, b.sheet(), header, b.minCol, b.grid.at(header, b.minCol));
            problems.add(new Problem("READ.PERF_NO_INDICATORS", Severity.WARNING, s,
                    s.location() + "：绩效指标表缺少「三级指标」「分值」或「得分」列，未读取指标",
                    s.location() + ": the indicator grid lacks a 三级指标, 分值 or 得分 column; indicators not read"));
            return List.of();
        }
        columns.putIfAbsent("weight", new Column("weight", b.label(weightCol), null));
        columns.putIfAbsent("points", new Column("points", b.label(pointsCol), null));
        if (col.get("ind.reason") != null) {
            columns.putIfAbsent("reason", new Column("reason", b.label(col.get("ind.reason")), null));
        }
        List<Indicator> out = new ArrayList<>();
        String level1 = "";
        String level2 = "";
        for (int r = header + 1; r < end; r++) {
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
            RawCell w = b.grid.at(r, weightCol);
            RawCell p = b.grid.at(r, pointsCol);
            if (name.isEmpty() && w == null && p == null) {
                continue;
            }
            Source nameSource = Values.source(file, b.sheet(), r, nameCol, b.grid.at(r, nameCol));
            Figure weight = score(r, weightCol, name + "/分值");
            Figure points = score(r, pointsCol, name + "/得分");
            out.add(new Indicator(level1, level2, name, text(r, col.get("ind.initial")), text(r, col.get("ind.adjusted")),
                    text(r, col.get("ind.actual")), text(r, col.get("ind.explanation")), weight, points,
                    text(r, col.get("ind.reason")), nameSource));
            Map<String, Figure> figures = new LinkedHashMap<>();
            figures.put("weight", weight);
            figures.put("points", points);
            Integer reasonCol = col.get("ind.reason");
            if (reasonCol != null) {
                // the 偏差原因 as text, so a rule can ask for one where points fall short of the weight
                String reason = text(r, reasonCol);
                Source at = Values.source(file, b.sheet(), r, reasonCol, b.grid.at(r, reasonCol));
                figures.put("reason", reason.isEmpty() ? new Figure(Figure.Kind.BLANK, null, 0, "", at)
                        : new Figure(Figure.Kind.TEXT, null, 0, reason, at));
            }
            rows.add(new Row("ind." + out.size(), name, null, null, figures, nameSource));
        }
        return out;
    }

    private String text(int r, Integer c) {
        if (c == null) {
            return "";
        }
        return Text.trim(Grid.text(b.grid.visible(r, c)));
    }

    private Figure score(int r, int c, String what) {
        return Values.read(file, b.grid, r, c, DECIMALS, what, false, problems);
    }

    /** 总分 and 等级: the first number right of the 总分 label, then the first text after it. */
    private Figure[] readTotal(int r) {
        int labelCol = -1;
        for (RawCell c : b.cells(r)) {
            String f = Text.fold(Grid.text(c));
            if (f.equals("总分") || f.equals("总得分")) {
                labelCol = c.col();
                break;
            }
        }
        Figure total = null;
        Figure grade = null;
        for (int c = labelCol + 1; c <= b.maxCol; c++) {
            RawCell cell = b.grid.at(r, c);
            if (cell == null) {
                continue;
            }
            Source s = Values.source(file, b.sheet(), r, c, cell);
            Figure f = Values.figure(cell, s, DECIMALS);
            if (f.kind() == Figure.Kind.BLANK) {
                continue;
            }
            if (total == null && f.kind() == Figure.Kind.TEXT && GRADES.contains(Text.fold(f.text()))) {
                total = new Figure(Figure.Kind.BLANK, null, DECIMALS, "", s);
                grade = f; // a grade with no score printed before it
                break;
            }
            if (total == null) {
                if (f.kind() == Figure.Kind.TEXT || f.kind() == Figure.Kind.INVALID) {
                    f = new Figure(Figure.Kind.INVALID, null, DECIMALS, f.text(), s);
                    problems.add(Values.invalid(cell, f, "总分"));
                }
                total = f;
            } else if (f.kind() == Figure.Kind.TEXT) {
                grade = f;
                break;
            }
        }
        Source at = Values.source(file, b.sheet(), r, labelCol + 1, b.grid.at(r, labelCol + 1));
        if (total == null) {
            total = new Figure(Figure.Kind.BLANK, null, DECIMALS, "", at);
        }
        if (grade == null) {
            // 等级 may stand on a row of its own: 评价等级 / 自评等级 / 等级
            String g = labelled("等级", "评价等级", "自评等级", "绩效等级");
            grade = g.isEmpty() ? new Figure(Figure.Kind.BLANK, null, 0, "", at)
                    : new Figure(Figure.Kind.TEXT, null, 0, g, at);
        }
        return new Figure[]{total, grade};
    }
}
