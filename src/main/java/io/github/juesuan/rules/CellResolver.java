package io.github.juesuan.rules;

import io.github.juesuan.model.AmountUnit;
import io.github.juesuan.model.Column;
import io.github.juesuan.model.Disclosure;
import io.github.juesuan.model.Figure;
import io.github.juesuan.model.PerformanceEvaluation;
import io.github.juesuan.model.Row;
import io.github.juesuan.model.Table;
import io.github.juesuan.model.TableId;
import io.github.juesuan.text.Labels;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the cells a rule's references name in one disclosure (and one 绩效自评表 project): tables, rows by 行次,
 * 科目代码, key or label, columns by 栏次, key or header, sets of rows, and the current row and column of the
 * instance being evaluated.
 */
final class CellResolver {
    private final Disclosure d;
    private final PerformanceEvaluation project;
    /** The table whose rows the rule's scope takes in turn, or null. */
    private Table scopeTable;
    /** The table whose columns a {@code .*} takes in turn, for naming the instance. */
    private Table columnTable;
    /** Whether the instance is one of several (rows of a scope, columns of a {@code .*}). */
    private boolean iterating;
    private Row current;
    private String anyColumn;
    /** The last table looked up, and its id: most references of a rule name one table. */
    private TableId lastId;
    private Table lastTable;
    /** The last parent whose children were taken, and them: every column of a row takes the same children. */
    private Row lastParent;
    private List<Row> lastChildren;
    /** The last other set of rows taken, of which table, and its rows. */
    private RowSet lastSet;
    private Table lastSetTable;
    private List<Row> lastMembers;
    /** The table whose children are indexed, and the index: a code → its children's rows. */
    private Table indexedTable;
    private Map<String, List<Row>> childrenByCode;

    CellResolver(Disclosure d, PerformanceEvaluation project) {
        this.d = d;
        this.project = project;
    }

    /**
     * Starts another rule: no scope, no {@code .*}, no current row or column. What was looked up in the disclosure
     * (the last table, set of rows, children) stays: it does not depend on the rule.
     */
    void reset() {
        scopeTable = null;
        columnTable = null;
        iterating = false;
        current = null;
        anyColumn = null;
    }

    void scope(Table scope) {
        this.scopeTable = scope;
        this.iterating = true;
    }

    void columns(Table columns) {
        this.columnTable = columns;
        this.iterating = true;
    }

    /** The row and column of the instance about to be evaluated (null: none). */
    void at(Row row, String column) {
        this.current = row;
        this.anyColumn = column;
    }

    boolean iterating() {
        return iterating;
    }

    PerformanceEvaluation project() {
        return project;
    }

    Optional<Table> table(TableId id) {
        return Optional.ofNullable(tableOrNull(id));
    }

    /** The table, or null where the disclosure (or the project) does not print it. */
    Table tableOrNull(TableId id) {
        if (id == lastId) {
            return lastTable;
        }
        Table t = null;
        if (id == TableId.PERF) {
            t = project == null ? null : project.table();
        } else {
            for (Table candidate : d.tables()) {
                if (candidate.id().equals(id)) {
                    t = candidate;
                    break;
                }
            }
        }
        lastId = id;
        lastTable = t;
        return t;
    }

    /** Whether the tables print amounts in both 元 and 万元 (figures in 元 are then compared in 万元). */
    boolean mixedUnits(List<TableId> tables) {
        AmountUnit seen = null;
        for (int i = 0, n = tables.size(); i < n; i++) {
            Table t = tableOrNull(tables.get(i));
            if (t != null && t.unit() != AmountUnit.UNSTATED) {
                if (seen != null && seen != t.unit()) {
                    return true;
                }
                seen = t.unit();
            }
        }
        return false;
    }

    /** Which row/column of the scope the current instance is, e.g. {@code 206 科学技术支出 / 本年支出合计}, or "". */
    String describe() {
        StringBuilder sb = new StringBuilder();
        if (current != null) {
            sb.append(rowName(current));
        }
        if (anyColumn != null) {
            Table t = columnTable != null ? columnTable : scopeTable;
            String label = t == null ? anyColumn : t.column(anyColumn).map(Column::label).orElse(anyColumn);
            if (sb.length() > 0) {
                sb.append(" / ");
            }
            sb.append(label);
        }
        return sb.toString();
    }

