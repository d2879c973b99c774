package io.github.juesuan.report;

import io.github.juesuan.model.Disclosure;
import io.github.juesuan.model.Severity;
import io.github.juesuan.model.Source;
import io.github.juesuan.model.Table;
import io.github.juesuan.model.TableId;
import io.github.juesuan.report.HtmlBlocks.Block;
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
        Html.esc(sb, report.file()).append("\"><header class=\"fhead\"><a class=\"top\" href=\"#top\">")
                .append(Html.t(lang, "↑ 返回汇总", "↑ summary")).append("</a><h2>");
        Html.esc(sb, report.file()).append("</h2><div class=\"meta\">");
        meta(Html.t(lang, "单位", "Unit"), report.unitName().orElse("—"));
        meta(Html.t(lang, "年度", "Year"), report.year().map(String::valueOf).orElse("—"));
        meta(Html.t(lang, "核对相符", "Checks held"), Integer.toString(report.passed()));
        sb.append("</div><div class=\"counts\">");
        for (Severity s : Severity.values()) {
            int c = report.count(s);
            String level = s.name().toLowerCase(java.util.Locale.ROOT);
            sb.append("<span class=\"cnt cnt-").append(level).append(c == 0 ? " zero" : "")
                    .append("\" data-severity=\"").append(s.name()).append("\">").append(Html.severity(s, lang))
                    .append(" <b>").append(c).append("</b></span>");
        }
        sb.append("</div></header>");
        projects();
        List<Block> blocks = HtmlBlocks.of(report, disclosure, prefix);
        if (blocks.isEmpty()) {
            sb.append("<p class=\"clean\">").append(Html.t(lang, "未发现问题：所有核对如数相符。",
                    "Nothing found: every check held as printed.")).append("</p>");
        }
        for (Block b : blocks) {
            block(b);
        }
        sb.append("</section>");
    }

    private void meta(String name, String value) {
        sb.append("<span><i>");
        Html.esc(sb, name).append("</i> ");
        Html.esc(sb, value).append("</span>");
    }

    private void projects() {
        if (report.projects().isEmpty()) {
            return;
        }
        sb.append("<table class=\"projects\"><caption>").append(Html.t(lang, "绩效自评项目", "Performance self-evaluations"))
                .append("</caption>");
        HtmlReport.heads(sb, lang, new String[]{"序号", "项目名称", "全年预算数", "全年执行数", "执行率%", "总分", "等级", "错误", "警告"},
                new String[]{"#", "Project", "Budget", "Executed", "Rate %", "Score", "Grade", "Errors", "Warnings"});
        for (ProjectSummary p : report.projects()) {
            sb.append("<tr><td class=\"line\">").append(p.project()).append("</td><td class=\"lab\">");
            Html.esc(sb, p.name()).append("</td>");
            number(p.budget());
            number(p.executed());
            number(p.rate());
            number(p.total());
            sb.append("<td class=\"line\">");
            Html.esc(sb, p.grade().isEmpty() ? "—" : p.grade()).append("</td>");
            sb.append("<td class=\"n").append(p.errors() > 0 ? " c-error" : " zero").append("\">").append(p.errors())
                    .append("</td><td class=\"n").append(p.warnings() > 0 ? " c-warning" : " zero").append("\">")
                    .append(p.warnings()).append("</td></tr>");
        }
        sb.append("</tbody></table>");
    }

    private void number(BigDecimal v) {
        sb.append("<td class=\"n\">").append(v == null ? "—" : v.toPlainString()).append("</td>");
    }

    private void block(Block b) {
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
                        .append(Html.severity(s, lang)).append(' ').append(counts[s.ordinal()]).append("</span>");
            }
        }
        sb.append("</h3>");
        if (b.table != null) {
            Table t = b.table;
            sb.append("<div class=\"where\">");
            Html.esc(sb, Html.t(lang, "工作表「" + t.sheet() + "」" + t.source().cell(),
                    "sheet “" + t.sheet() + "” " + t.source().cell()));
            if (!t.unit().label().isEmpty()) {
                sb.append(Html.t(lang, "　金额单位：", " · amounts in ")).append(t.unit().label());
            }
            sb.append("</div>");
            HtmlTable.render(t, b.cells, b.labels, lang, sb);
            for (String note : t.notes()) {
                sb.append("<p class=\"note\">");
                Html.esc(sb, note).append("</p>");
            }
        } else if (b.key.id() != null) {
            sb.append("<div class=\"where\">").append(Html.t(lang, "工作簿中没有读到此表。",
                    "The workbook has no such table.")).append("</div>");
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

    private void title(Block b) {
        Key k = b.key;
        if (k.equals(Key.WORDS)) {
            sb.append(Html.t(lang, "文字（情况说明与表内文字）", "The words (情况说明 and text cells)"));
            return;
        }
        if (k.id() == null) {
            sb.append(Html.t(lang, "整个工作簿", "The workbook as a whole"));
            return;
        }
        if (k.id() == TableId.PERF) {
            sb.append("<span class=\"tid\">PERF").append(k.project() > 0 ? Integer.toString(k.project()) : "")
                    .append("</span> ").append(Html.t(lang, "项目支出绩效自评表", "Performance self-evaluation"));
            if (b.evaluation != null) {
                sb.append(Html.t(lang, "　项目", " · project ")).append(k.project()).append(Html.t(lang, "：", ": "));
                Html.esc(sb, b.evaluation.projectName());
            }
            return;
        }
        sb.append("<span class=\"tid\">").append(k.id().code()).append("</span> ");
        if (b.table != null) {
            if (b.table.number() != null) {
                Html.esc(sb, b.table.number()).append(' ');
            }
            Html.esc(sb, b.table.title());
        } else {
            sb.append(Html.t(lang, "公开" + k.id().code() + "表 ", "Table " + k.id().code() + " "));
            Html.esc(sb, k.id().title());
        }
    }

    /** The sentence of the words, each number that took part in {@code <mark>}. */
    private void quote(io.github.juesuan.model.NarrativeQuote q) {
        detail(Html.t(lang, "原文", "Words"));
        sb.append("<code>");
        Html.esc(sb, q.place()).append("</code> <q class=\"words\">");
        io.github.juesuan.model.NarrativeSource sentence = q.sentence();
        String text = sentence.text();
        int at = 0;
        for (io.github.juesuan.model.NarrativeSource m : q.inside()) {
            Html.esc(sb, text.substring(at, m.start() - sentence.start())).append("<mark>");
            Html.esc(sb, m.text()).append("</mark>");
            at = m.end() - sentence.start();
        }
        Html.esc(sb, text.substring(at)).append("</q></div>");
    }

    private void finding(Ref ref) {
        Finding f = ref.finding();
        String level = Html.level(Html.rank(f));
        sb.append("<div class=\"finding f-").append(level).append("\" id=\"").append(ref.anchor())
                .append("\" data-rule=\"");
        Html.esc(sb, f.ruleId()).append("\" data-severity=\"").append(f.severity().name())
                .append("\" data-outcome=\"").append(f.outcome().name()).append("\"><div class=\"fh\"><span class=\"no\">")
                .append(ref.number()).append("</span><span class=\"sev sev-")
                .append(f.severity().name().toLowerCase(java.util.Locale.ROOT)).append("\">")
                .append(Html.severity(f.severity(), lang)).append("</span> <code class=\"rule\">");
        Html.esc(sb, f.ruleId()).append("</code>");
        String outcome = Html.outcome(f.outcome(), lang);
        if (!outcome.isEmpty()) {
            sb.append(" <span class=\"oc oc-").append(level).append("\">").append(outcome).append("</span>");
        }
        List<String> where = new ArrayList<>();
        if (f.project().isPresent()) {
            where.add(Html.t(lang, "项目", "project ") + f.project().getAsInt());
        }
        f.instance().ifPresent(where::add);
        if (!where.isEmpty()) {
            sb.append(" <span class=\"inst\">");
            Html.esc(sb, String.join(" · ", where)).append("</span>");
        }
        sb.append(" <span class=\"msg\">");
        Html.esc(sb, f.message(lang)).append("</span></div>");
        if (!f.expression().isEmpty()) {
            detail(Html.t(lang, "公式", "Rule"));
            sb.append("<code>");
            Html.esc(sb, f.expression()).append("</code></div>");
        }
        if (!f.substituted().isEmpty()) {
            detail(Html.t(lang, "代入", "Values"));
            sb.append("<code class=\"subst\">");
            Html.esc(sb, f.substituted()).append("</code>");
            String band = TextReport.band(f, lang);
            if (!band.isEmpty()) {
                sb.append("<span class=\"band\">");
                Html.esc(sb, band.strip()).append("</span>");
            }
            sb.append("</div>");
        }
        f.quote().ifPresent(this::quote);
        String reason = lang == Lang.EN && !f.reasonEn().isEmpty() ? f.reasonEn() : f.reason();
        if (!reason.isEmpty()) {
            detail(Html.t(lang, "原因", "Reason"));
            Html.esc(sb, reason).append("</div>");
        }
        if (f.location().isPresent()) {
            Source at = f.location().get();
            detail(Html.t(lang, "位置", "Cell"));
            sb.append("<code>");
            Html.esc(sb, at.location()).append("</code>");
            if (!at.raw().isEmpty()) {
                sb.append(" <span class=\"raw\">");
                Html.esc(sb, "「" + at.raw() + "」").append("</span>");
            }
            sb.append("</div>");
        }
        if (!f.cells().isEmpty()) {
            detail(Html.t(lang, "单元格", "Cells"));
            String sheet = null;
            for (Participant p : f.cells()) {
                if (sheet != null) {
                    sb.append(Html.t(lang, "；", "; "));
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
            Html.esc(sb, label).append('"');
        }
        sb.append("><code>");
        Html.esc(sb, sameSheet ? p.source().cell() : p.source().location()).append("</code> ");
        Html.esc(sb, cut ? label.substring(0, label.offsetByCodePoints(0, 15)) + "…" : label);
        if (!p.columnLabel().isEmpty() && !p.columnLabel().equals(p.columnKey()) || label.isEmpty()) {
            sb.append('/');
            Html.esc(sb, p.columnLabel());
        }
        sb.append(" <b>");
        Html.esc(sb, p.printed().isEmpty() ? Html.t(lang, "（空）", "(blank)") : p.printed()).append("</b></span>");
    }

    /** Findings of other tables whose cells are in this one. */
    private void xrefs(Block b) {
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
        sb.append("<p class=\"xref\">").append(Html.t(lang, "其他表的核对也涉及本表：", "Checks of other tables using this one: "));
        for (Ref r : others.values()) {
            sb.append("<a class=\"x-").append(Html.level(Html.rank(r.finding()))).append("\" href=\"#")
                    .append(r.anchor()).append("\">[").append(r.number()).append("] ");
            Html.esc(sb, r.finding().ruleId()).append("</a> ");
        }
        sb.append("</p>");
    }
}
