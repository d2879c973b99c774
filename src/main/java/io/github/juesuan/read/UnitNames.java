package io.github.juesuan.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a unit's name stands when no 部门名称/单位名称 field prints it: before the year or before 部门决算 in a
 * heading or title line ("寿县文物保护中心2023年度部门决算" names 寿县文物保护中心), or in a 绩效表's
 * 实施单位（盖章） / 预算单位 field.
 */
final class UnitNames {
    /** A leading attachment number such as 附件1： or 附表2 that is not part of the name. */
    private static final Pattern ATTACHMENT = Pattern.compile("^附[件表]\\s*\\d*\\s*[:：]?\\s*");
    /** A year printed before the name: 2024年度山西省科普服务中心部门决算. */
    private static final Pattern LEADING_YEAR = Pattern.compile("^(?:19|20)\\d\\d\\s*年度?\\s*");
    private static final Pattern HEADING = Pattern.compile("^(.+?)\\s*(?:(?:19|20)\\d\\d\\s*年|部门决算|单位决算)");
    /** Words in the 绩效表's unit field, with or without a trailing （盖章）. */
    private static final String[] PERF_LABELS = {"实施单位", "预算单位", "项目实施单位"};

    /** A budget-unit code printed before the name in a 预算单位 field: 322702-山西省科普服务中心. */
    private static final Pattern CODE_PREFIX = Pattern.compile("^\\d{3,}\\s*[-－—_ ]\\s*");

    private UnitNames() {
    }

    /** The name without a leading budget-unit code. */
    static String withoutCode(String name) {
        return TextFolding.trim(CODE_PREFIX.matcher(TextFolding.trim(name)).replaceFirst(""));
    }

    /**
     * The unit named at the start of a heading or title line about 决算, or null: the text before the year or
     * before 部门决算/单位决算, when that is a name (two characters at least, no 表, no colon, no digits-only).
     */
    static String fromHeading(String raw) {
        String t = TextFolding.trim(raw);
        if (t.indexOf("决算") < 0) {
            return null; // 绩效 titles name a project before the year, not a unit
        }
        t = ATTACHMENT.matcher(t).replaceFirst("");
        Matcher m = HEADING.matcher(t);
        if (!m.find()) {
            return null;
        }
        String name = TextFolding.trim(LEADING_YEAR.matcher(TextFolding.trim(m.group(1))).replaceFirst(""));
        String f = TextFolding.fold(name);
        if (f.length() < 2 || f.length() > 40 || f.indexOf('表') >= 0 || f.indexOf(':') >= 0
                || f.chars().allMatch(Character::isDigit) || f.startsWith("关于")) {
            return null;
        }
        return name;
    }

    /** The value of a 绩效表's 实施单位（盖章） / 预算单位 field in the block, or null. */
    static String perfUnit(Block b) {
        for (int r = b.titleRow; r <= b.endRow; r++) {
            for (RawCell c : b.cells(r)) {
                if (c.type() != RawType.TEXT) {
                    continue;
                }
                String raw = TextFolding.trim(c.text());
                String f = TextFolding.fold(raw);
                for (String w : PERF_LABELS) {
                    if (!f.startsWith(w)) {
                        continue;
                    }
                    String rest = TextFolding.withoutParenthetical(f).equals(w) ? "" : f.substring(w.length());
                    if (!rest.isEmpty() && !rest.startsWith(":") && !rest.startsWith("(")) {
                        continue; // 实施单位负责人 and the like
                    }
                    String inline = inlineValue(raw);
                    if (inline != null) {
                        return inline;
                    }
                    String value = b.valueRightOf(r, c.col());
                    return value.isEmpty() ? null : value;
                }
            }
        }
        return null;
    }

    /** What follows the colon of 实施单位（盖章）：某某单位, or null. */
    private static String inlineValue(String raw) {
        int colon = Math.max(raw.lastIndexOf(':'), raw.lastIndexOf('：'));
        if (colon < 0) {
            return null;
        }
        String v = TextFolding.trim(raw.substring(colon + 1));
        return v.isEmpty() ? null : v;
    }
}