    /** The cell of a reference, the table without the row or figure, or why it cannot be found. */
    Located locate(Expr.Ref r) {
        Optional<Table> t = table(r.table());
        if (t.isEmpty()) {
            return new Result.Absent(r.table());
        }
        if (!canTake(r.row())) {
            return Result.NotApplicable.INSTANCE;
        }
        Row row = row(t.get(), r.row());
        return row == null ? new Located.Found(t.get(), null, null) : cell(t.get(), row, r.column());
    }

    /** The figure of a row in the column a selector names (the figure null where the row has none). */
    Located cell(Table t, Row row, ColumnSelector sel) {
        if (ambiguous(row, sel)) {
            return new Result.NotEvaluable(
                    RulesMessages.ZH.get("reason.severalColumns", t.id().code(), row.label().strip()),
                    RulesMessages.EN.get("reason.severalColumns", t.id().code(), row.key()));
        }
        return new Located.Found(t, row, column(t, row, sel));
    }

    /** Whether a column selector leaves the column unsaid in a row of several: the row's only figure, of many. */
    static boolean ambiguous(Row row, ColumnSelector sel) {
        return sel instanceof ColumnSelector.OnlyColumn && row.figures().size() > 1;
    }

    /** Whether a row can be taken here: one relative to the current row ({@code same}, the scope's) needs one. */
    boolean canTake(RowSelector sel) {
        return current != null || !(sel instanceof RowSelector.Same || sel instanceof RowSelector.Current);
    }

    /** The row a selector names, or null; a relative one only where {@link #canTake} says so. */
    Row row(Table t, RowSelector sel) {
        if (sel instanceof RowSelector.Line l) {
            for (Row r : t.rows()) {
                if (r.standardLine() != null ? r.standardLine() == l.line() : r.line() != null && r.line() == l.line()) {
                    return r;
                }
            }
            return null;
        }
        if (sel instanceof RowSelector.Code c) {
            for (Row r : t.rows()) {
                if (c.code().equals(r.code()) || c.code().equals(r.key())) {
                    return r;
                }
            }
            return null;
        }
        if (sel instanceof RowSelector.Key k) {
            return rowByKey(t, k.key());
        }
        if (sel instanceof RowSelector.Label l) {
            String want = Labels.withoutParenthetical(Labels.fold(l.label()));
            for (Row r : t.rows()) {
                if (Labels.withoutParenthetical(Labels.fold(r.label())).equals(want)) {
                    return r;
                }
            }
            return null;
        }
        if (sel instanceof RowSelector.Current && t == scopeTable) {
            return current;
        }
        // same (or a current-row reference into another table): the row with the current code or key
        if (current.code() != null) {
            for (Row r : t.rows()) {
                if (current.code().equals(r.code()) || current.code().equals(r.key())) {
                    return r;
                }
            }
        }
        return rowByKey(t, current.key());
    }

    private static Row rowByKey(Table t, String key) {
        for (Row r : t.rows()) {
            if (r.key().equals(key)) {
                return r;
            }
        }
        return null;
    }

    /** The figure of a row in the column a selector names, or null (the first of several: see {@link #ambiguous}). */
    Figure column(Table t, Row row, ColumnSelector sel) {
        if (sel instanceof ColumnSelector.ColumnKey k) {
            return row.figures().get(k.key());
        }
        if (sel instanceof ColumnSelector.AnyColumn) {
            return anyColumn == null ? null : row.figures().get(anyColumn);
        }
        if (sel instanceof ColumnSelector.ColumnNumber n) {
            // the column of that standard 栏次 first: a column the template does not number (Yunnan's 05 prints
            // 年初结转和结余 as 栏次 1 before its 本年支出 小计) answers to its printed 栏次 only where none does
            for (int pass = 0; pass < 2; pass++) {
                for (Column c : t.columns()) {
                    Integer number = pass == 0 ? c.standardNumber() : c.standardNumber() == null ? c.number() : null;
                    if (number != null && number == n.number() && row.figures().containsKey(c.key())) {
                        return row.figures().get(c.key());
                    }
                }
            }
            return null;
        }
        if (sel instanceof ColumnSelector.ColumnLabel l) {
            String want = Labels.fold(l.label());
            for (Column c : t.columns()) {
                String label = Labels.fold(c.label());
                if ((label.equals(want) || label.endsWith("/" + want)) && row.figures().containsKey(c.key())) {
                    return row.figures().get(c.key());
                }
            }
            return null;
        }
        // the row's only figure (several: see cell)
        return row.figures().isEmpty() ? null : row.figures().values().iterator().next();
    }

