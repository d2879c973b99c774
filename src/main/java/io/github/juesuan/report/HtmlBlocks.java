package io.github.juesuan.report;

import io.github.juesuan.model.Disclosure;
import io.github.juesuan.model.PerformanceEvaluation;
import io.github.juesuan.model.Row;
import io.github.juesuan.model.Source;
import io.github.juesuan.model.Table;
import io.github.juesuan.model.TableId;
import io.github.juesuan.report.HtmlTable.Ref;
import io.github.juesuan.rules.Participant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The blocks of one file's HTML section: its findings grouped by the table they belong to (the workbook, each
 * table, each 绩效自评表 by project, the words), worst block first, each finding numbered; then the tables that
 * only other tables' findings touch. Each block knows the cells and row labels its findings mark.
 */
final class HtmlBlocks {
    /** A table of the workbook: {@code id} null for the workbook as a whole, {@code project} 1-based for PERF. */
    record Key(TableId id, int project) {
        static final Key WORKBOOK = new Key(null, 0);
        /** The words (情况说明, prose text cells): the findings that quote a sentence. */
        static final Key WORDS = new Key(null, -1);
        /**
         * The workbook first, then the tables in their {@link TableId} order, then each table's projects; the words
         * last.
         */
        static final Comparator<Key> ORDER = Comparator.comparing((Key k) -> k.equals(WORDS))
                .thenComparing(Key::id, Comparator.nullsFirst(Comparator.<TableId>naturalOrder()))
                .thenComparingInt(Key::project);
    }

    /** What one block of the section shows: a table, its own findings, and others' findings touching it. */
    static final class TableFindings {
        final Key key;
        final Table table;
        final PerformanceEvaluation evaluation;
        final List<Finding> findings = new ArrayList<>();
        final List<Ref> refs = new ArrayList<>();
        final Map<String, List<Ref>> cells = new HashMap<>();
        final Map<String, List<Ref>> labels = new HashMap<>();

        TableFindings(Key key, Table table, PerformanceEvaluation evaluation) {
            this.key = key;
            this.table = table;
            this.evaluation = evaluation;
        }

        int worst() {
            return findings.stream().mapToInt(Highlight::rank).min().orElse(4);
        }

        String anchorPart() {
            return key.equals(Key.WORDS) ? "wz" : key.id == null ? "wb" : key.project > 0 ? "p" + key.project : key.id.code();
        }
    }

    private record Owner(Key key, Row row) {
    }

    private final Report report;
    private final String prefix;
    private final Map<Key, Table> tables = new LinkedHashMap<>();
    private final Map<Key, PerformanceEvaluation> evaluations = new HashMap<>();
    private final Map<String, Key> figureOwner = new HashMap<>();
    private final Map<String, Owner> labelOwner = new HashMap<>();
    private final Map<String, List<Owner>> rowsBySheetRow = new HashMap<>();

    private HtmlBlocks(Report report, Disclosure disclosure, String prefix) {
        this.report = report;
        this.prefix = prefix;
        for (Table t : disclosure.tables()) {
            tables.putIfAbsent(new Key(t.id(), 0), t);
        }
        int n = 0;
        for (PerformanceEvaluation p : disclosure.evaluations()) {
            Key key = new Key(TableId.PERF, ++n);
            tables.put(key, p.table());
            evaluations.put(key, p);
        }
        tables.forEach((key, t) -> {
            for (Row r : t.rows()) {
                Owner owner = new Owner(key, r);
                labelOwner.putIfAbsent(r.source().location(), owner);
                rowsBySheetRow.computeIfAbsent(r.source().sheet() + "!" + CellPosition.rowOf(r.source().cell()),
                        k -> new ArrayList<>()).add(owner);
                r.figures().values().forEach(f -> figureOwner.putIfAbsent(f.source().location(), key));
            }
        });
    }

    /**
     * The blocks of a file's section, in the order they are shown.
     *
     * @param prefix what each finding's anchor starts with: {@code prefix-n} for the n-th finding
     */
    static List<TableFindings> of(Report report, Disclosure disclosure, String prefix) {
        return new HtmlBlocks(report, disclosure, prefix).blocks();
    }

