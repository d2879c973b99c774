package io.github.juesuan.report;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One 项目支出绩效自评表 in a line, for ranking projects over many workbooks.
 *
 * @param project  1-based position in the workbook
 * @param name     项目名称
 * @param unit     预算单位
 * @param budget   全年预算数 (资金总额), or null when not a number
 * @param executed 全年执行数, or null
 * @param rate     执行率 in percent, or null
 * @param total    总分, or null
 * @param grade    等级 as printed, or ""
 * @param errors   ERROR findings of this project
 * @param warnings WARNING findings of this project
 */
public record ProjectSummary(int project, String name, String unit, BigDecimal budget, BigDecimal executed,
                             BigDecimal rate, BigDecimal total, String grade, int errors, int warnings) {
    /**
     * Checks for nulls.
     *
     * @param project  1-based position in the workbook
     * @param name     项目名称
     * @param unit     预算单位
     * @param budget   全年预算数, or null when not a number
     * @param executed 全年执行数, or null
     * @param rate     执行率 in percent, or null
     * @param total    总分, or null
     * @param grade    等级 as printed, or ""
     * @param errors   ERROR findings of this project
     * @param warnings WARNING findings of this project
     * @throws NullPointerException naming {@code name}, {@code unit} or {@code grade} when null
     */
    public ProjectSummary {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(grade, "grade");
    }
}
