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

    private static final java.util.regex.Pattern NUMBERING = java.util.regex.Pattern.compile(
            "(附|公开|财决|部门|单位)?表?[\\d\\-]+表?");
    private static final List<String> MONEY_WORDS = List.of("决算", "预算", "收入", "支出", "经费", "资产", "资金",
            "拨款", "统计", "明细", "情况");

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
            String f = TextFolding.fold(raw);
            if (!titleLike(f)) {
                continue;
            }
            Catalogue.TableDef best = null;
            int bestLength = 0;
            for (Catalogue.TableDef def : catalogue.tables()) {
                if (def.generic()) {
                    continue;
                }
                for (String alias : def.titles()) {
                    if (alias.length() > bestLength && f.contains(alias)) {
                        best = def;
                        bestLength = alias.length();
                    }
                }
            }
            if (best == null) {
                if (catalogue.generic() != null && genericTitle(f) && !justBelowATitle(found, cell.row())) {
                    add(found, new Title(cell.row(), cell.col(), catalogue.generic(), 0));
                }
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

    /**
     * A title the catalogue does not know: a short text ending in 表 (a parenthetical after it aside) about money
     * (决算, 收入, 支出, 经费, 资产…), not a table number such as 公开01表 or 附表3.
     */
    static boolean genericTitle(String f) {
        String bare = TextFolding.withoutParenthetical(f);
        if (bare.length() < 5 || bare.length() > 40 || !bare.endsWith("表") || NUMBERING.matcher(bare).matches()) {
            return false;
        }
        for (String w : MONEY_WORDS) {
            if (bare.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a row is among the metadata rows of the last recognised title (its number, unit, year). */
    private static boolean justBelowATitle(List<Title> found, int row) {
        Title last = found.isEmpty() ? null : found.get(found.size() - 1);
        return last != null && !last.def().generic() && row - last.row() <= 3;
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
