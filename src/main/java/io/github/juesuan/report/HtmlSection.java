package io.github.juesuan.report;

import io.github.juesuan.model.Disclosure;
import io.github.juesuan.model.Severity;
import io.github.juesuan.model.Source;
import io.github.juesuan.model.Table;
import io.github.juesuan.model.TableId;
import io.github.juesuan.report.HtmlBlocks.TableFindings;
import io.github.juesuan.report.HtmlBlocks.Key;
import io.github.juesuan.report.HtmlTable.Ref;
import io.github.juesuan.rules.Participant;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/** One file's section of the HTML report: heading, projects, then its findings by table with the tables. */
final class HtmlSection {
    private final Report report;
    private final Disclosure disclosure;
    private final Lang lang;
    private final StringBuilder sb = new StringBuilder(16_384);
    private final String prefix;

    private HtmlSection(Report report, Disclosure disclosure, Lang lang) {
        this.report = Objects.requireNonNull(report, "report");
        this.disclosure = Objects.requireNonNull(disclosure, "disclosure");
        this.lang = Objects.requireNonNull(lang, "lang");
        this.prefix = "r" + digest(report.toString());
    }

    static String render(Report report, Disclosure disclosure, Lang lang) {
        HtmlSection s = new HtmlSection(report, disclosure, lang);
        s.write();
        return s.sb.toString();
    }

