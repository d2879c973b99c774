package io.github.juesuan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class FigureTest {
    private static final Source B7 = new Source("f.xlsx", "绩效自评2", CellRef.parse("B7"), "");

    @Test
    void aFigureIsPrintedUnlessSaidToBeAssumed() {
        Figure printed = new Figure(Figure.Kind.NUMBER, BigDecimal.TEN, 2, "10", B7);
        Figure assumed = new Figure(Figure.Kind.NUMBER, BigDecimal.TEN, 2, "10（未列示，按默认）", B7, true);
        assertFalse(printed.assumed());
        assertTrue(assumed.assumed());
        assertEquals(BigDecimal.TEN, assumed.amount(), "an assumed figure takes part in identities like a printed one");
        assertNotEquals(new Figure(Figure.Kind.NUMBER, BigDecimal.TEN, 2, "10", B7, true), printed);
    }

    @Test
    void onlyANumberCanBeAssumed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Figure(Figure.Kind.BLANK, null, 2, "", B7, true));
        assertEquals("an assumed figure is a NUMBER: BLANK", e.getMessage());
    }
}
