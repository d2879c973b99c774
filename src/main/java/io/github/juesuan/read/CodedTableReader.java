package io.github.juesuan.read;

import io.github.juesuan.model.Column;
import io.github.juesuan.model.Figure;
import io.github.juesuan.model.Problem;
import io.github.juesuan.model.Row;
import io.github.juesuan.model.Table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tables whose rows are 科目代码 (02, 03, 05, 06, 07, 08): the code as text, a number, split into 类 / 款 / 项
 * columns, or written before the name in one cell; labelled rows such as 合计 are the catalogue's specials.
 * Several side-by-side blocks of (code, name, values) are read as one table (06).
 */
final class CodedTableReader extends TableReader {
    private record CodeBlock(int codeCol, int kuanCol, int xiangCol, int nameCol, List<Integer> valueCols,
                             List<Catalogue.ColumnDef> defs) {
    }

    CodedTableReader(String file, Block b, BlockLayout layout, List<Problem> problems) {
        super(file, b, layout, problems);
    }

    @Override
    Table read() {
        Map<String, Column> cols = new LinkedHashMap<>();
        List<CodeBlock> blocks = codeBlocks(cols);
        List<Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Integer> allValueCols = new ArrayList<>();
        List<Catalogue.ColumnDef> allDefs = new ArrayList<>();
        for (CodeBlock cb : blocks) {
            allValueCols.addAll(cb.valueCols());
            allDefs.addAll(cb.defs());
        }
        for (CodeBlock cb : blocks) {
            Codes codes = new Codes();
            for (int r : layout.dataRows()) {
                Row row = row(cb, codes, r, seen, allValueCols, allDefs);
                if (row != null) {
                    rows.add(row);
                }
            }
        }
        return table(List.copyOf(cols.values()), rows);
    }

    /** The blocks of (code, 款, 项, name, values) columns, each starting at a 代码/编码/类 header. */
    private List<CodeBlock> codeBlocks(Map<String, Column> cols) {
        List<CodeBlock> blocks = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        for (int c = b.minCol; c <= b.maxCol; c++) {
            String leaf = b.leaf(c);
            if (leaf.contains("代码") || leaf.contains("编码") || leaf.equals("类")) {
                starts.add(c);
            }
        }
        if (starts.isEmpty()) {
            starts.add(firstTextColumn());
        }
        for (int i = 0; i < starts.size(); i++) {
            int from = starts.get(i);
            int to = i + 1 < starts.size() ? starts.get(i + 1) - 1 : b.maxCol;
            int kuan = -1;
            int xiang = -1;
            int name = -1;
            List<Integer> valueCols = new ArrayList<>();
            List<Catalogue.ColumnDef> defs = new ArrayList<>();
            List<Integer> candidates = new ArrayList<>();
            for (int c = from + 1; c <= to; c++) {
                String leaf = b.leaf(c);
                if (leaf.equals("款") && kuan < 0) {
                    kuan = c;
                } else if (leaf.equals("项") && xiang < 0) {
                    xiang = c;
                } else if (name < 0 && (leaf.contains("名称") || leaf.equals("项目") && candidates.isEmpty())) {
                    name = c;
                } else if (leaf.equals("行次") || leaf.equals("栏次")) {
                    continue;
                } else if (!b.foldedPath(c).isEmpty() || columnHasFigures(c)) {
                    if (b.foldedPath(c).equals(b.foldedPath(from)) && name < 0 && candidates.isEmpty()) {
                        continue; // the label header spans the name column too
                    }
                    candidates.add(c);
                }
            }
            for (int c : columns.map(candidates, valueCols, defs)) {
                unknownColumn(c, columnHasFigures(c));
            }
            for (int k = 0; k < valueCols.size(); k++) {
                int c = valueCols.get(k);
                cols.putIfAbsent(defs.get(k).key(),
                        new Column(defs.get(k).key(), b.label(c), b.columnNumber(c), defs.get(k).number()));
            }
            if (name < 0 && from + 1 <= to && !valueCols.contains(from + 1) && !candidates.contains(from + 1)) {
                name = from + 1; // code and name under one 项目 header
            }
            blocks.add(new CodeBlock(from, kuan, xiang, name, valueCols, defs));
        }
        return blocks;
    }

    /** The 类 and 款 a split-code block is in, carried down its rows. */
    private static final class Codes {
        String lei;
        String kuan;
    }

