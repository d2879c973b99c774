package io.github.juesuan.report;

import io.github.juesuan.model.Row;
import io.github.juesuan.model.Table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The sides of a table as printed. A two-sided table (01 and 04 print income on the left and expenditure on the
 * right, 06 prints three blocks side by side) has rows whose labels sit in different sheet columns on the same
 * sheet rows; each such group of rows is a side. Any other table is one side.
 */
final class TableSides {
    private TableSides() {
    }

    /**
     * The rows grouped into sides: rows by the sheet column of their label; a group joins the nearest side it
     * shares no sheet row with, else it starts a side of its own. Sides in sheet-column order, each side's rows
     * by sheet row, then in the table's order.
     */
    static List<List<Row>> of(Table table) {
        Map<Integer, List<Row>> byColumn = new TreeMap<>();
        for (Row r : table.rows()) {
            byColumn.computeIfAbsent(CellPosition.columnOf(r.source().cell()), k -> new ArrayList<>()).add(r);
        }
        List<Map.Entry<Integer, List<Row>>> groups = new ArrayList<>(byColumn.entrySet());
        groups.sort(Comparator.comparingInt((Map.Entry<Integer, List<Row>> e) -> -e.getValue().size())
                .thenComparingInt(Map.Entry::getKey));
        List<Integer> sideColumns = new ArrayList<>();
        List<List<Row>> sideRows = new ArrayList<>();
        List<Set<Integer>> sideSheetRows = new ArrayList<>();
        for (Map.Entry<Integer, List<Row>> g : groups) {
            Set<Integer> rows = new HashSet<>();
            g.getValue().forEach(r -> rows.add(CellPosition.rowOf(r.source().cell())));
            int best = -1;
            for (int s = 0; s < sideColumns.size(); s++) {
                if (disjoint(rows, sideSheetRows.get(s)) && (best < 0
                        || Math.abs(sideColumns.get(s) - g.getKey()) < Math.abs(sideColumns.get(best) - g.getKey()))) {
                    best = s;
                }
            }
            if (best < 0) {
                sideColumns.add(g.getKey());
                sideRows.add(new ArrayList<>(g.getValue()));
                sideSheetRows.add(rows);
            } else {
                sideRows.get(best).addAll(g.getValue());
                sideSheetRows.get(best).addAll(rows);
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < sideColumns.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(sideColumns::get));
        List<List<Row>> sides = new ArrayList<>();
        List<Row> printed = table.rows();
        for (int i : order) {
            List<Row> rows = sideRows.get(i);
            rows.sort(Comparator.comparingInt((Row r) -> CellPosition.rowOf(r.source().cell()))
                    .thenComparingInt(printed::indexOf));
            sides.add(rows);
        }
        return sides;
    }

    private static boolean disjoint(Set<Integer> a, Set<Integer> b) {
        for (Integer x : a) {
            if (b.contains(x)) {
                return false;
            }
        }
        return true;
    }
}
