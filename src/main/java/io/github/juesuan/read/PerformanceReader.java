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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one 绩效自评表 (项目支出, or 部门整体支出): the labelled header fields, the funds block ({@link PerformanceFunds}),
 * the indicator grid and the row that ends it ({@link PerformanceGrid}), 总分 and 等级. Every part is found by the words
 * of the table's catalogue entry, not by position, since provinces lay the form out differently.
 */
final class PerformanceReader {
    static final int DECIMALS = 2;

    final String file;
    final Block b;
    final List<Problem> problems;

    PerformanceReader(String file, Block block, List<Problem> problems, int ordinal) {
        this.file = file;
        this.b = block;
        this.problems = problems;
    }

    PerformanceEvaluation read() {
        for (RawCell c : b.cells(b.titleRow)) {
            b.takeMetadata(c, b.titleRow);
        }
        String projectName = labelled(words("name"));
        String department = labelled(words("department"));
        String unit = labelled(words("unit"));
        if (projectName.isEmpty()) {
            String title = TextFolding.trim(Grid.text(b.grid.at(b.titleRow, b.titleCol))).replace(" ", "");
            int at = title.indexOf("项目支出");
            projectName = at > 0 ? title.substring(0, at) : "";
        }
        for (int r = b.titleRow + 1; r <= Math.min(b.endRow, b.titleRow + 3); r++) {
            for (RawCell c : b.cells(r)) {
                b.takeMetadata(c, r);
            }
        }

        Map<String, Column> columns = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>();
        PerformanceGrid grid = new PerformanceGrid(this);
        int indicatorHeader = grid.findHeader();
        int afterTitle = b.titleRow + 1;
        int blockEnd = b.endRow + 1;
        // the grid's end rows: the first 合计 and 总分 rows below its header (or anywhere, with no grid)
        int sumRow = -1;
        int summaryRow = -1;
        int indicatorEnd = blockEnd;
        for (int r = indicatorHeader >= 0 ? indicatorHeader + 1 : afterTitle; r <= b.endRow; r++) {
            String special = grid.special(r);
            if ("sum".equals(special) && sumRow < 0 && summaryRow < 0 && indicatorHeader >= 0) {
                sumRow = r;
            } else if ("summary".equals(special) && summaryRow < 0) {
                summaryRow = r;
            }
            if ((special != null && !"subtotal".equals(special) || grid.heading(r)) && indicatorEnd == blockEnd) {
                indicatorEnd = r;
            }
        }

        PerformanceFunds fundsReader = new PerformanceFunds(this);
        int fundsLimit = indicatorHeader >= 0 ? indicatorHeader : summaryRow >= 0 ? summaryRow : blockEnd;
        int fundsHeader = fundsReader.findHeader(afterTitle, fundsLimit);
        int fundsEnd = fundsLimit;
        for (int r = fundsHeader + 1; fundsHeader >= 0 && r < fundsLimit; r++) {
            if (rowHoldsWord(r, words("funds.end"))) {
                fundsEnd = r;
                break;
            }
        }
        List<FundsRow> fundRows = fundsHeader < 0 ? List.of() : fundsReader.read(fundsHeader, fundsEnd, columns, rows);
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
            problems.add(fundsReader.absent(projectName, fundsHeader >= 0));
            total = new FundsRow("total", "", null, null, null, null, null, null, null, null, "");
        }

        List<PerformanceGrid.Read> read = List.of();
        if (indicatorHeader < 0) {
            Source s = titleSource();
            problems.add(ReadMessages.problem("READ.PERF_NO_INDICATORS", Severity.WARNING, s, s.location(), projectName));
        } else if (grid.header(indicatorHeader, columns)) {
            read = grid.indicators(indicatorHeader, indicatorEnd);
        }