    private Row row(CodeBlock cb, Codes codes, int r, Set<String> seen, List<Integer> allValueCols,
                    List<Catalogue.ColumnDef> allDefs) {
        if (b.grid.mergedAway(r, cb.codeCol())) {
            return null; // a label merged in from the left, read with its own block
        }
        RawCell codeCell = b.grid.visible(r, cb.codeCol());
        String codeText = TextFolding.fold(Grid.text(codeCell));
        String nameText = cb.nameCol() >= 0 ? TextFolding.trim(Grid.text(b.grid.at(r, cb.nameCol()))) : "";
        String code = cb.kuanCol() >= 0 ? splitCode(cb, codes, r, codeText)
                : LabelMatcher.digits(codeText) ? codeText : null;
        String label = nameText;
        if (code == null) {
            String rawLabel = TextFolding.trim(Grid.text(codeCell));
            if (!codeText.isEmpty()) {
                // a code and name in one cell ("2060799 其他科学技术普及支出"), or a label such as 合计
                int i = 0;
                while (i < codeText.length() && Character.isDigit(codeText.charAt(i))) {
                    i++;
                }
                if (i == 3 || i == 5 || i == 7) {
                    code = codeText.substring(0, i);
                    label = nameText.isEmpty() ? TextFolding.trim(rawLabel.substring(rawLabel.indexOf(code) + i)) : nameText;
                } else {
                    label = rawLabel;
                }
            }
        }
        String key;
        if (code != null) {
            key = code;
        } else {
            String f = TextFolding.fold(label);
            if (f.isEmpty()) {
                if (anyNonBlankFigure(r, cb.valueCols())) {
                    unknownRow(r, cb.codeCol(), "（空）", true);
                }
                return null;
            }
            Catalogue.RowDef special = LabelMatcher.first(b.def.specials(), f);
            if (special == null) {
                if (!LabelMatcher.isHeaderWord(b.def, f)) {
                    unknownRow(r, cb.codeCol(), label, anyNonBlankFigure(r, cb.valueCols()));
                }
                return null;
            }
            key = special.key();
        }
        if (!seen.add(key)) {
            problems.add(ReadingProblems.duplicateRow(CellFigures.source(file, b.sheet(), r, cb.codeCol(), codeCell),
                    b.def.id(), code != null ? code : TextFolding.trim(label)));
            return null;
        }
        Map<String, Figure> figures = new LinkedHashMap<>();
        Merge span = b.grid.mergeAt(r, cb.codeCol());
        if (code == null && span != null && !cb.valueCols().isEmpty() && span.lastCol() >= cb.valueCols().get(0)) {
            // A footer such as 公用经费合计 merged across blocks: its figure stands right of the merge.
            for (int i = 0; i < allValueCols.size(); i++) {
                int c = allValueCols.get(i);
                if (c > span.lastCol() && !figures.containsKey(allDefs.get(i).key())) {
                    figures.put(allDefs.get(i).key(), valueFigure(r, c, label));
                    break;
                }
            }
        } else {
            for (int i = 0; i < cb.valueCols().size(); i++) {
                int c = cb.valueCols().get(i);
                figures.put(cb.defs().get(i).key(), valueFigure(r, c, code != null ? code : label));
            }
        }
        return new Row(key, label.isEmpty() ? key : label, code, null, figures,
                CellFigures.source(file, b.sheet(), r, cb.codeCol(), codeCell));
    }

    /** A code split into 类 / 款 / 项 columns (Shanghai): 款 and 项 print two digits under their 类 and 款. */
    private String splitCode(CodeBlock cb, Codes codes, int r, String codeText) {
        String k = TextFolding.fold(Grid.text(b.grid.at(r, cb.kuanCol())));
        String x = cb.xiangCol() >= 0 ? TextFolding.fold(Grid.text(b.grid.at(r, cb.xiangCol()))) : "";
        if (LabelMatcher.digits(codeText) && codeText.length() == 3) {
            codes.lei = codeText;
            codes.kuan = null;
        }
        if (LabelMatcher.digits(k) && k.length() <= 2 && codes.lei != null) {
            codes.kuan = codes.lei + pad2(k);
        } else if (LabelMatcher.digits(k) && k.length() == 5) {
            codes.kuan = k;
        }
        if (LabelMatcher.digits(x) && x.length() <= 2 && codes.kuan != null) {
            return codes.kuan + pad2(x);
        } else if (LabelMatcher.digits(x) && x.length() == 7) {
            return x;
        } else if (!k.isEmpty() && codes.kuan != null) {
            return codes.kuan;
        } else if (LabelMatcher.digits(codeText)) {
            return codeText;
        }
        return null;
    }

    private static String pad2(String s) {
        return s.length() == 1 ? "0" + s : s;
    }
}
