package io.github.juesuan.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the table titles on a sheet: text cells naming a 表 that contain a catalogue title alias (the longest
 * alias wins). A title is mostly the table's name, so a sentence that merely mentions one is passed over.
 */
final class TitleFinder {
    /** A title cell and the table it names; {@code strength} is the length of the alias that matched. */
    record Title(int row, int col, Catalogue.TableDef def, int strength) {
    }

    private final Catalogue catalogue;

    TitleFinder(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    List<Title> find(Grid grid) {
        List<Title> found = new ArrayList<>();
        for (RawCell cell : grid.sheet.cells()) {
            if (cell.type() != RawType.TEXT) {
                continue;
            }
            String raw = cell.text();
            if (raw.length() < 4 || raw.indexOf('表') < 0) {
                continue; // every title alias names a 表; most cells are labels and numbers
            }
            String f = Text.fold(raw);
            if (!titleLike(f)) {
                continue;
            }
            Catalogue.TableDef best = null;
            int bestLength = 0;
            for (Catalogue.TableDef def : catalogue.tables()) {
                for (String alias : def.titles()) {
                    if (alias.length() > bestLength && f.contains(alias)) {
                        best = def;
                        bestLength = alias.length();
                    }
                }
            }
            if (best == null) {
                continue;
            }
            // A title is mostly the table's name: a sentence that mentions it is not a title.
            if (f.length() > bestLength + 40) {
                continue;
            }
            add(found, new Title(cell.row(), cell.col(), best, bestLength));
        }
        return found;
    }

    /** Whether a folded cell text can be a title at all: not a note, not a sentence, not a truncated text. */
    static boolean titleLike(String f) {
        return f.length() >= 4 && f.length() <= 80 && !f.startsWith("注") && !f.startsWith("说明")
                && !f.startsWith("备注") && !f.contains("...") && !f.contains("…") && !f.contains("本表反映");
    }

    private static void add(List<Title> found, Title t) {
        Title last = found.isEmpty() ? null : found.get(found.size() - 1);
        if (last != null && last.row() == t.row()) {
            if (t.strength() > last.strength()) {
                found.set(found.size() - 1, t);
            }
        } else if (last != null && last.def() == t.def() && t.row() - last.row() <= 2) {
            return; // a title printed over two rows
        } else {
            found.add(t);
        }
    }
}
