package io.github.juesuan.report;

import io.github.juesuan.model.Disclosure;
import io.github.juesuan.model.Severity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Writes one self-contained HTML page per run: a summary of every file (errors, warnings and notes, or why a
 * file could not be read) linking to each file's section, where every table with findings is shown as read with
 * the cells concerned highlighted (错误 red, 警告 amber, 尾差 pale yellow, other notes pale blue; the tooltip
 * and the small numbers name the findings), followed by the findings with rule, values and cells.
 *
 * <p>The page is built in two steps so that a batch keeps only each file's rendered section, never its
 * {@link Disclosure}:
 *
 * <pre>{@code
 * Map<String, String> sections = new LinkedHashMap<>();
 * List<FileOutcome> entries = new ArrayList<>();
 * for (Path file : files) {
 *     try {
 *         ReadResult read = reader.read(file);
 *         Report report = checker.check(read);
 *         entries.add(new FileOutcome.Checked(file.toString(), report));
 *         sections.put(file.toString(), HtmlReport.section(report, read.disclosure(), Lang.ZH));
 *     } catch (ReadException e) {
 *         entries.add(FileOutcome.Unreadable.of(file.toString(), e));
 *     }
 * }
 * try (Writer out = Files.newBufferedWriter(Path.of("report.html"), StandardCharsets.UTF_8)) {
 *     HtmlReport.write(entries, sections, Lang.ZH, out);
 * }
 * }</pre>
 *
 * <p>The page needs no script and loads nothing: CSS is inline (from {@code page.css} beside this class), the encoding is UTF-8, and every name, label and
 * message from a workbook is escaped. It is well-formed XML as well as HTML. Numbers appear as printed.
 */
public final class HtmlReport {
    private HtmlReport() {
    }