    /** A short stable digest, so that anchors differ between files without knowing the page around them. */
    private static String digest(String s) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < 6; i++) {
                hex.append(String.format("%02x", h[i]));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    // ---------------------------------------------------------------- writing

    private void write() {
        sb.append("<section class=\"file\" data-file=\"");
        HtmlEscaping.esc(sb, report.file()).append("\"><header class=\"fhead\"><a class=\"top\" href=\"#top\">")
                .append(ReportWords.of(lang).get("html.toSummary")).append("</a><h2>");
        HtmlEscaping.esc(sb, report.file()).append("</h2><div class=\"meta\">");
        meta(ReportWords.of(lang).get("html.meta.unit"), report.unitName().orElse("—"));
        meta(ReportWords.of(lang).get("html.meta.year"), report.year().map(String::valueOf).orElse("—"));
        meta(ReportWords.of(lang).get("html.meta.held"), Integer.toString(report.passed()));
        sb.append("</div><div class=\"counts\">");
        for (Severity s : Severity.values()) {
            int c = report.count(s);
            String level = s.name().toLowerCase(java.util.Locale.ROOT);
            sb.append("<span class=\"cnt cnt-").append(level).append(c == 0 ? " zero" : "")
                    .append("\" data-severity=\"").append(s.name()).append("\">").append(ReportWords.of(lang).severity(s))
                    .append(" <b>").append(c).append("</b></span>");
        }
        sb.append("</div></header>");
        projects();
        List<TableFindings> blocks = HtmlBlocks.of(report, disclosure, prefix);
        if (blocks.isEmpty()) {
            sb.append("<p class=\"clean\">").append(ReportWords.of(lang).get("html.clean")).append("</p>");
        }
        for (TableFindings b : blocks) {
            block(b);
        }
        sb.append("</section>");
    }

    private void meta(String name, String value) {
        sb.append("<span><i>");
        HtmlEscaping.esc(sb, name).append("</i> ");
        HtmlEscaping.esc(sb, value).append("</span>");
    }

    private void projects() {
        if (report.projects().isEmpty()) {
            return;
        }
        sb.append("<table class=\"projects\"><caption>").append(ReportWords.of(lang).get("html.projects.caption"))
                .append("</caption>");
        HtmlReport.heads(sb, ReportWords.of(lang).get("html.projects.heads"));
        for (ProjectSummary p : report.projects()) {
            sb.append("<tr><td class=\"line\">").append(p.project()).append("</td><td class=\"lab\">");
            HtmlEscaping.esc(sb, p.name()).append("</td>");
            number(p.budget());
            number(p.executed());
            number(p.rate());
            number(p.total());
            sb.append("<td class=\"line\">");
            HtmlEscaping.esc(sb, p.grade().isEmpty() ? "—" : p.grade()).append("</td>");
            sb.append("<td class=\"n").append(p.errors() > 0 ? " c-error" : " zero").append("\">").append(p.errors())
                    .append("</td><td class=\"n").append(p.warnings() > 0 ? " c-warning" : " zero").append("\">")
                    .append(p.warnings()).append("</td></tr>");
        }
        sb.append("</tbody></table>");
    }

    private void number(BigDecimal v) {
        sb.append("<td class=\"n\">").append(v == null ? "—" : v.toPlainString()).append("</td>");
    }

    private void block(TableFindings b) {
        sb.append("<div class=\"block\" id=\"").append(prefix).append("-t-").append(b.anchorPart())
                .append("\" data-table=\"").append(b.key.id() == null ? "" : b.key.id().code()).append('"');
        if (b.key.project() > 0) {
            sb.append(" data-project=\"").append(b.key.project()).append('"');
        }
        sb.append("><h3>");
        title(b);
        int[] counts = new int[Severity.values().length];
        b.findings.forEach(f -> counts[f.severity().ordinal()]++);
        for (Severity s : Severity.values()) {
            if (counts[s.ordinal()] > 0) {
                sb.append(" <span class=\"sev sev-").append(s.name().toLowerCase(java.util.Locale.ROOT)).append("\">")
                        .append(ReportWords.of(lang).severity(s)).append(' ').append(counts[s.ordinal()]).append("</span>");
            }
        }
        sb.append("</h3>");
        if (b.table != null) {
            Table t = b.table;
            sb.append("<div class=\"where\">");
            HtmlEscaping.esc(sb, ReportWords.of(lang).get("html.where.sheet", t.sheet(), t.source().cell()));
            if (!t.unit().label().isEmpty()) {
                sb.append(ReportWords.of(lang).get("html.where.amountUnit", t.unit().label()));
            }
            sb.append("</div>");
            HtmlTable.render(t, b.cells, b.labels, lang, sb);
            for (String note : t.notes()) {
                sb.append("<p class=\"note\">");
                HtmlEscaping.esc(sb, note).append("</p>");
            }
        } else if (b.key.id() != null) {
            sb.append("<div class=\"where\">").append(ReportWords.of(lang).get("html.tableAbsent")).append("</div>");
        }
        if (!b.refs.isEmpty()) {
            sb.append("<div class=\"findings\">");
            for (Ref ref : b.refs) {
                finding(ref);
            }
            sb.append("</div>");
        }
        xrefs(b);
        sb.append("</div>");
    }

    private void title(TableFindings b) {
        Key k = b.key;
        if (k.equals(Key.WORDS)) {
            sb.append(ReportWords.of(lang).get("html.block.words"));
            return;
        }
        if (k.id() == null) {
            sb.append(ReportWords.of(lang).get("html.block.workbook"));
            return;
        }
        if (k.id() == TableId.PERF) {
            sb.append("<span class=\"tid\">PERF").append(k.project() > 0 ? Integer.toString(k.project()) : "")
                    .append("</span> ").append(ReportWords.of(lang).get("html.block.perf"));
            if (b.evaluation != null) {
                sb.append(ReportWords.of(lang).get("html.block.project", k.project()));
                HtmlEscaping.esc(sb, b.evaluation.projectName());
            }
            return;
        }
        sb.append("<span class=\"tid\">").append(k.id().code()).append("</span> ");
        if (b.table != null) {
            if (b.table.number() != null) {
                HtmlEscaping.esc(sb, b.table.number()).append(' ');
            }
            HtmlEscaping.esc(sb, b.table.title());
        } else {
            sb.append(ReportWords.of(lang).get("html.block.table", k.id().code()));
            HtmlEscaping.esc(sb, k.id().title());
        }
    }

    /** The sentence of the words, each number that took part in {@code <mark>}. */
    private void quote(io.github.juesuan.model.NarrativeQuote q) {
        detail(ReportWords.of(lang).get("html.detail.words"));
        sb.append("<code>");
        HtmlEscaping.esc(sb, q.place()).append("</code> <q class=\"words\">");
        io.github.juesuan.model.NarrativeSource sentence = q.sentence();
        String text = sentence.text();
        int at = 0;
        for (io.github.juesuan.model.NarrativeSource m : q.inside()) {
            HtmlEscaping.esc(sb, text.substring(at, m.start() - sentence.start())).append("<mark>");
            HtmlEscaping.esc(sb, m.text()).append("</mark>");
            at = m.end() - sentence.start();
        }
        HtmlEscaping.esc(sb, text.substring(at)).append("</q></div>");
    }

    private void finding(Ref ref) {
        Finding f = ref.finding();
        String level = Highlight.level(Highlight.rank(f));
        sb.append("<div class=\"finding f-").append(level).append("\" id=\"").append(ref.anchor())
                .append("\" data-rule=\"");
        HtmlEscaping.esc(sb, f.ruleId()).append("\" data-severity=\"").append(f.severity().name())
                .append("\" data-outcome=\"").append(f.outcome().name()).append("\"><div class=\"fh\"><span class=\"no\">")
                .append(ref.number()).append("</span><span class=\"sev sev-")
                .append(f.severity().name().toLowerCase(java.util.Locale.ROOT)).append("\">")
                .append(ReportWords.of(lang).severity(f.severity())).append("</span> <code class=\"rule\">");
        HtmlEscaping.esc(sb, f.ruleId()).append("</code>");
        String outcome = ReportWords.of(lang).outcome(f.outcome());
        if (!outcome.isEmpty()) {
            sb.append(" <span class=\"oc oc-").append(level).append("\">").append(outcome).append("</span>");
        }
        List<String> where = new ArrayList<>();
        if (f.project().isPresent()) {
            where.add(ReportWords.of(lang).get("html.finding.project", f.project().getAsInt()));
        }
        f.instance().ifPresent(where::add);
        if (!where.isEmpty()) {
            sb.append(" <span class=\"inst\">");
            HtmlEscaping.esc(sb, String.join(" · ", where)).append("</span>");
        }
        sb.append(" <span class=\"msg\">");
        HtmlEscaping.esc(sb, f.message(lang)).append("</span></div>");
        if (!f.expression().isEmpty()) {
            detail(ReportWords.of(lang).get("html.detail.rule"));
            sb.append("<code>");
            HtmlEscaping.esc(sb, f.expression()).append("</code></div>");
        }
        if (!f.substituted().isEmpty()) {
            detail(ReportWords.of(lang).get("html.detail.values"));
            sb.append("<code class=\"subst\">");
            HtmlEscaping.esc(sb, f.substituted()).append("</code>");
            String band = TextReport.band(f, lang);
            if (!band.isEmpty()) {
                sb.append("<span class=\"band\">");
                HtmlEscaping.esc(sb, band.strip()).append("</span>");
            }
            sb.append("</div>");
        }
        f.quote().ifPresent(this::quote);
        String reason = lang == Lang.EN && !f.reasonEn().isEmpty() ? f.reasonEn() : f.reason();
        if (!reason.isEmpty()) {
            detail(ReportWords.of(lang).get("html.detail.reason"));
            HtmlEscaping.esc(sb, reason).append("</div>");
        }
        if (f.location().isPresent()) {
            Source at = f.location().get();
            detail(ReportWords.of(lang).get("html.detail.cell"));
            sb.append("<code>");
            HtmlEscaping.esc(sb, at.location()).append("</code>");
            if (!at.raw().isEmpty()) {
                sb.append(" <span class=\"raw\">");
                HtmlEscaping.esc(sb, "「" + at.raw() + "」").append("</span>");
            }
            sb.append("</div>");
        }
        if (!f.cells().isEmpty()) {
            detail(ReportWords.of(lang).get("html.detail.cells"));
            String sheet = null;
            for (Participant p : f.cells()) {
                if (sheet != null) {
                    sb.append(ReportWords.of(lang).get("html.cellSeparator"));
                }
                participant(p, p.source().sheet().equals(sheet));
                sheet = p.source().sheet();
            }
            sb.append("</div>");
        }
        sb.append("</div>");
    }

    private void detail(String name) {
        sb.append("<div class=\"fd\"><span class=\"k\">").append(name).append("</span>");
    }

    /** A cell: where (the sheet only where it changes), its row and column, its value as printed. */
    private void participant(Participant p, boolean sameSheet) {
        String label = p.rowLabel();
        boolean cut = label.codePointCount(0, label.length()) > 16;
        sb.append("<span class=\"cell\"");
        if (cut) {
            sb.append(" title=\"");
            HtmlEscaping.esc(sb, label).append('"');
        }
        sb.append("><code>");
        HtmlEscaping.esc(sb, sameSheet ? p.source().cell() : p.source().location()).append("</code> ");
        HtmlEscaping.esc(sb, cut ? label.substring(0, label.offsetByCodePoints(0, 15)) + "…" : label);
        if (!p.columnLabel().isEmpty() && !p.columnLabel().equals(p.columnKey()) || label.isEmpty()) {
            sb.append('/');
            HtmlEscaping.esc(sb, p.columnLabel());
        }
        sb.append(" <b>");
        HtmlEscaping.esc(sb, p.printed().isEmpty() ? ReportWords.of(lang).get("html.blank") : p.printed()).append("</b></span>");
    }

    /** Findings of other tables whose cells are in this one. */
    private void xrefs(TableFindings b) {
        TreeMap<Integer, Ref> others = new TreeMap<>();
        List<Ref> own = b.refs;
        for (List<Ref> refs : b.cells.values()) {
            refs.stream().filter(r -> !own.contains(r)).forEach(r -> others.putIfAbsent(r.number(), r));
        }
        for (List<Ref> refs : b.labels.values()) {
            refs.stream().filter(r -> !own.contains(r)).forEach(r -> others.putIfAbsent(r.number(), r));
        }
        if (others.isEmpty()) {
            return;
        }
        sb.append("<p class=\"xref\">").append(ReportWords.of(lang).get("html.xref"));
        for (Ref r : others.values()) {
            sb.append("<a class=\"x-").append(Highlight.level(Highlight.rank(r.finding()))).append("\" href=\"#")
                    .append(r.anchor()).append("\">[").append(r.number()).append("] ");
            HtmlEscaping.esc(sb, r.finding().ruleId()).append("</a> ");
        }
        sb.append("</p>");
    }
}
