package io.github.juesuan.rules;

/**
 * A rule pack or expression that cannot be compiled. The message names the source, line and column and
 * says what was expected.
 */
public final class RuleSyntaxException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The file or name of the rule pack. */
    private final String source;
    /** The 1-based line. */
    private final int line;
    /** The 1-based column. */
    private final int column;

    RuleSyntaxException(String source, int line, int column, String message) {
        super(source + ":" + line + ":" + column + ": " + message);
        this.source = source;
        this.line = line;
        this.column = column;
    }

    /**
     * The file or name of the rule pack.
     *
     * @return the name the message starts with
     */
    public String source() {
        return source;
    }

    /**
     * The 1-based line.
     *
     * @return the line of the rule pack where compiling stopped
     */
    public int line() {
        return line;
    }

    /**
     * The 1-based column.
     *
     * @return the column within that line
     */
    public int column() {
        return column;
    }
}
