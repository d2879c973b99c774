package io.github.juesuan.rules;

import io.github.juesuan.model.TableId;
import io.github.juesuan.model.Vocabulary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Parses one check of the rule-pack language (see {@code docs/rules.md}). A table written as {@code [01]}
 * applies to every reference after it until the next one; in an iteration the scope's table applies first.
 */
final class Parser {
    /** A parsed check: the scope (or null) and the condition. */
    record Check(Scope scope, Condition condition) {
    }

    private enum T { TABLE, LINE, COLNUM, CODE, KEY, LABEL, NUMBER, IDENT, OP, CMP, LPAREN, RPAREN, COMMA, COLON,
        DOT, RANGE, STAR, END }

    private record Token(T type, String text, int column) {
    }

    /**
     * How deep an expression may nest: parentheses, function calls, signs and operators one inside another.
     * Parsing and evaluating walk the tree recursively, so an unbounded depth would exhaust the stack; no
     * accounting identity needs more, and a long run of additions is kept shallow ({@link #sum}).
     */
    static final int MAX_DEPTH = 100;
    /** A run of additions longer than this is built as a balanced tree (depth log n instead of n). */
    private static final int LONG_RUN = 32;

    private final String source;
    private final int lineNumber;
    /** The depth of each node built so far (by identity: records compare their whole tree). */
    private final java.util.Map<Expr, Integer> depths = new java.util.IdentityHashMap<>();
    /** How many parentheses, calls and signs the parser is inside now. */
    private int nesting;
    private final int columnOffset;
    private final List<Token> tokens;
    private final Vocabulary vocabulary;
    private int pos;
    private TableId context;

    Parser(String source, int lineNumber, String text) throws RuleSyntaxException {
        this(source, lineNumber, 0, text);
    }

    Parser(String source, int lineNumber, int columnOffset, String text) throws RuleSyntaxException {
        this(source, lineNumber, columnOffset, text, Vocabulary.ANY);
    }

    /** A parser that refuses rows and columns the vocabulary does not know. */
    Parser(String source, int lineNumber, int columnOffset, String text, Vocabulary vocabulary)
            throws RuleSyntaxException {
        this.source = source;
        this.lineNumber = lineNumber;
        this.columnOffset = columnOffset;
        this.vocabulary = vocabulary;
        this.tokens = tokenize(text);
    }

    /** An error at {@code t} unless the current table knows the name. */
    private void known(boolean known, Token t, String name, Object... args) throws RuleSyntaxException {
        if (!known) {
            String code = requireContext().code();
            String zh = RulesMessages.ZH.get("syntax.unknownName", code, RulesMessages.ZH.get(name, args));
            String en = RulesMessages.EN.get("syntax.unknownName", code, RulesMessages.EN.get(name, args));
            throw error(t.column(), RulesMessages.join(zh, en));
        }
    }

    private RuleSyntaxException error(int column, String message) {
        return new RuleSyntaxException(source, lineNumber, columnOffset + column + 1, message);
    }

    // ---- tokens -----------------------------------------------------------------------------------------

