package io.github.juesuan.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A department's (or unit's) final-accounts disclosure as read from one workbook.
 *
 * @param file        the file name as given to the reader
 * @param unitName    the 部门名称 / 单位名称 most tables print, or {@code null}
 * @param year        the year most tables print, or {@code null}
 * @param tables      the 公开 tables found, in canonical order
 * @param evaluations the 项目支出绩效自评表 found, in printed order
 * @param statements  what the words claim (情况说明 paragraphs of a text disclosure, prose text cells of the
 *                    sheets), in print order; empty when the input has no words
 */
public record Disclosure(String file,
                         @NotBlank(message = "{juesuan.disclosure.unitName}") String unitName,
                         @Min(value = 1990, message = "{juesuan.disclosure.year}")
                         @Max(value = 2100, message = "{juesuan.disclosure.year}") Integer year,
                         List<Table> tables, List<PerformanceEvaluation> evaluations,
                         List<NarrativeStatement> statements) {
    /**
     * Checks for nulls and copies the lists.
     *
     * @param file        the file name as given to the reader
     * @param unitName    the 部门名称 / 单位名称 most tables print, or {@code null}
     * @param year        the year most tables print, or {@code null}
     * @param tables      the 公开 tables found, in canonical order
     * @param evaluations the 项目支出绩效自评表 found, in printed order
     * @param statements  what the disclosure's words state (情况说明, text cells), in print order
     * @throws NullPointerException if {@code file} or either list is null, or a list holds null
     */
    public Disclosure {
        Objects.requireNonNull(file, "file");
        tables = List.copyOf(Objects.requireNonNull(tables, "tables"));
        evaluations = List.copyOf(Objects.requireNonNull(evaluations, "evaluations"));
        statements = List.copyOf(Objects.requireNonNull(statements, "statements"));
    }

    /**
     * A disclosure without words: tables and self-evaluations only.
     *
     * @param file        the file name as given to the reader
     * @param unitName    the 部门名称 / 单位名称 most tables print, or {@code null}
     * @param year        the year most tables print, or {@code null}
     * @param tables      the 公开 tables found, in canonical order
     * @param evaluations the 项目支出绩效自评表 found, in printed order
     * @throws NullPointerException if {@code file} or either list is null, or a list holds null
     */
    public Disclosure(String file, String unitName, Integer year, List<Table> tables,
                      List<PerformanceEvaluation> evaluations) {
        this(file, unitName, year, tables, evaluations, List.of());
    }

    /**
     * The table with this id, if the workbook has it.
     *
     * @param id which 公开 table
     * @return the table, or empty when the workbook does not hold it
     */
    public Optional<Table> table(TableId id) {
        Objects.requireNonNull(id, "id");
        for (Table t : tables) {
            if (t.id().equals(id)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * 公开01表 收入支出决算总表.
     *
     * @return the typed view, or empty when the workbook does not hold the table
     */
    public Optional<SummaryTable> summary() {
        return table(TableId.T01).map(SummaryTable::new);
    }

    /**
     * 公开02表 收入决算表.
     *
     * @return the typed view, or empty when the workbook does not hold the table
     */
    public Optional<CodedTable> income() {
        return table(TableId.T02).map(CodedTable::new);
    }

    /**
     * 公开03表 支出决算表.
     *
     * @return the typed view, or empty when the workbook does not hold the table
     */
    public Optional<CodedTable> expenditure() {
        return table(TableId.T03).map(CodedTable::new);
    }

    /**
     * 公开04表 财政拨款收入支出决算总表.
     *
     * @return the typed view, or empty when the workbook does not hold the table
     */
    public Optional<FiscalSummaryTable> fiscalSummary() {
        return table(TableId.T04).map(FiscalSummaryTable::new);
    }

    /**
     * 公开05表 一般公共预算财政拨款支出决算表.
     *
     * @return the typed view, or empty when the workbook does not hold the table
     */
    public Optional<CodedTable> generalBudgetExpenditure() {
        return table(TableId.T05).map(CodedTable::new);
    }

    /**
     * 公开06表 一般公共预算财政拨款基本支出决算明细表.
     *
     * @return the typed view, or empty when the workbook does not hold the table
     */
    public Optional<BasicExpenditureTable> basicExpenditure() {
        return table(TableId.T06).map(BasicExpenditureTable::new);
    }

    /**
     * 公开07表 政府性基金预算财政拨款收入支出决算表.
     *
     * @return the typed view, or empty when the workbook does not hold the table
     */
    public Optional<CodedTable> governmentFund() {
        return table(TableId.T07).map(CodedTable::new);
    }

    /**
     * 公开08表 国有资本经营预算财政拨款支出决算表.
     *
     * @return the typed view, or empty when the workbook does not hold the table
     */
    public Optional<CodedTable> stateCapital() {
        return table(TableId.T08).map(CodedTable::new);
    }

    /**
     * 公开09表 财政拨款“三公”经费支出决算表.
     *
     * @return the typed view, or empty when the workbook does not hold the table
     */
    public Optional<ThreePublicTable> threePublic() {
        return table(TableId.T09).map(ThreePublicTable::new);
    }

    /**
     * 公开10表 部门决算公开相关信息统计表.
     *
     * @return the typed view, or empty when the workbook does not hold the table
     */
    public Optional<OtherInfoTable> otherInfo() {
        return table(TableId.T10).map(OtherInfoTable::new);
    }
}
