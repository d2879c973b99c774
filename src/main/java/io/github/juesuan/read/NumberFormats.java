package io.github.juesuan.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a cell's number format says about how its value is printed: decimals, percent, date, display
 * scaling, and which values it hides.
 *
 * <p>Results are cached per format code: a workbook has a handful of formats and thousands of cells, so
 * the per-cell path does no parsing.
 */
final class NumberFormats {
    /**
     * How a format prints a number. {@code decimals} is -1 for General (as many as needed).
     *
     * @param thousands   commas after the last digit placeholder: each divides the shown value by 1,000
     *                    ({@code #,##0.00,} shows 400550 as 400.55)
     * @param pointDigits integer digit placeholders after a literal point ({@code 0!.0000},
     *                    {@code 0"."0000}): the rounded value's digits are shown with a '.' that many places
     *                    from the right, so 4004800 shows as 400.4800
     * @param hides       which values print nothing because their section is empty ({@code ;;;}):
     *                    bits {@link #POSITIVE}, {@link #NEGATIVE}, {@link #ZERO}, {@link #TEXT}
     */
    record Style(int decimals, boolean percent, boolean date, boolean text, int thousands, int pointDigits,
                 int hides) {
        static final Style GENERAL = new Style(-1, false, false, false);
        static final int POSITIVE = 1;
        static final int NEGATIVE = 2;
        static final int ZERO = 4;
        static final int TEXT = 8;

        Style(int decimals, boolean percent, boolean date, boolean text) {
            this(decimals, percent, date, text, 0, 0, 0);
        }

        /** Whether the shown value differs from the stored one by a power of ten (percent aside). */
        boolean scaled() {
            return thousands > 0 || pointDigits > 0;
        }

        /** Whether a string cell with this format prints nothing (an empty fourth section). */
        boolean hidesText() {
            return (hides & TEXT) != 0;
        }

        /** Whether a stored number with this value prints nothing. */
        boolean hides(double value) {
            int sign = value > 0 ? POSITIVE : value < 0 ? NEGATIVE : ZERO;
            return (hides & sign) != 0;
        }

        private Style withHides(int hides) {
            return hides == this.hides ? this : new Style(decimals, percent, date, text, thousands, pointDigits, hides);
        }
    }

    private static final Map<String, Style> CACHE = new ConcurrentHashMap<>();
    /** Places a format may move the point: a double has at most 309 integer digits and 17 significant ones. */
    private static final int MAX_SHIFT = 330;
    private static final int MAX_DECIMALS = 30;

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

    /** Reads the first section of a format code (skipping quoted literals, escapes, brackets) and the empty ones. */
    static Style parse(String code) {
        List<String> sections = sections(code);
        return section(sections.get(0)).withHides(hides(sections));
    }

    /**
     * Which values an empty section hides: with two sections the first is for positives and zero, the
     * second for negatives; with three or four, positive; negative; zero (; text). Sections with conditions
     * such as {@code [>100]} apply otherwise and are left alone.
     */
    private static int hides(List<String> sections) {
        if (sections.size() < 2) {
            return 0;
        }
        for (String s : sections) {
            for (int i = s.indexOf('['); i >= 0 && i + 1 < s.length(); i = s.indexOf('[', i + 1)) {
                if ("<>=".indexOf(s.charAt(i + 1)) >= 0) {
                    return 0;
                }
            }
        }
        int hides = 0;
        if (sections.get(0).isEmpty()) {
            hides |= sections.size() == 2 ? Style.POSITIVE | Style.ZERO : Style.POSITIVE;
        }
        if (sections.get(1).isEmpty()) {
            hides |= Style.NEGATIVE;
        }
        if (sections.size() > 2 && sections.get(2).isEmpty()) {
            hides |= Style.ZERO;
        }
        if (sections.size() > 3 && sections.get(3).isEmpty()) {
            hides |= Style.TEXT;
        }
        return hides;
    }

