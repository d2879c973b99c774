package io.github.juesuan.report;

import io.github.juesuan.model.CellRef;
import io.github.juesuan.model.Severity;
import io.github.juesuan.rules.Outcome;

/**
 * Escaping and the words and CSS classes the HTML report shares. Everything written is well-formed XML as
 * well as HTML (only the five XML entities and numeric references, every element closed), so the page can be
 * checked with an XML parser.
 */
final class Html {
    private Html() {
    }

    /** Appends text escaped for element content and attribute values alike. */
    static StringBuilder esc(StringBuilder sb, String s) {
        if (s == null) {
            return sb;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&':
                    sb.append("&amp;");
                    break;
                case '<':
                    sb.append("&lt;");
                    break;
                case '>':
                    sb.append("&gt;");
                    break;
                case '"':
                    sb.append("&quot;");
                    break;
                case '\'':
                    sb.append("&#39;");
                    break;
                case '\n':
                    sb.append("&#10;");
                    break;
                case '\t':
                case '\r':
                    sb.append(' ');
                    break;
                default:
                    // Control characters and non-characters are neither valid XML nor meaningful in a cell.
                    if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
                        sb.append('\uFFFD');
                    } else if (Character.isHighSurrogate(c) && (i + 1 >= s.length()
                            || !Character.isLowSurrogate(s.charAt(i + 1)))
                            || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)))) {
                        sb.append('\uFFFD');
                    } else {
                        sb.append(c);
                    }
            }
        }
        return sb;
    }

    /** The text escaped. */
    static String esc(String s) {
        return esc(new StringBuilder(), s).toString();
    }

    /** Chinese or English. */
    static String t(Lang lang, String zh, String en) {
        return lang == Lang.EN ? en : zh;
    }

    /** 错误 / Error. */
    static String severity(Severity s, Lang lang) {
        if (lang == Lang.ZH) {
            return s.chinese();
        }
        switch (s) {
            case ERROR:
                return "Error";
            case WARNING:
                return "Warning";
            default:
                return "Info";
        }
    }

    /** 尾差 / rounding; "" for a reading problem. */
    static String outcome(Outcome o, Lang lang) {
        switch (o) {
            case ROUNDING:
                return t(lang, "尾差", "rounding");
            case FAIL:
                return t(lang, "不符", "fails");
            case PARTS_BLANK:
                return t(lang, "分项未填", "parts not filled");
            case TOTAL_BLANK:
                return t(lang, "合计未填", "total not filled");
            case NOT_EVALUABLE:
                return t(lang, "无法核对", "not evaluable");
            case STRUCTURAL:
                return t(lang, "读取", "reading");
            default:
                return "";
        }
    }

    /** How a finding colours its cells: 0 error, 1 warning, 2 rounding tail, 3 other information (lower is worse). */
    static int rank(Finding f) {
        switch (f.severity()) {
            case ERROR:
                return 0;
            case WARNING:
                return 1;
            default:
                return f.outcome() == Outcome.ROUNDING ? 2 : 3;
        }
    }

    /** The CSS suffix of a rank: {@code error}, {@code warning}, {@code rounding}, {@code info}. */
    static String level(int rank) {
        switch (rank) {
            case 0:
                return "error";
            case 1:
                return "warning";
            case 2:
                return "rounding";
            default:
                return "info";
        }
    }

    /** The 1-based row number of an A1 reference, or 0. */
    static int rowOf(String a1) {
        return CellRef.tryParse(a1).map(r -> r.row() + 1).orElse(0);
    }

    /** The 1-based column number of an A1 reference, or 0. */
    static int columnOf(String a1) {
        return CellRef.tryParse(a1).map(r -> r.column() + 1).orElse(0);
    }
}
