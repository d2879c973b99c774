package io.github.juesuan.read;

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
 * Figures the printed tables do not show because their sheet or row is hidden. The data is real and the
 * identities of the tables include it, so the figures are read and checked; each hidden sheet and each
 * hidden row holding figures gets one warning naming its cells. A hidden sheet or row without figures
 * says nothing.
 */
final class HiddenFigures {
    /** Cells named in one message; the rest are counted. */
    private static final int LISTED = 10;

    private HiddenFigures() {
    }

    static List<Problem> notes(List<RawSheet> sheets, Disclosure disclosure) {
        Map<String, RawSheet> byName = new HashMap<>();
        for (RawSheet s : sheets) {
            if (s.hidden() || !s.hiddenRows().isEmpty()) {
                byName.put(s.name(), s);
            }
        }
        if (byName.isEmpty()) {
            return List.of();
        }
        // sheet → row → column → source of a figure read there
        Map<String, TreeMap<Integer, TreeMap<Integer, Source>>> hidden = new HashMap<>();
        List<Table> tables = new ArrayList<>(disclosure.tables());
        for (PerformanceEvaluation e : disclosure.evaluations()) {
            tables.add(e.table());
        }
        for (Table t : tables) {
            for (Row row : t.rows()) {
                for (Figure f : row.figures().values()) {
                    Source s = f.source();
                    RawSheet sheet = f.kind() == Figure.Kind.NUMBER && s != null ? byName.get(s.sheet()) : null;
                    if (sheet == null) {
                        continue;
                    }
                    int r = CellRefs.parseRow(s.cell());
                    if (sheet.hidden() || sheet.hiddenRows().contains(r)) {
                        hidden.computeIfAbsent(sheet.name(), k -> new TreeMap<>())
                                .computeIfAbsent(r, k -> new TreeMap<>())
                                .put(CellRefs.parseColumn(s.cell()), s);
                    }
                }
            }
        }
        List<Problem> out = new ArrayList<>();
        for (RawSheet sheet : sheets) {
            TreeMap<Integer, TreeMap<Integer, Source>> rows = hidden.get(sheet.name());
            if (rows == null) {
                continue;
            }
            if (sheet.hidden()) {
                List<Source> cells = new ArrayList<>();
                rows.values().forEach(r -> cells.addAll(r.values()));
                out.add(new Problem("READ.HIDDEN_SHEET", Severity.WARNING, cells.get(0),
                        "工作表「" + sheet.name() + "」被隐藏，打印时看不到其中的 " + cells.size() + " 个数字（"
                                + list(cells, "、") + "）；核对时仍计入",
                        "the sheet " + sheet.name() + " is hidden, so the printed tables do not show its "
                                + cells.size() + " figures (" + list(cells, ", ")
                                + "); they are still included in the checks"));
                continue;
            }
            for (Map.Entry<Integer, TreeMap<Integer, Source>> row : rows.entrySet()) {
                List<Source> cells = new ArrayList<>(row.getValue().values());
                int line = row.getKey() + 1;
                out.add(new Problem("READ.HIDDEN_ROW", Severity.WARNING, cells.get(0),
                        sheet.name() + " 第 " + line + " 行被隐藏，打印出的表上看不到其中的数字（" + list(cells, "、")
                                + "）；核对时仍计入",
                        sheet.name() + " row " + line + " is hidden, so the printed table does not show its figures ("
                                + list(cells, ", ") + "); they are still included in the checks"));
            }
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
