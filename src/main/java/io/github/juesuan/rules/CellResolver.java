package io.github.juesuan.rules;

import io.github.juesuan.model.Column;
import io.github.juesuan.model.Disclosure;
import io.github.juesuan.model.Figure;
import io.github.juesuan.model.Labels;
import io.github.juesuan.model.PerformanceEvaluation;
import io.github.juesuan.model.Row;
import io.github.juesuan.model.Table;
import io.github.juesuan.model.TableId;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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

    CellResolver(Disclosure d, PerformanceEvaluation project) {
        this.d = d;
        this.project = project;
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
        if (id == TableId.PERF) {
            return Optional.ofNullable(project).map(PerformanceEvaluation::table);
        }
        return d.table(id);
    }

    /** Which row/column of the scope the current instance is, e.g. {@code 206 科学技术支出 / 本年支出合计}, or "". */
    String describe() {
        StringBuilder sb = new StringBuilder();
        if (current != null) {
            if (current.code() != null && !current.label().startsWith(current.code())) {
                sb.append(current.code()).append(' ');
            }
            sb.append(current.label().strip().isEmpty() ? current.key() : current.label().strip());
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
        if (current == null && relative(r.row())) {
            return Result.NotApplicable.INSTANCE;
        }
        Row row = row(t.get(), r.row());
        return row == null ? new Located.Found(t.get(), null, null) : cell(t.get(), row, r.column());
    }

    /** The figure of a row in the column a selector names (the figure null where the row has none). */
    Located cell(Table t, Row row, Expr.ColumnSelector sel) {
        if (sel instanceof Expr.OnlyColumn && row.figures().size() > 1) {
            return new Result.NotEvaluable("表" + t.id().code() + "的「" + row.label().strip() + "」行有多个栏，请指明哪一栏",
                    "row " + row.key() + " of table " + t.id().code() + " has several columns: name one");
        }
        return new Located.Found(t, row, column(t, row, sel));
    }

    /** Whether a row selector names a row relative to the current one ({@code same}, the scope's row). */
    private static boolean relative(Expr.RowSelector sel) {
        return sel instanceof Expr.Same || sel instanceof Expr.Current;
    }

    private Row row(Table t, Expr.RowSelector sel) {
        if (sel instanceof Expr.Line l) {
            for (Row r : t.rows()) {
                if (r.standardLine() != null ? r.standardLine() == l.line() : r.line() != null && r.line() == l.line()) {
                    return r;
                }
            }
            return null;
        }
        if (sel instanceof Expr.Code c) {
            for (Row r : t.rows()) {
                if (c.code().equals(r.code()) || c.code().equals(r.key())) {
                    return r;
                }
            }
            return null;
        }
        if (sel instanceof Expr.Key k) {
            return t.row(k.key()).orElse(null);
        }
        if (sel instanceof Expr.Label l) {
            String want = Labels.withoutParenthetical(Labels.fold(l.label()));
            for (Row r : t.rows()) {
                if (Labels.withoutParenthetical(Labels.fold(r.label())).equals(want)) {
                    return r;
                }
            }
            return null;
        }
        if (sel instanceof Expr.Current && t == scopeTable) {
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
        return t.row(current.key()).orElse(null);
    }

    private Figure column(Table t, Row row, Expr.ColumnSelector sel) {
        if (sel instanceof Expr.ColumnKey k) {
            return row.figures().get(k.key());
        }
        if (sel instanceof Expr.AnyColumn) {
            return anyColumn == null ? null : row.figures().get(anyColumn);
        }
        if (sel instanceof Expr.ColumnNumber n) {
            for (Column c : t.columns()) {
                Integer number = c.standardNumber() != null ? c.standardNumber() : c.number();
                if (number != null && number == n.number() && row.figures().containsKey(c.key())) {
                    return row.figures().get(c.key());
                }
            }
            return null;
        }
        if (sel instanceof Expr.ColumnLabel l) {
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

    /** Whether a set of rows can be taken here: {@code children} needs a parent row. */
    static boolean applies(Expr.RowSet set, Row parent) {
        return !(set instanceof Expr.Children) || parent != null;
    }

    /** The current row of the instance, or null. */
    Row current() {
        return current;
    }

    /** The rows of a set, in table order; {@code parent}: the row whose children {@code children} takes. */
    List<Row> members(Table t, Expr.RowSet set, Row parent) {
        List<Row> out = new ArrayList<>();
        if (set instanceof Expr.LineRange r) {
            for (Row row : t.rows()) {
                Integer line = row.standardLine() != null ? row.standardLine() : row.line();
                if (line != null && line >= r.from() && line <= r.to()) {
                    out.add(row);
                }
            }
        } else if (set instanceof Expr.Classes) {
            t.rows().stream().filter(r -> r.code() != null && r.code().length() == 3).forEach(out::add);
        } else if (set instanceof Expr.Parents) {
            for (Row row : t.rows()) {
                if (row.code() != null && !children(t, row).isEmpty()) {
                    out.add(row);
                }
            }
        } else if (set instanceof Expr.Children) {
            Row p = t == scopeTable ? parent : row(t, new Expr.Same());
            if (p != null) {
                out.addAll(children(t, p));
            }
        } else if (set instanceof Expr.KeyPrefix k) {
            t.rows().stream().filter(r -> r.key().startsWith(k.prefix())).forEach(out::add);
        } else {
            out.addAll(t.rows());
        }
        return out;
    }

    private static List<Row> children(Table t, Row parent) {
        List<Row> out = new ArrayList<>();
        String code = parent.code();
        if (code == null) {
            return out;
        }
        Set<String> seen = new LinkedHashSet<>();
        for (Row r : t.rows()) {
            if (r.code() != null && r.code().length() == code.length() + 2 && r.code().startsWith(code)
                    && seen.add(r.code())) {
                out.add(r);
            }
        }
        return out;
    }
}
