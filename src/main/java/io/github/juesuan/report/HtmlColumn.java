package io.github.juesuan.report;

import io.github.juesuan.model.Column;
import io.github.juesuan.model.Row;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One column of a table on the HTML page: a label column (科目代码, 项目, 行次) or a value column, with its header
 * label split into levels at {@code /} (a column under a header printed on several rows has the labels of those rows
 * joined by {@code /}), its 栏次, how many page columns it spans, and whether it starts a side of a two-sided table.
 */
record HtmlColumn(Kind kind, String key, String[] levels, Integer number, int width, boolean sideStart) {
    /** What a column shows: a row's 科目代码, its label, its 行次, or the figures of one table column. */
    enum Kind { CODE, LABEL, LINE, VALUE }

    /** The label columns (科目代码, 项目, 行次) a set of rows needs. */
    static List<HtmlColumn> labels(List<Row> rows, boolean sideStart, Lang lang) {
        List<HtmlColumn> cols = new ArrayList<>();
        boolean code = rows.stream().anyMatch(r -> r.code() != null);
        boolean line = rows.stream().anyMatch(r -> r.line() != null);
        if (code) {
            cols.add(new HtmlColumn(Kind.CODE, "", new String[]{ReportWords.of(lang).get("html.column.code")}, null, 1, sideStart));
        }
        cols.add(new HtmlColumn(Kind.LABEL, "", new String[]{ReportWords.of(lang).get("html.column.item")}, null, 1, sideStart && !code));
        if (line) {
            cols.add(new HtmlColumn(Kind.LINE, "", new String[]{ReportWords.of(lang).get("html.column.line")}, null, 1, false));
        }
        return cols;
    }

    /**
     * The value columns the rows have figures in, in the order their cells are printed (sheet column, then the
     * table's column order): a 绩效自评表 lists 偏差原因 among the funds columns, but prints it after the 得分.
     */
    static List<Column> printedValues(List<Row> rows, List<Column> columns) {
        Map<String, Integer> at = new HashMap<>();
        for (Row r : rows) {
            r.figures().forEach((key, f) -> at.merge(key, CellPosition.columnOf(f.source().cell()), Math::min));
        }
        List<Column> out = new ArrayList<>(columns.stream().filter(c -> at.containsKey(c.key())).toList());
        out.sort(Comparator.comparingInt((Column c) -> at.get(c.key())));
        return out;
    }

    /** The value column of a table column, spanning {@code width} page columns. */
    static HtmlColumn value(Column c, int width) {
        String[] levels = Arrays.stream(c.label().split("/")).map(String::strip).filter(s -> !s.isEmpty())
                .toArray(String[]::new);
        if (levels.length == 0) {
            levels = new String[]{c.key()};
        }
        return new HtmlColumn(Kind.VALUE, c.key(), levels, c.number(), width, false);
    }

    /** A blank value column spanning {@code width} page columns, for a block whose rows have no figures. */
    static HtmlColumn blank(int width) {
        return new HtmlColumn(Kind.VALUE, "", new String[]{""}, null, width, false);
    }
}
