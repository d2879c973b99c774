package io.github.juesuan.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How computed numbers are shown in substituted expressions. */
final class Numbers {
    private Numbers() {
    }

    /** A computed value: as is, or at four decimals when a division made it longer. */
    static String display(BigDecimal v) {
        BigDecimal s = v.scale() > 4 ? v.setScale(4, RoundingMode.HALF_UP) : v;
        return s.toPlainString();
    }

    /** A difference: at most four decimals, trailing zeros dropped. */
    static BigDecimal shown(BigDecimal v) {
        BigDecimal s = v.scale() > 4 ? v.setScale(4, RoundingMode.HALF_UP) : v;
        s = s.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
