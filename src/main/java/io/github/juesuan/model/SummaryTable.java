package io.github.juesuan.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Typed view of 公开01表 收入支出决算总表. A row the table does not print reads as absent.
 *
 * @param table the table as read, which this view reads by row and column key
 */
public record SummaryTable(Table table) {
    /**
     * Checks for null.
     *
     * @param table the table viewed
     * @throws NullPointerException when {@code table} is null
     */
    public SummaryTable {
        Objects.requireNonNull(table, "table");
    }

    private Optional<Figure> amount(String key) {
        return table.figure(key, "amount");
    }

    /**
     * 本年收入合计 (行次 27 in the standard layout).
     *
     * @return the figure, or empty when the table does not print the row
     */
    public Optional<Figure> totalIncome() {
        return amount("inc.total");
    }

    /**
     * 使用非财政拨款结余（含专用结余） (28).
     *
     * @return the figure, or empty when the table does not print the row
     */
    public Optional<Figure> surplusUsed() {
        return amount("inc.surplus");
    }

    /**
     * 年初结转和结余 (29).
     *
     * @return the figure, or empty when the table does not print the row
     */
    public Optional<Figure> openingBalance() {
        return amount("inc.opening");
    }

    /**
     * 收入总计 (31).
     *
     * @return the figure, or empty when the table does not print the row
     */
    public Optional<Figure> incomeGrandTotal() {
        return amount("inc.grand");
    }

    /**
     * 本年支出合计 (58).
     *
     * @return the figure, or empty when the table does not print the row
     */
    public Optional<Figure> totalExpenditure() {
        return amount("exp.total");
    }

    /**
     * 结余分配 (59).
     *
     * @return the figure, or empty when the table does not print the row
     */
    public Optional<Figure> surplusDistribution() {
        return amount("exp.distribution");
    }

    /**
     * 年末结转和结余 (60).
     *
     * @return the figure, or empty when the table does not print the row
     */
    public Optional<Figure> closingBalance() {
        return amount("exp.closing");
    }

    /**
     * 支出总计 (62).
     *
     * @return the figure, or empty when the table does not print the row
     */
    public Optional<Figure> expenditureGrandTotal() {
        return amount("exp.grand");
    }

    /**
     * An income row by key: {@code general}, {@code fund}, {@code soe}, {@code upper}, {@code business},
     * {@code operating}, {@code affiliated}, {@code other}.
     *
     * @param key the income row's key without its {@code inc.} prefix
     * @return the figure, or empty when the table does not print the row
     */
    public Optional<Figure> income(String key) {
        return amount("inc." + key);
    }

    /**
     * The expenditure row of a functional 类 by its 3-digit code, e.g. {@code 206} 科学技术支出.
     *
     * @param classCode the 3-digit 功能分类 类 code
     * @return the figure, or empty when the table prints no row for that 类
     */
    public Optional<Figure> expenditure(String classCode) {
        return amount("exp." + classCode);
    }
}
