package io.github.juesuan.report;

import io.github.juesuan.model.Disclosure;
import io.github.juesuan.model.Severity;

import java.io.IOException;
import java.io.Writer;
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
 * List<JsonReport.Entry> entries = new ArrayList<>();
 * for (Path file : files) {
 *     try {
 *         ReadResult read = reader.read(file);
 *         Report report = checker.check(read);
 *         entries.add(new JsonReport.Entry(file.toString(), report, null));
 *         sections.put(file.toString(), HtmlReport.section(report, read.disclosure(), Lang.ZH));
 *     } catch (ReadException e) {
 *         entries.add(new JsonReport.Entry(file.toString(), null, e.getMessage()));
 *     }
 * }
 * try (Writer out = Files.newBufferedWriter(Path.of("report.html"), StandardCharsets.UTF_8)) {
 *     HtmlReport.write(entries, sections, Lang.ZH, out);
 * }
 * }</pre>
 *
 * <p>The page needs no script and loads nothing: CSS is inline, the encoding is UTF-8, and every name, label and
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
     * @param sections each readable file's {@link #section}, by {@link JsonReport.Entry#file()} (or, failing
     *                 that, by the report's file name); a file without one is summarised only
     * @param lang     the language of headings
     * @param out      where the page goes; the caller encodes it as UTF-8 and closes it
     * @throws IOException when writing fails
     */
    public static void write(List<JsonReport.Entry> entries, Map<String, String> sections, Lang lang, Writer out)
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
     * @param sections a file's section by {@link JsonReport.Entry#file()} (or by the report's file name), or null
     * @param lang     the language of headings
     * @param out      where the page goes
     * @throws IOException when writing fails
     */
    public static void write(List<JsonReport.Entry> entries, java.util.function.Function<String, String> sections,
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
         * The line of an entry.
         *
         * @param e the entry
         * @return its line
         */
        public static Line of(JsonReport.Entry e) {
            Objects.requireNonNull(e, "e");
            Report r = e.report();
            return r == null ? new Line(e.file(), e.file(), null, null, Map.of(), 0, String.valueOf(e.unreadable()))
                    : new Line(e.file(), r.file(), r.unitName().orElse(null), r.year().orElse(null), r.counts(), r.passed(), null);
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
        String title = Html.t(lang, "部门决算公开核对报告", "Final-accounts disclosure check report");
        sb.append("<!DOCTYPE html>\n<html lang=\"").append(Html.t(lang, "zh-CN", "en"))
                .append("\"><head><meta charset=\"utf-8\"/>")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>")
                .append(title).append("</title><style>").append(CSS).append("</style></head>\n<body><div class=\"page\" id=\"top\">")
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
        sb.append("<p class=\"lead\">").append(Html.t(lang, "共 ", "")).append(lines.size())
                .append(Html.t(lang, " 个文件", lines.size() == 1 ? " file" : " files"));
        for (Severity s : Severity.values()) {
            sb.append(" · ").append(Html.severity(s, lang)).append(' ').append(totals[s.ordinal()]);
        }
        if (unreadable > 0) {
            sb.append(" · ").append(Html.t(lang, "无法读取 ", "unreadable ")).append(unreadable);
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
                Html.esc(sb, e.file()).append("\"><header class=\"fhead\"><a class=\"top\" href=\"#top\">")
                        .append(Html.t(lang, "↑ 返回汇总", "↑ summary")).append("</a><h2>");
                Html.esc(sb, e.file()).append("</h2><p class=\"reason\"><span class=\"sev sev-error\">")
                        .append(Html.t(lang, "无法读取", "Unreadable")).append("</span> ");
                Html.esc(sb, e.unreadable() == null ? "" : e.unreadable()).append("</p></header></section>");
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
                    Html.esc(sb, e.file()).append("\"><header class=\"fhead\"><h2>");
                    Html.esc(sb, e.file()).append("</h2><p class=\"meta\">")
                            .append(Html.t(lang, "（未附明细）", "(no details)")).append("</p></header></section>");
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
        sb.append("<div class=\"legend\"><span class=\"hl hl-error\">").append(Html.t(lang, "错误：不符", "Error: fails"))
                .append("</span><span class=\"hl hl-warning\">").append(Html.t(lang, "警告：不符（提示性核对）", "Warning: advisory check fails"))
                .append("</span><span class=\"hl hl-rounding\">").append(Html.t(lang, "尾差：舍入可以解释，仅供参考", "Rounding tail: explained by rounding"))
                .append("</span><span class=\"hl hl-info\">").append(Html.t(lang, "提示：读取说明、无法核对", "Note: reading note or not evaluable"))
                .append("</span><span class=\"hint\">")
                .append(Html.t(lang, "表中着色的单元格参与了核对问题；悬停可见问题，角标数字链接到问题说明。数字均按原表印出的样子显示。",
                        "Coloured cells take part in a finding; hover for the findings, the small numbers link to them. "
                                + "Figures are shown as printed."))
                .append("</span></div>");
    }

    private static void summary(StringBuilder sb, List<Line> lines, int[] totals, int unreadable,
                                Lang lang) {
        sb.append("<table class=\"summary\"><thead><tr>");
        String[] heads = lang == Lang.EN
                ? new String[]{"#", "File", "Unit", "Year", "Errors", "Warnings", "Info", "Held", "Result"}
                : new String[]{"序号", "文件", "单位", "年度", "错误", "警告", "提示", "核对相符", "结论"};
        for (String h : heads) {
            sb.append("<th>").append(h).append("</th>");
        }
        sb.append("</tr></thead><tbody>");
        int i = 0;
        for (Line e : lines) {
            i++;
            Line r = e.read() ? e : null;
            sb.append("<tr class=\"").append(r == null ? "st-unreadable" : r.count(Severity.ERROR) > 0 ? "st-error"
                    : r.count(Severity.WARNING) > 0 ? "st-warning" : "st-ok").append("\" data-file=\"");
            Html.esc(sb, e.file()).append("\"><td class=\"line\">").append(i).append("</td><td class=\"fn\"><a href=\"#file-")
                    .append(i).append("\">");
            Html.esc(sb, e.file()).append("</a></td>");
            if (r == null) {
                sb.append("<td colspan=\"7\" class=\"reason\"><span class=\"sev sev-error\">")
                        .append(Html.t(lang, "无法读取", "Unreadable")).append("</span> ");
                Html.esc(sb, e.unreadable() == null ? "" : e.unreadable()).append("</td>");
                sb.append("</tr>");
                continue;
            }
            sb.append("<td>");
            Html.esc(sb, r.unitName() == null ? "—" : r.unitName()).append("</td><td class=\"line\">")
                    .append(r.year() == null ? "—" : r.year().toString()).append("</td>");
            for (Severity s : Severity.values()) {
                int c = r.count(s);
                sb.append("<td class=\"n c-").append(s.name().toLowerCase(Locale.ROOT)).append(c == 0 ? " zero" : "")
                        .append("\" data-severity=\"").append(s.name()).append("\">").append(c).append("</td>");
            }
            sb.append("<td class=\"n\">").append(r.passed()).append("</td><td class=\"verdict\">");
            if (r.count(Severity.ERROR) > 0) {
                sb.append("<span class=\"sev sev-error\">").append(Html.t(lang, "有错误", "errors")).append("</span>");
            } else if (r.count(Severity.WARNING) > 0) {
                sb.append("<span class=\"sev sev-warning\">").append(Html.t(lang, "有警告", "warnings")).append("</span>");
            } else {
                sb.append("<span class=\"sev sev-ok\">").append(Html.t(lang, "通过", "passed")).append("</span>");
            }
            sb.append("</td></tr>");
        }
        sb.append("</tbody><tfoot><tr><td></td><td colspan=\"3\">").append(Html.t(lang, "合计 ", "Total: "))
                .append(lines.size()).append(Html.t(lang, " 个文件", " files"));
        if (unreadable > 0) {
            sb.append(Html.t(lang, "，其中无法读取 ", ", unreadable ")).append(unreadable);
        }
        sb.append("</td>");
        for (Severity s : Severity.values()) {
            sb.append("<td class=\"n c-").append(s.name().toLowerCase(Locale.ROOT)).append("\" data-severity=\"")
                    .append(s.name()).append("\">").append(totals[s.ordinal()]).append("</td>");
        }
        sb.append("<td></td><td></td></tr></tfoot></table>");
    }

    /** The page's style: quiet tables like the printed forms, colour only where a finding is. */
    private static final String CSS = String.join("\n",
            "*{box-sizing:border-box}",
            "body{margin:0;background:#eef1f5;color:#1f2933;font:14px/1.5 \"Noto Sans CJK SC\",\"Source Han Sans SC\","
                    + "\"PingFang SC\",\"Microsoft YaHei\",\"WenQuanYi Zen Hei\",\"Helvetica Neue\",Arial,sans-serif}",
            ".page{max-width:1240px;margin:0 auto;padding:20px 24px 40px}",
            "h1{font-size:22px;margin:4px 0 2px;color:#102a43;letter-spacing:1px}",
            ".lead{margin:0 0 10px;color:#52606d}",
            "code{font-family:\"DejaVu Sans Mono\",Consolas,\"Noto Sans Mono CJK SC\",monospace;font-size:12.5px}",
            "a{color:#1f5fa8;text-decoration:none}a:hover{text-decoration:underline}",
            ".legend{display:flex;flex-wrap:wrap;gap:8px;align-items:center;margin:0 0 12px;font-size:12.5px}",
            ".legend .hl{padding:2px 8px;border-radius:3px}",
            ".legend .hint{color:#616e7c}",
            "table{border-collapse:collapse}",
            "th,td{border:1px solid #c5ccd6;padding:3px 7px;vertical-align:top}",
            "th{background:#e4eaf2;font-weight:600;color:#243b53;text-align:center;font-size:13px}",
            ".summary{width:100%;background:#fff;margin-bottom:18px;box-shadow:0 1px 2px rgba(0,0,0,.06)}",
            ".summary tfoot td{background:#f4f6f9;font-weight:600}",
            ".summary .fn a{font-weight:600}",
            ".n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}",
            ".zero{color:#9aa5b1}",
            ".c-error:not(.zero){color:#b42318;font-weight:700}",
            ".c-warning:not(.zero){color:#b54708;font-weight:700}",
            ".c-info:not(.zero){color:#3e6fa8}",
            ".line{text-align:center;color:#52606d;white-space:nowrap}",
            ".reason{color:#7b341e}",
            ".sev{display:inline-block;padding:0 6px;border-radius:3px;font-size:12px;font-weight:600;line-height:18px;"
                    + "white-space:nowrap;vertical-align:1px}",
            ".sev-error{background:#d92d20;color:#fff}",
            ".sev-warning{background:#f79009;color:#fff}",
            ".sev-info{background:#dbe7f5;color:#1d4f91}",
            ".sev-ok{background:#e3f4e8;color:#1d7a3a}",
            ".file-wrap{margin-top:22px}",
            ".file{background:#fff;border:1px solid #d3d9e2;border-radius:4px;padding:14px 18px 8px;"
                    + "box-shadow:0 1px 2px rgba(0,0,0,.06)}",
            ".fhead{border-bottom:2px solid #243b53;padding-bottom:8px;margin-bottom:12px}",
            ".fhead h2{font-size:18px;margin:0;color:#102a43;word-break:break-all}",
            ".fhead .top{float:right;font-size:12px}",
            ".meta{color:#52606d;margin:2px 0 6px}.meta span{margin-right:18px}.meta i{font-style:normal;color:#829ab1}",
            ".counts .cnt{display:inline-block;margin-right:8px;padding:1px 10px;border-radius:12px;font-size:13px;"
                    + "border:1px solid #c5ccd6;background:#f8fafc}",
            ".cnt-error:not(.zero){background:#fde8e7;border-color:#f5a49e;color:#b42318}",
            ".cnt-warning:not(.zero){background:#fff1db;border-color:#f8c27a;color:#93370d}",
            ".cnt-info:not(.zero){background:#eaf2fb;border-color:#a9c5e8;color:#1d4f91}",
            ".projects{margin:0 0 14px;font-size:13px}",
            ".projects caption{text-align:left;font-weight:600;color:#243b53;padding-bottom:4px}",
            ".block{margin:10px 0 22px}",
            ".block h3{font-size:15px;margin:0 0 2px;color:#102a43}",
            ".tid{display:inline-block;min-width:28px;padding:0 5px;margin-right:4px;background:#243b53;color:#fff;"
                    + "border-radius:3px;font-size:12px;text-align:center;vertical-align:1px}",
            ".where{font-size:12px;color:#7b8794;margin-bottom:4px}",
            ".tw{overflow-x:auto;max-width:100%}",
            ".sheet{background:#fff;font-size:12.5px;line-height:1.3}",
            ".sheet th{font-size:12px;padding:3px 6px}",
            ".sheet tr.colno th{font-weight:400;color:#7b8794;background:#f0f3f7;padding:1px 6px}",
            ".sheet tbody.seg tr:first-child th{border-top:2px solid #9fb3c8}",
            ".sheet td{padding:1px 7px;text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}",
            ".sheet td.lab,.sheet td.txt{text-align:left;white-space:normal}",
            ".sheet td.code{text-align:left}.sheet td.line,.sheet td.dash{text-align:center}",
            ".sheet .lab{min-width:10em;max-width:24em}",
            ".sheet .l1{padding-left:1.6em}.sheet .l2{padding-left:3em}",
            ".sheet .code{font-family:\"DejaVu Sans Mono\",Consolas,monospace;font-size:12px;color:#334e68;white-space:nowrap}",
            ".sheet .sum{font-weight:700}",
            ".sheet td:not(.lab):not(.txt):not(.code):not(.line){min-width:5.5em}",
            ".sheet .txt{font-size:12px;color:#3e4c59;min-width:22em;max-width:62em}",
            ".sheet .dash{text-align:center;color:#9aa5b1}",
            ".sheet .none,.sheet .gap{background:#f3f5f8}",
            ".sheet .side{border-left:3px double #8fa3bd}",
            ".sheet .inv{text-decoration:underline wavy #d92d20}",
            ".sheet tbody tr:hover td:not(.hl){background-color:#f2f6fb}",
            ".hl{position:relative}",
            ".sheet td.hl-error,.legend .hl-error{background:#fbd3cf;box-shadow:inset 0 0 0 2px #d92d20;color:#7a1a12;font-weight:700}",
            ".sheet td.hl-warning,.legend .hl-warning{background:#ffe2b0;box-shadow:inset 0 0 0 2px #f79009;color:#7a3d06;font-weight:700}",
            ".sheet td.hl-rounding,.legend .hl-rounding{background:#fff6bf;box-shadow:inset 0 0 0 1px #e3c84a}",
            ".sheet td.hl-info,.legend .hl-info{background:#e3eefa;box-shadow:inset 0 0 0 1px #8db3e2}",
            ".m{font-size:10px;font-weight:600;margin-left:2px;line-height:0}",
            ".m a{color:inherit}",
            ".note{font-size:12px;color:#7b8794;margin:3px 0 0}",
            ".findings{margin-top:8px}",
            ".finding{border-left:4px solid #9aa5b1;background:#f8fafc;padding:5px 10px 6px;margin:6px 0;"
                    + "border-radius:0 3px 3px 0}",
            ".finding:target{outline:2px solid #1f5fa8}",
            ".f-error{border-left-color:#d92d20;background:#fef4f3}",
            ".f-warning{border-left-color:#f79009;background:#fffaf0}",
            ".f-rounding{border-left-color:#e3c84a;background:#fffdf0}",
            ".f-info{border-left-color:#8db3e2;background:#f5f9fd}",
            ".fh{font-weight:600;color:#102a43}",
            ".fh .no{display:inline-block;min-width:20px;height:20px;line-height:20px;border-radius:10px;background:#52606d;"
                    + "color:#fff;text-align:center;font-size:11px;margin-right:6px;padding:0 5px}",
            ".fh .rule{font-weight:700;margin-left:2px}",
            ".oc{font-size:12px;padding:0 5px;border-radius:3px;border:1px solid currentColor}",
            ".oc-error{color:#b42318}.oc-warning{color:#b54708}.oc-rounding{color:#8a6d00}.oc-info{color:#3e6fa8}",
            ".inst{color:#52606d;font-weight:400}",
            ".msg{font-weight:600}",
            ".fd{font-size:12.5px;margin:2px 0 0 32px;color:#3e4c59}",
            ".fd .k{display:inline-block;min-width:3.6em;color:#829ab1;margin-right:6px}",
            ".fd .subst{color:#102a43;font-weight:600}",
            ".fd q.words{quotes:\"「\" \"」\"}",
            ".fd q.words mark{background:#ffe08a;color:#102a43;font-weight:600;padding:0 2px}",
            ".band{margin-left:4px;color:#b42318;white-space:nowrap}",
            ".f-rounding .band,.f-info .band{color:#8a6d00}",
            ".fd .cell code{color:#334e68;background:#edf1f6;padding:0 3px;border-radius:2px}",
            ".xref{font-size:12px;color:#52606d;margin:6px 0 0}.xref a{margin-right:6px}",
            ".x-error{color:#b42318}.x-warning{color:#b54708}",
            ".clean{color:#1d7a3a;font-weight:600}",
            ".unreadable .reason{margin:6px 0 0}",
            "@media print{body{background:#fff}.page{max-width:none;padding:0}.file{box-shadow:none;border:0;"
                    + "page-break-before:always}.block{page-break-inside:avoid}.top{display:none}"
                    + ".sheet td.hl-error,.sheet td.hl-warning,.sheet td.hl-rounding,.sheet td.hl-info"
                    + "{-webkit-print-color-adjust:exact;print-color-adjust:exact}}");
}
