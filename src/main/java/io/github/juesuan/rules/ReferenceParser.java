package io.github.juesuan.rules;

import io.github.juesuan.i18n.Messages;
import io.github.juesuan.model.TableId;
import io.github.juesuan.model.Vocabulary;
import io.github.juesuan.rules.RuleTokens.Kind;
import io.github.juesuan.rules.RuleTokens.Token;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * The cells a check names: the current table, one cell (a row by 行次, 科目代码, key or label, and a column by 栏次,
 * key or header), and a set of rows with its column for {@code sum}, {@code min} and {@code max}. A table written as
 * {@code [01]} applies to every reference after it until the next one. With a vocabulary, a row or column the
 * current table does not have is an error at the name, since a rule naming it could never be evaluated.
 */
final class ReferenceParser {
    private final RuleTokens tokens;
    private final Vocabulary vocabulary;
    /** The table that references without a table of their own mean; null before the first. */
    private TableId context;

    ReferenceParser(RuleTokens tokens, Vocabulary vocabulary) {
        this.tokens = tokens;
        this.vocabulary = vocabulary;
    }

    /** Makes this the table the references after it mean. */
    void context(TableId table) {
        this.context = table;
    }

    /** Takes a {@code [..]} token: its table is the one the references after it mean. */
    void readTable() throws RuleSyntaxException {
        context = table(tokens.next());
    }

    /** A set of rows and its column, in the current table: a {@code sum}, {@code min} or {@code max} argument. */
    Expr.CellSet cellSet() throws RuleSyntaxException {
        RowSet rows = rowSet();
        return new Expr.CellSet(requireContext(), rows, column());
    }

    /** An error at {@code t} unless the current table knows the name. */
    private void known(boolean known, Token t, String name, Object... args) throws RuleSyntaxException {
        if (!known) {
            String code = requireContext().code();
            String zh = RulesMessages.ZH.get("syntax.unknownName", code, RulesMessages.ZH.get(name, args));
            String en = RulesMessages.EN.get("syntax.unknownName", code, RulesMessages.EN.get(name, args));
            throw tokens.error(t.column(), Messages.join(zh, en));
        }
    }

