package io.github.juesuan.model;


import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One table as read: canonical id, what it printed about itself, its columns and its rows.
 *
 * <p>This generic form is what the rule engine addresses (table id, row key / 科目代码 / 行次, column key);
 * the typed views such as {@link SummaryTable} sit on top of it.
 *
 * @param id       canonical table id
 * @param title    the title as printed
 * @param number   the printed table number such as {@code 公开01表}, or {@code null}
 * @param unitName the 部门名称/单位名称 the table prints, or {@code null}
 * @param year     the year the table prints (2024年度), or {@code null}
 * @param unit     the 金额单位 the table prints
 * @param columns  value columns in printed order
 * @param rows     rows in printed order
 * @param notes    notes printed under the table ({@code 注：…}, {@code 说明：本表无数据})
 * @param source   the cell holding the title; its sheet is the table's sheet
 */
public record Table(TableId id, String title, String number, String unitName, Integer year, AmountUnit unit,
                    List<Column> columns, List<Row> rows, List<String> notes, Source source) {
    /**
     * Checks for nulls and copies the lists.
     *
     * @param id       canonical table id
     * @param title    the title as printed
     * @param number   the printed table number, or {@code null}
     * @param unitName the 部门名称/单位名称 the table prints, or {@code null}
     * @param year     the year the table prints, or {@code null}
     * @param unit     the 金额单位 the table prints ({@link AmountUnit#UNSTATED} when none)
     * @param columns  value columns in printed order
     * @param rows     rows in printed order
     * @param notes    notes printed under the table
     * @param source   the cell holding the title; its sheet is the table's sheet
     * @throws NullPointerException if {@code id}, {@code title}, {@code unit}, {@code source} or a list is null,
     *                              or a list holds null
     */
    public Table {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(source, "source");
        columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
        rows = List.copyOf(Objects.requireNonNull(rows, "rows"));
        notes = List.copyOf(Objects.requireNonNull(notes, "notes"));
    }

    /**
     * The sheet the table is on.
     *
     * @return the sheet name of the title cell
     */
    public String sheet() {
        return source.sheet();
    }

    /**
     * The row with this canonical key.
     *
     * @param key a catalogue key ({@code inc.total}), a 科目代码 ({@code 2060799}), or {@code total}
     * @return the first row with that key, or empty when there is none
     */
    public Optional<Row> row(String key) {
        for (Row r : rows) {
            if (r.key().equals(key)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /**
     * The row printed with this 行次.
     *
     * @param line the 行次 as printed in the file (not the standard layout's)
     * @return the first row printed with that 行次, or empty when there is none
     */
    public Optional<Row> rowAtLine(int line) {
        for (Row r : rows) {
            if (r.line() != null && r.line() == line) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /**
     * The column with this canonical key.
     *
     * @param key the column key ({@code amount}, {@code total}, {@code basic}, ...)
     * @return the column, or empty when the table has none with that key
     */
    public Optional<Column> column(String key) {
        for (Column c : columns) {
            if (c.key().equals(key)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * The figure at a row key and column key.
     *
     * @param rowKey    a catalogue key, a 科目代码, or {@code total}
     * @param columnKey the column key
     * @return the figure, or empty when the row or its figure in that column is missing
     */
    public Optional<Figure> figure(String rowKey, String columnKey) {
        return row(rowKey).flatMap(r -> r.figure(columnKey));
    }

    /**
     * Whether no row carries a figure (the table is printed empty).
     *
     * @return true when every row is {@linkplain Row#isEmpty() empty}, also when there are no rows
     */
    public boolean isEmpty() {
        return rows.stream().allMatch(Row::isEmpty);
    }

    /**
     * Whether a note says the table has no data ({@code 本表无数据}).
     *
     * @return true when a note, spaces removed, contains {@code 无数据}
     */
    public boolean declaresNoData() {
        return notes.stream().anyMatch(n -> n.replace(" ", "").contains("无数据"));
    }
}