    private List<Token> tokenize(String s) throws RuleSyntaxException {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char ch = s.charAt(i);
            if (Character.isWhitespace(ch) || ch == '\u3000') {
                i++;
                continue;
            }
            int start = i;
            if (ch == '[') {
                int end = s.indexOf(']', i);
                if (end < 0) {
                    throw error(i, RulesMessages.both("syntax.unclosedBracket"));
                }
                out.add(new Token(T.TABLE, s.substring(i + 1, end).strip(), start));
                i = end + 1;
            } else if (ch == '{') {
                int end = s.indexOf('}', i);
                if (end < 0) {
                    throw error(i, RulesMessages.both("syntax.unclosedBrace"));
                }
                out.add(new Token(T.KEY, s.substring(i + 1, end).strip(), start));
                i = end + 1;
            } else if (ch == '「') {
                int end = s.indexOf('」', i);
                if (end < 0) {
                    throw error(i, RulesMessages.both("syntax.unclosedQuote"));
                }
                out.add(new Token(T.LABEL, s.substring(i + 1, end).strip(), start));
                i = end + 1;
            } else if (ch == '#') {
                int j = i + 1;
                while (j < s.length() && Character.isDigit(s.charAt(j))) {
                    j++;
                }
                if (j == i + 1) {
                    throw error(i, RulesMessages.both("syntax.codeAfterHash"));
                }
                out.add(new Token(T.CODE, s.substring(i + 1, j), start));
                i = j;
            } else if ((ch == 'R' || ch == 'C') && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))) {
                int j = i + 1;
                while (j < s.length() && Character.isDigit(s.charAt(j))) {
                    j++;
                }
                out.add(new Token(ch == 'R' ? T.LINE : T.COLNUM, s.substring(i + 1, j), start));
                i = j;
            } else if (Character.isDigit(ch)) {
                int j = i;
                while (j < s.length() && (Character.isDigit(s.charAt(j))
                        || s.charAt(j) == '.' && j + 1 < s.length() && Character.isDigit(s.charAt(j + 1)))) {
                    j++;
                }
                out.add(new Token(T.NUMBER, s.substring(i, j), start));
                i = j;
            } else if (Character.isLetter(ch) && ch < 0x80) {
                int j = i;
                while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '-')
                        && s.charAt(j) < 0x80) {
                    j++;
                }
                out.add(new Token(T.IDENT, s.substring(i, j), start));
                i = j;
            } else if (ch == '.' && i + 1 < s.length() && s.charAt(i + 1) == '.') {
                out.add(new Token(T.RANGE, "..", start));
                i += 2;
            } else if (ch == '.') {
                out.add(new Token(T.DOT, ".", start));
                i++;
            } else if (ch == '*') {
                out.add(new Token(T.STAR, "*", start));
                i++;
            } else if (ch == '+' || ch == '-' || ch == '−' || ch == '×' || ch == '/' || ch == '÷') {
                String op = ch == '−' ? "-" : ch == '×' ? "*" : ch == '÷' ? "/" : String.valueOf(ch);
                out.add(new Token(T.OP, op, start));
                i++;
            } else if (ch == '=' || ch == '<' || ch == '>' || ch == '≤' || ch == '≥') {
                String op;
                if (ch == '≤' || ch == '<' && i + 1 < s.length() && s.charAt(i + 1) == '=') {
                    op = "<=";
                } else if (ch == '≥' || ch == '>' && i + 1 < s.length() && s.charAt(i + 1) == '=') {
                    op = ">=";
                } else if (ch == '=') {
                    op = "=";
                } else {
                    op = String.valueOf(ch); // strict < and >, allowed in when: only
                }
                i += op.length() == 2 && (ch == '<' || ch == '>') || ch == '=' && i + 1 < s.length() && s.charAt(i + 1) == '=' ? 2 : 1;
                out.add(new Token(T.CMP, op, start));
            } else if (ch == '(' || ch == '（') {
                out.add(new Token(T.LPAREN, "(", start));
                i++;
            } else if (ch == ')' || ch == '）') {
                out.add(new Token(T.RPAREN, ")", start));
                i++;
            } else if (ch == ',' || ch == '，') {
                out.add(new Token(T.COMMA, ",", start));
                i++;
            } else if (ch == ':' || ch == '：') {
                out.add(new Token(T.COLON, ":", start));
                i++;
            } else {
                throw error(i, RulesMessages.both("syntax.unexpectedCharacter", ch));
            }
        }
        out.add(new Token(T.END, "", s.length()));
        return out;
    }

    private Token peek() {
        return tokens.get(pos);
    }

    private Token next() {
        return tokens.get(pos++);
    }

    private boolean at(T type) {
        return peek().type() == type;
    }

    private boolean atIdent(String word) {
        return peek().type() == T.IDENT && peek().text().equals(word);
    }

    private Token expect(T type, String what) throws RuleSyntaxException {
        if (!at(type)) {
            throw unexpected(what);
        }
        return next();
    }

    private RuleSyntaxException unexpected(String what) {
        Token t = peek();
        String got = t.type() == T.END ? RulesMessages.both("expected.endOfLine")
                : RulesMessages.both("syntax.token", t.text());
        return error(t.column(), RulesMessages.both("syntax.expected", what, got));
    }

    // ---- grammar ----------------------------------------------------------------------------------------

    Check check() throws RuleSyntaxException {
        Scope scope = null;
        if (atIdent("each")) {
            next();
            if (!atIdent("row")) {
                throw unexpected(RulesMessages.both("syntax.token", "row"));
            }
            next();
            if (!atIdent("in")) {
                throw unexpected(RulesMessages.both("syntax.token", "in"));
            }
            next();
            TableId table = table(expect(T.TABLE, RulesMessages.both("expected.table")));
            context = table;
            Expr.RowSet rows = new Expr.All();
            if (!at(T.COLON)) {
                rows = rowSet();
            }
            expect(T.COLON, RulesMessages.both("syntax.token", ":"));
            scope = new Scope(table, rows);
        }
        Condition condition = condition(false);
        return new Check(scope, condition);
    }

    /** A comparison up to the end of the line; strict {@code <} and {@code >} only where allowed (when:). */
    Condition condition(boolean strict) throws RuleSyntaxException {
        Expr left = expr();
        Token cmp = expect(T.CMP, RulesMessages.both("expected.comparison"));
        if (!strict && (cmp.text().equals("<") || cmp.text().equals(">"))) {
            throw error(cmp.column(), RulesMessages.both("syntax.strictComparison"));
        }
        Expr right = expr();
        if (!at(T.END)) {
            throw unexpected(RulesMessages.both("expected.endOfLine"));
        }
        if (left instanceof Expr.CellSet || right instanceof Expr.CellSet) {
            throw error(0, RulesMessages.both("syntax.setNeedsSum"));
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
        if (!at(T.END)) {
            throw unexpected(RulesMessages.both("expected.endOfLine"));
        }
        if (e instanceof Expr.CellSet) {
            throw error(0, RulesMessages.both("syntax.setNeedsSum"));
        }
        return e;
    }

    /** Parses the rest with this table as the one references without a table of their own mean. */
    Parser in(TableId table) {
        this.context = table;
        return this;
    }

    private TableId table(Token t) throws RuleSyntaxException {
        Optional<TableId> standard = TableId.ofCode(t.text());
        if (standard.isPresent()) {
            return standard.get();
        }
        // A numbered table is one of the standard eleven; any other well-formed code names a kind the reader's
        // catalogue declares for a provincial set.
        if (!TableId.isCode(t.text()) || allDigits(t.text())) {
            throw error(t.column(), RulesMessages.both("syntax.unknownTable", t.text()));
        }
        return TableId.of(t.text(), t.text());
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private Expr expr() throws RuleSyntaxException {
        List<Expr> run = new ArrayList<>();
        List<Token> ops = new ArrayList<>();
        run.add(term());
        while (at(T.OP) && (peek().text().equals("+") || peek().text().equals("-"))) {
            Token op = next();
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
            throw error(at.column(), RulesMessages.both("syntax.tooDeep", MAX_DEPTH));
        }
        depths.put(e, depth);
        return e;
    }

    /** Enters a parenthesis, call or sign: one level more than {@link #MAX_DEPTH} is an error there. */
    private void enter(Token at) throws RuleSyntaxException {
        if (++nesting > MAX_DEPTH) {
            throw error(at.column(), RulesMessages.both("syntax.nestedTooDeep", MAX_DEPTH));
        }
    }

    private Expr term() throws RuleSyntaxException {
        Expr e = unary();
        while (at(T.STAR) || at(T.OP) && (peek().text().equals("*") || peek().text().equals("/"))) {
            Token op = next();
            Expr r = unary();
            e = node(op, new Expr.Binary(op.text().charAt(0), e, r), e, r);
        }
        return e;
    }

    private Expr unary() throws RuleSyntaxException {
        if (at(T.OP) && peek().text().equals("-")) {
            Token sign = next();
            enter(sign);
            Expr operand = unary();
            nesting--;
            return node(sign, new Expr.Negate(operand), operand);
        }
        return primary();
    }

    private Expr primary() throws RuleSyntaxException {
        while (at(T.TABLE)) {
            context = table(next());
        }
        Token t = peek();
        switch (t.type()) {
            case NUMBER:
                next();
                return new Expr.Constant(new BigDecimal(t.text()));
            case LPAREN: {
                enter(next());
                Expr e = expr();
                expect(T.RPAREN, RulesMessages.both("syntax.token", ")"));
                nesting--;
                return e;
            }
            case IDENT:
                if (List.of("sum", "min", "max", "abs", "filled").contains(t.text())) {
                    next();
                    enter(expect(T.LPAREN, RulesMessages.both("syntax.token", "(")));
                    List<Expr> args = new ArrayList<>();
                    args.add(argument());
                    while (at(T.COMMA)) {
                        next();
                        args.add(argument());
                    }
                    expect(T.RPAREN, RulesMessages.both("syntax.token", ")"));
                    nesting--;
                    if ((t.text().equals("abs") || t.text().equals("filled")) && args.size() != 1) {
                        throw error(t.column(), RulesMessages.both("syntax.oneArgument", t.text()));
                    }
                    if (t.text().equals("filled") && !(args.get(0) instanceof Expr.Ref)) {
                        throw error(t.column(), RulesMessages.both("syntax.filledCell"));
                    }
                    return node(t, new Expr.Call(t.text(), args), args.toArray(new Expr[0]));
                }
                return reference();
            default:
                return reference();
        }
    }

    /** A function argument: an expression, or a set of rows. */
    private Expr argument() throws RuleSyntaxException {
        if (at(T.TABLE)) {
            context = table(next());
        }
        if (isSetStart()) {
            Expr.RowSet rows = rowSet();
            return new Expr.CellSet(requireContext(), rows, column());
        }
        return expr();
    }

    private boolean isSetStart() {
        Token t = peek();
        if (t.type() == T.IDENT) {
            return List.of("classes", "parents", "children", "all").contains(t.text());
        }
        if (t.type() == T.KEY) {
            return t.text().endsWith("*");
        }
        return t.type() == T.LINE && tokens.get(pos + 1).type() == T.RANGE;
    }

    private Expr.RowSet rowSet() throws RuleSyntaxException {
        Token t = next();
        switch (t.type()) {
            case IDENT:
                switch (t.text()) {
                    case "classes":
                        return new Expr.Classes();
                    case "parents":
                        return new Expr.Parents();
                    case "children":
                        return new Expr.Children();
                    case "all":
                        return new Expr.All();
                    default:
                        break;
                }
                break;
            case KEY:
                if (t.text().endsWith("*")) {
                    String prefix = t.text().substring(0, t.text().length() - 1);
                    known(vocabulary.knows(requireContext(), Vocabulary.Kind.ROW_KEY_PREFIX, prefix), t, "name.keyPrefixRow",
                            prefix);
                    return new Expr.KeyPrefix(prefix);
                }
                break;
            case LINE: {
                expect(T.RANGE, RulesMessages.both("syntax.token", ".."));
                Token to = expect(T.LINE, RulesMessages.both("expected.line"));
                int from = line(t);
                int until = line(to);
                if (from > until) {
                    throw error(t.column(), RulesMessages.both("syntax.rangeUp", from, until));
                }
                boolean any = false;
                for (int n = from; n <= until && !any; n++) {
                    any = vocabulary.knows(requireContext(), Vocabulary.Kind.LINE, String.valueOf(n));
                }
                known(any, t, "name.lineRange", from, until);
                return new Expr.LineRange(from, until);
            }
            default:
                break;
        }
        pos--;
        throw unexpected(RulesMessages.both("expected.rowSet"));
    }

    private TableId requireContext() throws RuleSyntaxException {
        if (context == null) {
            throw error(peek().column(), RulesMessages.both("syntax.tableFirst"));
        }
        return context;
    }

    /** A 行次 or 栏次 as written: a number of at most four digits (no table has more lines). */
    private int line(Token t) throws RuleSyntaxException {
        if (t.text().length() > 4) {
            throw error(t.column(), RulesMessages.both("syntax.tooLarge", t.text()));
        }
        return Integer.parseInt(t.text());
    }

    private Expr.ColumnNumber columnNumber(Token t) throws RuleSyntaxException {
        int n = line(t);
        known(vocabulary.knows(context, Vocabulary.Kind.COLUMN_NUMBER, String.valueOf(n)), t, "name.column", n);
        return new Expr.ColumnNumber(n);
    }

    private Expr reference() throws RuleSyntaxException {
        Token t = peek();
        if (context == null && EnumSet.of(T.LINE, T.CODE, T.KEY, T.LABEL, T.COLNUM, T.DOT).contains(t.type())) {
            requireContext(); // reported at this reference, before it is consumed
        }
        Expr.RowSelector row;
        switch (t.type()) {
            case LINE:
                next();
                row = new Expr.Line(line(t));
                known(vocabulary.knows(context, Vocabulary.Kind.LINE, t.text()), t, "name.line", t.text());
                break;
            case CODE:
                next();
                int digits = t.text().length();
                if (digits != 3 && digits != 5 && digits != 7) {
                    // 功能分类 codes are 类 3, 款 5, 项 7 digits; 经济分类 codes 类 3, 款 5
                    throw error(t.column(), RulesMessages.both("syntax.notACode", t.text()));
                }
                known(vocabulary.knows(context, Vocabulary.Kind.CODE, t.text()), t, "name.code", t.text());
                row = new Expr.Code(t.text());
                break;
            case KEY:
                if (t.text().endsWith("*")) {
                    throw error(t.column(), RulesMessages.both("syntax.setNeedsSum"));
                }
                next();
                known(vocabulary.knows(context, Vocabulary.Kind.ROW_KEY, t.text()), t, "name.rowKey", "{" + t.text() + "}");
                row = new Expr.Key(t.text());
                break;
            case LABEL:
                next();
                known(vocabulary.knows(context, Vocabulary.Kind.ROW_LABEL, t.text()), t, "name.rowLabel", t.text());
                row = new Expr.Label(t.text());
                break;
            case COLNUM: {
                next();
                return new Expr.Ref(requireContext(), new Expr.Current(), columnNumber(t));
            }
            case DOT:
                return new Expr.Ref(requireContext(), new Expr.Current(), column());
            case IDENT:
                if (t.text().equals("same")) {
                    next();
                    row = new Expr.Same();
                    break;
                }
                if (isSetStart()) {
                    throw error(t.column(), RulesMessages.both("syntax.setNeedsSum"));
                }
                throw error(t.column(), RulesMessages.both("syntax.unknownWord", t.text()));
            default:
                throw unexpected(RulesMessages.both("expected.cell"));
        }
        if (at(T.RANGE)) {
            throw error(peek().column(), RulesMessages.both("syntax.rangeNeedsSum"));
        }
        return new Expr.Ref(requireContext(), row, column());
    }

    private Expr.ColumnSelector column() throws RuleSyntaxException {
        if (!at(T.DOT)) {
            return new Expr.OnlyColumn();
        }
        next();
        Token t = next();
        switch (t.type()) {
            case COLNUM:
                return columnNumber(t);
            case KEY:
                if (t.text().contains(",")) {
                    List<String> keys = new ArrayList<>();
                    for (String k : t.text().split(",")) {
                        if (!k.isBlank()) {
                            keys.add(k.strip());
                            known(vocabulary.knows(context, Vocabulary.Kind.COLUMN_KEY, k.strip()), t, "name.columnKey",
                                    "{" + k.strip() + "}");
                        }
                    }
                    return new Expr.AnyColumn(keys);
                }
                known(vocabulary.knows(context, Vocabulary.Kind.COLUMN_KEY, t.text()), t, "name.columnKey", "{" + t.text() + "}");
                return new Expr.ColumnKey(t.text());
            case LABEL:
                known(vocabulary.knows(context, Vocabulary.Kind.COLUMN_LABEL, t.text()), t, "name.columnLabel", t.text());
                return new Expr.ColumnLabel(t.text());
            case STAR:
                return new Expr.AnyColumn();
            default:
                pos--;
                throw unexpected(RulesMessages.both("expected.column"));
        }
    }
}
