package io.github.juesuan.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which table a {@link Table} is: one of the eleven standard tables (the Shanxi/central numbering 01–10 and
 * the 项目支出绩效自评表 {@code PERF}), or a table kind that the reader's catalogue declares for a provincial set
 * (a code such as {@code SC.DETAIL}). A value: two ids are equal when their codes are.
 *
 * <p>The standard ids sort first, in their numbering; other kinds follow by code.
 */
public final class TableId implements Comparable<TableId> {
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9._-]{0,31}");

    /** 公开01表 收入支出决算总表. */
    public static final TableId T01 = new TableId("01", "收入支出决算总表", 1);
    /** 公开02表 收入决算表. */
    public static final TableId T02 = new TableId("02", "收入决算表", 2);
    /** 公开03表 支出决算表. */
    public static final TableId T03 = new TableId("03", "支出决算表", 3);
    /** 公开04表 财政拨款收入支出决算总表. */
    public static final TableId T04 = new TableId("04", "财政拨款收入支出决算总表", 4);
    /** 公开05表 一般公共预算财政拨款支出决算表. */
    public static final TableId T05 = new TableId("05", "一般公共预算财政拨款支出决算表", 5);
    /** 公开06表 一般公共预算财政拨款基本支出决算明细表. */
    public static final TableId T06 = new TableId("06", "一般公共预算财政拨款基本支出决算明细表", 6);
    /** 公开07表 政府性基金预算财政拨款收入支出决算表. */
    public static final TableId T07 = new TableId("07", "政府性基金预算财政拨款收入支出决算表", 7);
    /** 公开08表 国有资本经营预算财政拨款支出决算表. */
    public static final TableId T08 = new TableId("08", "国有资本经营预算财政拨款支出决算表", 8);
    /** 公开09表 财政拨款“三公”经费支出决算表. */
    public static final TableId T09 = new TableId("09", "财政拨款“三公”经费支出决算表", 9);
    /** 公开10表 部门决算公开相关信息统计表 (Shanxi only). */
    public static final TableId T10 = new TableId("10", "部门决算公开相关信息统计表", 10);
    /** 项目支出绩效自评表, one per project. */
    public static final TableId PERF = new TableId("PERF", "项目支出绩效自评表", 11);

    private static final List<TableId> STANDARD = List.of(T01, T02, T03, T04, T05, T06, T07, T08, T09, T10, PERF);

    private final String code;
    private final String title;
    /** 1–11 for the standard ids in their order, 0 for the others. */
    private final int rank;

    private TableId(String code, String title, int rank) {
        this.code = code;
        this.title = title;
        this.rank = rank;
    }

    /**
     * The eleven standard ids in their numbering order, {@code PERF} last.
     *
     * @return an unmodifiable list of {@link #T01} to {@link #T10} and {@link #PERF}
     */
    public static List<TableId> standard() {
        return STANDARD;
    }

    /**
     * The short code used in rules and reports.
     *
     * @return {@code 01}…{@code 10}, {@code PERF}, or a catalogue kind's code (upper case)
     */
    public String code() {
        return code;
    }

    /**
     * The standard title, or the catalogue's first title for another kind.
     *
     * @return the title without the table number ({@code 收入支出决算总表})
     */
    public String title() {
        return title;
    }

    /**
     * Whether this is one of the {@linkplain #standard() standard} ids.
     *
     * @return true for {@code 01}…{@code 10} and {@code PERF}
     */
    public boolean isStandard() {
        return rank > 0;
    }

    /**
     * The standard table with this code, if any.
     *
     * @param code the code, trimmed and compared upper-cased; a single digit stands for its two-digit code
     *             ({@code "1"} for {@code 01}, {@code "perf"} for {@code PERF})
     * @return the standard id, or empty when the code is not a standard one
     * @throws NullPointerException if {@code code} is null
     */
    public static Optional<TableId> ofCode(String code) {
        Objects.requireNonNull(code, "code");
        String c = normalise(code);
        for (TableId id : STANDARD) {
            if (id.code.equals(c)) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    /**
     * The id with this code: the standard one where the code is standard (its title wins), otherwise a table kind
     * of the given title.
     *
     * @param code  letters, digits, {@code .}, {@code _} and {@code -}, at most 32; compared upper-cased
     * @param title the kind's standard title
     * @return the standard id for a standard code, otherwise an id of that code and title
     * @throws IllegalArgumentException if the code is not of that form
     */
    public static TableId of(String code, String title) {
        Objects.requireNonNull(title, "title");
        String c = normalise(Objects.requireNonNull(code, "code"));
        Optional<TableId> standard = ofCode(c);
        if (standard.isPresent()) {
            return standard.get();
        }
        if (!isCode(c)) {
            throw new IllegalArgumentException("not a table code: «" + code + "» (letters, digits, . _ -)");
        }
        return new TableId(c, title, 0);
    }

    /**
     * Whether the text is a well-formed table code (after upper-casing).
     *
     * @param code the text to test, or {@code null}
     * @return true for 1–32 letters, digits, {@code .}, {@code _} and {@code -} starting with a letter or digit;
     *         false for {@code null}
     */
    public static boolean isCode(String code) {
        Objects.requireNonNull(code, "code");
        return code != null && CODE.matcher(normalise(code)).matches();
    }

    private static String normalise(String code) {
        String c = code.trim().toUpperCase(Locale.ROOT);
        if (c.length() == 1 && Character.isDigit(c.charAt(0))) {
            c = "0" + c;
        }
        return c;
    }

    @Override
    public int compareTo(TableId o) {
        Objects.requireNonNull(o, "o");
        if (rank != o.rank) {
            // standard ids (rank 1–11) first, in order; other kinds (rank 0) after them
            return rank == 0 ? 1 : o.rank == 0 ? -1 : Integer.compare(rank, o.rank);
        }
        return code.compareTo(o.code);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TableId other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /** The code, e.g. {@code 01} or {@code PERF}. */
    @Override
    public String toString() {
        return code;
    }
}
