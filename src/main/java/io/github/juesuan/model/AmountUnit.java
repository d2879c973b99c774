package io.github.juesuan.model;

/** The amount unit a table declares (金额单位). */
public enum AmountUnit {
    /** 万元: figures with two decimals. */
    WAN_YUAN("万元", 2, 0),
    /** 元. */
    YUAN("元", 2, 4),
    /** The table does not say. */
    UNSTATED("", 2, 0),
    /** 千元 (1 万元 = 10 千元). */
    THOUSAND_YUAN("千元", 2, 1);

    private final String label;
    private final int decimals;
    private final int placesBelowWanYuan;

    AmountUnit(String label, int decimals, int placesBelowWanYuan) {
        this.label = label;
        this.decimals = decimals;
        this.placesBelowWanYuan = placesBelowWanYuan;
    }

    /**
     * How many places the decimal point moves left to turn a figure in this unit into 万元.
     *
     * @return 4 for 元 (1 万元 = 10,000 元), 1 for 千元, 0 for 万元 and for {@link #UNSTATED}
     */
    public int placesBelowWanYuan() {
        return placesBelowWanYuan;
    }

    /**
     * The unit a 金额单位 field names, from the text after its colon.
     *
     * @param word the unit as printed, normalised ({@code 万元}, {@code 千元}, {@code 元})
     * @return the unit, or {@link #UNSTATED} for a word that is none of them (亿元 is not read as 元)
     */
    public static AmountUnit of(String word) {
        for (AmountUnit u : values()) {
            if (u != UNSTATED && u.label.equals(word)) {
                return u;
            }
        }
        return UNSTATED;
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
