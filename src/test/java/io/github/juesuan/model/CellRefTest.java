package io.github.juesuan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class CellRefTest {
    @Test
    void readsAndWritesA1() {
        CellRef c27 = CellRef.parse("C27");
        assertEquals(26, c27.row());
        assertEquals(2, c27.column());
        assertEquals("C27", c27.toString());
        assertEquals(CellRef.of(26, 2), c27);
        assertEquals(CellRef.of(26, 2).hashCode(), c27.hashCode());
        assertNotEquals(CellRef.of(2, 26), c27);
        assertEquals(CellRef.of(0, 26), CellRef.parse("AA1"));
        assertEquals(CellRef.of(2, 26), CellRef.parse("aa3"));
        assertEquals("A1", CellRef.of(0, 0).toString());
        assertEquals("Z1", CellRef.of(0, 25).toString());
        assertEquals("XFD1048576", CellRef.of(1_048_575, 16_383).toString());
    }

    @Test
    void theSameCellSharesItsText() {
        assertSame(CellRef.of(26, 2).toString(), CellRef.parse("C27").toString());
        assertSame(CellRef.a1(9, 3), CellRef.a1(9, 3));
    }

    @Test
    void boundsAreTheIntRangeOfOneBasedNumbers() {
        CellRef last = CellRef.of(CellRef.MAX_INDEX, CellRef.MAX_INDEX);
        assertEquals("FXSHRXW2147483647", last.toString());
        assertEquals(last, CellRef.parse("FXSHRXW2147483647"));
        assertEquals("FXSHRXW", CellRef.letters(CellRef.MAX_INDEX));
        assertThrows(IllegalArgumentException.class, () -> CellRef.of(-1, 0));
        assertThrows(IllegalArgumentException.class, () -> CellRef.of(0, -1));
        assertThrows(IllegalArgumentException.class, () -> CellRef.of(Integer.MAX_VALUE, 0));
        assertThrows(IllegalArgumentException.class, () -> CellRef.of(0, Integer.MAX_VALUE));
        assertThrows(IllegalArgumentException.class, () -> CellRef.a1(-1, 0));
        assertThrows(IllegalArgumentException.class, () -> CellRef.letters(-1));
        assertThrows(IllegalArgumentException.class, () -> CellRef.parse("A2147483648"));
        assertThrows(IllegalArgumentException.class, () -> CellRef.parse("FXSHRXX1"));
        assertThrows(IllegalArgumentException.class, () -> CellRef.parse("A99999999999999999999"));
    }

    @Test
    void refusesWhatIsNoA1ReferenceOfOneCell() {
        for (String bad : new String[] {"", "C", "27", "C0", "$C$27", "C27:D28", "Sheet1!C27", "C 27", " C27",
                "C27 ", "C-1", "C+1", "3C", "C2a", "公开01表", "Ｃ27", "C２7"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CellRef.parse(bad), bad);
            assertEquals("not an A1 cell reference: \"" + bad + "\"", e.getMessage());
            assertEquals(Optional.empty(), CellRef.tryParse(bad), bad);
        }
        assertEquals(Optional.of(CellRef.of(0, 0)), CellRef.tryParse("A1"));
        assertThrows(NullPointerException.class, () -> CellRef.parse(null));
    }

    @Test
    void ordersRowFirst() {
        assertTrue(CellRef.parse("Z1").compareTo(CellRef.parse("A2")) < 0);
        assertTrue(CellRef.parse("B2").compareTo(CellRef.parse("A2")) > 0);
        assertEquals(0, CellRef.parse("B2").compareTo(CellRef.of(1, 1)));
    }

    @Test
    void aSourceMadeFromACellIsTheSourceMadeFromItsText() {
        Source byRef = new Source("f.xlsx", "公开01表", CellRef.of(26, 2), "400.55");
        Source byText = new Source("f.xlsx", "公开01表", "C27", "400.55");
        assertEquals(byText, byRef);
        assertEquals(byText.hashCode(), byRef.hashCode());
        assertEquals("f.xlsx 公开01表!C27", byRef.toString());
        assertEquals(Optional.of(CellRef.of(26, 2)), byRef.ref());
        assertEquals(Optional.empty(), new Source("f.xlsx", "s", "X", "").ref());
    }
}
