package io.github.juesuan.model;

import java.util.Objects;

/**
 * One row of a project's funds block (资金总额 or one of its sources). A figure is {@code null} where the
 * table has no such column.
 *
 * @param key      {@code total}, {@code self}, {@code fiscal}, {@code account} (财政专户管理资金), {@code carryover} or
 *                 {@code other}
 * @param label    the label as printed
 * @param declared 年初预算数 · 目标申报数
 * @param planned  年初预算数 · 预算编制数 (or a single 年初预算数)
 * @param budget   全年预算数
 * @param executed 全年执行数
 * @param balance  资金结(转)余
 * @param rate     执行率 in percent
 * @param weight   分值 / 权重 of 预算执行率 (printed on the 资金总额 row; there, where the table prints none, the
 *                 template's default, a NUMBER whose text says it was assumed)
 * @param score    得分 (the execution score)
 * @param reason   偏差原因, or ""
 */
public record FundsRow(String key, String label, Figure declared, Figure planned, Figure budget, Figure executed,
                       Figure balance, Figure rate, Figure weight, Figure score, String reason) {
    /**
     * Checks for nulls where a value is always present.
     *
     * @param key      {@code total}, {@code self}, {@code fiscal}, {@code account}, {@code carryover} or
     *                 {@code other}
     * @param label    the label as printed
     * @param declared 年初预算数 · 目标申报数, or {@code null} where the table has no such column
     * @param planned  年初预算数 · 预算编制数 (or a single 年初预算数), or {@code null}
     * @param budget   全年预算数, or {@code null}
     * @param executed 全年执行数, or {@code null}
     * @param balance  资金结(转)余, or {@code null}
     * @param rate     执行率 in percent, or {@code null}
     * @param weight   分值 / 权重 of 预算执行率, or {@code null}
     * @param score    得分 (the execution score), or {@code null}
     * @param reason   偏差原因, or ""
     * @throws NullPointerException if {@code key}, {@code label} or {@code reason} is null
     */
    public FundsRow {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(reason, "reason");
    }
}
