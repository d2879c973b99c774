package io.github.juesuan.model;

/** The amount unit a table declares (金额单位). */
public enum AmountUnit {
    /** 万元: figures with two decimals. */
    WAN_YUAN("万元", 2),
    /** 元. */
    YUAN("元", 2),
    /** The table does not say. */
    UNSTATED("", 2);

    private final String label;
    private final int decimals;

    AmountUnit(String label, int decimals) {
        this.label = label;
        this.decimals = decimals;
    }

    /** The Chinese word. */
    public String label() {
        return label;
    }

    /** How many decimals a figure in this unit is printed with, normally. */
    public int decimals() {
        return decimals;
    }
}