    private Key groupOf(Finding f) {
        if (f.quote().isPresent()) {
            return Key.WORDS;
        }
        if (f.table().isEmpty()) {
            return Key.WORKBOOK;
        }
        if (f.table().get() != TableId.PERF) {
            return new Key(f.table().get(), 0);
        }
        if (f.project().isPresent()) {
            return new Key(TableId.PERF, f.project().getAsInt());
        }
        Key owner = ownerOf(f.where().orElse(null));
        return owner != null && owner.id == TableId.PERF ? owner : new Key(TableId.PERF, 0);
    }

    private Key ownerOf(Source s) {
        if (s == null) {
            return null;
        }
        Key k = figureOwner.get(s.location());
        if (k != null) {
            return k;
        }
        Owner o = labelOwner.get(s.location());
        if (o != null) {
            return o.key;
        }
        Owner row = rowAt(s);
        return row == null ? null : row.key;
    }

    /** The row printed on the same sheet row as a cell; of several, the one whose label is nearest to its left. */
    private Owner rowAt(Source s) {
        List<Owner> same = rowsBySheetRow.get(s.sheet() + "!" + CellPosition.rowOf(s.cell()));
        if (same == null) {
            return null;
        }
        int col = CellPosition.columnOf(s.cell());
        Owner best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Owner o : same) {
            int d = col - CellPosition.columnOf(o.row.source().cell());
            int distance = d >= 0 ? d : 1000 - d;
            if (distance < bestDistance) {
                best = o;
                bestDistance = distance;
            }
        }
        return best;
    }

    private List<TableFindings> blocks() {
        Map<Key, TableFindings> blocks = new LinkedHashMap<>();
        for (Finding f : report.findings()) {
            Key key = groupOf(f);
            blocks.computeIfAbsent(key, this::block).findings.add(f);
        }
        List<TableFindings> ordered = new ArrayList<>(blocks.values());
        ordered.sort(Comparator.comparingInt(TableFindings::worst).thenComparing(b -> b.key, Key.ORDER));
        int n = 0;
        for (TableFindings b : ordered) {
            for (Finding f : b.findings) {
                Ref ref = new Ref(++n, f, prefix + "-" + n);
                b.refs.add(ref);
            }
        }
        List<Ref> all = new ArrayList<>();
        ordered.forEach(b -> all.addAll(b.refs));
        List<TableFindings> touched = new ArrayList<>();
        for (Ref ref : all) {
            Finding f = ref.finding();
            for (Participant p : f.cells()) {
                mark(blocks, touched, p.source(), ref);
            }
            if (f.location().isPresent()) {
                mark(blocks, touched, f.location().get(), ref);
            }
        }
        touched.sort(Comparator.comparing((TableFindings b) -> b.key, Key.ORDER));
        ordered.addAll(touched);
        return ordered;
    }

    /**
     * Marks the cell a finding concerns in the table it belongs to: a figure, or else the label of the row the
     * cell is on (a reading problem on a label or 行次 cell). A table only touched this way gets a block too.
     */
    private void mark(Map<Key, TableFindings> blocks, List<TableFindings> touched, Source s, Ref ref) {
        Key k = figureOwner.get(s.location());
        if (k != null) {
            blockFor(blocks, touched, k).cells.computeIfAbsent(s.location(), x -> new ArrayList<>()).add(ref);
            return;
        }
        Owner o = labelOwner.get(s.location());
        if (o == null) {
            o = rowAt(s);
        }
        if (o != null) {
            blockFor(blocks, touched, o.key).labels.computeIfAbsent(o.row.source().location(), x -> new ArrayList<>())
                    .add(ref);
        }
    }

    private TableFindings blockFor(Map<Key, TableFindings> blocks, List<TableFindings> touched, Key k) {
        TableFindings b = blocks.get(k);
        if (b == null) {
            b = block(k);
            blocks.put(k, b);
            touched.add(b);
        }
        return b;
    }

    private TableFindings block(Key key) {
        return new TableFindings(key, tables.get(key), evaluations.get(key));
    }
}
