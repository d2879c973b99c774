package io.github.juesuan.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Random access to a sheet's cells: positions, each row's non-blank cells, merged regions. */
class GridTest {

    private static final RawCell TITLE = RawCell.text(0, 0, "收入支出决算总表", false);
    private static final RawCell BLANK = RawCell.text(0, 3, " \u3000 ", false);
    private static final RawCell AMOUNT = RawCell.number(2, 1, 12.5, 4, "#,##0.00", false);
    private static final RawCell LABEL = RawCell.text(2, 0, " 项目 ", false);
    private static final RawCell EMPTY = RawCell.text(4, 2, "", false);

    @Test
    void cellsByPositionAndNonBlankCellsByRow() {
        Grid grid = new Grid(new RawSheet("表", 0, false, List.of(TITLE, BLANK, LABEL, AMOUNT, EMPTY), List.of()));
        assertSame(TITLE, grid.at(0, 0));
        assertSame(BLANK, grid.at(0, 3));
        assertSame(AMOUNT, grid.at(2, 1));
        assertNull(grid.at(0, 1));
        assertNull(grid.at(1, 0));
        assertNull(grid.at(2, 2));
        assertNull(grid.at(5, 0));
        assertNull(grid.at(-1, 0));
        assertNull(grid.at(0, -1));
        assertEquals(List.of(TITLE), grid.nonBlank(0)); // the row's blank text is left out
        assertEquals(List.of(), grid.nonBlank(1));
        assertEquals(List.of(LABEL, AMOUNT), grid.nonBlank(2));
        assertEquals(List.of(), grid.nonBlank(4)); // only an empty text
        assertEquals(List.of(), grid.nonBlank(9));
        assertEquals(List.of(), grid.nonBlank(-1));
        assertEquals(4, grid.lastRow());
        assertEquals(3, grid.lastCol());
        List<RawCell> row = grid.nonBlank(2);
        assertThrows(IndexOutOfBoundsException.class, () -> row.get(2));
        assertThrows(UnsupportedOperationException.class, () -> row.add(TITLE));
    }

    @Test
    void cellsOutOfOrderAreFoundAsInOrder() {
        Grid grid = new Grid(new RawSheet("表", 0, false, List.of(AMOUNT, TITLE, LABEL), List.of()));
        assertSame(TITLE, grid.at(0, 0));
        assertSame(LABEL, grid.at(2, 0));
        assertSame(AMOUNT, grid.at(2, 1));
        assertEquals(List.of(LABEL, AMOUNT), grid.nonBlank(2));
    }

    @Test
    void mergedRegionsResolveToTheirTopLeftCell() {
        Merge header = new Merge(0, 0, 1, 2);
        Merge side = new Merge(2, 0, 3, 0);
        Grid grid = new Grid(new RawSheet("表", 0, false, List.of(TITLE, LABEL, AMOUNT), List.of(header, side)));
        assertSame(TITLE, grid.visible(1, 2));
        assertSame(TITLE, grid.visible(0, 1));
        assertSame(TITLE, grid.visible(0, 0));
        assertSame(LABEL, grid.visible(3, 0));
        assertNull(grid.visible(3, 1));
        assertTrue(grid.mergedAway(1, 1));
        assertFalse(grid.mergedAway(0, 0));
        assertFalse(grid.mergedAway(2, 0));
        assertTrue(grid.mergedAway(3, 0));
        assertSame(header, grid.mergeCovering(1, 0));
        assertNull(grid.mergeCovering(0, 0));
        assertSame(header, grid.mergeAt(0, 0));
        assertSame(side, grid.mergeAt(2, 0));
        assertNull(grid.mergeAt(0, 1));
    }

    @Test
    void theLaterOfOverlappingRegionsWinsAndHugeRegionsOnlyNameTheirCorner() {
        Merge first = new Merge(0, 0, 0, 3);
        Merge second = new Merge(0, 0, 1, 1);
        Merge huge = new Merge(10, 0, 200, 100);
        Grid grid = new Grid(new RawSheet("表", 0, false, List.of(TITLE), List.of(first, second, huge)));
        assertSame(second, grid.mergeAt(0, 0));
        assertSame(second, grid.mergeCovering(0, 1));
        assertSame(first, grid.mergeCovering(0, 2));
        assertSame(second, grid.mergeCovering(1, 0));
        assertSame(huge, grid.mergeAt(10, 0));
        assertNull(grid.mergeCovering(11, 1)); // more than 4,096 cells: not spread over its positions
        assertFalse(grid.mergedAway(11, 1));
    }

    @Test
    void manyRegionsAreAllFound() {
        List<Merge> merges = new ArrayList<>();
        for (int r = 0; r < 300; r++) {
            merges.add(new Merge(r * 3, 0, r * 3 + 2, 4));
        }
        Grid grid = new Grid(new RawSheet("表", 0, false, List.of(TITLE), merges));
        for (int r = 0; r < 300; r++) {
            assertSame(merges.get(r), grid.mergeAt(r * 3, 0));
            assertSame(merges.get(r), grid.mergeCovering(r * 3 + 2, 4));
            assertNull(grid.mergeCovering(r * 3, 5));
        }
        assertSame(TITLE, grid.visible(2, 4));
        assertNull(grid.visible(3, 1));
    }
}
