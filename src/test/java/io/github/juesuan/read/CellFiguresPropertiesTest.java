package io.github.juesuan.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import org.junit.jupiter.api.Test;

/** {@link CellFigures#shortDecimal} gives what {@code BigDecimal.valueOf(d)} cut at 15 digits gives, scale included. */
class CellFiguresPropertiesTest {
    private static final MathContext FIFTEEN = new MathContext(15, RoundingMode.HALF_UP);

    /** The decimal the reader made of a stored double before the shortcut, trailing zeros stripped. */
    private static BigDecimal slow(double d) {
        BigDecimal v = BigDecimal.valueOf(d);
        if (v.precision() > 15) {
            v = v.round(FIFTEEN);
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static void same(double d) {
        BigDecimal fast = CellFigures.shortDecimal(d);
        if (fast != null) {
            BigDecimal expected = slow(d);
            assertEquals(expected, fast, () -> Double.toString(d));
        }
    }

    @Test
    void typedFiguresAreTheirShortestDecimal() {
        // figures as people type them: up to 15 digits with 0–9 decimals, stored as the nearest double
        qt().withExamples(20_000)
                .forAll(longs().between(-999_999_999_999_999L, 999_999_999_999_999L), integers().between(0, 9))
                .checkAssert((m, s) -> {
                    double d = BigDecimal.valueOf(m, s).doubleValue();
                    same(d);
                    assertNotNull(CellFigures.shortDecimal(d), () -> m + "e-" + s);
                });
    }

    @Test
    void anyDoubleIsEitherLeftToTheSlowPathOrTheSame() {
        qt().withExamples(20_000).forAll(doubles().any()).checkAssert(CellFiguresPropertiesTest::same);
        qt().withExamples(20_000).forAll(doubles().between(-1e7, 1e7)).checkAssert(CellFiguresPropertiesTest::same);
        qt().withExamples(20_000).forAll(longs().all()).checkAssert(bits -> same(Double.longBitsToDouble(bits)));
    }

    @Test
    void edges() {
        for (double d : new double[] {0.0, -0.0, 0.1, 0.2, 0.1 + 0.2, 1e-9, 1.5e-9, 123456789.123456, 7553035.259999998,
                999_999_999_999_999.0, 1e15, 1e15 + 2, 4.35, 400.55, -400.55, 2.675, 1.005, Double.MIN_VALUE,
                Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY, 9007199254740993.0}) {
            same(d);
        }
        assertEquals(new BigDecimal("400.55"), CellFigures.shortDecimal(400.55));
        assertEquals(null, CellFigures.shortDecimal(7553035.259999998)); // Excel's binary noise: the slow path cuts it
        assertEquals(BigDecimal.ZERO, CellFigures.shortDecimal(-0.0));
        assertEquals(null, CellFigures.shortDecimal(0.1 + 0.2)); // 0.30000000000000004: 17 digits
        assertEquals(null, CellFigures.shortDecimal(Double.NaN));
    }
}
