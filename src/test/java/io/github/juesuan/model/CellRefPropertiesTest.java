package io.github.juesuan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;

/** {@link CellRef} against its own parser and against POI's A1 references. */
class CellRefPropertiesTest {
    @Test
    void anyCellRoundTripsThroughItsText() {
        qt().withExamples(2000)
                .forAll(integers().between(0, CellRef.MAX_INDEX), integers().between(0, CellRef.MAX_INDEX))
                .checkAssert((row, col) -> {
                    CellRef ref = CellRef.of(row, col);
                    CellRef back = CellRef.parse(ref.toString());
                    assertEquals(ref, back, ref.toString());
                    assertEquals(row.intValue(), back.row(), ref.toString());
                    assertEquals(col.intValue(), back.column(), ref.toString());
                    assertEquals(ref.toString(), CellRef.a1(row, col));
                    assertEquals(ref.toString().toLowerCase(java.util.Locale.ROOT),
                            CellRef.parse(ref.toString().toLowerCase(java.util.Locale.ROOT)).toString().toLowerCase(
                                    java.util.Locale.ROOT));
                });
    }

    @Test
    void cellsOfAnExcelSheetAreWrittenAsPoiWritesThem() {
        // both the shared texts near the top-left corner and those made when asked
        qt().withExamples(2000)
                .forAll(integers().between(0, 1_048_575), integers().between(0, 16_383))
                .checkAssert((row, col) -> {
                    String poi = new CellReference(row, col).formatAsString();
                    assertEquals(poi, CellRef.of(row, col).toString());
                    assertEquals(CellRef.of(row, col), CellRef.parse(poi));
                });
        qt().withExamples(2000)
                .forAll(integers().between(0, 4_200), integers().between(0, 300))
                .checkAssert((row, col) -> assertEquals(new CellReference(row, col).formatAsString(),
                        CellRef.a1(row, col)));
    }

    @Test
    void orderIsRowFirstThenColumn() {
        qt().withExamples(1000)
                .forAll(integers().between(0, 2_000), integers().between(0, 60), integers().between(0, 2_000),
                        integers().between(0, 60))
                .checkAssert((r1, c1, r2, c2) -> {
                    int expected = r1.equals(r2) ? Integer.compare(c1, c2) : Integer.compare(r1, r2);
                    assertEquals(Integer.signum(expected), Integer.signum(CellRef.of(r1, c1).compareTo(CellRef.of(r2, c2))));
                });
    }
}
