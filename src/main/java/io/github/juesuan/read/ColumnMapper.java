package io.github.juesuan.read;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** Maps a table's value columns to the catalogue's columns: by header words, then by printed 栏次. */
final class ColumnMapper {
    private final TableReader reader;

    ColumnMapper(TableReader reader) {
        this.reader = reader;
    }

    /**
     * Maps candidate value columns to catalogue columns, filling {@code cols}/{@code defs} in column order;
     * returns the columns left unmapped. Where no column names itself and the table has a single value
     * column (01's 金额, 06's 决算数), the first candidate is taken as that column: an unusual header must not
     * lose a whole table, but an extra column beside a recognised one must not replace it either.
     */
    List<Integer> map(List<Integer> candidates, List<Integer> cols, List<Catalogue.ColumnDef> defs) {
        Block b = reader.b;
        if (b.def.generic()) {
            byHeaderText(candidates, cols, defs);
            return List.of();
        }
        List<Integer> unknown = new ArrayList<>();
        TreeMap<Integer, Catalogue.ColumnDef> mapped = new TreeMap<>();
        for (int c : candidates) {
            Catalogue.ColumnDef def = map(c);
            if (def == null) {
                unknown.add(c);
            } else {
                mapped.put(c, def);
            }
        }
        if (mapped.isEmpty() && !unknown.isEmpty() && b.def.columns().size() == 1) {
            int c = unknown.remove(0);
            mapped.put(c, b.def.columns().get(0));
            reader.problems.add(ReadingProblems.columnByPosition(reader.headerSource(c), b.label(c)));
        }
        cols.addAll(mapped.keySet());
        defs.addAll(mapped.values());
        return unknown;
    }

    /** A generic table's columns: each keyed by its folded header path (一般公共预算/基本支出), made unique. */
    private void byHeaderText(List<Integer> candidates, List<Integer> cols, List<Catalogue.ColumnDef> defs) {
        Block b = reader.b;
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (Catalogue.ColumnDef d : defs) {
            keys.add(d.key());
        }
        for (int c : candidates) {
            String key = String.join("/", b.foldedPath(c));
            if (key.isEmpty()) {
                key = CellRefs.column(c);
            }
            if (!keys.add(key)) {
                key = key + "@" + CellRefs.column(c);
                keys.add(key);
            }
            cols.add(c);
            defs.add(new Catalogue.ColumnDef(key, null, List.of(new Catalogue.Alias(b.leaf(c), null))));
        }
    }

    /** Maps a column's header path to a catalogue column; by 栏次 where the header fails. */
    Catalogue.ColumnDef map(int col) {
        Block b = reader.b;
        Catalogue.ColumnDef byHeader = b.mapByHeader(col, b.def.columns());
        if (byHeader != null) {
            return byHeader;
        }
        List<String> path = b.foldedPath(col);
        Integer number = b.columnNumber(col);
        if (number != null && !path.isEmpty()) {
            for (Catalogue.ColumnDef def : b.def.columns()) {
                if (number.equals(def.number())) {
                    reader.problems.add(ReadingProblems.columnByNumber(reader.headerSource(col), b.label(col), number, def));
                    return def;
                }
            }
        }
        return null;
    }
}
