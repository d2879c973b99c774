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
        boolean zh = lang == Lang.ZH;
        out.println((zh ? "文件 " : "File ") + r.file() + (zh ? "　单位 " : "  unit ") + dash(r.unitName())
                + (zh ? "　年度 " : "  year ") + (r.year() == null ? "—" : r.year()));
        out.println(zh
                ? "结果：错误 " + r.count(Severity.ERROR) + "　警告 " + r.count(Severity.WARNING) + "　提示 "
                        + r.count(Severity.INFO) + "　（" + r.passed() + " 项核对如数相符）"
                : "Result: " + r.count(Severity.ERROR) + " errors, " + r.count(Severity.WARNING) + " warnings, "
                        + r.count(Severity.INFO) + " notes (" + r.passed() + " checks held as printed)");
        TableId current = null;
        boolean first = true;
        for (Finding f : r.findings()) {
            if (first || !Objects.equals(current, f.table())) {
                current = f.table();
                first = false;
                out.println();
                out.println(current == null ? (zh ? "【整个工作簿】" : "[Workbook]")
                        : (zh ? "【" + (current == TableId.PERF ? "项目支出绩效自评表" : "公开" + current.code() + "表 "
                        + current.title()) + "】" : "[Table " + current.code() + " " + current.title() + "]"));
            }
            write(f, lang, out);
        }
        if (r.findings().isEmpty()) {
            out.println();
            out.println(zh ? "未发现问题。" : "Nothing found.");
        }
        if (!r.projects().isEmpty()) {
            out.println();
            out.println(zh ? "【绩效自评项目】" : "[Performance self-evaluations]");
            for (ProjectSummary p : r.projects()) {
                out.println("  " + p.project() + ". " + p.name() + (zh ? "　全年预算数 " : "  budget ") + shown(p.budget())
                        + (zh ? "　全年执行数 " : "  executed ") + shown(p.executed()) + (zh ? "　执行率 " : "  rate ")
                        + shown(p.rate()) + "%" + (zh ? "　总分 " : "  score ") + shown(p.total())
                        + (zh ? "　等级 " : "  grade ") + dash(p.grade()) + (zh ? "　错误 " : "  errors ") + p.errors()
                        + (zh ? "　警告 " : "  warnings ") + p.warnings());
            }
        }
    }

    private static String shown(BigDecimal v) {
        return v == null ? "—" : v.toPlainString();
    }

    private static void write(Finding f, Lang lang, PrintStream out) {
        boolean zh = lang == Lang.ZH;
        String tag = zh ? severity(f.severity()) : f.severity().name();
        String outcome = zh ? outcome(f.outcome()) : f.outcome().name();
        out.println("  [" + tag + "] " + f.ruleId() + (outcome.isEmpty() ? "" : " " + outcome)
                + (f.project() > 0 ? (zh ? "　项目" : " project ") + f.project() : "")
                + (f.instance().isEmpty() ? "" : "　" + f.instance()) + "　" + f.message(lang));
        if (!f.expression().isEmpty()) {
            out.println("      " + (zh ? "公式　" : "rule     ") + f.expression());
        }
        if (!f.substituted().isEmpty()) {
            out.println("      " + (zh ? "代入　" : "values   ") + f.substituted() + band(f, lang));
        }
        if (!f.reason().isEmpty()) {
            out.println("      " + (zh ? "原因　" : "reason   ") + (zh ? f.reason() : f.reasonEn()));
        }
        if (!f.cells().isEmpty()) {
            StringBuilder sb = new StringBuilder();
            for (Participant p : f.cells()) {
                if (sb.length() > 0) {
                    sb.append(zh ? "；" : "; ");
                }
                sb.append(p.source().location()).append(' ').append(p.rowLabel());
                if (!p.columnLabel().isEmpty() && !p.columnLabel().equals(p.columnKey()) || p.rowLabel().isEmpty()) {
                    sb.append('/').append(p.columnLabel());
                }
                sb.append(' ').append(p.printed().isEmpty() ? (zh ? "（空）" : "(blank)") : p.printed());
            }
            out.println("      " + (zh ? "单元格 " : "cells    ") + sb);
        }
    }

    /** The band suffix: （差 0.01，容许 ±0.015）. */
    static String band(Finding f, Lang lang) {
        if (f.difference() == null || f.allowed() == null || f.outcome() == Outcome.PASS) {
            return "";
        }
        String diff = plain(f.difference().abs());
        String allowed = plain(f.allowed());
        return lang == Lang.ZH ? "（差 " + diff + "，容许 ±" + allowed + "）"
                : " (difference " + diff + ", allowed ±" + allowed + ")";
    }

    private static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    private static String severity(Severity s) {
        return s.chinese();
    }

    private static String outcome(Outcome o) {
        switch (o) {
            case ROUNDING:
                return "尾差";
            case FAIL:
                return "不符";
            case NOT_EVALUABLE:
                return "无法核对";
            default:
                return "";
        }
    }

    private static String dash(String s) {
        return s == null || s.isEmpty() ? "—" : s;
    }
}
