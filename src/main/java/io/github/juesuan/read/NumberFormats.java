package io.github.juesuan.read;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a cell's number format says about how its value is printed: decimals, percent, date.
 *
 * <p>Results are cached per format code: a workbook has a handful of formats and thousands of cells, so
 * the per-cell path does no parsing.
 */
final class NumberFormats {
    /** How a format prints a number. {@code decimals} is -1 for General (as many as needed). */
    record Style(int decimals, boolean percent, boolean date, boolean text) {
        static final Style GENERAL = new Style(-1, false, false, false);
    }

    private static final Map<String, Style> CACHE = new ConcurrentHashMap<>();

    private NumberFormats() {
    }

    /**
     * The code of a built-in format id, or {@code null} where the id is not one every locale agrees on
     * (the zh-CN date ids 27–36 and 50–58 among them: {@link #style} treats those as dates).
     */
    static String builtIn(int id) {
        switch (id) {
            case 0: return "General";
            case 1: return "0";
            case 2: return "0.00";
            case 3: return "#,##0";
            case 4: return "#,##0.00";
            case 5: return "\"$\"#,##0_);(\"$\"#,##0)";
            case 6: return "\"$\"#,##0_);[Red](\"$\"#,##0)";
            case 7: return "\"$\"#,##0.00_);(\"$\"#,##0.00)";
            case 8: return "\"$\"#,##0.00_);[Red](\"$\"#,##0.00)";
            case 9: return "0%";
            case 10: return "0.00%";
            case 11: return "0.00E+00";
            case 12: return "# ?/?";
            case 13: return "# ??/??";
            case 14: return "m/d/yy";
            case 15: return "d-mmm-yy";
            case 16: return "d-mmm";
            case 17: return "mmm-yy";
            case 18: return "h:mm AM/PM";
            case 19: return "h:mm:ss AM/PM";
            case 20: return "h:mm";
            case 21: return "h:mm:ss";
            case 22: return "m/d/yy h:mm";
            case 37: return "#,##0_);(#,##0)";
            case 38: return "#,##0_);[Red](#,##0)";
            case 39: return "#,##0.00_);(#,##0.00)";
            case 40: return "#,##0.00_);[Red](#,##0.00)";
            case 41: return "_(* #,##0_);_(* (#,##0);_(* \"-\"_);_(@_)";
            case 42: return "_(\"$\"* #,##0_);_(\"$\"* (#,##0);_(\"$\"* \"-\"_);_(@_)";
            case 43: return "_(* #,##0.00_);_(* (#,##0.00);_(* \"-\"??_);_(@_)";
            case 44: return "_(\"$\"* #,##0.00_);_(\"$\"* (#,##0.00);_(\"$\"* \"-\"??_);_(@_)";
            case 45: return "mm:ss";
            case 46: return "[h]:mm:ss";
            case 47: return "mm:ss.0";
            case 48: return "##0.0E+0";
            case 49: return "@";
            default: return null;
        }
    }

    /** How a number with this format id and code is printed. */
    static Style style(int id, String code) {
        if (code == null) {
            // zh-CN (and other East Asian) built-in ids are all dates and times: 27–36, 50–58.
            if ((id >= 27 && id <= 36) || (id >= 50 && id <= 58)) {
                return new Style(0, false, true, false);
            }
            return Style.GENERAL;
        }
        return CACHE.computeIfAbsent(code, NumberFormats::parse);
    }

    /** Reads the first section of a format code, skipping quoted literals, escapes and brackets. */
    static Style parse(String code) {
        String section = firstSection(code);
        if (section.equalsIgnoreCase("General") || section.isEmpty()) {
            return Style.GENERAL;
        }
        boolean percent = false;
        boolean date = false;
        boolean text = false;
        boolean digits = false;
        boolean afterPoint = false;
        int decimals = 0;
        for (int i = 0; i < section.length(); i++) {
            char ch = section.charAt(i);
            switch (ch) {
                case '"': {
                    int end = section.indexOf('"', i + 1);
                    i = end < 0 ? section.length() : end;
                    break;
                }
                case '\\':
                case '_':
                case '*':
                    i++; // escaped or padding character
                    break;
                case '[': {
                    int end = section.indexOf(']', i + 1);
                    String inner = end < 0 ? "" : section.substring(i + 1, end).toLowerCase();
                    if (inner.matches("h+|m+|s+")) {
                        date = true;
                    }
                    i = end < 0 ? section.length() : end;
                    break;
                }
                case '0':
                case '#':
                case '?':
                    digits = true;
                    if (afterPoint) {
                        decimals++;
                    }
                    break;
                case '.':
                    if (digits || i + 1 < section.length() && "0#?".indexOf(section.charAt(i + 1)) >= 0) {
                        afterPoint = true;
                    }
                    break;
                case '%':
                    percent = true;
                    break;
                case '@':
                    text = true;
                    break;
                case 'y': case 'Y': case 'd': case 'D': case 'h': case 'H': case 's': case 'S': case 'm': case 'M':
                    if (!digits) {
                        date = true;
                    }
                    break;
                case 'E': case 'e':
                    // scientific notation: decimals of the mantissa do not bound the value's precision
                    if (digits) {
                        return new Style(-1, percent, false, false);
                    }
                    date = true;
                    break;
                default:
                    break;
            }
        }
        if (date && !digits) {
            return new Style(0, false, true, false);
        }
        if (text && !digits) {
            return new Style(-1, false, false, true);
        }
        return new Style(digits ? decimals : -1, percent, false, false);
    }

    private static String firstSection(String code) {
        boolean quoted = false;
        for (int i = 0; i < code.length(); i++) {
            char ch = code.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == '\\' && !quoted) {
                i++;
            } else if (ch == ';' && !quoted) {
                return code.substring(0, i).trim();
            }
        }
        return code.trim();
    }
}
