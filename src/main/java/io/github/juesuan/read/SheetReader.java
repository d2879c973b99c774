package io.github.juesuan.read;

import io.github.juesuan.model.PerformanceEvaluation;
import io.github.juesuan.model.Problem;
import io.github.juesuan.model.Source;
import io.github.juesuan.model.Table;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the tables on one sheet: finds their titles ({@link TitleFinder}), segments each table's rows
 * ({@link BlockSegmenter}) and hands it to the reader of its catalogue kind ({@link TableReader#of},
 * {@link PerformanceReader}). Knows no particular table: that is the catalogue's.
 */
final class SheetReader {
    private static final Logger LOG = LoggerFactory.getLogger(SheetReader.class);
    /** How far down a cover or a sheet's top a heading line naming the unit is looked for. */
    private static final int HEADING_ROWS = 10;

    private final String file;
    private final TitleFinder titles;
    private final List<Problem> problems;
    final List<Table> tables = new ArrayList<>();
    final List<PerformanceEvaluation> evaluations = new ArrayList<>();
    /** Unit names printed in heading lines outside any table (a cover, or a line above the first title). */
    final List<String> headingUnits = new ArrayList<>();
    /** Unit names printed in 绩效表 (实施单位 / 预算单位). */
    final List<String> perfUnits = new ArrayList<>();

    SheetReader(String file, Catalogue catalogue, List<Problem> problems) {
        this.file = file;
        this.titles = new TitleFinder(catalogue);
        this.problems = problems;
    }

    void read(RawSheet sheet) {
        Grid grid = new Grid(sheet);
        List<TitleFinder.Title> found = titles.find(grid);
        headings(sheet, found.isEmpty() ? HEADING_ROWS : Math.min(HEADING_ROWS, found.get(0).row()));
        if (found.isEmpty()) {
            boolean numbers = sheet.cells().stream().anyMatch(c -> c.type() == RawType.NUMBER
                    || c.type() == RawType.TEXT && CellFigures.parseNumber(TextFolding.trim(c.text())) != null);
            if (numbers && !sheet.hidden()) {
                Source at = new Source(file, sheet.name(), "A1", CellFigures.raw(grid.at(0, 0)));
                problems.add(ReadingProblems.unrecognisedSheet(at, sheet.name()));
            }
            return;
        }
        for (int i = 0; i < found.size(); i++) {
            TitleFinder.Title t = found.get(i);
            int end = i + 1 < found.size() ? found.get(i + 1).row() - 1 : grid.lastRow();
            Block block = new Block(grid, t.def(), t.row(), t.col(), end);
            try {
                if (t.def().kind() == Catalogue.Kind.PERF) {
                    PerformanceEvaluation e = new PerformanceReader(file, block, problems, evaluations.size() + 1).read();
                    if (e != null) {
                        evaluations.add(e);
                        String unit = e.unit() == null || e.unit().isBlank() ? UnitNames.perfUnit(block) : e.unit();
                        if (unit != null && !unit.isBlank()) {
                            perfUnits.add(UnitNames.withoutCode(unit));
                        }
                    }
                } else {
                    Table table = readTable(block);
                    if (table != null) {
                        tables.add(table);
                    }
                }
            } catch (RuntimeException e) {
                // A layout this code did not foresee must not cost the rest of the workbook.
                LOG.debug("failed to read table {} on {}", t.def().id(), sheet.name(), e);
                problems.add(ReadingProblems.tableUnreadable(TableReader.titleSource(file, block), t.def().id(), e));
            }
        }
    }

    /** Heading lines that name the unit in the first rows of a sheet, above its first table. */
    private void headings(RawSheet sheet, int rows) {
        if (sheet.hidden()) {
            return;
        }
        for (RawCell c : sheet.cells()) {
            if (c.row() < rows && c.type() == RawType.TEXT) {
                String named = UnitNames.fromHeading(c.text());
                if (named != null) {
                    headingUnits.add(named);
                }
            }
        }
    }

    private Table readTable(Block block) {
        BlockLayout layout = BlockSegmenter.segment(block);
        Source at = TableReader.titleSource(file, block);
        if (block.def.generic()) {
            // A title the catalogue does not know: read only where its rows are 科目代码, and never a warning.
            List<Problem> own = new ArrayList<>();
            Table table = layout == null ? null : TableReader.of(file, block, layout, own).read();
            String title = TextFolding.trim(Grid.text(block.grid.at(block.titleRow, block.titleCol)));
            boolean coded = table != null && table.rows().stream().anyMatch(r -> r.code() != null);
            if (!coded) {
                problems.add(ReadingProblems.unknownTable(at, title));
                return null;
            }
            problems.add(ReadingProblems.genericTable(at, title));
            problems.addAll(own);
            return table;
        }
        if (layout == null) {
            problems.add(ReadingProblems.noHeader(at, block.def.id()));
            return null;
        }
        return TableReader.of(file, block, layout, problems).read();
    }

    /** See {@link LabelMatcher#matches}; kept for {@link PerformanceReader}. */
    static boolean matches(Catalogue.RowDef d, String f) {
        return LabelMatcher.matches(d, f);
    }
}
