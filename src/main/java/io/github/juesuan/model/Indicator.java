package io.github.juesuan.model;

import java.util.Objects;

/**
 * One performance indicator (三级指标) with its targets, weight and points.
 *
 * @param level1         一级指标 (产出指标, 效益指标, 满意度指标…)
 * @param level2         二级指标 (数量指标, 社会效益…)
 * @param level3         三级指标: the indicator's own name
 * @param initialTarget  年初指标值
 * @param adjustedTarget 调整后指标值, or ""
 * @param actual         实际完成值
 * @param explanation    定性指标情况说明, or ""
 * @param weight         分值
 * @param points         得分
 * @param reason         偏差原因分析及改进措施, or ""
 * @param source         the cell holding the indicator's name
 */
public record Indicator(String level1, String level2, String level3, String initialTarget, String adjustedTarget,
                        String actual, String explanation, Figure weight, Figure points, String reason,
                        Source source) {
    /**
     * Checks for nulls.
     *
     * @param level1         一级指标
     * @param level2         二级指标
     * @param level3         三级指标: the indicator's own name
     * @param initialTarget  年初指标值
     * @param adjustedTarget 调整后指标值, or ""
     * @param actual         实际完成值
     * @param explanation    定性指标情况说明, or ""
     * @param weight         分值
     * @param points         得分
     * @param reason         偏差原因分析及改进措施, or ""
     * @param source         the cell holding the indicator's name
     * @throws NullPointerException if any argument is null
     */
    public Indicator {
        Objects.requireNonNull(level1, "level1");
        Objects.requireNonNull(level2, "level2");
        Objects.requireNonNull(level3, "level3");
        Objects.requireNonNull(initialTarget, "initialTarget");
        Objects.requireNonNull(adjustedTarget, "adjustedTarget");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(source, "source");
    }
}
