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

    /**
     * The Chinese word.
     *
     * @return the unit as printed ({@code 万元}, {@code 元}), or the empty string for {@link #UNSTATED}
     */
    public String label() {
        return label;
    }

    /**
     * How many decimals a figure in this unit is printed with, normally.
     *
     * @return the usual number of decimals (2 for every unit)
     */
    public int decimals() {
        return decimals;
    }
}
