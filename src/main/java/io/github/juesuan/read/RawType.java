package io.github.juesuan.read;

/** What a stored cell holds. */
enum RawType {
    /** A number (possibly the cached result of a formula). */
    NUMBER,
    /** A string: shared, inline, or a formula's string result. */
    TEXT,
    /** A boolean, text "TRUE" or "FALSE". */
    BOOLEAN,
    /** An error value such as #REF! or #DIV/0!, text is the literal. */
    ERROR,
    /** A formula with no cached value: what it evaluates to is unknown. */
    NO_CACHED_VALUE
}
