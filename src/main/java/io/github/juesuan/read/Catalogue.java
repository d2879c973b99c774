package io.github.juesuan.read;

import io.github.juesuan.model.TableId;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The table definitions juesuan recognises, loaded from {@code catalogue.txt} (see the comment at its top).
 * Immutable and shared: loaded once per class loader.
 */
final class Catalogue {
    /** How a table is laid out. */
    enum Kind { FIXED, CODED, CROSS, PERF }

    /** One alias: the folded text, and the folded group word that must appear above it, or null. */
    record Alias(String text, String group) {
    }

    /** A column definition. */
    record ColumnDef(String key, Integer number, List<Alias> aliases) {
    }

    /** A row definition (fixed rows, specials of coded tables, items of cross tables). */
    record RowDef(String key, Integer line, List<String> aliases) {
    }

    /**
     * A table definition. {@code insteadOf} is the standard table this kind is read as where the workbook holds
     * no table of that id (a provincial set prints both 05 and its 明细表; another prints the 明细表 as its 05),
     * or null. A {@code generic} kind is not recognised by its titles: it reads a table whose title the
     * catalogue does not know, with columns named by their header text.
     *
     * @param values        named words or figures a reader of this kind uses ({@code value KEY = A | B}), as written
     * @param standardLines the standard 行次 of each row key that has one, in catalogue order (derived from
     *                      {@code rows} once, when the catalogue is read)
     */
    record TableDef(TableId id, Kind kind, List<String> titles, List<ColumnDef> columns, List<RowDef> rows,
                    List<RowDef> specials, Set<String> headings, Map<String, List<String>> values,
                    TableId insteadOf, boolean generic, Map<String, List<Integer>> standardLines) {
        /** The words of {@code value KEY = …}, as written, or an empty list. */
        List<String> values(String key) {
            return values.getOrDefault(key, List.of());
        }
    }

    /** Splits an entry's head (String.split would compile this pattern again for each of the file's lines). */
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private static final Catalogue STANDARD = load();

    private final Map<TableId, TableDef> tables;
    private final TableDef generic;

    private Catalogue(Map<TableId, TableDef> tables) {
        this.tables = tables;
        TableDef first = null;
        for (TableDef def : tables.values()) { // a loop, not a stream: this runs at start-up, before any JIT
            if (def.generic()) {
                first = def;
                break;
            }
        }
        this.generic = first;
    }

    /** The kind that reads a coded table of a title the catalogue does not know, or null. */
    TableDef generic() {
        return generic;
    }

    static Catalogue standard() {
        return STANDARD;
    }

    TableDef table(TableId id) {
        return tables.get(id);
    }

    Iterable<TableDef> tables() {
        return tables.values();
    }

    private static Catalogue load() {
        return BundledData.load("catalogue.txt", Catalogue::parse);
    }

    static Catalogue parse(BufferedReader reader) throws IOException {
        Entries entries = new Entries();
        BundledData.readSections(reader, "catalogue.txt", entries);
        entries.flush();
        return new Catalogue(entries.tables);
    }

    /** The tables of catalogue.txt, a [CODE] section each, read one line at a time. */
    private static final class Entries implements BundledData.Sections {
        final Map<TableId, TableDef> tables = new LinkedHashMap<>();
        Builder current;

        @Override
        public void section(String code, int n) {
            flush();
            if (!TableId.isCode(code)) {
                throw new IllegalStateException("catalogue.txt line " + n + ": not a table code: " + code);
            }
            current = new Builder(code);
        }

        void flush() {
            if (current != null) {
                TableDef def = current.build();
                tables.put(def.id(), def);
            }
        }

