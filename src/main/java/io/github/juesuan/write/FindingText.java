package io.github.juesuan.write;

import io.github.juesuan.model.TableId;
import io.github.juesuan.report.Finding;
import io.github.juesuan.report.Lang;
import io.github.juesuan.report.TextReport;


/** How a finding is worded in the annotated copy: in Chinese, as the text report words it. */
final class FindingText {
    private FindingText() {
    }

    /**
     * One comment line: {@code [错误] GK01.002 不符 收入总计应等于… 代入 400.55 + 0 + 9.79 = 410.34 ≠ 410.33（差 0.01，容许 ±0.015）}.
     */
    static String line(Finding f) {
        StringBuilder sb = new StringBuilder();
        sb.append('[').append(f.severity().chinese()).append("] ").append(f.ruleId());
        String outcome = f.outcome().chinese();
        if (!outcome.isEmpty()) {
            sb.append(' ').append(outcome);
        }
        if (f.project().isPresent()) {
            sb.append(" 项目").append(f.project().getAsInt()).append('　');
        } else {
            sb.append(' ');
        }
        sb.append(description(f));
        String values = values(f);
        if (!values.isEmpty()) {
            sb.append(" 代入 ").append(values);
        }
        return sb.toString();
    }

    /** The table as the 公开 set numbers it; never its title, which the reader would take for a table's. */
    static String table(Finding f) {
        TableId t = f.table().orElse(null);
        if (t == null) {
            return "整个工作簿";
        }
        if (t == TableId.PERF) {
            return f.project().isPresent() ? "绩效自评 项目" + f.project().getAsInt() : "绩效自评";
        }
        return "公开" + t.code() + "表";
    }

    /** 资金总额　message（reason）: the project, if any, is in the 表 column or said before. */
    static String description(Finding f) {
        StringBuilder sb = new StringBuilder();
        f.instance().ifPresent(i -> sb.append(i).append('　'));
        sb.append(f.message());
        if (!f.reason().isEmpty()) {
            sb.append("（").append(f.reason()).append("）");
        }
        return sb.toString();
    }

    /** The rule with the printed values in place and the band: {@code 400.55 + … ≠ 410.33（差 0.01，容许 ±0.015）}. */
    static String values(Finding f) {
        return f.substituted().isEmpty() ? "" : f.substituted() + band(f);
    }

    static String band(Finding f) {
        return TextReport.band(f, Lang.ZH);
    }
}
