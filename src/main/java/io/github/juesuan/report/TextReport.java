package io.github.juesuan.report;

import io.github.juesuan.model.Severity;
import io.github.juesuan.model.NarrativeQuote;
import io.github.juesuan.model.TableId;
import io.github.juesuan.rules.Outcome;
import io.github.juesuan.rules.Participant;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Writes a report as text a finance officer reads: findings grouped by table, in Chinese or English.
 *
 * <pre>{@code
 * StringBuilder text = new StringBuilder();
 * TextReport.write(report, Lang.EN, text);            // any Appendable: a Writer, a StringBuilder, ...
 * TextReport.write(report, Lang.ZH, System.out);
 * }</pre>
 */
public final class TextReport {
    private static final String NL = System.lineSeparator();

    private TextReport() {
    }

    /**
     * Writes one report to a print stream, which never throws.
     *
     * @param r    the report
     * @param lang the language of the text
     * @param out  where to write; not closed
     * @throws NullPointerException naming the argument that is null
     */
    public static void write(Report r, Lang lang, PrintStream out) {
        Objects.requireNonNull(out, "out");
        try {
            write(r, lang, (Appendable) out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a PrintStream records errors instead of throwing them
        }
    }

    /**
     * Writes one report, lines ended by the platform's line separator.
     *
     * @param r    the report
     * @param lang the language of the text
     * @param out  where to write, e.g. a {@link java.io.Writer} or a {@link StringBuilder}; not flushed or closed
     * @throws IOException          when {@code out} throws it
     * @throws NullPointerException naming the argument that is null
     */
    public static void write(Report r, Lang lang, Appendable out) throws IOException {
        Objects.requireNonNull(r, "r");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(out, "out");
        ReportWords w = ReportWords.of(lang);
        line(out, w.get("report.header", r.file(), dash(r.unitName().orElse("")), r.year().map(y -> (Object) y).orElse("—")));
        line(out, w.get("report.result", r.count(Severity.ERROR), r.count(Severity.WARNING), r.count(Severity.INFO),
                r.passed()));
        TableId current = null;
        boolean first = true;
        boolean words = false;
        for (Finding f : r.findings()) {
            TableId table = f.table().orElse(null);
            if (f.quote().isPresent()) {
                if (!words) {
                    words = true;
                    line(out, "");
                    line(out, w.get("report.words"));
                }
            } else if (first || !Objects.equals(current, table)) {
                current = table;
                first = false;
                line(out, "");
                line(out, current == null ? w.get("report.workbook") : current == TableId.PERF
                        ? w.get("report.perfTable") : w.get("report.table", current.code(), current.title()));
            }
            write(f, lang, w, out);
        }
        if (r.findings().isEmpty()) {
            line(out, "");
            line(out, w.get("report.nothing"));
        }
        if (!r.projects().isEmpty()) {
            line(out, "");
            line(out, w.get("report.projects"));
            for (ProjectSummary p : r.projects()) {
                line(out, "  " + w.get("report.projectLine", p.project(), p.name(), ThousandsSeparators.number(p.budget()),
                        ThousandsSeparators.number(p.executed()), ThousandsSeparators.number(p.rate()), ThousandsSeparators.number(p.total()), dash(p.grade()),
                        p.errors(), p.warnings()));
            }
        }
    }

    private static void line(Appendable out, CharSequence text) throws IOException {
        out.append(text).append(NL);
    }

    private static void write(Finding f, Lang lang, ReportWords w, Appendable out) throws IOException {
        // A reading problem is left untagged here: its code (READ.…) already says what it is.
        String outcome = f.outcome() == Outcome.STRUCTURAL ? "" : w.outcome(f.outcome());
        line(out, "  [" + w.severity(f.severity()) + "] " + f.ruleId()
                + (outcome.isEmpty() ? "" : " " + outcome)
                + (f.project().isPresent() ? w.get("report.project", f.project().getAsInt()) : "")
                + f.instance().map(i -> "　" + i).orElse("") + "　" + f.message(lang));
        if (!f.expression().isEmpty()) {
            line(out, "      " + w.get("report.rule", f.expression()));
        }
        if (!f.substituted().isEmpty()) {
            line(out, "      " + w.get("report.values", ThousandsSeparators.numbers(f.substituted()) + band(f, lang)));
        }
        if (f.quote().isPresent()) {
            NarrativeQuote q = f.quote().get();
            line(out, "      " + w.get("report.quote", q.place(), q.marked("【", "】")));
        }
        if (!f.reason().isEmpty()) {
            line(out, "      " + w.get("report.reason", lang == Lang.ZH ? f.reason() : f.reasonEn()));
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
                sb.append(' ').append(p.printed().isEmpty() ? w.get("report.blank") : ThousandsSeparators.numbers(p.printed()));
            }
            line(out, "      " + w.get("report.cells", sb));
        }
    }

    /**
     * The band suffix of a finding's values, as the text report prints it after {@link Finding#substituted()}.
     *
     * @param f    the finding
     * @param lang the language
     * @return e.g. {@code （差 0.01，容许 ±0.015）}, or "" where there is no difference to show
     * @throws NullPointerException naming the argument that is null
     */
    public static String band(Finding f, Lang lang) {
        Objects.requireNonNull(f, "f");
        Objects.requireNonNull(lang, "lang");
        if (f.difference().isEmpty() || f.allowed().isEmpty() || f.outcome() == Outcome.PASS) {
            return "";
        }
        return ReportWords.of(lang).get("report.band", ThousandsSeparators.number(plain(f.difference().get().abs())),
                ThousandsSeparators.number(plain(f.allowed().get())));
    }

    private static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static String dash(String s) {
        return s == null || s.isEmpty() ? "—" : s;
    }
}
