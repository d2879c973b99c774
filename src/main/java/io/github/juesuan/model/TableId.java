package io.github.juesuan.model;

import java.util.Optional;

/** The canonical tables of a 部门决算公开 set, by the Shanxi/central numbering. */
public enum TableId {
    /** 公开01表 收入支出决算总表. */
    T01("01", "收入支出决算总表"),
    /** 公开02表 收入决算表. */
    T02("02", "收入决算表"),
    /** 公开03表 支出决算表. */
    T03("03", "支出决算表"),
    /** 公开04表 财政拨款收入支出决算总表. */
    T04("04", "财政拨款收入支出决算总表"),
    /** 公开05表 一般公共预算财政拨款支出决算表. */
    T05("05", "一般公共预算财政拨款支出决算表"),
    /** 公开06表 一般公共预算财政拨款基本支出决算明细表. */
    T06("06", "一般公共预算财政拨款基本支出决算明细表"),
    /** 公开07表 政府性基金预算财政拨款收入支出决算表. */
    T07("07", "政府性基金预算财政拨款收入支出决算表"),
    /** 公开08表 国有资本经营预算财政拨款支出决算表. */
    T08("08", "国有资本经营预算财政拨款支出决算表"),
    /** 公开09表 财政拨款“三公”经费支出决算表. */
    T09("09", "财政拨款“三公”经费支出决算表"),
    /** 公开10表 部门决算公开相关信息统计表 (Shanxi only). */
    T10("10", "部门决算公开相关信息统计表"),
    /** 项目支出绩效自评表, one per project. */
    PERF("PERF", "项目支出绩效自评表");

    private final String code;
    private final String title;

    TableId(String code, String title) {
        this.code = code;
        this.title = title;
    }

    /** The short code used in rules and reports: {@code 01}…{@code 10}, {@code PERF}. */
    public String code() {
        return code;
    }

    /** The standard title. */
    public String title() {
        return title;
    }

    /** The table with this code ({@code "01"}, {@code "1"}, {@code "PERF"}), if any. */
    public static Optional<TableId> ofCode(String code) {
        String c = code.trim().toUpperCase(java.util.Locale.ROOT);
        if (c.length() == 1 && Character.isDigit(c.charAt(0))) {
            c = "0" + c;
        }
        for (TableId id : values()) {
            if (id.code.equals(c)) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }
}
