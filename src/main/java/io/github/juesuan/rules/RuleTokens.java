package io.github.juesuan.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * The tokens of one line of rule text and the read position in them. A table is written {@code [01]}, a row key
 * {@code {inc.total}}, a label {@code 「本年收入合计」}, a 科目代码 {@code #2060799}, a 行次 {@code R27} and a 栏次
 * {@code C1}; full-width parentheses, commas and colons, the ideographic space and the signs − × ÷ ≤ ≥ are read as
 * their ASCII forms, since Chinese input methods type them. Errors point at the column of the text where the
 * token starts, counted from the start of the pack line.
 */
final class RuleTokens {
    /** What a token is. */
    enum Kind { TABLE, LINE, COLNUM, CODE, KEY, LABEL, NUMBER, IDENT, OP, CMP, LPAREN, RPAREN, COMMA, COLON,
        DOT, RANGE, STAR, END }

    /**
     * One token.
     *
     * @param type   what it is
     * @param text   its text: the inside of brackets, braces and quotes, the digits of R, C and #, an operator
     *               in its ASCII form
     * @param column where it starts in the text, 0-based
     */
    record Token(Kind type, String text, int column) {
    }

    private final String source;
    private final int lineNumber;
    private final int columnOffset;
    private final List<Token> tokens;
    private int pos;

    /**
     * Splits the text into tokens.
     *
     * @param source       the pack's name, for errors
     * @param lineNumber   the line of the pack the text is on
     * @param columnOffset where the text starts on that line, 0-based
     * @throws RuleSyntaxException at the first character that starts no token, or an unclosed bracket
     */
    RuleTokens(String source, int lineNumber, int columnOffset, String text) throws RuleSyntaxException {
        this.source = source;
        this.lineNumber = lineNumber;
        this.columnOffset = columnOffset;
        this.tokens = tokenize(text);
    }

    /** An error at this column of the text (0-based), reported 1-based from the start of the pack line. */
    RuleSyntaxException error(int column, String message) {
        return new RuleSyntaxException(source, lineNumber, columnOffset + column + 1, message);
    }

    Token peek() {
        return tokens.get(pos);
    }

    /** The token after the current one; there is one unless the current one is the {@link Kind#END}. */
    Token peekSecond() {
        return tokens.get(pos + 1);
    }

    Token next() {
        return tokens.get(pos++);
    }

    /** Steps back over the token just taken, so that an error points at it. */
    void back() {
        pos--;
    }

    boolean at(Kind type) {
        return peek().type() == type;
    }

    boolean atIdent(String word) {
        return peek().type() == Kind.IDENT && peek().text().equals(word);
    }

    Token expect(Kind type, String what) throws RuleSyntaxException {
        if (!at(type)) {
            throw unexpected(what);
        }
        return next();
    }

    /** An error at the current token: {@code what} was expected there. */
    RuleSyntaxException unexpected(String what) {
        Token t = peek();
        String got = t.type() == Kind.END ? RulesMessages.both("expected.endOfLine")
                : RulesMessages.both("syntax.token", t.text());
        return error(t.column(), RulesMessages.both("syntax.expected", what, got));
    }

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
                i = enclosed(s, i, ']', Kind.TABLE, "syntax.unclosedBracket", out);
            } else if (ch == '{') {
                i = enclosed(s, i, '}', Kind.KEY, "syntax.unclosedBrace", out);
            } else if (ch == '「') {
                i = enclosed(s, i, '」', Kind.LABEL, "syntax.unclosedQuote", out);
            } else if (ch == '#') {
                int j = i + 1;
                while (j < s.length() && Character.isDigit(s.charAt(j))) {
                    j++;
                }
                if (j == i + 1) {
                    throw error(i, RulesMessages.both("syntax.codeAfterHash"));
                }
                out.add(new Token(Kind.CODE, s.substring(i + 1, j), start));
                i = j;
            } else if ((ch == 'R' || ch == 'C') && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))) {
                int j = i + 1;
                while (j < s.length() && Character.isDigit(s.charAt(j))) {
                    j++;
                }
                out.add(new Token(ch == 'R' ? Kind.LINE : Kind.COLNUM, s.substring(i + 1, j), start));
                i = j;
            } else if (Character.isDigit(ch)) {
                int j = i;
                while (j < s.length() && (Character.isDigit(s.charAt(j))
                        || s.charAt(j) == '.' && j + 1 < s.length() && Character.isDigit(s.charAt(j + 1)))) {
                    j++;
                }
                out.add(new Token(Kind.NUMBER, s.substring(i, j), start));
                i = j;
            } else if (Character.isLetter(ch) && ch < 0x80) {
                int j = i;
                while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '-')
                        && s.charAt(j) < 0x80) {
                    j++;
                }
                out.add(new Token(Kind.IDENT, s.substring(i, j), start));
                i = j;
            } else if (ch == '.' && i + 1 < s.length() && s.charAt(i + 1) == '.') {
                out.add(new Token(Kind.RANGE, "..", start));
                i += 2;
            } else if (ch == '.') {
                out.add(new Token(Kind.DOT, ".", start));
                i++;
            } else if (ch == '*') {
                out.add(new Token(Kind.STAR, "*", start));
                i++;
            } else if (ch == '+' || ch == '-' || ch == '−' || ch == '×' || ch == '/' || ch == '÷') {
                String op = ch == '−' ? "-" : ch == '×' ? "*" : ch == '÷' ? "/" : String.valueOf(ch);
                out.add(new Token(Kind.OP, op, start));
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
                out.add(new Token(Kind.CMP, op, start));
            } else if (ch == '(' || ch == '（') {
                out.add(new Token(Kind.LPAREN, "(", start));
                i++;
            } else if (ch == ')' || ch == '）') {
                out.add(new Token(Kind.RPAREN, ")", start));
                i++;
            } else if (ch == ',' || ch == '，') {
                out.add(new Token(Kind.COMMA, ",", start));
                i++;
            } else if (ch == ':' || ch == '：') {
                out.add(new Token(Kind.COLON, ":", start));
                i++;
            } else {
                throw error(i, RulesMessages.both("syntax.unexpectedCharacter", ch));
            }
        }
        out.add(new Token(Kind.END, "", s.length()));
        return out;
    }

    /**
     * The token from the opening character at {@code open} to the first {@code close} after it, its text stripped
     * and without the two; returns where the text after it starts.
     *
     * @throws RuleSyntaxException at the opening character, with the message {@code unclosed}, when nothing closes it
     */
    private int enclosed(String s, int open, char close, Kind kind, String unclosed, List<Token> out)
            throws RuleSyntaxException {
        int end = s.indexOf(close, open);
        if (end < 0) {
            throw error(open, RulesMessages.both(unclosed));
        }
        out.add(new Token(kind, s.substring(open + 1, end).strip(), open));
        return end + 1;
    }
}
