package io.github.juesuan.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Typed view of 公开06表 一般公共预算财政拨款基本支出决算明细表: rows by economic code with the column
 * {@code amount}.
 *
 * @param table the generic table
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

    /** 人员经费合计. */
    public Optional<Figure> personnelTotal() {
        return table.figure("personnel.total", "amount");
    }

    /** 公用经费合计. */
    public Optional<Figure> publicExpensesTotal() {
        return table.figure("public.total", "amount");
    }

    /** The amount of an economic code such as {@code 301} or {@code 30217}. */
    public Optional<Figure> amount(String code) {
        return table.figure(code, "amount");
    }

    /** The rows that carry an economic code, in printed order. */
    public List<Row> rows() {
        return table.rows().stream().filter(r -> r.code() != null).toList();
    }
}
