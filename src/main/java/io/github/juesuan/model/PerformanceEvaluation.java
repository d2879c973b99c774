package io.github.juesuan.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One 项目支出绩效自评表 (or 部门整体支出绩效自评表: {@link Table#id()} tells them apart).
 *
 * <p>{@link #table()} is the same content in generic form for the rule engine: funds rows keyed
 * {@code total}/{@code self}/{@code fiscal}/{@code account}/{@code carryover}/{@code other} with columns
 * {@code declared}, {@code planned}, {@code budget}, {@code executed}, {@code balance}, {@code rate},
 * {@code weight} (on {@code total}: the weight of 预算执行率), {@code score}; indicator rows {@code ind.1},
 * {@code ind.2}… with columns {@code weight}, {@code points} (left out when no indicator is scored at all) and
 * {@code reason}; and, where the grid ends in a 总分 or 合计 row, the row {@code summary} with column
 * {@code total} (总分, where printed) and {@code weight} (the printed Σ 分值, where printed).
 *
 * @param table       the same content in generic form, for the rule engine
 * @param projectName 项目名称
 * @param department  主管部门及代码, or ""
 * @param unit        预算单位 / 实施单位, or ""
 * @param funds       the funds block: the 资金总额 row and its source rows
 * @param indicators  the indicators in printed order
 * @param total       总分, or empty where the table prints no 总分
 * @param grade       等级 as printed (a TEXT figure), or a BLANK figure
 */
public record PerformanceEvaluation(Table table, String projectName, String department, String unit, Funds funds,
                                    List<Indicator> indicators, Optional<Figure> total, Figure grade) {
    /**
     * Checks for nulls and copies the list.
     *
     * @param table       the same content in generic form, for the rule engine
     * @param projectName 项目名称
     * @param department  主管部门及代码, or ""
     * @param unit        预算单位 / 实施单位, or ""
     * @param funds       the funds block: the 资金总额 row and its source rows
     * @param indicators  the indicators in printed order
     * @param total       总分, or empty where the table prints no 总分
     * @param grade       等级 as printed (a TEXT figure), or a BLANK figure
     * @throws NullPointerException if an argument is null or an indicator is null
     */
    public PerformanceEvaluation {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(projectName, "projectName");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(funds, "funds");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(grade, "grade");
        indicators = List.copyOf(indicators);
    }
}