    /**
     * One file's section: its heading (file, unit, year, counts by severity), its 绩效自评 projects, then its
     * findings grouped by table, worst first. Every table with findings, or with cells another table's
     * findings use, is rendered as read (each 绩效自评表 per project); tables without findings are not.
     *
     * @param report     what checking the file found
     * @param disclosure what reading it gave (the tables rendered)
     * @param lang       the language of headings and messages
     * @return an HTML fragment ({@code <section>…</section>}) for {@link #write}
     */
    public static String section(Report report, Disclosure disclosure, Lang lang) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(disclosure, "disclosure");
        Objects.requireNonNull(lang, "lang");
        return HtmlSection.render(report, disclosure, lang);
    }

    /**
     * Writes the whole page: a summary table of the files (linking to their sections), then each file's
     * section in the order of {@code entries}. An unreadable entry gets a line with its reason.
     *
     * @param entries  the files, in order, as for {@link JsonReport#write}
     * @param sections each readable file's {@link #section}, by {@link FileOutcome#file()} (or, failing
     *                 that, by the report's file name); a file without one is summarised only
     * @param lang     the language of headings
     * @param out      where the page goes; the caller encodes it as UTF-8 and closes it
     * @throws IOException when writing fails
     */
    public static void write(List<? extends FileOutcome> entries, Map<String, String> sections, Lang lang, Writer out)
            throws IOException {
        Objects.requireNonNull(entries, "entries");
        Objects.requireNonNull(sections, "sections");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(out, "out");
        write(entries, (java.util.function.Function<String, String>) sections::get, lang, out);
    }

    /**
     * As {@link #write(List, Map, Lang, Writer)}, with each file's section supplied on demand: a batch over
     * thousands of files can keep the sections on disk and hand them over one at a time.
     *
     * @param entries  the files, in order
     * @param sections a file's section by {@link FileOutcome#file()} (or by the report's file name), or null
     * @param lang     the language of headings
     * @param out      where the page goes
     * @throws IOException when writing fails
     */
    public static void write(List<? extends FileOutcome> entries, java.util.function.Function<String, String> sections,
                             Lang lang, Writer out)
            throws IOException {
        Objects.requireNonNull(sections, "sections");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(entries, "entries");
        writeSummarised(entries.stream().map(Line::of).toList(), sections, lang, out);
    }

    /**
     * What the page's summary shows of one file: all a batch over thousands of files needs to keep of it
     * (with its section on disk) to write the page at the end.
     *
     * @param file       the file as the batch names it
     * @param name       the report's own file name (sections are looked up by {@code file}, then by this)
     * @param unitName   the unit, or null
     * @param year       the year, or null
     * @param counts     findings by severity (unreadable: empty)
     * @param passed     rule instances that held
     * @param unreadable why the file could not be read, or null when it was read
     */
    public record Line(String file, String name, String unitName, Integer year, Map<Severity, Integer> counts,
                       int passed, String unreadable) {
        /**
         * Checks for nulls and copies the counts.
         *
         * @param file       the file as the batch names it
         * @param name       the report's own file name
         * @param unitName   the unit, or null
         * @param year       the year, or null
         * @param counts     findings by severity
         * @param passed     rule instances that held
         * @param unreadable why the file could not be read, or null
         * @throws NullPointerException naming {@code file}, {@code name} or {@code counts} when null
         */
        public Line {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(counts, "counts");
            Objects.requireNonNull(file, "file");
            counts = Map.copyOf(counts);
        }

        /**
         * The line of a file's outcome.
         *
         * @param e the outcome
         * @return its line
         */
        public static Line of(FileOutcome e) {
            Objects.requireNonNull(e, "e");
            if (e instanceof FileOutcome.Unreadable u) {
                return new Line(e.file(), e.file(), null, null, Map.of(), 0, u.message());
            }
            Report r = ((FileOutcome.Checked) e).report();
            return new Line(e.file(), r.file(), r.unitName().orElse(null), r.year().orElse(null), r.counts(), r.passed(), null);
        }

        /**
         * How many findings of this severity.
         *
         * @param s the severity
         * @return the count, 0 for an unreadable file
         */
        public int count(Severity s) {
            Objects.requireNonNull(s, "s");
            return counts.getOrDefault(s, 0);
        }

        boolean read() {
            return unreadable == null;
        }
    }

    /**
     * As {@link #write(List, java.util.function.Function, Lang, Writer)}, from each file's {@link Line}.
     *
     * @param lines    the files, in order
     * @param sections a file's section by {@link Line#file()} (or by {@link Line#name()}), or null
     * @param lang     the language of headings
     * @param out      where the page goes
     * @throws IOException when writing fails
     */
    public static void writeSummarised(List<Line> lines, java.util.function.Function<String, String> sections,
                                       Lang lang, Writer out) throws IOException {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(lines, "lines");
        Objects.requireNonNull(sections, "sections");
        Objects.requireNonNull(lang, "lang");
        StringBuilder sb = new StringBuilder(8192);
        String title = ReportWords.of(lang).get("html.title");
        sb.append("<!DOCTYPE html>\n<html lang=\"").append(ReportWords.of(lang).get("html.lang"))
                .append("\"><head><meta charset=\"utf-8\"/>")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>")
                .append(title).append("</title><style>").append(Style.CSS).append("</style></head>\n<body><div class=\"page\" id=\"top\">")
                .append("<h1>").append(title).append("</h1>");
        int[] totals = new int[Severity.values().length];
        int unreadable = 0;
        for (Line e : lines) {
            if (!e.read()) {
                unreadable++;
            } else {
                for (Severity s : Severity.values()) {
                    totals[s.ordinal()] += e.count(s);
                }
            }
        }
        sb.append("<p class=\"lead\">").append(ReportWords.of(lang).get(lines.size() == 1 ? "html.lead.file" : "html.lead.files", lines.size()));
        for (Severity s : Severity.values()) {
            sb.append(" · ").append(ReportWords.of(lang).severity(s)).append(' ').append(totals[s.ordinal()]);
        }
        if (unreadable > 0) {
            sb.append(" · ").append(ReportWords.of(lang).get("html.lead.unreadable", unreadable));
        }
        sb.append("</p>");
        legend(sb, lang);
        summary(sb, lines, totals, unreadable, lang);
        out.write(sb.toString());
        sb.setLength(0);
        int i = 0;
        for (Line e : lines) {
            i++;
            out.write("\n<div class=\"file-wrap\" id=\"file-" + i + "\">");
            if (!e.read()) {
                sb.append("<section class=\"file unreadable\" data-file=\"");
                HtmlEscaping.esc(sb, e.file()).append("\"><header class=\"fhead\"><a class=\"top\" href=\"#top\">")
                        .append(ReportWords.of(lang).get("html.toSummary")).append("</a><h2>");
                HtmlEscaping.esc(sb, e.file()).append("</h2><p class=\"reason\"><span class=\"sev sev-error\">")
                        .append(ReportWords.of(lang).get("html.unreadable")).append("</span> ");
                HtmlEscaping.esc(sb, e.unreadable() == null ? "" : e.unreadable()).append("</p></header></section>");
                out.write(sb.toString());
                sb.setLength(0);
            } else {
                String section = sections.apply(e.file());
                if (section == null) {
                    section = sections.apply(e.name());
                }
                if (section != null) {
                    out.write(section);
                } else {
                    sb.append("<section class=\"file\" data-file=\"");
                    HtmlEscaping.esc(sb, e.file()).append("\"><header class=\"fhead\"><h2>");
                    HtmlEscaping.esc(sb, e.file()).append("</h2><p class=\"meta\">")
                            .append(ReportWords.of(lang).get("html.noDetails")).append("</p></header></section>");
                    out.write(sb.toString());
                    sb.setLength(0);
                }
            }
            out.write("</div>");
        }
        out.write("\n</div></body></html>\n");
        out.flush();
    }

    private static void legend(StringBuilder sb, Lang lang) {
        sb.append("<div class=\"legend\"><span class=\"hl hl-error\">").append(ReportWords.of(lang).get("html.legend.error"))
                .append("</span><span class=\"hl hl-warning\">").append(ReportWords.of(lang).get("html.legend.warning"))
                .append("</span><span class=\"hl hl-rounding\">").append(ReportWords.of(lang).get("html.legend.rounding"))
                .append("</span><span class=\"hl hl-info\">").append(ReportWords.of(lang).get("html.legend.info"))
                .append("</span><span class=\"hint\">")
                .append(ReportWords.of(lang).get("html.legend.hint"))
                .append("</span></div>");
    }

    private static void summary(StringBuilder sb, List<Line> lines, int[] totals, int unreadable,
                                Lang lang) {
        sb.append("<table class=\"summary\">");
        heads(sb, ReportWords.of(lang).get("html.summary.heads"));
        int i = 0;
        for (Line e : lines) {
            i++;
            Line r = e.read() ? e : null;
            sb.append("<tr class=\"").append(r == null ? "st-unreadable" : r.count(Severity.ERROR) > 0 ? "st-error"
                    : r.count(Severity.WARNING) > 0 ? "st-warning" : "st-ok").append("\" data-file=\"");
            HtmlEscaping.esc(sb, e.file()).append("\"><td class=\"line\">").append(i).append("</td><td class=\"fn\"><a href=\"#file-")
                    .append(i).append("\">");
            HtmlEscaping.esc(sb, e.file()).append("</a></td>");
            if (r == null) {
                sb.append("<td colspan=\"7\" class=\"reason\"><span class=\"sev sev-error\">")
                        .append(ReportWords.of(lang).get("html.unreadable")).append("</span> ");
                HtmlEscaping.esc(sb, e.unreadable() == null ? "" : e.unreadable()).append("</td>");
                sb.append("</tr>");
                continue;
            }
            sb.append("<td>");
            HtmlEscaping.esc(sb, r.unitName() == null ? "—" : r.unitName()).append("</td><td class=\"line\">")
                    .append(r.year() == null ? "—" : r.year().toString()).append("</td>");
            for (Severity s : Severity.values()) {
                int c = r.count(s);
                sb.append("<td class=\"n c-").append(s.name().toLowerCase(Locale.ROOT)).append(c == 0 ? " zero" : "")
                        .append("\" data-severity=\"").append(s.name()).append("\">").append(c).append("</td>");
            }
            sb.append("<td class=\"n\">").append(r.passed()).append("</td><td class=\"verdict\">");
            if (r.count(Severity.ERROR) > 0) {
                sb.append("<span class=\"sev sev-error\">").append(ReportWords.of(lang).get("html.verdict.errors")).append("</span>");
            } else if (r.count(Severity.WARNING) > 0) {
                sb.append("<span class=\"sev sev-warning\">").append(ReportWords.of(lang).get("html.verdict.warnings")).append("</span>");
            } else {
                sb.append("<span class=\"sev sev-ok\">").append(ReportWords.of(lang).get("html.verdict.passed")).append("</span>");
            }
            sb.append("</td></tr>");
        }
        sb.append("</tbody><tfoot><tr><td></td><td colspan=\"3\">").append(ReportWords.of(lang).get("html.total.files", lines.size()));
        if (unreadable > 0) {
            sb.append(ReportWords.of(lang).get("html.total.unreadable", unreadable));
        }
        sb.append("</td>");
        for (Severity s : Severity.values()) {
            sb.append("<td class=\"n c-").append(s.name().toLowerCase(Locale.ROOT)).append("\" data-severity=\"")
                    .append(s.name()).append("\">").append(totals[s.ordinal()]).append("</td>");
        }
        sb.append("<td></td><td></td></tr></tfoot></table>");
    }


    /** A table's column heads, separated by {@code |} in the bundle, and the start of its body. */
    static void heads(StringBuilder sb, String heads) {
        sb.append("<thead><tr>");
        for (String h : heads.split("\\|")) {
            sb.append("<th>").append(h).append("</th>");
        }
        sb.append("</tr></thead><tbody>");
    }

    /** The page's style, read once from {@code page.css} beside this class (without its last line break). */
    private static final class Style {
        static final String CSS = load();

        private static String load() {
            try (InputStream in = HtmlReport.class.getResourceAsStream("page.css")) {
                if (in == null) {
                    throw new IllegalStateException("page.css is missing beside " + HtmlReport.class.getName());
                }
                // A checkout that turned the line breaks into CRLF must not change the page.
                String css = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
                return css.endsWith("\n") ? css.substring(0, css.length() - 1) : css;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read page.css", e);
            }
        }
    }
}
