package io.github.juesuan.model;

/** The unit printed after a number in a disclosure's words. */
public enum NarrativeUnit {
    /** 万元. */
    WAN_YUAN("万元"),
    /** 亿元. */
    YI_YUAN("亿元"),
    /** 元. */
    YUAN("元"),
    /** A percentage: {@code %} or {@code ％}. */
    PERCENT("%"),
    /** 个: a count of items (projects, groups). */
    ITEM("个"),
    /** 辆: vehicles. */
    VEHICLE("辆"),
    /** 人次: person-visits. */
    PERSON_TIME("人次"),
    /** 批次: batches (of visitors). */
    BATCH("批次"),
    /** 台（套）, 台 or 套: pieces of equipment. */
    EQUIPMENT("台(套)");

    private final String label;

    NarrativeUnit(String label) {
        this.label = label;
    }

    /**
     * The unit as usually printed.
     *
     * @return the Chinese unit ({@code 万元}, {@code 人次}, {@code 台(套)}), or {@code %} for a percentage
     */
    public String label() {
        return label;
    }

    /**
     * Whether the unit is money.
     *
     * @return true for 万元, 亿元 and 元
     */
    public boolean isMoney() {
        return this == WAN_YUAN || this == YI_YUAN || this == YUAN;
    }

    /**
     * Whether the unit counts things.
     *
     * @return true for 个, 辆, 人次, 批次 and 台(套); false for money and percentages
     */
    public boolean isCount() {
        return !isMoney() && this != PERCENT;
    }
}
