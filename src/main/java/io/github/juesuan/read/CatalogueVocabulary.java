package io.github.juesuan.read;

import io.github.juesuan.model.TableId;
import io.github.juesuan.model.Vocabulary;
import io.github.juesuan.text.Labels;

import java.util.List;

/**
 * What a rule pack may name, as the catalogue defines the tables: the rows and columns the reader can
 * produce, and nothing else.
 *
 * <ul>
 *   <li>Fixed and cross tables (01, 04, 09, 10): the catalogue's rows and columns; a 科目代码 only where a
 *       fixed row stands for one ({@code exp.206} in 01).</li>
 *   <li>Coded tables (02, 03, 05–08): the special rows ({@code total}, 人员经费合计 …) and any well-formed
 *       科目代码, as a code or a key; a row label is open there, because the 科目名称 the rows carry are not
 *       a closed list.</li>
 *   <li>The 绩效自评表: besides the catalogue's funds rows and columns, the rows and columns the performance
 *       reader makes itself: the 总分 row {@code summary} with its column {@code total}, and one row
 *       {@code ind.N} per indicator with columns {@code weight}, {@code points} and {@code reason}.</li>
 * </ul>
 */
final class CatalogueVocabulary implements Vocabulary {
    static final CatalogueVocabulary STANDARD = new CatalogueVocabulary(Catalogue.standard());

    private static final List<String> PERF_COLUMNS = List.of("total", "weight", "points", "reason");
    private static final String INDICATOR = "ind.";

    private final Catalogue catalogue;

    private CatalogueVocabulary(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    private Catalogue.TableDef def(TableId table) {
        return catalogue.table(table);
    }

    private boolean coded(TableId table) {
        Catalogue.TableDef d = def(table);
        return d != null && d.kind() == Catalogue.Kind.CODED;
    }

    private boolean perf(TableId table) {
        Catalogue.TableDef d = def(table);
        return d != null && d.kind() == Catalogue.Kind.PERF;
    }

    private List<Catalogue.RowDef> rows(TableId table) {
        Catalogue.TableDef d = def(table);
        if (d == null) {
            return List.of();
        }
        return java.util.stream.Stream.concat(d.rows().stream(), d.specials().stream()).toList();
    }

    private List<Catalogue.ColumnDef> columns(TableId table) {
        Catalogue.TableDef d = def(table);
        return d == null ? List.of() : d.columns();
    }

    @Override
    public boolean knows(TableId table, Kind kind, String name) {
        switch (kind) {
            case LINE:
                return hasLine(table, Integer.parseInt(name));
            case ROW_KEY:
                return hasRowKey(table, name);
            case ROW_KEY_PREFIX:
                return hasRowKeyPrefix(table, name);
            case ROW_LABEL:
                return hasRowLabel(table, name);
            case CODE:
                return hasCode(table, name);
            case COLUMN_NUMBER:
                return hasColumnNumber(table, Integer.parseInt(name));
            case COLUMN_KEY:
                return hasColumnKey(table, name);
            default:
                return hasColumnLabel(table, name);
        }
    }

    private boolean hasLine(TableId table, int line) {
        return rows(table).stream().anyMatch(r -> r.line() != null && r.line() == line);
    }

    private boolean hasRowKey(TableId table, String key) {
        if (rows(table).stream().anyMatch(r -> r.key().equals(key))) {
            return true;
        }
        if (coded(table)) {
            return LabelMatcher.isCode(key);
        }
        return perf(table) && (key.equals("summary")
                || key.startsWith(INDICATOR) && LabelMatcher.digits(key.substring(INDICATOR.length())));
    }

    private boolean hasRowKeyPrefix(TableId table, String prefix) {
        if (rows(table).stream().anyMatch(r -> r.key().startsWith(prefix))) {
            return true;
        }
        if (coded(table)) {
            return prefix.length() < 7 && (prefix.isEmpty() || LabelMatcher.digits(prefix));
        }
        return perf(table) && (INDICATOR.startsWith(prefix) || "summary".startsWith(prefix)
                || prefix.startsWith(INDICATOR) && LabelMatcher.digits(prefix.substring(INDICATOR.length())));
    }

    private boolean hasRowLabel(TableId table, String label) {
        if (coded(table)) {
            return true;
        }
        String want = Labels.withoutParenthetical(Labels.fold(label));
        if (perf(table) && want.equals(Labels.fold("总分"))) {
            return true;
        }
        return rows(table).stream().flatMap(r -> r.aliases().stream())
                .anyMatch(a -> a.equals(want) || Labels.withoutParenthetical(a).equals(want));
    }

    private boolean hasCode(TableId table, String code) {
        return coded(table) || rows(table).stream().anyMatch(r -> r.key().equals("exp." + code));
    }

    private boolean hasColumnNumber(TableId table, int number) {
        return columns(table).stream().anyMatch(c -> c.number() != null && c.number() == number);
    }

    private boolean hasColumnKey(TableId table, String key) {
        if (perf(table)) {
            return PERF_COLUMNS.contains(key)
                    || columns(table).stream().anyMatch(c -> !c.key().startsWith(INDICATOR) && c.key().equals(key));
        }
        return columns(table).stream().anyMatch(c -> c.key().equals(key));
    }

    private boolean hasColumnLabel(TableId table, String label) {
        String want = Labels.fold(label);
        if (perf(table) && want.equals(Labels.fold("总分"))) {
            return true;
        }
        return columns(table).stream().flatMap(c -> c.aliases().stream())
                .anyMatch(a -> a.text().equals(want) || want.endsWith("/" + a.text()));
    }
}