    /** The table a {@code [..]} token names. */
    TableId table(Token t) throws RuleSyntaxException {
        Optional<TableId> standard = TableId.ofCode(t.text());
        if (standard.isPresent()) {
            return standard.get();
        }
        // A numbered table is one of the standard eleven; any other well-formed code names a kind the reader's
        // catalogue declares for a provincial set.
        if (!TableId.isCode(t.text()) || allDigits(t.text())) {
            throw tokens.error(t.column(), RulesMessages.both("syntax.unknownTable", t.text()));
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

    /**
     * Whether a set of rows starts here: {@code classes}, {@code parents}, {@code children}, {@code all}, a key
     * prefix or a 行次 range.
     */
    boolean isSetStart() {
        Token t = tokens.peek();
        if (t.type() == Kind.IDENT) {
            return List.of("classes", "parents", "children", "all").contains(t.text());
        }
        if (t.type() == Kind.KEY) {
            return t.text().endsWith("*");
        }
        return t.type() == Kind.LINE && tokens.peekSecond().type() == Kind.RANGE;
    }

    /** A set of rows in the current table. */
    RowSet rowSet() throws RuleSyntaxException {
        Token t = tokens.next();
        switch (t.type()) {
            case IDENT:
                switch (t.text()) {
                    case "classes":
                        return new RowSet.Classes();
                    case "parents":
                        return new RowSet.Parents();
                    case "children":
                        return new RowSet.Children();
                    case "all":
                        return new RowSet.All();
                    default:
                        break;
                }
                break;
            case KEY:
                if (t.text().endsWith("*")) {
                    String prefix = t.text().substring(0, t.text().length() - 1);
                    known(vocabulary.knows(requireContext(), Vocabulary.Kind.ROW_KEY_PREFIX, prefix), t, "name.keyPrefixRow",
                            prefix);
                    return new RowSet.KeyPrefix(prefix);
                }
                break;
            case LINE: {
                tokens.expect(Kind.RANGE, RulesMessages.both("syntax.token", ".."));
                Token to = tokens.expect(Kind.LINE, RulesMessages.both("expected.line"));
                int from = line(t);
                int until = line(to);
                if (from > until) {
                    throw tokens.error(t.column(), RulesMessages.both("syntax.rangeUp", from, until));
                }
                boolean any = false;
                for (int n = from; n <= until && !any; n++) {
                    any = vocabulary.knows(requireContext(), Vocabulary.Kind.LINE, String.valueOf(n));
                }
                known(any, t, "name.lineRange", from, until);
                return new RowSet.LineRange(from, until);
            }
            default:
                break;
        }
        tokens.back();
        throw tokens.unexpected(RulesMessages.both("expected.rowSet"));
    }

    private TableId requireContext() throws RuleSyntaxException {
        if (context == null) {
            throw tokens.error(tokens.peek().column(), RulesMessages.both("syntax.tableFirst"));
        }
        return context;
    }

    /** A 行次 or 栏次 as written: a number of at most four digits (no table has more lines). */
    private int line(Token t) throws RuleSyntaxException {
        if (t.text().length() > 4) {
            throw tokens.error(t.column(), RulesMessages.both("syntax.tooLarge", t.text()));
        }
        return Integer.parseInt(t.text());
    }

    private ColumnSelector.ColumnNumber columnNumber(Token t) throws RuleSyntaxException {
        int n = line(t);
        known(vocabulary.knows(context, Vocabulary.Kind.COLUMN_NUMBER, String.valueOf(n)), t, "name.column", n);
        return new ColumnSelector.ColumnNumber(n);
    }

    /** One cell: a row (or the current row) and a column of the current table. */
    Expr reference() throws RuleSyntaxException {
        Token t = tokens.peek();
        if (context == null
                && EnumSet.of(Kind.LINE, Kind.CODE, Kind.KEY, Kind.LABEL, Kind.COLNUM, Kind.DOT).contains(t.type())) {
            requireContext(); // reported at this reference, before it is consumed
        }
        RowSelector row;
        switch (t.type()) {
            case LINE:
                tokens.next();
                row = new RowSelector.Line(line(t));
                known(vocabulary.knows(context, Vocabulary.Kind.LINE, t.text()), t, "name.line", t.text());
                break;
            case CODE:
                tokens.next();
                int digits = t.text().length();
                if (digits != 3 && digits != 5 && digits != 7) {
                    // 功能分类 codes are 类 3, 款 5, 项 7 digits; 经济分类 codes 类 3, 款 5
                    throw tokens.error(t.column(), RulesMessages.both("syntax.notACode", t.text()));
                }
                known(vocabulary.knows(context, Vocabulary.Kind.CODE, t.text()), t, "name.code", t.text());
                row = new RowSelector.Code(t.text());
                break;
            case KEY:
                if (t.text().endsWith("*")) {
                    throw tokens.error(t.column(), RulesMessages.both("syntax.setNeedsSum"));
                }
                tokens.next();
                known(vocabulary.knows(context, Vocabulary.Kind.ROW_KEY, t.text()), t, "name.rowKey", "{" + t.text() + "}");
                row = new RowSelector.Key(t.text());
                break;
            case LABEL:
                tokens.next();
                known(vocabulary.knows(context, Vocabulary.Kind.ROW_LABEL, t.text()), t, "name.rowLabel", t.text());
                row = new RowSelector.Label(t.text());
                break;
            case COLNUM: {
                tokens.next();
                return new Expr.Ref(requireContext(), new RowSelector.Current(), columnNumber(t));
            }
            case DOT:
                return new Expr.Ref(requireContext(), new RowSelector.Current(), column());
            case IDENT:
                if (t.text().equals("same")) {
                    tokens.next();
                    row = new RowSelector.Same();
                    break;
                }
                if (isSetStart()) {
                    throw tokens.error(t.column(), RulesMessages.both("syntax.setNeedsSum"));
                }
                throw tokens.error(t.column(), RulesMessages.both("syntax.unknownWord", t.text()));
            default:
                throw tokens.unexpected(RulesMessages.both("expected.cell"));
        }
        if (tokens.at(Kind.RANGE)) {
            throw tokens.error(tokens.peek().column(), RulesMessages.both("syntax.rangeNeedsSum"));
        }
        return new Expr.Ref(requireContext(), row, column());
    }

    private ColumnSelector column() throws RuleSyntaxException {
        if (!tokens.at(Kind.DOT)) {
            return new ColumnSelector.OnlyColumn();
        }
        tokens.next();
        Token t = tokens.next();
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
                    return new ColumnSelector.AnyColumn(keys);
                }
                known(vocabulary.knows(context, Vocabulary.Kind.COLUMN_KEY, t.text()), t, "name.columnKey", "{" + t.text() + "}");
                return new ColumnSelector.ColumnKey(t.text());
            case LABEL:
                known(vocabulary.knows(context, Vocabulary.Kind.COLUMN_LABEL, t.text()), t, "name.columnLabel", t.text());
                return new ColumnSelector.ColumnLabel(t.text());
            case STAR:
                return new ColumnSelector.AnyColumn();
            default:
                tokens.back();
                throw tokens.unexpected(RulesMessages.both("expected.column"));
        }
    }
}