        @Override
        public void entry(String key, String value, int n) {
            if (current == null) {
                throw new IllegalStateException("catalogue.txt line " + n + ": an entry before any [table]: " + key);
            }
            String[] head = BLANKS.split(key);
            List<String> aliases = new ArrayList<>();
            for (String a : value.split("\\|")) {
                if (!a.isBlank()) {
                    aliases.add(a.strip());
                }
            }
            switch (head[0]) {
                case "kind":
                    current.kind = Kind.valueOf(value.toUpperCase(java.util.Locale.ROOT));
                    break;
                case "title":
                    for (String a : aliases) {
                        if (a.indexOf('表') < 0) {
                            // SheetReader looks for titles only in cells that name a 表
                            throw new IllegalStateException("catalogue.txt line " + n + ": a title must contain 表: " + a);
                        }
                        if (current.firstTitle == null) {
                            current.firstTitle = a;
                        }
                        current.titles.add(TextFolding.fold(a));
                    }
                    break;
                case "instead-of":
                    current.insteadOf = TableId.ofCode(value).orElseThrow(() -> new IllegalStateException(
                            "catalogue.txt: instead-of names no standard table: " + value));
                    break;
                case "generic":
                    current.generic = Boolean.parseBoolean(value);
                    break;
                case "heading":
                    for (String a : aliases) {
                        current.headings.add(TextFolding.fold(a));
                    }
                    break;
                case "column": {
                    List<Alias> list = new ArrayList<>();
                    for (String a : aliases) {
                        int at = a.indexOf('@');
                        list.add(at < 0 ? new Alias(TextFolding.fold(a), null)
                                : new Alias(TextFolding.fold(a.substring(0, at)), TextFolding.fold(a.substring(at + 1))));
                    }
                    current.columns.add(new ColumnDef(head[1], number(head[2]), List.copyOf(list)));
                    break;
                }
                case "row":
                case "special": {
                    // Stream.toList, not List.copyOf (which makes another list class for one or two aliases): with
                    // List.copyOf, reading the sample allocated 5% more (JMH, -prof gc), its loops over aliases no
                    // longer of one list class
                    List<String> folded = aliases.stream().map(TextFolding::fold).toList();
                    RowDef def = new RowDef(head[1], head.length > 2 ? number(head[2]) : null, folded);
                    (head[0].equals("row") ? current.rows : current.specials).add(def);
                    break;
                }
                case "value":
                    if (head.length != 2 || aliases.isEmpty()) {
                        throw new IllegalStateException("catalogue.txt line " + n + ": a value needs a key and words");
                    }
                    current.values.put(head[1], List.copyOf(aliases));
                    break;
                default:
                    throw new IllegalStateException("catalogue.txt line " + n + ": unknown entry " + head[0]);
            }
        }
    }

    private static Integer number(String s) {
        return s.equals("-") ? null : Integer.valueOf(s);
    }

    private static final class Builder {
        final String code;
        String firstTitle;
        Kind kind = Kind.FIXED;
        final List<String> titles = new ArrayList<>();
        final List<ColumnDef> columns = new ArrayList<>();
        final List<RowDef> rows = new ArrayList<>();
        final List<RowDef> specials = new ArrayList<>();
        final Set<String> headings = new HashSet<>();
        final Map<String, List<String>> values = new LinkedHashMap<>();
        TableId insteadOf;
        boolean generic;

        Builder(String code) {
            this.code = code;
        }

        TableDef build() {
            // a standard code keeps its standard title; a provincial kind is named by its first title alias
            TableId id = TableId.of(code, firstTitle == null ? code : firstTitle);
            Map<String, List<Integer>> lines = new HashMap<>();
            for (RowDef d : rows) {
                if (d.line() != null) {
                    lines.computeIfAbsent(d.key(), k -> new ArrayList<>(1)).add(d.line());
                }
            }
            lines.replaceAll((k, v) -> List.copyOf(v));
            return new TableDef(id, kind, List.copyOf(titles), List.copyOf(columns), List.copyOf(rows),
                    List.copyOf(specials), Set.copyOf(headings), Map.copyOf(values), insteadOf, generic,
                    Map.copyOf(lines));
        }
    }
}
