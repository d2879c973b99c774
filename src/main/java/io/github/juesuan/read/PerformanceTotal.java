package io.github.juesuan.read;

import io.github.juesuan.model.Figure;
import io.github.juesuan.model.Source;

import java.util.List;

/**
 * The 总分 row of a 绩效自评表. The 总分 is the figure in the grid's 得分 column and the printed Σ 分值 (often 100)
 * the one in its 分值 column, each from its own cell; where the row prints its score elsewhere (one cell merged
 * across both columns, or a form without a grid), the first figure right of the 总分 label. The 等级 is the
 * first text after the score (or a grade word printed where the score would be).
 */
final class PerformanceTotal {
    /** 总分: a figure, BLANK where the row leaves it empty. */
    final Figure total;
    /** The printed Σ 分值, or null. */
    final Figure weights;
    /** The printed 等级, or null where the row prints none. */
    final Figure grade;

    private final PerformanceReader perf;
    private final Block b;
    private final List<String> grades;

    PerformanceTotal(PerformanceReader perf, PerformanceGrid grid, int r) {
        this.perf = perf;
        this.b = perf.b;
        this.grades = perf.words("grades").stream().map(TextFolding::fold).toList();
        int labelCol = labelCol(grid, r);
        Integer pointsCol = grid.col.get("ind.points");
        Figure score = null;
        Figure weightSum = null;
        Figure printedGrade = null;
        int scoreCol = -1;
        if (pointsCol != null && pointsCol > labelCol && !isGrade(b.grid.at(r, pointsCol))) {
            score = grid.own(r, "ind.points", "总分");
            if (score != null) {
                scoreCol = pointsCol;
                weightSum = grid.own(r, "ind.weight", "总分/分值");
            }
        }
        for (int c = labelCol + 1; score == null && c <= b.maxCol; c++) {
            RawCell cell = b.grid.at(r, c);
            if (cell == null) {
                continue;
            }
            Source s = perf.source(r, c);
            Figure f = CellFigures.figure(cell, s, PerformanceReader.DECIMALS);
            if (f.kind() == Figure.Kind.BLANK) {
                continue;
            }
            if (isGrade(cell)) {
                printedGrade = f; // a grade with no score printed before it
                break;
            }
            score = perf.number(r, c, "总分");
            scoreCol = c;
        }
        if (score == null) {
            int at = pointsCol != null && pointsCol > labelCol ? pointsCol : labelCol + 1;
            score = new Figure(Figure.Kind.BLANK, null, PerformanceReader.DECIMALS, "", perf.source(r, at));
        } else if (printedGrade == null) {
            printedGrade = perf.gradeRightOf(r, scoreCol);
        }
        this.total = score;
        this.weights = weightSum;
        this.grade = printedGrade;
    }

    private boolean isGrade(RawCell cell) {
        return cell != null && cell.type() == RawType.TEXT && grades.contains(TextFolding.fold(cell.text()));
    }

    /** The column of the row's 总分 label. */
    private int labelCol(PerformanceGrid grid, int r) {
        for (RawCell c : b.cells(r)) {
            if (c.type() == RawType.TEXT && "summary".equals(grid.specialOf(TextFolding.fold(c.text())))) {
                return c.col();
            }
        }
        return b.minCol;
    }
}
