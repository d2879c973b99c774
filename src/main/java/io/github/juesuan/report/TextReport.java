package io.github.juesuan.report;

import io.github.juesuan.model.Severity;
import io.github.juesuan.model.TableId;
import io.github.juesuan.rules.Outcome;
import io.github.juesuan.rules.Participant;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.Objects;

/** Writes a report as text a finance officer reads: findings grouped by table, in Chinese or English. */
public final class TextReport {
    private TextReport() {
    }

    /** Writes one report. */
    public static void write(Report r, Lang lang, PrintStream out) {
        Words w = Words.of(lang);
        out.println(w.get("report.header", r.file(), dash(r.unitName()), r.year() == null ? "—" : r.year()));
        out.println(w.get("report.result", r.count(Severity.ERROR), r.count(Severity.WARNING), r.count(Severity.INFO),
                r.passed()));
        TableId current = null;
        boolean first = true;
        boolean words = false;
        for (Finding f : r.findings()) {
            if (f.quote() != null) {
                if (!words) {
                    words = true;
                    out.println();
                    out.println(w.get("report.words"));
                }
            } else if (first || !Objects.equals(current, f.table())) {
                current = f.table();
                first = false;
                out.println();
                out.println(current == null ? w.get("report.workbook") : current == TableId.PERF
                        ? w.get("report.perfTable") : w.get("report.table", current.code(), current.title()));
            }
            write(f, lang, w, out);
        }
        if (r.findings().isEmpty()) {
            out.println();
            out.println(w.get("report.nothing"));
        }
        if (!r.projects().isEmpty()) {
            out.println();
            out.println(w.get("report.projects"));
            for (ProjectSummary p : r.projects()) {
                out.println("  " + w.get("report.projectLine", p.project(), p.name(), Words.number(p.budget()),
                        Words.number(p.executed()), Words.number(p.rate()), Words.number(p.total()), dash(p.grade()),
                        p.errors(), p.warnings()));
            }
        }
    }

    private static void write(Finding f, Lang lang, Words w, PrintStream out) {
        String outcome = w.get("outcome." + f.outcome().name());
        out.println("  [" + w.get("severity." + f.severity().name()) + "] " + f.ruleId()
                + (outcome.isEmpty() ? "" : " " + outcome)
                + (f.project() > 0 ? w.get("report.project", f.project()) : "")
                + (f.instance().isEmpty() ? "" : "　" + f.instance()) + "　" + f.message(lang));
        if (!f.expression().isEmpty()) {
            out.println("      " + w.get("report.rule", f.expression()));
        }
        if (!f.substituted().isEmpty()) {
            out.println("      " + w.get("report.values", Words.numbers(f.substituted()) + band(f, lang)));
        }
        if (f.quote() != null) {
            out.println("      " + w.get("report.quote", f.quote().place(), f.quote().marked("【", "】")));
        }
        if (!f.reason().isEmpty()) {
            out.println("      " + w.get("report.reason", lang == Lang.ZH ? f.reason() : f.reasonEn()));
        }
        if (!f.cells().isEmpty()) {
            StringBuilder sb = new StringBuilder();
            for (Participant p : f.cells()) {
                if (sb.length() > 0) {
                    sb.append(w.get("report.cellSeparator"));
                }
                sb.append(p.source().location()).append(' ').append(p.rowLabel());
                if (!p.columnLabel().isEmpty() && !p.columnLabel().equals(p.columnKey()) || p.rowLabel().isEmpty()) {
                    sb.append('/').append(p.columnLabel());
                }
                sb.append(' ').append(p.printed().isEmpty() ? w.get("report.blank") : Words.numbers(p.printed()));
            }
            out.println("      " + w.get("report.cells", sb));
        }
    }

    /**
     * The band suffix of a finding's values: {@code （差 0.01，容许 ±0.015）}, or "" where there is no
     * difference to show.
     */
    public static String band(Finding f, Lang lang) {
        if (f.difference() == null || f.allowed() == null || f.outcome() == Outcome.PASS) {
            return "";
        }
        return Words.of(lang).get("report.band", Words.number(plain(f.difference().abs())), Words.number(plain(f.allowed())));
    }

    private static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static String dash(String s) {
        return s == null || s.isEmpty() ? "—" : s;
    }
}
