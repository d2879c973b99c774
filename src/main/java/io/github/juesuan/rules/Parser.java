package io.github.juesuan.rules;

import io.github.juesuan.model.TableId;
import io.github.juesuan.model.Vocabulary;
import io.github.juesuan.rules.RuleTokens.Kind;
import io.github.juesuan.rules.RuleTokens.Token;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses one check of the rule-pack language (see {@code docs/rules.md}): an optional scope ({@code each row in
 * [03] classes:}), then a comparison of two expressions of {@code + - * /}, signs, parentheses, numbers, cells and
 * the functions {@code sum}, {@code min}, {@code max}, {@code abs} and {@code filled}. The tokens are
 * {@link RuleTokens}'; the cells and sets of rows are {@link ReferenceParser}'s. A table written as {@code [01]}
 * applies to every reference after it until the next one; in an iteration the scope's table applies first.
 */
final class Parser {
    /** A parsed check: the scope (or null) and the condition. */
    record Check(Scope scope, Condition condition) {
    }

    /**
     * How deep an expression may nest: parentheses, function calls, signs and operators one inside another.
     * Parsing and evaluating walk the tree recursively, so an unbounded depth would exhaust the stack; no
     * accounting identity needs more, and a long run of additions is kept shallow ({@link #sum}).
     */
    static final int MAX_DEPTH = 100;
    /** A run of additions longer than this is built as a balanced tree (depth log n instead of n). */
    private static final int LONG_RUN = 32;

    /** The depth of each node built so far (by identity: records compare their whole tree). */
    private final Map<Expr, Integer> depths = new IdentityHashMap<>();
    /** How many parentheses, calls and signs the parser is inside now. */
    private int nesting;
    private final RuleTokens tokens;
    private final ReferenceParser refs;

    Parser(String source, int lineNumber, String text) throws RuleSyntaxException {
        this(source, lineNumber, 0, text);
    }

    Parser(String source, int lineNumber, int columnOffset, String text) throws RuleSyntaxException {
        this(source, lineNumber, columnOffset, text, Vocabulary.ANY);
    }

    /** A parser that refuses rows and columns the vocabulary does not know. */
    Parser(String source, int lineNumber, int columnOffset, String text, Vocabulary vocabulary)
            throws RuleSyntaxException {
        this.tokens = new RuleTokens(source, lineNumber, columnOffset, text);
        this.refs = new ReferenceParser(tokens, vocabulary);
    }

    Check check() throws RuleSyntaxException {
        Scope scope = null;
        if (tokens.atIdent("each")) {
            tokens.next();
            if (!tokens.atIdent("row")) {
                throw tokens.unexpected(RulesMessages.both("syntax.token", "row"));
            }
            tokens.next();
            if (!tokens.atIdent("in")) {
                throw tokens.unexpected(RulesMessages.both("syntax.token", "in"));
            }
            tokens.next();
            TableId table = refs.table(tokens.expect(Kind.TABLE, RulesMessages.both("expected.table")));
            refs.context(table);
            RowSet rows = new RowSet.All();
            if (!tokens.at(Kind.COLON)) {
                rows = refs.rowSet();
            }
            tokens.expect(Kind.COLON, RulesMessages.both("syntax.token", ":"));
            scope = new Scope(table, rows);
        }
        Condition condition = condition(false);
        return new Check(scope, condition);
    }

    /** A comparison up to the end of the line; strict {@code <} and {@code >} only where allowed (when:). */
    Condition condition(boolean strict) throws RuleSyntaxException {
        Expr left = expr();
        Token cmp = tokens.expect(Kind.CMP, RulesMessages.both("expected.comparison"));
        if (!strict && (cmp.text().equals("<") || cmp.text().equals(">"))) {
            throw tokens.error(cmp.column(), RulesMessages.both("syntax.strictComparison"));
        }
        Expr right = expr();
        if (!tokens.at(Kind.END)) {
            throw tokens.unexpected(RulesMessages.both("expected.endOfLine"));
        }
        if (left instanceof Expr.CellSet || right instanceof Expr.CellSet) {
            throw tokens.error(0, RulesMessages.both("syntax.setNeedsSum"));
        }
        Condition.Comparison c;
        switch (cmp.text()) {
            case "=":
                c = Condition.Comparison.EQUAL;
                break;
            case "<=":
                c = Condition.Comparison.AT_MOST;
                break;
            case ">=":
                c = Condition.Comparison.AT_LEAST;
                break;
            case "<":
                c = Condition.Comparison.LESS;
                break;
            default:
                c = Condition.Comparison.GREATER;
        }
        return new Condition(left, c, right);
    }

    /** An expression up to the end of the line (a grade's score). */
    Expr expression() throws RuleSyntaxException {
        Expr e = expr();
        if (!tokens.at(Kind.END)) {
            throw tokens.unexpected(RulesMessages.both("expected.endOfLine"));
        }
        if (e instanceof Expr.CellSet) {
            throw tokens.error(0, RulesMessages.both("syntax.setNeedsSum"));
        }
        return e;
    }

    /** Parses the rest with this table as the one references without a table of their own mean. */
    Parser in(TableId table) {
        refs.context(table);
        return this;
    }

