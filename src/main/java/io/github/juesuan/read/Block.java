package io.github.juesuan.read;

import io.github.juesuan.model.AmountUnit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rows of one table on a sheet: from its title to the next title (or the sheet's end), split into
 * metadata, header, data and notes, with each column's header path.
 */
final class Block {
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d\\d)年");
    private static final Pattern HEADER_YEAR = Pattern.compile("((?:19|20)\\d\\d)年度?(.*[数额])");
    private static final Pattern NUMBER = Pattern.compile("(公开\\d{1,2}表|财决\\d{1,2}表|[附]?表\\d{1,2}(?:-\\d+)?)");

    final Grid grid;
    final Catalogue.TableDef def;
    final int titleRow;
    final int titleCol;
    final int endRow;
    final int minCol;
    final int maxCol;
    String number;
    String unitName;
    Integer year;
    AmountUnit unit = AmountUnit.UNSTATED;
    /** Header rows without the 栏次 row. */
    final List<Integer> headerRows = new ArrayList<>();
    int lineNumberRow = -1;
    final List<String> notes = new ArrayList<>();
    /** Per column (index c - minCol): header texts top to bottom, consecutive repeats removed. */
    List<List<String>> paths;
    /** Per column: folded path. */
    List<List<String>> folded;
    /** Per column: the printed 栏次, or null. */
    Integer[] columnNumbers;
    /** Per column: {@link #label}, once made. */
    private String[] labels;

    Block(Grid grid, Catalogue.TableDef def, int titleRow, int titleCol, int endRow) {
        this.grid = grid;
        this.def = def;
        this.titleRow = titleRow;
        this.titleCol = titleCol;
        this.endRow = endRow;
        this.minCol = 0;
        this.maxCol = Math.max(grid.lastCol(), 0);
    }

    String sheet() {
        return grid.sheet.name();
    }

    /** The non-empty cells of a row between minCol and maxCol. */
    List<RawCell> cells(int row) {
        return grid.nonBlank(row); // a block spans the sheet's columns, so the row's cells are the block's
    }

    // ---- metadata -----------------------------------------------------------------------------------

    /** Reads what a metadata cell says; true when the cell is metadata. */
    boolean takeMetadata(RawCell cell, int row) {
        if (cell.type() != RawType.TEXT) {
            return false;
        }
        String raw = TextFolding.trim(cell.text());
        String f = TextFolding.fold(raw);
        if (f.isEmpty()) {
            return false;
        }
        boolean meta = false;
        for (String t : def.titles()) {
            if (f.contains(t)) {
                meta = true;
                break;
            }
        }
        if (f.indexOf('表') >= 0) { // every NUMBER ends in 表 or 表<digits>
            Matcher n = NUMBER.matcher(f);
            if (n.find() && f.length() <= n.group(1).length() + 4) {
                number = n.group(1);
                meta = true;
            }
        }
        int colon = f.indexOf(':');
        String head = colon >= 0 ? f.substring(0, colon) : f;
        boolean money = colon >= 0 && f.endsWith("元") && AmountUnit.of(f.substring(colon + 1)) != AmountUnit.UNSTATED;
        if (!money && (head.endsWith("名称") && (head.startsWith("部门") || head.startsWith("单位"))
                || head.equals("部门") || head.equals("单位") || head.equals("编制单位") || head.equals("填报单位")
                || head.equals("编报单位") || head.equals("预算单位"))) {
            String value = colon >= 0 ? raw.substring(raw.indexOf(colon(raw)) + 1) : "";
            value = TextFolding.trim(value);
            if (value.isEmpty()) {
                RawCell next = nextTextRight(row, cell.col());
                value = next == null ? "" : TextFolding.trim(next.text());
            }
            if (!value.isEmpty()) {
                unitName = value;
            }
            meta = true;
        }
        if (head.endsWith("单位") && colon >= 0 && f.endsWith("元")) {
            // 万元, 千元 or 元; another word (亿元) is not taken for one of them
            unit = AmountUnit.of(f.substring(colon + 1));
            meta = true;
        }
        if (unitName == null) {
            // a heading or title line that names the unit before the year: 寿县文物保护中心2023年度部门决算…
            String named = UnitNames.fromHeading(raw);
            if (named != null) {
                unitName = named;
                meta = true;
            }
        }
        if (f.indexOf('年') < 0) {
            return meta; // YEAR and HEADER_YEAR both need 年
        }
        Matcher y = YEAR.matcher(f);
        if (HEADER_YEAR.matcher(f).matches()) {
            return meta; // a column header such as 2022年决算数 names a year of the figures, not the table's
        }
        if (y.find() && f.length() <= 24) {
            year = Integer.valueOf(y.group(1));
            meta = meta || f.length() <= 10;
        } else if (y.find(0) && meta) {
            year = Integer.valueOf(y.group(1));
        }
        return meta;
    }

    private static String colon(String raw) {
        return raw.indexOf('：') >= 0 && (raw.indexOf(':') < 0 || raw.indexOf('：') < raw.indexOf(':')) ? "：" : ":";
    }

    /** The first non-blank text right of a label cell on its row (a form's field value), or "". */
    String valueRightOf(int row, int col) {
        int k = valueColumnRightOf(row, col);
        return k < 0 ? "" : TextFolding.trim(Grid.text(grid.at(row, k)));
    }

    /** The column of the first non-blank cell right of {@code col} on {@code row}, or -1. */
    int valueColumnRightOf(int row, int col) {
        for (int k = col + 1; k <= maxCol; k++) {
            RawCell v = grid.at(row, k);
            if (v != null && !TextFolding.trim(Grid.text(v)).isEmpty()) {
                return k;
            }
        }
        return -1;
    }

    private RawCell nextTextRight(int row, int col) {
        for (int c = col + 1; c <= Math.min(maxCol, col + 6); c++) {
            RawCell cell = grid.at(row, c);
            if (cell != null && cell.type() == RawType.TEXT && !TextFolding.trim(cell.text()).isEmpty()) {
                return cell;
            }
        }
        return null;
    }

    // ---- header paths --------------------------------------------------------------------------------

    /** Builds each column's header path from the header rows, filling merged and grouped cells. */
    void buildPaths() {
        int width = maxCol - minCol + 1;
        int levels = headerRows.size();
        String[][] txt = new String[levels][width];
        boolean[][] own = new boolean[levels][width];
        for (int h = 0; h < levels; h++) {
            int r = headerRows.get(h);
            for (int i = 0; i < width; i++) {
                int c = minCol + i;
                RawCell cell = grid.at(r, c);
                String t = cell == null ? "" : TextFolding.trim(Grid.text(cell));
                if (!t.isEmpty()) {
                    txt[h][i] = t;
                    own[h][i] = true;
                } else if (grid.mergedAway(r, c)) {
                    String v = TextFolding.trim(Grid.text(grid.visible(r, c)));
                    txt[h][i] = v.isEmpty() ? null : v;
                } else if (i > 0 && txt[h][i - 1] != null && (h == 0
                        ? !nothingBelow(own, txt, h, i, levels)
                        : txt[h - 1][i] != null && !own[h - 1][i] && txt[h - 1][i].equals(txt[h - 1][i - 1]))) {
                    // A group header printed once above several columns without a merged region.
                    txt[h][i] = txt[h][i - 1];
                }
            }
        }
        paths = new ArrayList<>(width);
        folded = new ArrayList<>(width);
        labels = null; // a 绩效表 builds its paths again for each part, from other header rows
        for (int i = 0; i < width; i++) {
            List<String> p = new ArrayList<>();
            List<String> f = new ArrayList<>();
            for (int h = 0; h < levels; h++) {
                String t = txt[h][i];
                if (t == null) {
                    continue;
                }
                String ft = TextFolding.fold(t);
                if (!f.isEmpty() && f.get(f.size() - 1).equals(ft)) {
                    continue;
                }
                p.add(t);
                f.add(ft);
            }
            paths.add(p);
            folded.add(f);
        }
        columnNumbers = new Integer[width];
        if (lineNumberRow >= 0) {
            for (int i = 0; i < width; i++) {
                columnNumbers[i] = integer(grid.at(lineNumberRow, minCol + i));
            }
        }
    }

    /**
     * Headers naming a year ("2023年决算数" beside "2022年决算数") are read relative to the table's year (or the
     * latest year they name): the table's own year as the bare word (决算数), the year before as 上年决算数.
     */
    void relativeYears() {
        int current = year == null ? -1 : year;
        if (current < 0) {
            for (List<String> f : folded) {
                for (String t : f) {
                    if (t.indexOf('年') < 0) {
                        continue;
                    }
                    Matcher m = HEADER_YEAR.matcher(t);
                    if (m.matches()) {
                        current = Math.max(current, Integer.parseInt(m.group(1)));
                    }
                }
            }
        }
        for (List<String> f : folded) {
            for (int i = 0; i < f.size(); i++) {
                if (f.get(i).indexOf('年') < 0) {
                    continue;
                }
                Matcher m = HEADER_YEAR.matcher(f.get(i));
                if (m.matches()) {
                    int y = Integer.parseInt(m.group(1));
                    if (y == current) {
                        f.set(i, m.group(2));
                    } else if (y == current - 1) {
                        f.set(i, "上年" + m.group(2));
                    }
                }
            }
        }
    }

    /** Whether a column has no header text below the top row: such a column is not part of a group above it. */
    private boolean nothingBelow(boolean[][] own, String[][] txt, int h, int i, int levels) {
        // Filled lazily: lower rows are not read yet, so look at the grid directly.
        for (int k = h + 1; k < levels; k++) {
            RawCell cell = grid.at(headerRows.get(k), minCol + i);
            if (cell != null && !TextFolding.trim(Grid.text(cell)).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** The catalogue column a header path names: the lowest header level that names one wins. */
    Catalogue.ColumnDef mapByHeader(int col, List<Catalogue.ColumnDef> defs) {
        List<String> path = foldedPath(col);
        for (int level = path.size() - 1; level >= 0; level--) {
            String t = path.get(level);
            String bare = TextFolding.withoutParenthetical(t);
            Catalogue.ColumnDef plain = null;
            for (Catalogue.ColumnDef def : defs) {
                for (Catalogue.Alias a : def.aliases()) {
                    if (!(a.text().equals(t) || a.text().equals(bare))) {
                        continue;
                    }
                    if (a.group() != null) {
                        for (int up = 0; up < level; up++) {
                            if (path.get(up).contains(a.group())) {
                                return def;
                            }
                        }
                    } else if (plain == null) {
                        plain = def;
                    }
                }
            }
            if (plain != null) {
                return plain;
            }
        }
        return null;
    }

    List<String> path(int col) {
        return paths.get(col - minCol);
    }

    List<String> foldedPath(int col) {
        return folded.get(col - minCol);
    }

    String leaf(int col) {
        List<String> f = foldedPath(col);
        return f.isEmpty() ? "" : f.get(f.size() - 1);
    }

    Integer columnNumber(int col) {
        return columnNumbers[col - minCol];
    }

    /** The header path as printed, {@code 一般公共预算/基本支出}; made once per column. */
    String label(int col) {
        if (labels == null) {
            labels = new String[maxCol - minCol + 1];
        }
        String l = labels[col - minCol];
        if (l == null) {
            l = String.join("/", path(col));
            labels[col - minCol] = l;
        }
        return l;
    }

    /** The integer a cell holds (a number, or digits as text), or null. */
    static Integer integer(RawCell cell) {
        if (cell == null) {
            return null;
        }
        if (cell.type() == RawType.NUMBER) {
            double d = cell.number();
            return d == Math.rint(d) && Math.abs(d) < 1_000_000 ? (int) d : null;
        }
        if (cell.type() == RawType.TEXT) {
            String t = TextFolding.fold(cell.text());
            if (!t.isEmpty() && t.length() <= 6 && t.chars().allMatch(Character::isDigit)) {
                return Integer.valueOf(t);
            }
        }
        return null;
    }
}
