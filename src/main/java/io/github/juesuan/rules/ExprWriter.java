package io.github.juesuan.rules;

import io.github.juesuan.model.TableId;

import java.util.stream.Collectors;

/** Writes expressions back in the rule-pack language, each reference with its table. */
final class ExprWriter {
    private ExprWriter() {
    }

    static String check(Scope scope, Condition c) {
        String s = scope == null ? "" : "each row in " + table(scope.table()) + rowSet(scope.rows()) + ": ";
        return s + expr(c.left()) + " " + c.comparison().symbol() + " " + expr(c.right());
    }

    private static String table(TableId id) {
        return "[" + id.code() + "]";
    }

    static String expr(Expr e) {
        if (e instanceof Expr.Constant n) {
            return n.value().toPlainString();
        }
        if (e instanceof Expr.Ref r) {
            String row = row(r.row());
            return table(r.table()) + " " + row + column(r.column(), row.isEmpty());
        }
        if (e instanceof Expr.CellSet s) {
            return table(s.table()) + " " + rowSet(s.rows()).strip() + column(s.column(), false);
        }
        if (e instanceof Expr.Binary b) {
            String l = expr(b.left());
            String r = expr(b.right());
            if ((b.op() == '*' || b.op() == '/') && b.left() instanceof Expr.Binary lb && "+-".indexOf(lb.op()) >= 0) {
                l = "(" + l + ")";
            }
            if (b.right() instanceof Expr.Binary rb && (b.op() != '+' || "+-".indexOf(rb.op()) < 0 && b.op() != '*')) {
                r = "(" + r + ")";
            }
            return l + " " + b.op() + " " + r;
        }
        if (e instanceof Expr.Call c) {
            return c.function() + "(" + c.args().stream().map(ExprWriter::expr).collect(Collectors.joining(", ")) + ")";
        }
        return "-" + expr(((Expr.Negate) e).operand());
    }

    private static String row(RowSelector r) {
        if (r instanceof RowSelector.Line l) {
            return "R" + l.line();
        }
        if (r instanceof RowSelector.Code c) {
            return "#" + c.code();
        }
        if (r instanceof RowSelector.Key k) {
            return "{" + k.key() + "}";
        }
        if (r instanceof RowSelector.Label l) {
            return "「" + l.label() + "」";
        }
        return r instanceof RowSelector.Same ? "same" : "";
    }

    private static String rowSet(RowSet s) {
        if (s instanceof RowSet.LineRange r) {
            return " R" + r.from() + "..R" + r.to();
        }
        if (s instanceof RowSet.KeyPrefix p) {
            return " {" + p.prefix() + "*}";
        }
        if (s instanceof RowSet.Classes) {
            return " classes";
        }
        if (s instanceof RowSet.Parents) {
            return " parents";
        }
        if (s instanceof RowSet.Children) {
            return " children";
        }
        return "";
    }

    private static String column(ColumnSelector c, boolean bare) {
        if (c instanceof ColumnSelector.ColumnNumber n) {
            return (bare ? "" : ".") + "C" + n.number();
        }
        if (c instanceof ColumnSelector.ColumnKey k) {
            return ".{" + k.key() + "}";
        }
        if (c instanceof ColumnSelector.ColumnLabel l) {
            return ".「" + l.label() + "」";
        }
        if (c instanceof ColumnSelector.AnyColumn a) {
            return a.only().isEmpty() ? ".*" : ".{" + String.join(",", a.only()) + "}";
        }
        return "";
    }
}