    private Expr expr() throws RuleSyntaxException {
        List<Expr> run = new ArrayList<>();
        List<Token> ops = new ArrayList<>();
        run.add(term());
        while (tokens.at(Kind.OP) && (tokens.peek().text().equals("+") || tokens.peek().text().equals("-"))) {
            Token op = tokens.next();
            Expr right = term();
            if (op.text().equals("+")) {
                ops.add(op);
                run.add(right);
            } else {
                Expr left = sum(run, ops);
                run.clear();
                ops.clear();
                run.add(node(op, new Expr.Binary('-', left, right), left, right));
            }
        }
        return sum(run, ops);
    }

    /**
     * Terms joined by {@code +}: left to right, or, for a long run, as a balanced tree. Addition of intervals
     * and of exact decimals is associative, so the shape changes neither the value, the interval, the
     * decimals nor the substituted text; it keeps a 3,000-term sum within {@link #MAX_DEPTH}.
     */
    private Expr sum(List<Expr> terms, List<Token> ops) throws RuleSyntaxException {
        if (terms.size() <= LONG_RUN) {
            Expr e = terms.get(0);
            for (int i = 1; i < terms.size(); i++) {
                Expr r = terms.get(i);
                e = node(ops.get(i - 1), new Expr.Binary('+', e, r), e, r);
            }
            return e;
        }
        return balanced(terms, ops, 0, terms.size());
    }

    private Expr balanced(List<Expr> terms, List<Token> ops, int from, int to) throws RuleSyntaxException {
        if (to - from == 1) {
            return terms.get(from);
        }
        int mid = from + (to - from + 1) / 2;
        Expr l = balanced(terms, ops, from, mid);
        Expr r = balanced(terms, ops, mid, to);
        return node(ops.get(mid - 1), new Expr.Binary('+', l, r), l, r);
    }

    /** Records a node's depth; one deeper than {@link #MAX_DEPTH} is an error at {@code at}. */
    private Expr node(Token at, Expr e, Expr... children) throws RuleSyntaxException {
        int depth = 1;
        for (Expr c : children) {
            depth = Math.max(depth, depths.getOrDefault(c, 1) + 1);
        }
        if (depth > MAX_DEPTH) {
            throw tokens.error(at.column(), RulesMessages.both("syntax.tooDeep", MAX_DEPTH));
        }
        depths.put(e, depth);
        return e;
    }

    /** Enters a parenthesis, call or sign: one level more than {@link #MAX_DEPTH} is an error there. */
    private void enter(Token at) throws RuleSyntaxException {
        if (++nesting > MAX_DEPTH) {
            throw tokens.error(at.column(), RulesMessages.both("syntax.nestedTooDeep", MAX_DEPTH));
        }
    }

    private Expr term() throws RuleSyntaxException {
        Expr e = unary();
        while (tokens.at(Kind.STAR)
                || tokens.at(Kind.OP) && (tokens.peek().text().equals("*") || tokens.peek().text().equals("/"))) {
            Token op = tokens.next();
            Expr r = unary();
            e = node(op, new Expr.Binary(op.text().charAt(0), e, r), e, r);
        }
        return e;
    }

    private Expr unary() throws RuleSyntaxException {
        if (tokens.at(Kind.OP) && tokens.peek().text().equals("-")) {
            Token sign = tokens.next();
            enter(sign);
            Expr operand = unary();
            nesting--;
            return node(sign, new Expr.Negate(operand), operand);
        }
        return primary();
    }

    private Expr primary() throws RuleSyntaxException {
        while (tokens.at(Kind.TABLE)) {
            refs.readTable();
        }
        Token t = tokens.peek();
        switch (t.type()) {
            case NUMBER:
                tokens.next();
                return new Expr.Constant(new BigDecimal(t.text()));
            case LPAREN: {
                enter(tokens.next());
                Expr e = expr();
                tokens.expect(Kind.RPAREN, RulesMessages.both("syntax.token", ")"));
                nesting--;
                return e;
            }
            case IDENT:
                if (List.of("sum", "min", "max", "abs", "filled").contains(t.text())) {
                    tokens.next();
                    enter(tokens.expect(Kind.LPAREN, RulesMessages.both("syntax.token", "(")));
                    List<Expr> args = new ArrayList<>();
                    args.add(argument());
                    while (tokens.at(Kind.COMMA)) {
                        tokens.next();
                        args.add(argument());
                    }
                    tokens.expect(Kind.RPAREN, RulesMessages.both("syntax.token", ")"));
                    nesting--;
                    if ((t.text().equals("abs") || t.text().equals("filled")) && args.size() != 1) {
                        throw tokens.error(t.column(), RulesMessages.both("syntax.oneArgument", t.text()));
                    }
                    if (t.text().equals("filled") && !(args.get(0) instanceof Expr.Ref)) {
                        throw tokens.error(t.column(), RulesMessages.both("syntax.filledCell"));
                    }
                    return node(t, new Expr.Call(t.text(), args), args.toArray(new Expr[0]));
                }
                return refs.reference();
            default:
                return refs.reference();
        }
    }

    /** A function argument: an expression, or a set of rows. */
    private Expr argument() throws RuleSyntaxException {
        if (tokens.at(Kind.TABLE)) {
            refs.readTable();
        }
        if (refs.isSetStart()) {
            return refs.cellSet();
        }
        return expr();
    }
}
