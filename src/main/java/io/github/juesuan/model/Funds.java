package io.github.juesuan.model;

import java.util.List;
import java.util.Objects;

/**
 * A project's funds block: the 资金总额 row and its source rows.
 *
 * @param total   the 资金总额 row
 * @param sources the source rows (单位自筹资金, 本年财政拨款, 财政专户管理资金, 上年结转资金, 其他资金), as printed
 */
public record Funds(FundsRow total, List<FundsRow> sources) {
    /**
     * Checks for nulls and copies the list.
     *
     * @param total   the 资金总额 row
     * @param sources the source rows, as printed
     * @throws NullPointerException if {@code total} or {@code sources} is null, or a source row is null
     */
    public Funds {
        Objects.requireNonNull(total, "total");
        sources = List.copyOf(sources);
    }

    /**
     * 执行率 of the 资金总额 row, in percent.
     *
     * @return the figure as printed (91.85 for {@code 91.85%}), or {@code null} where the table has no 执行率 column
     */
    public Figure executionRate() {
        return total.rate();
    }

    /**
     * 分值 / 权重 of 预算执行率: as printed on the 资金总额 row, or, where the table prints none, the template's
     * default (a NUMBER whose text says it was assumed); {@code null} where the block has no 资金总额 row.
     *
     * @return the weight in points, or {@code null} as above
     */
    public Figure weight() {
        return total.weight();
    }

    /**
     * 得分 of the 资金总额 row.
     *
     * @return the execution score in points, or {@code null} where the table has no 得分 column
     */
    public Figure score() {
        return total.score();
    }

    /**
     * 全年预算数 of the 资金总额 row.
     *
     * @return the amount in the table's unit, or {@code null} where the table has no such column
     */
    public Figure budget() {
        return total.budget();
    }

    /**
     * 全年执行数 of the 资金总额 row.
     *
     * @return the amount in the table's unit, or {@code null} where the table has no such column
     */
    public Figure executed() {
        return total.executed();
    }

    /**
     * 资金结(转)余 of the 资金总额 row.
     *
     * @return the amount in the table's unit, or {@code null} where the table has no such column
     */
    public Figure balance() {
        return total.balance();
    }
}