        Map<String, Figure> summary = new LinkedHashMap<>();
        Figure grade = null;
        Source gradeAt = null;
        if (sumRow >= 0 && indicatorsOnly(sumRow, grid, read, total)) {
            Source s = source(sumRow, labelCell(sumRow).col());
            problems.add(ReadMessages.problem("READ.PERF_GRID_SUM", Severity.INFO, s, s.location(),
                    TextFolding.trim(Grid.text(labelCell(sumRow)))));
        } else if (sumRow >= 0) {
            Figure weights = grid.own(sumRow, "ind.weight", "合计/分值");
            if (weights != null) {
                summary.put("weight", weights);
            }
            Figure points = summaryRow < 0 ? grid.own(sumRow, "ind.points", "合计/得分") : null;
            if (points != null) {
                summary.put("total", points); // a 合计 row's 得分 is the 总分 where no 总分 row prints one
                grade = gradeRightOf(sumRow, grid.col.get("ind.points"));
                gradeAt = points.source();
            }
        }
        if (summaryRow >= 0) {
            PerformanceTotal t = new PerformanceTotal(this, grid, summaryRow);
            if (t.weights != null) {
                summary.put("weight", t.weights);
            }
            summary.put("total", t.total);
            grade = t.grade;
            gradeAt = t.total.source();
        }
        Figure totalScore = summary.get("total");
        boolean scored = read.isEmpty() || totalScore != null && totalScore.kind() != Figure.Kind.BLANK
                || read.stream().anyMatch(i -> i.indicator().points().kind() != Figure.Kind.BLANK);
        if (!scored) {
            Source s = titleSource();
            problems.add(ReadMessages.problem("READ.PERF_NOT_SCORED", Severity.INFO, s, s.location(), projectName));
        }
        List<Indicator> indicators = new ArrayList<>();
        for (PerformanceGrid.Read i : read) {
            indicators.add(i.indicator());
            Map<String, Figure> figures = i.figures(); // Row copies it
            if (!scored) {
                figures = new LinkedHashMap<>(figures);
                figures.remove("points"); // one fact, told once above: no "below full marks" per indicator
            }
            rows.add(new Row("ind." + indicators.size(), i.indicator().level3(), null, null, figures,
                    i.indicator().source()));
        }
        if (totalScore == null) {
            Source s = titleSource();
            problems.add(ReadMessages.problem("READ.PERF_NO_TOTAL", Severity.INFO, s, s.location(), projectName));
        }
        if (grade == null) {
            // 等级 may stand on a row of its own: 评价等级 / 自评等级 / 等级
            Source[] at = new Source[1];
            String g = labelled(words("grade.label"), at);
            grade = !g.isEmpty() ? new Figure(Figure.Kind.TEXT, null, 0, g, at[0])
                    : new Figure(Figure.Kind.BLANK, null, 0, "", gradeAt != null ? gradeAt : titleSource());
        }
        if (!summary.isEmpty()) {
            int at = summaryRow >= 0 ? summaryRow : sumRow;
            rows.add(new Row("summary", TextFolding.trim(Grid.text(labelCell(at))), null, null, summary,
                    summary.values().iterator().next().source()));
            if (summary.containsKey("total")) {
                columns.putIfAbsent("total", new Column("total", "总分", null));
            }
        }
        notes(Math.max(Math.max(summaryRow, sumRow), indicatorEnd - 1) + 1);
        Table table = new Table(b.def.id(), TextFolding.trim(Grid.text(b.grid.at(b.titleRow, b.titleCol))), null,
                b.unitName, b.year, b.unit, List.copyOf(columns.values()), rows, b.notes, titleSource());
        return new PerformanceEvaluation(table, projectName, department, unit, new Funds(total, sources), indicators,
                Optional.ofNullable(totalScore), grade);
    }

    /**
     * Whether a 合计 row adds up the grid's indicators only, the 预算执行率 of the funds block left out: each figure it
     * prints (分值, 得分) is the sum of that column over the indicators as printed, and at least one is not the whole
     * form's (plus the execution weight or score). The form does not say which it sums; read as the form's Σ 分值 and
     * 总分 it would be compared with figures it never meant.
     */
    private boolean indicatorsOnly(int r, PerformanceGrid grid, List<PerformanceGrid.Read> read, FundsRow funds) {
        Figure weights = grid.own(r, "ind.weight", "合计/分值");
        Figure points = grid.own(r, "ind.points", "合计/得分");
        if (read.isEmpty() || weights == null && points == null) {
            return false;
        }
        boolean differs = false;
        for (String key : List.of("weight", "points")) {
            Figure printed = key.equals("weight") ? weights : points;
            if (printed == null) {
                continue;
            }
            java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
            for (PerformanceGrid.Read i : read) {
                Figure f = i.figures().get(key);
                if (f != null && f.kind() == Figure.Kind.NUMBER) {
                    sum = sum.add(f.value());
                } else if (f != null && f.kind() != Figure.Kind.BLANK) {
                    return false;
                }
            }
            if (printed.kind() != Figure.Kind.NUMBER || printed.value().compareTo(sum) != 0) {
                return false;
            }
            Figure execution = key.equals("weight") ? funds.weight() : funds.score();
            differs |= execution != null && execution.kind() == Figure.Kind.NUMBER && execution.value().signum() != 0;
        }
        return differs;
    }

    /** The 备注 under the form, from {@code from} to the block's end. */
    private void notes(int from) {
        for (int r = from; r <= b.endRow; r++) {
            List<RawCell> cells = b.cells(r);
            if (!cells.isEmpty() && TextFolding.fold(Grid.text(cells.get(0))).startsWith("备注")) {
                StringBuilder sb = new StringBuilder();
                for (int k = r; k <= b.endRow; k++) {
                    for (RawCell c : b.cells(k)) {
                        sb.append(TextFolding.trim(Grid.text(c)));
                    }
                }
                b.notes.add(sb.toString());
                break;
            }
        }
    }

    /** The first text cell of a row (its label). */
    private RawCell labelCell(int r) {
        for (RawCell c : b.cells(r)) {
            if (c.type() == RawType.TEXT) {
                return c;
            }
        }
        return null;
    }

    /**
     * The first text right of column {@code col} on a row, as a printed 等级, or null. A 等级 label there (the
     * catalogue's {@code grade.label}: 自评等级, 评价等级…) names the grade after it: the next text, or the words
     * after its colon (自评等级：良).
     */
    Figure gradeRightOf(int r, int col) {
        List<String> labels = words("grade.label").stream().map(TextFolding::fold).toList();
        for (int c = col + 1; c <= b.maxCol; c++) {
            RawCell cell = b.grid.at(r, c);
            if (cell == null || cell.type() != RawType.TEXT || TextFolding.trim(cell.text()).isEmpty()) {
                continue;
            }
            String text = TextFolding.trim(cell.text());
            String folded = TextFolding.fold(text);
            if (labels.contains(folded)) {
                continue;
            }
            int colon = Math.max(text.indexOf('：'), text.indexOf(':'));
            if (colon > 0 && labels.contains(TextFolding.fold(text.substring(0, colon)))) {
                text = TextFolding.trim(text.substring(colon + 1));
                if (text.isEmpty()) {
                    continue;
                }
            }
            return new Figure(Figure.Kind.TEXT, null, 0, text, source(r, c));
        }
        return null;
    }

    // ---- shared by the parts --------------------------------------------------------------------------

    /** The catalogue column of this key. */
    Catalogue.ColumnDef column(String key) {
        for (Catalogue.ColumnDef d : b.def.columns()) {
            if (d.key().equals(key)) {
                return d;
            }
        }
        throw new IllegalStateException("catalogue.txt: table " + b.def.id().code() + " has no column " + key);
    }

    /** The catalogue's {@code value KEY} words of this table. */
    List<String> words(String key) {
        List<String> w = b.def.values(key);
        if (w.isEmpty()) {
            throw new IllegalStateException("catalogue.txt: table " + b.def.id().code() + " has no value " + key);
        }
        return w;
    }

    /** Whether a folded label is one of a column's aliases (its group word not required). */
    static boolean holds(Catalogue.ColumnDef d, String folded) {
        String bare = TextFolding.withoutParenthetical(folded);
        for (Catalogue.Alias a : d.aliases()) {
            if (a.text().equals(folded) || a.text().equals(bare)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a row has a text cell that is one of a column's aliases. */
    static boolean rowHolds(Block b, int r, Catalogue.ColumnDef d) {
        for (RawCell c : b.cells(r)) {
            if (c.type() == RawType.TEXT && holds(d, TextFolding.fold(c.text()))) {
                return true;
            }
        }
        return false;
    }

    private boolean rowHoldsWord(int r, List<String> words) {
        for (RawCell c : b.cells(r)) {
            if (c.type() == RawType.TEXT && words.stream().anyMatch(w -> TextFolding.fold(w).equals(TextFolding.fold(c.text())))) {
                return true;
            }
        }
        return false;
    }

    Source source(int r, int c) {
        return CellFigures.source(file, b.sheet(), r, c, b.grid.at(r, c));
    }

    Source titleSource() {
        return source(b.titleRow, b.titleCol);
    }

    /** A score, weight or rate cell: text that is no number is INVALID, with a problem naming {@code what}. */
    Figure number(int r, int c, String what) {
        return CellFigures.read(file, b.grid, r, c, DECIMALS, () -> what, false, problems);
    }

    /** An amount cell (a percentage there is a problem); otherwise as {@link #number}. */
    Figure amount(int r, int c, String what) {
        return CellFigures.read(file, b.grid, r, c, DECIMALS, () -> what, true, problems);
    }

    /** The value right of the first cell labelled with one of the words (or after its colon). */
    String labelled(List<String> words) {
        return labelled(words, new Source[1]);
    }

    /** {@link #labelled(List)}, putting the cell the value was read from into {@code at[0]}. */
    private String labelled(List<String> words, Source[] at) {
        for (int r = b.titleRow; r <= b.endRow; r++) {
            for (RawCell c : b.cells(r)) {
                if (c.type() != RawType.TEXT) {
                    continue;
                }
                String f = TextFolding.fold(c.text());
                for (String word : words) {
                    String w = TextFolding.fold(word);
                    if (f.equals(w) || f.startsWith(w + ":")) {
                        String inline = f.startsWith(w + ":")
                                ? TextFolding.trim(c.text().substring(Math.max(c.text().indexOf('：'), c.text().indexOf(':')) + 1)) : "";
                        if (!inline.isEmpty()) {
                            at[0] = source(r, c.col());
                            return inline;
                        }
                        int k = b.valueColumnRightOf(r, c.col());
                        if (k < 0) {
                            return "";
                        }
                        at[0] = source(r, k);
                        return TextFolding.trim(Grid.text(b.grid.at(r, k)));
                    }
                }
            }
        }
        return "";
    }
}