    private static final RowSelector.Same SAME = new RowSelector.Same();

    /** Whether a set of rows can be taken here: {@code children} needs a parent row. */
    static boolean applies(RowSet set, Row parent) {
        return !(set instanceof RowSet.Children) || parent != null;
    }

    /**
     * A row as findings name it: its 科目代码 (unless the label begins with it), then its label, or its key where
     * it prints none ({@code 206 科学技术支出}).
     */
    static String rowName(Row row) {
        String label = row.label().strip();
        String name = label.isEmpty() ? row.key() : label;
        return row.code() != null && !row.label().startsWith(row.code()) ? row.code() + " " + name : name;
    }

    /** The current row of the instance, or null. */
    Row current() {
        return current;
    }

    /**
     * The rows of a set, in table order; {@code parent}: the row whose children {@code children} takes. The list
     * is shared: the same set of the same table (the same parent's children) is taken once, however many columns
     * and rows of the instance take it.
     */
    List<Row> members(Table t, RowSet set, Row parent) {
        if (set instanceof RowSet.Children) {
            Row p = t == scopeTable ? parent : row(t, SAME);
            if (p == null) {
                return List.of();
            }
            if (p != lastParent) {
                lastChildren = children(t, p);
                lastParent = p;
            }
            return lastChildren;
        }
        if (t != lastSetTable || set != lastSet) {
            lastMembers = rowsOf(t, set);
            lastSetTable = t;
            lastSet = set;
        }
        return lastMembers;
    }

    private List<Row> rowsOf(Table t, RowSet set) {
        List<Row> out = new ArrayList<>();
        if (set instanceof RowSet.LineRange r) {
            for (Row row : t.rows()) {
                Integer line = row.standardLine() != null ? row.standardLine() : row.line();
                if (line != null && line >= r.from() && line <= r.to()) {
                    out.add(row);
                }
            }
        } else if (set instanceof RowSet.Classes) {
            // the top of the printed code hierarchy: the 类 rows, and a 款 or 项 whose 类 (and 款) are not printed
            // (tables listing 项 only); a total is the sum of these
            Set<String> codes = new HashSet<>();
            t.rows().forEach(r -> {
                if (r.code() != null) {
                    codes.add(r.code());
                }
            });
            for (Row r : t.rows()) {
                String c = r.code();
                int n = c == null ? 0 : c.length();
                if (n == 3 || (n == 5 || n == 7) && !codes.contains(c.substring(0, 3))
                        && (n == 5 || !codes.contains(c.substring(0, 5)))) {
                    out.add(r);
                }
            }
        } else if (set instanceof RowSet.Parents) {
            for (Row row : t.rows()) {
                if (row.code() != null && !children(t, row).isEmpty()) {
                    out.add(row);
                }
            }
        } else if (set instanceof RowSet.KeyPrefix k) {
            t.rows().stream().filter(r -> r.key().startsWith(k.prefix())).forEach(out::add);
        } else {
            out.addAll(t.rows());
        }
        return out;
    }

    /**
     * The rows whose 科目代码 is the parent's and two more digits, in table order, each code once. The children of
     * every code of a table are indexed on the table's first look-up: taking them row by row would scan the table
     * once per parent.
     */
    private List<Row> children(Table t, Row parent) {
        String code = parent.code();
        if (code == null) {
            return List.of();
        }
        if (t != indexedTable) {
            childrenByCode = childrenByCode(t);
            indexedTable = t;
        }
        return childrenByCode.getOrDefault(code, List.of());
    }

    private static Map<String, List<Row>> childrenByCode(Table t) {
        Map<String, List<Row>> byParent = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (Row r : t.rows()) {
            String c = r.code();
            if (c != null && c.length() > 2 && seen.add(c)) {
                byParent.computeIfAbsent(c.substring(0, c.length() - 2), k -> new ArrayList<>()).add(r);
            }
        }
        return byParent;
    }
}
