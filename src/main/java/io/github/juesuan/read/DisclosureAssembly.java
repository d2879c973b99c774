package io.github.juesuan.read;

import io.github.juesuan.model.AmountUnit;
import io.github.juesuan.model.Disclosure;
import io.github.juesuan.model.NarrativeStatement;
import io.github.juesuan.model.PerformanceEvaluation;
import io.github.juesuan.model.Problem;
import io.github.juesuan.model.Row;
import io.github.juesuan.model.Table;
import io.github.juesuan.model.TableId;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The disclosure made of what the sheets gave: its tables in {@link TableId} order, one of each (a catalogue kind
 * declared {@code instead-of} a standard table standing in for it); the unit and year most of its tables print; and
 * the problems of the whole set (a table twice, tables that disagree on the unit, the year or the amount unit,
 * tables of the 01–09 set absent, no table at all).
 */
final class DisclosureAssembly {
    private DisclosureAssembly() {
    }

    /** Orders the tables, drops duplicates, and notes absent tables and disagreeing names and years. */
    static Disclosure assemble(String file, SheetReader read, List<Problem> problems,
                               List<NarrativeStatement> statements) {
        List<Table> found = insteadOf(read.tables);
        List<PerformanceEvaluation> evaluations = read.evaluations;
        Map<TableId, Table> byId = new TreeMap<>();
        for (Table t : found) {
            Table first = byId.putIfAbsent(t.id(), t);
            if (first != null && continuation(t) && first.columns().equals(t.columns())) {
                byId.put(t.id(), continued(first, t, problems));
            } else if (first != null) {
                problems.add(ReadingProblems.duplicateTable(t.source(), t.id(), first.source()));
            }
        }
        List<Table> tables = new ArrayList<>(byId.values());
        String unitName = majority(tables.stream().map(Table::unitName).toList());
        if (unitName == null) {
            // no table prints a 部门名称 field or a title naming the unit: a heading line, then the 绩效表's 实施单位
            unitName = majority(read.headingUnits);
        }
        if (unitName == null) {
            unitName = majority(read.perfUnits);
        }
        Integer year = majority(tables.stream().map(Table::year).toList());
        // The rule engine compares a table printed in 元 with ones in 万元 after converting it; the user should
        // still hear that the workbook mixes units (usually one table was pasted from another template).
        AmountUnit amountUnit = majority(tables.stream().map(Table::unit).filter(u -> u != AmountUnit.UNSTATED).toList());
        for (Table t : tables) {
            if (amountUnit != null && t.unit() != AmountUnit.UNSTATED && t.unit() != amountUnit) {
                problems.add(ReadingProblems.amountUnitMismatch(t.source(), t.id(), t.unit(), amountUnit));
            }
        }
        for (Table t : tables) {
            if (t.unitName() != null && unitName != null && !t.unitName().equals(unitName)) {
                problems.add(ReadingProblems.unitMismatch(t.source(), t.id(), t.unitName(), unitName));
            }
            if (t.year() != null && year != null && !t.year().equals(year)) {
                problems.add(ReadingProblems.yearMismatch(t.source(), t.id(), t.year(), year));
            }
        }
        // 01–09 are published everywhere, 10 only in Shanxi; a unit may publish a part of the set (a 绩效表 on its
        // own is normal), so what a workbook of the 01–09 set lacks is one note, and nothing for any other set.
        List<TableId> absent = new ArrayList<>();
        boolean standardSet = false;
        for (TableId id : TableId.standard()) {
            if (id.compareTo(TableId.T09) <= 0) {
                if (byId.containsKey(id)) {
                    standardSet = true;
                } else {
                    absent.add(id);
                }
            }
        }
        if (standardSet && !absent.isEmpty()) {
            problems.add(ReadingProblems.tablesAbsent(file, absent));
        }
        if (tables.isEmpty() && evaluations.isEmpty()) {
            problems.add(ReadingProblems.noTables(file));
        }
        return new Disclosure(file, unitName, year, tables, evaluations, statements);
    }

    /**
     * A catalogue kind declared {@code instead-of} a standard table is read as that table where the workbook
     * holds none of it (and stays a kind of its own where it does). Tables of the generic kind are different
     * tables, not copies: the second is CODED.2, the third CODED.3.
     */
    private static List<Table> insteadOf(List<Table> found) {
        Set<TableId> ids = new HashSet<>();
        found.forEach(t -> ids.add(t.id()));
        List<Table> out = new ArrayList<>(found.size());
        int generic = 0;
        for (Table t : found) {
            Catalogue.TableDef def = Catalogue.standard().table(t.id());
            TableId standard = def == null ? null : def.insteadOf();
            if (standard != null && !ids.contains(standard)) {
                ids.add(standard);
                t = withId(t, standard);
            } else if (def != null && def.generic() && ++generic > 1) {
                t = withId(t, TableId.of(t.id().code() + "." + generic, t.id().title()));
            }
            out.add(t);
        }
        return out;
    }

    private static Table withId(Table t, TableId id) {
        return new Table(id, t.title(), t.number(), t.unitName(), t.year(), t.unit(), t.columns(), t.rows(), t.notes(),
                t.source());
    }

    private static <T> T majority(List<T> values) {
        Map<T, Integer> counts = new HashMap<>();
        T best = null;
        int bestCount = 0;
        for (T v : values) {
            if (v == null) {
                continue;
            }
            int c = counts.merge(v, 1, Integer::sum);
            if (c > bestCount) {
                best = v;
                bestCount = c;
            }
        }
        return best;
    }

    /**
     * Whether a table's title marks it as the rest of a table begun before it: a long table printed over two
     * sheets or pages repeats its title with 续 or 续表 (支出决算表（续）, 支出决算表(续表)).
     */
    private static boolean continuation(Table t) {
        String f = TextFolding.fold(t.title());
        return f.endsWith("(续)") || f.endsWith("(续表)") || f.endsWith("续表");
    }

    /** A table and its continuation as one: the rows of both, a row of the same key read once (the first). */
    private static Table continued(Table first, Table rest, List<Problem> problems) {
        List<Row> rows = new ArrayList<>(first.rows());
        Set<String> keys = new HashSet<>();
        first.rows().forEach(r -> keys.add(r.key()));
        for (Row r : rest.rows()) {
            if (keys.add(r.key())) {
                rows.add(r);
            } else {
                problems.add(ReadingProblems.duplicateRow(r.source(), rest.id(),
                        r.code() != null ? r.code() : r.label().strip()));
            }
        }
        List<String> notes = new ArrayList<>(first.notes());
        notes.addAll(rest.notes());
        return new Table(first.id(), first.title(), first.number(), first.unitName(), first.year(), first.unit(),
                first.columns(), rows, notes, first.source());
    }
}
