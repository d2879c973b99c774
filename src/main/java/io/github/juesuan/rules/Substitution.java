package io.github.juesuan.rules;

import io.github.juesuan.model.Figure;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a rule's check with the printed values in place ({@code 400.55 + 0 + 9.79 = 410.34 ≠ 410.33}) from
 * the record of its evaluation ({@link Term}): only reported results are written, and nothing is evaluated again.
 */
final class Substitution {
    private Substitution() {
    }

    /** One side of a comparison: a computation is followed by its result. */
    static String side(Value v) {
        return v.compound() ? text(v) + " = " + Numbers.display(v.point()) : text(v);
    }

    /** A value as the check's text shows it. */
    static String text(Value v) {
        Term t = v.term();
        if (t instanceof Term.Constant c) {
            return c.value().toPlainString();
        }
        if (t instanceof Term.Cell c) {
            Figure f = c.figure();
            if (c.inWanYuan() != null) {
                return Numbers.shown(c.inWanYuan()).toPlainString() + "（" + f.value().toPlainString() + " " + c.unit().label() + "）";
            }
            return f.kind() == Figure.Kind.NUMBER ? f.value().toPlainString() : "0"; // as a number, whatever form it was stored in
        }
        if (t instanceof Term.Filled f) {
            return f.filled() ? "「" + f.figure().text() + "」" : "（空）";
        }
        if (t instanceof Term.Negation n) {
            return "-" + paren(n.operand());
        }
        if (t instanceof Term.Operation o) {
            return operation(o);
        }
        if (t instanceof Term.Sum s) {
            List<String> texts = new ArrayList<>();
            for (Value m : s.members()) {
                if (m.point().signum() != 0 || m.compound()) {
                    texts.add(text(m));
                }
            }
            return texts.isEmpty() ? "0" : String.join(" + ", texts);
        }
        if (t instanceof Term.Extreme e) {
            return e.function() + "(" + String.join(", ", e.members().stream().map(Substitution::text).toList()) + ")";
        }
        return "|" + text(((Term.Absolute) t).operand()) + "|";
    }

    private static String operation(Term.Operation o) {
        Expr.Binary b = o.expr();
        switch (b.op()) {
            case '+':
                return text(o.left()) + " + " + text(o.right());
            case '-':
                return text(o.left()) + " - " + (b.right() instanceof Expr.Binary ? paren(o.right()) : text(o.right()));
            case '*':
                return factor(b.left(), o.left()) + " × " + factor(b.right(), o.right());
            default:
                return factor(b.left(), o.left()) + " / " + factor(b.right(), o.right());
        }
    }

    private static String paren(Value v) {
        return v.compound() ? "(" + text(v) + ")" : text(v);
    }

    private static String factor(Expr e, Value v) {
        return e instanceof Expr.Binary be && "+-".indexOf(be.op()) >= 0 ? "(" + text(v) + ")" : text(v);
    }
}
