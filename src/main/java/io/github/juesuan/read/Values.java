package io.github.juesuan.read;

import io.github.juesuan.model.Figure;
import io.github.juesuan.model.Problem;
import io.github.juesuan.model.Severity;
import io.github.juesuan.model.Source;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.Normalizer;

/** Turns stored cells into figures as printed. */
final class Values {
    /** Excel keeps 15 significant digits; anything past them is binary noise (7553035.259999998). */
    private static final MathContext EXCEL_PRECISION = new MathContext(15, RoundingMode.HALF_UP);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Values() {
    }

    static String raw(RawCell c) {
        if (c == null) {
            return "";
        }
        if (c.type() == RawType.NUMBER) {
            double d = c.number();
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString((long) d);
            }
            String s = Double.toString(d);
            return s.indexOf('E') < 0 ? s : BigDecimal.valueOf(d).toPlainString();
        }
        if (c.type() == RawType.NO_CACHED_VALUE) {
            return "";
        }
        return c.text();
    }

    static Source source(String file, String sheet, int row, int col, RawCell c) {
        return new Source(file, sheet, CellRefs.a1(row, col), raw(c));
    }

    /**
     * The figure a cell prints. {@code defaultDecimals} applies where the cell itself does not fix its
     * decimals (General format, numbers stored as text): a 万元 figure is kept to 0.01 whatever the format.
     */
    static Figure figure(RawCell c, Source source, int defaultDecimals) {
        if (c == null) {
            return new Figure(Figure.Kind.BLANK, null, defaultDecimals, "", source);
        }
        switch (c.type()) {
            case NUMBER:
                return number(c, source, defaultDecimals);
            case TEXT:
                return text(c.text(), source, defaultDecimals);
            default:
                return new Figure(Figure.Kind.INVALID, null, defaultDecimals, raw(c), source);
        }
    }

    private static Figure number(RawCell c, Source source, int defaultDecimals) {
        NumberFormats.Style style = NumberFormats.style(c.formatId(), c.formatCode());
        double d = c.number();
        if (style.date() || Double.isNaN(d) || Double.isInfinite(d)) {
            return new Figure(Figure.Kind.INVALID, null, defaultDecimals, raw(c), source);
        }
        // The shortest decimal that is this double, cut at Excel's 15 digits (cheaper than the exact binary
        // expansion, and what Excel itself shows).
        BigDecimal v = BigDecimal.valueOf(d);
        if (v.precision() > 15) {
            v = v.round(EXCEL_PRECISION);
        }
        if (style.percent()) {
            v = v.multiply(HUNDRED);
        }
        int decimals;
        String printed;
        if (style.decimals() >= 0) {
            decimals = style.decimals();
            v = v.setScale(decimals, RoundingMode.HALF_UP);
            printed = v.toPlainString();
        } else {
            v = strip(v);
            decimals = Math.max(v.scale(), defaultDecimals);
            printed = v.toPlainString();
        }
        if (v.signum() == 0) {
            v = v.abs(); // no "-0.00"
        }
        return new Figure(Figure.Kind.NUMBER, v, decimals, style.percent() ? printed + "%" : printed, source);
    }

    private static BigDecimal strip(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** A string cell: blank, a dash, a number stored as text, or text. */
    static Figure text(String stored, Source source, int defaultDecimals) {
        String t = Text.trim(stored);
        if (t.isEmpty()) {
            return new Figure(Figure.Kind.BLANK, null, defaultDecimals, "", source);
        }
        if (Text.isDash(t)) {
            return new Figure(Figure.Kind.NOT_APPLICABLE, null, defaultDecimals, t, source);
        }
        BigDecimal v = parseNumber(t);
        if (v == null) {
            return new Figure(Figure.Kind.TEXT, null, defaultDecimals, t, source);
        }
        return new Figure(Figure.Kind.NUMBER, v, Math.max(v.scale(), defaultDecimals), t, source);
    }

    /**
     * Parses a number as people type it: {@code 1,234.56}, full-width digits, {@code −5}, {@code (5.00)},
     * {@code 91.85%} (→ 91.85). Null when it is not a number.
     */
    static BigDecimal parseNumber(String t) {
        String s = t;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x7f) {
                s = Normalizer.normalize(s, Normalizer.Form.NFKC);
                break;
            }
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean negative = false;
        boolean digits = false;
        int start = 0;
        int end = s.length();
        if (end > 1 && s.charAt(0) == '(' && s.charAt(end - 1) == ')') {
            negative = true;
            start = 1;
            end--;
        }
        if (end > start && s.charAt(end - 1) == '%') {
            end--;
        }
        for (int i = start; i < end; i++) {
            char ch = s.charAt(i);
            if (ch >= '0' && ch <= '9') {
                sb.append(ch);
                digits = true;
            } else if (ch == '.') {
                sb.append(ch);
            } else if (ch == ',' || Text.isSpace(ch)) {
                // thousands separators and stray spaces
            } else if ((ch == '-' || ch == '\u2212' || ch == '+') && sb.length() == 0) {
                negative ^= ch != '+';
            } else {
                return null;
            }
        }
        if (!digits) {
            return null;
        }
        try {
            BigDecimal v = new BigDecimal(sb.toString());
            return negative ? v.negate() : v;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The problem an INVALID figure in a number column stands for. */
    static Problem invalid(RawCell c, Figure f, String what) {
        Source s = f.source();
        String at = s.location() + "（" + what + "）";
        if (c != null && c.type() == RawType.NO_CACHED_VALUE) {
            return new Problem("READ.NO_CACHED_VALUE", Severity.ERROR, s,
                    at + "：公式没有保存计算结果，无法得知其数值；请在 Excel/WPS 中打开并重新计算后保存",
                    at + ": the formula has no cached value, so its figure is unknown; recalculate and save the file");
        }
        if (c != null && c.type() == RawType.ERROR) {
            return new Problem("READ.FORMULA_ERROR", Severity.ERROR, s,
                    at + "：单元格为错误值 " + c.text() + "，不是数字",
                    at + ": the cell holds the error value " + c.text() + ", not a number");
        }
        if (c != null && c.type() == RawType.NUMBER) {
            return new Problem("READ.DATE_VALUE", Severity.ERROR, s,
                    at + "：单元格设置为日期格式，应为金额数字；请改为数值格式",
                    at + ": the cell is formatted as a date where a number is expected");
        }
        return new Problem("READ.NOT_A_NUMBER", Severity.ERROR, s,
                at + "：「" + f.text() + "」不是数字",
                at + ": \"" + f.text() + "\" is not a number");
    }
}
