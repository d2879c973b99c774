package io.github.juesuan.read;

import java.util.List;
import java.util.Set;

/**
 * Matching folded labels ({@link TextFolding#fold}) against the catalogue: row labels, header words and 科目代码.
 * A trailing parenthetical may be left out on either side ("使用非财政拨款结余(含专用结余)").
 */
final class LabelMatcher {
    /** Header words of label columns, common to every table. */
    private static final Set<String> LABEL_HEADERS = Set.of("项目", "科目代码", "科目名称", "科目编码", "功能分类科目编码",
            "经济分类科目编码", "类", "款", "项", "行次", "栏次", "编码", "代码", "名称", "项目名称", "收入", "支出");

    private LabelMatcher() {
    }

    /** Whether a row definition's aliases name this folded label. */
    static boolean matches(Catalogue.RowDef d, String f) {
        if (f.isEmpty()) {
            return false;
        }
        String bare = TextFolding.withoutParenthetical(f);
        for (String a : d.aliases()) {
            if (a.equals(f) || a.equals(bare) || TextFolding.withoutParenthetical(a).equals(bare)) {
                return true;
            }
        }
        return false;
    }

    static boolean matchesAny(List<Catalogue.RowDef> defs, String f) {
        for (Catalogue.RowDef d : defs) {
            if (matches(d, f)) {
                return true;
            }
        }
        return false;
    }

    /** The first definition the label matches, or null. */
    static Catalogue.RowDef first(List<Catalogue.RowDef> defs, String f) {
        for (Catalogue.RowDef d : defs) {
            if (matches(d, f)) {
                return d;
            }
        }
        return null;
    }

    /** The first unused row definition the label matches; a used one when all matches are used. */
    static Catalogue.RowDef pickRow(List<Catalogue.RowDef> defs, String f, Set<String> used) {
        Catalogue.RowDef fallback = null;
        for (Catalogue.RowDef d : defs) {
            if (matches(d, f)) {
                if (!used.contains(d.key())) {
                    return d;
                }
                if (fallback == null) {
                    fallback = d;
                }
            }
        }
        return fallback;
    }

    /** A word that heads a column or a section of this table rather than naming a row. */
    static boolean isHeaderWord(Catalogue.TableDef def, String f) {
        if (LABEL_HEADERS.contains(f) || f.startsWith("项目(") || def.headings().contains(f)) {
            return true;
        }
        return columnAlias(def, f);
    }

    static boolean columnAlias(Catalogue.TableDef def, String f) {
        // indexed loops: this runs for every cell of a header, and the catalogue's lists are random access
        List<Catalogue.ColumnDef> columns = def.columns();
        for (int i = 0; i < columns.size(); i++) {
            List<Catalogue.Alias> aliases = columns.get(i).aliases();
            for (int j = 0; j < aliases.size(); j++) {
                if (aliases.get(j).text().equals(f)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A functional classification code: 3, 5 or 7 digits (类, 款, 项). */
    static boolean isCode(String f) {
        int n = f.length();
        return (n == 3 || n == 5 || n == 7) && digits(f);
    }

    static boolean digits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
