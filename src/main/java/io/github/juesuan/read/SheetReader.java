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
 * {@link PerfReader}). Knows no particular table: that is the catalogue's.
 */
final class SheetReader {
    private static final Logger LOG = LoggerFactory.getLogger(SheetReader.class);

    private final String file;
    private final TitleFinder titles;
    private final List<Problem> problems;
    final List<Table> tables = new ArrayList<>();
    final List<PerformanceEvaluation> evaluations = new ArrayList<>();

    SheetReader(String file, Catalogue catalogue, List<Problem> problems) {
        this.file = file;
        this.titles = new TitleFinder(catalogue);
        this.problems = problems;
    }

    void read(RawSheet sheet) {
        Grid grid = new Grid(sheet);
        List<TitleFinder.Title> found = titles.find(grid);
        if (found.isEmpty()) {
            boolean numbers = sheet.cells().stream().anyMatch(c -> c.type() == RawType.NUMBER
                    || c.type() == RawType.TEXT && Values.parseNumber(Text.trim(c.text())) != null);
            if (numbers && !sheet.hidden()) {
                Source at = new Source(file, sheet.name(), "A1", Values.raw(grid.at(0, 0)));
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
                    PerformanceEvaluation e = new PerfReader(file, block, problems, evaluations.size() + 1).read();
                    if (e != null) {
                        evaluations.add(e);
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

    private Table readTable(Block block) {
        BlockLayout layout = BlockSegmenter.segment(block);
        if (layout == null) {
            problems.add(ReadingProblems.noHeader(TableReader.titleSource(file, block), block.def.id()));
            return null;
        }
        return TableReader.of(file, block, layout, problems).read();
    }

    /** See {@link LabelMatcher#matches}; kept for {@link PerfReader}. */
    static boolean matches(Catalogue.RowDef d, String f) {
        return LabelMatcher.matches(d, f);
    }
}