    private static Style section(String section) {
        if (section.equalsIgnoreCase("General") || section.isEmpty()) {
            return Style.GENERAL;
        }
        boolean percent = false;
        boolean date = false;
        boolean text = false;
        boolean general = false;
        boolean digits = false;
        boolean afterPoint = false;
        int decimals = 0;
        int thousands = 0;
        int literalPoints = 0;
        int afterLiteralPoint = 0;
        for (int i = 0; i < section.length(); i++) {
            char ch = section.charAt(i);
            switch (ch) {
                case '"': {
                    int end = section.indexOf('"', i + 1);
                    if (end == i + 2 && section.charAt(i + 1) == '.' && digits && !afterPoint) {
                        literalPoints++;
                    }
                    i = end < 0 ? section.length() : end;
                    break;
                }
                case '\\':
                case '!':
                    // an escaped character is printed as is; an escaped point between integer digits moves
                    // the printed point without being the number's decimal point
                    if (i + 1 < section.length() && section.charAt(i + 1) == '.' && digits && !afterPoint) {
                        literalPoints++;
                    }
                    i++;
                    break;
                case '_':
                case '*':
                    i++; // padding character
                    break;
                case ',': {
                    int end = i;
                    while (end < section.length() && section.charAt(end) == ',') {
                        end++;
                    }
                    // between digit placeholders a comma groups thousands; after the last one each divides by 1,000
                    if (digits && !digitPlaceholderFollows(section, end)) {
                        thousands += end - i;
                    }
                    i = end - 1;
                    break;
                }
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
                    } else if (literalPoints > 0) {
                        afterLiteralPoint++;
                    }
                    break;
                case '.':
                    if (digits || i + 1 < section.length() && "0#?".indexOf(section.charAt(i + 1)) >= 0) {
                        afterPoint = true;
                    }
                    break;
                case 'G': case 'g':
                    // General among literals (General"万元", [$-804]General): the value as General prints it;
                    // its letters are no date's e.
                    if (section.regionMatches(true, i, "General", 0, 7)) {
                        general = true;
                        i += 6;
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
        if (general && !digits) {
            return new Style(-1, percent, false, false);
        }
        if (date && !digits) {
            return new Style(0, false, true, false);
        }
        if (text && !digits) {
            return new Style(-1, false, false, true);
        }
        if (!digits) {
            return new Style(-1, percent, false, false);
        }
        // Two literal points (0!.000!.000) do not make a number; only one is read as a moved point. Past
        // MAX_SHIFT digits a double rounds to 0 whatever follows, and a damaged code cannot make the exact
        // arithmetic expensive.
        int pointDigits = literalPoints == 1 && afterLiteralPoint <= MAX_SHIFT ? afterLiteralPoint : 0;
        // Excel shows at most 30 decimals; more (a damaged code) would only make rounding costly.
        return new Style(Math.min(decimals, MAX_DECIMALS), percent, false, false, Math.min(thousands, MAX_SHIFT / 3),
                pointDigits, 0);
    }

    /** Whether a digit placeholder comes before the number part ends (at a literal, bracket or the end). */
    private static boolean digitPlaceholderFollows(String section, int from) {
        for (int i = from; i < section.length(); i++) {
            char ch = section.charAt(i);
            if (ch == '0' || ch == '#' || ch == '?') {
                return true;
            }
            if (ch != '.' && ch != ',') {
                return false;
            }
        }
        return false;
    }

    /** The sections of a code split at unquoted, unescaped semicolons, each trimmed. */
    private static List<String> sections(String code) {
        List<String> out = new ArrayList<>(4);
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < code.length(); i++) {
            char ch = code.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if ((ch == '\\' || ch == '!') && !quoted) {
                i++;
            } else if (ch == ';' && !quoted) {
                out.add(code.substring(start, i).trim());
                start = i + 1;
            }
        }
        out.add(code.substring(start).trim());
        return out;
    }
}
