package io.github.juesuan.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Typed view of 公开06表 一般公共预算财政拨款基本支出决算明细表: rows by economic code with the column
 * {@code amount}.
 *
 * @param table the table as read, which this view reads by row and column key
 */
public record BasicExpenditureTable(Table table) {
    /**
     * Checks for null.
     *
     * @param table the table viewed
     * @throws NullPointerException when {@code table} is null
     */
    public BasicExpenditureTable {
        Objects.requireNonNull(table, "table");
    }

    /**
     * 人员经费合计.
     *
     * @return the figure in column {@code amount}, or empty when the table has no such row
     */
    public Optional<Figure> personnelTotal() {
        return table.figure("personnel.total", "amount");
    }

    /**
     * 公用经费合计.
     *
     * @return the figure in column {@code amount}, or empty when the table has no such row
     */
    public Optional<Figure> publicExpensesTotal() {
        return table.figure("public.total", "amount");
    }

    /**
     * The amount of an economic code such as {@code 301} or {@code 30217}.
     *
     * @param code the 经济分类科目 code as printed: 3 digits for a 类, 5 for a 款
     * @return the figure in column {@code amount}, or empty when the table has no row with that code
     */
    public Optional<Figure> amount(String code) {
        return table.figure(code, "amount");
    }

    /**
     * The rows that carry an economic code, in printed order.
     *
     * @return the rows whose {@link Row#code()} is set; empty when there are none
     */
    public List<Row> rows() {
        return table.rows().stream().filter(r -> r.code() != null).toList();
    }
}
