package io.github.juesuan.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Typed view of 公开04表 财政拨款收入支出决算总表. Expenditure rows have the columns {@code total},
 * {@code general}, {@code fund} and {@code soe}; income rows the column {@code amount}.
 *
 * @param table the table as read, which this view reads by row and column key
 */
public record FiscalSummaryTable(Table table) {
    /**
     * Checks for null.
     *
     * @param table the table viewed
     * @throws NullPointerException when {@code table} is null
     */
    public FiscalSummaryTable {
        Objects.requireNonNull(table, "table");
    }

    /**
     * 本年收入合计.
     *
     * @return the figure in column {@code amount}, or empty when the table has no such row
     */
    public Optional<Figure> totalIncome() {
        return table.figure("inc.total", "amount");
    }

    /**
     * 年初财政拨款结转和结余.
     *
     * @return the figure in column {@code amount}, or empty when the table has no such row
     */
    public Optional<Figure> openingBalance() {
        return table.figure("inc.opening", "amount");
    }

    /**
     * 收入总计.
     *
     * @return the figure in column {@code amount}, or empty when the table has no such row
     */
    public Optional<Figure> incomeGrandTotal() {
        return table.figure("inc.grand", "amount");
    }

    /**
     * 本年支出合计 in a column.
     *
     * @param column the column key: {@code total}, {@code general}, {@code fund} or {@code soe}
     * @return the figure, or empty when the table has no such row or column
     */
    public Optional<Figure> totalExpenditure(String column) {
        return table.figure("exp.total", column);
    }

    /**
     * 年末财政拨款结转和结余 in a column.
     *
     * @param column the column key: {@code total}, {@code general}, {@code fund} or {@code soe}
     * @return the figure, or empty when the table has no such row or column
     */
    public Optional<Figure> closingBalance(String column) {
        return table.figure("exp.closing", column);
    }

    /**
     * 支出总计 in a column.
     *
     * @param column the column key: {@code total}, {@code general}, {@code fund} or {@code soe}
     * @return the figure, or empty when the table has no such row or column
     */
    public Optional<Figure> expenditureGrandTotal(String column) {
        return table.figure("exp.grand", column);
    }

    /**
     * The expenditure row of a functional 类 in a column.
     *
     * @param classCode the 3-digit 功能分类 类 code ({@code 201}, {@code 208}, ...)
     * @param column    the column key: {@code total}, {@code general}, {@code fund} or {@code soe}
     * @return the figure, or empty when the table has no row for that 类 or no such column
     */
    public Optional<Figure> expenditure(String classCode, String column) {
        return table.figure("exp." + classCode, column);
    }
}
