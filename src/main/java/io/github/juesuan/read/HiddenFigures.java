package io.github.juesuan.read;

import io.github.juesuan.model.CellRef;
import io.github.juesuan.model.Disclosure;
import io.github.juesuan.model.Figure;
import io.github.juesuan.model.PerformanceEvaluation;
import io.github.juesuan.model.Problem;
import io.github.juesuan.model.Row;
import io.github.juesuan.model.Severity;
import io.github.juesuan.model.Source;
import io.github.juesuan.model.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Figures the printed tables do not show because their sheet, row or column is hidden. The data is real
 * and the identities of the tables include it, so the figures are read and checked; each hidden sheet,
 * row and column holding figures gets one warning naming its cells. One without figures says nothing.
 */
final class HiddenFigures {
    /** Cells named in one message; the rest are counted. */
    private static final int LISTED = 10;

    private HiddenFigures() {
    }

    /** One warning per hidden sheet, row and column of {@code sheets} holding figures of {@code disclosure}. */
    static List<Problem> notes(List<RawSheet> sheets, Disclosure disclosure) {
        Map<String, RawSheet> byName = new HashMap<>();
        for (RawSheet s : sheets) {
            if (s.hidden() || !s.hiddenRows().isEmpty() || !s.hiddenColumns().isEmpty()) {
                byName.put(s.name(), s);
            }
        }
        if (byName.isEmpty()) {
            return List.of();
        }
        // sheet → (row, column) → the source of a figure read there, in row-major order
        Map<String, TreeMap<Long, Source>> figures = new HashMap<>();
        List<Table> tables = new ArrayList<>(disclosure.tables());
        for (PerformanceEvaluation e : disclosure.evaluations()) {
            tables.add(e.table());
        }
        for (Table t : tables) {
            for (Row row : t.rows()) {
                for (Figure f : row.figures().values()) {
                    Source s = f.source();
                    if (f.kind() == Figure.Kind.NUMBER && s != null && byName.containsKey(s.sheet())) {
                        CellRef ref = s.ref().orElse(null);
                        if (ref != null) {
                            long at = (long) ref.row() << 32 | ref.column();
                            figures.computeIfAbsent(s.sheet(), k -> new TreeMap<>()).put(at, s);
                        }
                    }
                }
            }
        }
        List<Problem> out = new ArrayList<>();
        for (RawSheet sheet : sheets) {
            TreeMap<Long, Source> cells = figures.get(sheet.name());
            if (cells == null) {
                continue;
            }
            if (sheet.hidden()) {
                List<Source> all = new ArrayList<>(cells.values());
                out.add(ReadMessages.problem("READ.HIDDEN_SHEET", Severity.WARNING, all.get(0), sheet.name(),
                        all.size(), list(all, "、"), list(all, ", ")));
                continue;
            }
            Map<Integer, List<Source>> rows = new TreeMap<>();
            Map<Integer, List<Source>> columns = new TreeMap<>();
            for (Map.Entry<Long, Source> e : cells.entrySet()) {
                int r = (int) (e.getKey() >>> 32);
                int c = (int) (long) e.getKey();
                if (sheet.hiddenRows().contains(r)) {
                    rows.computeIfAbsent(r, k -> new ArrayList<>()).add(e.getValue());
                }
                if (sheet.hiddenColumns().contains(c)) {
                    columns.computeIfAbsent(c, k -> new ArrayList<>()).add(e.getValue());
                }
            }
            rows.forEach((r, in) -> out.add(ReadMessages.problem("READ.HIDDEN_ROW", Severity.WARNING,
                    in.get(0), sheet.name(), r + 1, list(in, "、"), list(in, ", "))));
            columns.forEach((c, in) -> out.add(ReadMessages.problem("READ.HIDDEN_COLUMN", Severity.WARNING,
                    in.get(0), sheet.name(), CellRefs.column(c), list(in, "、"), list(in, ", "))));
        }
        return out;
    }

    private static String list(List<Source> cells, String separator) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(cells.size(), LISTED); i++) {
            if (i > 0) {
                sb.append(separator);
            }
            sb.append(cells.get(i).cell());
        }
        if (cells.size() > LISTED) {
            sb.append(separator).append('…');
        }
        return sb.toString();
    }
}
