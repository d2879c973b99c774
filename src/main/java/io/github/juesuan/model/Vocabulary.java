package io.github.juesuan.model;

/**
 * The rows and columns the tables can have: what a rule pack may name. A pack compiled with a vocabulary
 * refuses, at its {@code file:line:column}, a 行次, key, label, 科目代码 or column that no table of that kind
 * can have, instead of a rule that is NOT_EVALUABLE in every workbook. The reader's vocabulary is
 * {@code JuesuanReader.vocabulary()}; {@link #ANY} accepts every name (syntax is still checked). The rule
 * language ({@code RulePack.load}, {@code RulePack.parse}) asks it while compiling.
 */
@FunctionalInterface
public interface Vocabulary {
    /** Accepts every name. */
    Vocabulary ANY = (table, kind, name) -> true;

    /** What a rule names. */
    enum Kind {
        /** A standard 行次 ({@code R27}), as digits. */
        LINE,
        /** A row key ({@code {inc.total}}). */
        ROW_KEY,
        /** The start of row keys ({@code {ind.*}} gives {@code ind.}). */
        ROW_KEY_PREFIX,
        /** A row label as written between 「」. */
        ROW_LABEL,
        /** A well-formed 科目代码 ({@code #206}), as digits. */
        CODE,
        /** A standard 栏次 ({@code C1}), as digits. */
        COLUMN_NUMBER,
        /** A column key ({@code .{basic}}). */
        COLUMN_KEY,
        /** A column header as written between 「」. */
        COLUMN_LABEL
    }

    /**
     * Whether a table of this kind can have what the name says; labels are compared as the engine does.
     *
     * @param table the table kind the rule addresses
     * @param kind  what the name is (a 行次, a key, a label, ...)
     * @param name  the name as the rule writes it, digits only for {@link Kind#LINE}, {@link Kind#CODE} and
     *              {@link Kind#COLUMN_NUMBER}
     * @return true when some table of that kind can have it
     */
    boolean knows(TableId table, Kind kind, String name);
}
