package io.github.juesuan.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Typed view of 公开04表 财政拨款收入支出决算总表. Expenditure rows have the columns {@code total},
 * {@code general}, {@code fund} and {@code soe}; income rows the column {@code amount}.
 *
 * @param table the generic table
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

    /** 本年收入合计. */
    public Optional<Figure> totalIncome() {
        return table.figure("inc.total", "amount");
    }

    /** 年初财政拨款结转和结余. */
    public Optional<Figure> openingBalance() {
        return table.figure("inc.opening", "amount");
    }

    /** 收入总计. */
    public Optional<Figure> incomeGrandTotal() {
        return table.figure("inc.grand", "amount");
    }

    /** 本年支出合计 in a column ({@code total}, {@code general}, {@code fund}, {@code soe}). */
    public Optional<Figure> totalExpenditure(String column) {
        return table.figure("exp.total", column);
    }

    /** 年末财政拨款结转和结余 in a column. */
    public Optional<Figure> closingBalance(String column) {
        return table.figure("exp.closing", column);
    }

    /** 支出总计 in a column. */
    public Optional<Figure> expenditureGrandTotal(String column) {
        return table.figure("exp.grand", column);
    }

    /** The expenditure row of a functional 类 in a column. */
    public Optional<Figure> expenditure(String classCode, String column) {
        return table.figure("exp." + classCode, column);
    }
}
