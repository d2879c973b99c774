package io.github.juesuan.read;

import io.github.juesuan.model.CellRef;
import io.github.juesuan.model.Figure;
import io.github.juesuan.model.Problem;
import io.github.juesuan.model.Severity;
import io.github.juesuan.model.Source;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.List;
import java.util.function.Supplier;

/** Turns stored cells into figures as printed. */
final class CellFigures {
    /** Excel keeps 15 significant digits; anything past them is binary noise (7553035.259999998). */
    private static final MathContext EXCEL_PRECISION = new MathContext(15, RoundingMode.HALF_UP);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private CellFigures() {
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
        return new Source(file, sheet, CellRef.a1(row, col), raw(c));
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
        // expansion, and what Excel itself shows). What follows depends on its value only, not its scale.
        BigDecimal v = shortDecimal(d);
        if (v == null) {
            v = BigDecimal.valueOf(d);
            if (v.precision() > 15) {
                v = v.round(EXCEL_PRECISION);
            }
        }
        if (style.percent()) {
            v = v.multiply(HUNDRED);
        }
        int decimals;
        String printed;
        if (style.decimals() >= 0) {
            // Display scaling, exactly: each trailing comma divides by 1,000 before rounding; a literal point
            // (0!.0000) shows the rounded digits with a '.' placed among them, which adds that many decimals.
            v = v.movePointLeft(3 * style.thousands()).setScale(style.decimals(), RoundingMode.HALF_UP)
                    .movePointLeft(style.pointDigits());
            decimals = v.scale();
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

    /** 10^0 … 10^9, exact as doubles. */
    private static final double[] POWERS = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};
    private static final long FIFTEEN_DIGITS = 999_999_999_999_999L;

    /**
     * The double as a decimal of at most 15 significant digits and 9 decimals, without its trailing zeros
     * (scale at least 0), or null when it is none: the common case of a figure typed with a few decimals,
     * made without the string {@link BigDecimal#valueOf(double)} goes through.
     *
     * <p>It has the value {@code BigDecimal.valueOf(d).round(15 digits)} has: m·10^−s (|m| ≤ 10^15 − 1) is
     * accepted only when it converts back to {@code d} (m and 10^s are exact doubles, so the division is
     * rounded once, to the nearest double); Double.toString's digits also convert back to {@code d}; two
     * decimals of at most 15 significant digits never convert to the same double, and where Double.toString
     * prints more digits they lie within one unit in the last place of m·10^−s, less than half a step of the
     * 15th digit, so rounding them to 15 digits gives m·10^−s.
     */
    static BigDecimal shortDecimal(double d) {
        for (int s = 0; s < POWERS.length; s++) {
            double scaled = d * POWERS[s];
            if (!(Math.abs(scaled) <= FIFTEEN_DIGITS)) {
                return null; // also NaN
            }
            long m = Math.round(scaled);
            if (m / POWERS[s] == d) {
                return BigDecimal.valueOf(m, s);
            }
        }
        return null;
    }

    private static BigDecimal strip(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** A string cell: blank, a dash, a number stored as text, or text. */
    static Figure text(String stored, Source source, int defaultDecimals) {
        String t = TextFolding.trim(stored);
        if (t.isEmpty()) {
            return new Figure(Figure.Kind.BLANK, null, defaultDecimals, "", source);
        }
        if (TextFolding.isDash(t)) {
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
     * {@code 91.85%} (→ 91.85). Null when it is not a number, including a malformed or ambiguous one
     * ({@link #typed} says why).
     */
    static BigDecimal parseNumber(String t) {
        return typed(t).value();
    }

    /**
     * A typed number: its value, or, when the text is made of digits, separators and signs but is no number
     * as written, the problem code and why. All three are null for ordinary text.
     */
    record Typed(BigDecimal value, String code, String why, String whyEn) {
        private static final Typed TEXT = new Typed(null, null, null, null);

        /** Malformed, for the reason under {@code READ.NOT_A_NUMBER.<key>} in {@link ReadMessages}' bundles. */
        private static Typed malformed(String key) {
            String reason = "READ.NOT_A_NUMBER." + key;
            return new Typed(null, "READ.NOT_A_NUMBER", ReadMessages.ZH.get(reason), ReadMessages.EN.get(reason));
        }
    }

    /**
     * Reads a trimmed text as a number. Thousands separators must group by three from the point
     * ({@code 1,234.56}); a single comma that does not ({@code 400,48}) may be a decimal comma or a mistyped
     * separator and is ambiguous; spaces between digits, repeated signs and several points are malformed.
     */
    static Typed typed(String t) {
        String s = t;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x7f) {
                s = Normalizer.normalize(s, Normalizer.Form.NFKC);
                break;
            }
        }
        int start = 0;
        int end = s.length();
        boolean negative = false;
        if (end > 1 && s.charAt(0) == '(' && s.charAt(end - 1) == ')') {
            negative = true;
            start = 1;
            end--;
        }
        if (end > start && s.charAt(end - 1) == '%') {
            end--;
        }
        int firstDigit = -1;
        int lastDigit = -1;
        for (int i = start; i < end; i++) {
            char ch = s.charAt(i);
            if (ch >= '0' && ch <= '9') {
                lastDigit = i;
                if (firstDigit < 0) {
                    firstDigit = i;
                }
            } else if (ch != '.' && ch != ',' && !TextFolding.isSpace(ch) && !isSign(ch) && ch != '(' && ch != ')'
                    && ch != '%') {
                return Typed.TEXT;
            }
        }
        if (firstDigit < 0) {
            return Typed.TEXT;
        }
        // The number proper: from the first digit or separator after the sign to the last digit or separator.
        int from = firstDigit;
        while (from > start && (s.charAt(from - 1) == '.' || s.charAt(from - 1) == ',')) {
            from--;
        }
        int to = lastDigit + 1;
        while (to < end && (s.charAt(to) == '.' || s.charAt(to) == ',')) {
            to++;
        }
        int signs = negative ? 1 : 0;
        for (int i = start; i < end; i++) {
            char ch = s.charAt(i);
            if (ch == '(' || ch == ')' || ch == '%') {
                return Typed.malformed("misplacedBracket");
            }
            if (isSign(ch)) {
                if (i > from || ++signs > 1) {
                    return Typed.malformed("misplacedSign");
                }
                negative ^= ch != '+';
            } else if (TextFolding.isSpace(ch) && i > from && i < to) {
                return Typed.malformed("spaceInside");
            }
        }
        String body = s.substring(from, to);
        int point = body.indexOf('.');
        if (point >= 0 && body.indexOf('.', point + 1) >= 0) {
            return Typed.malformed("severalPoints");
        }
        int comma = body.indexOf(',');
        if (comma >= 0 && !groupedByThree(body, point)) {
            String digits = body.replace(",", "");
            if (point < 0 && body.indexOf(',', comma + 1) < 0) {
                String decimalComma = body.replace(',', '.');
                return new Typed(null, "READ.AMBIGUOUS_NUMBER",
                        ReadMessages.ZH.get("READ.AMBIGUOUS_NUMBER.why", decimalComma, digits),
                        ReadMessages.EN.get("READ.AMBIGUOUS_NUMBER.why", decimalComma, digits));
            }
            return Typed.malformed("misplacedSeparators");
        }
        try {
            BigDecimal v = new BigDecimal(comma < 0 ? body : body.replace(",", ""));
            return new Typed(negative ? v.negate() : v, null, null, null);
        } catch (NumberFormatException e) {
            return Typed.malformed("notWritten");
        }
    }

    private static boolean isSign(char ch) {
        return ch == '-' || ch == '\u2212' || ch == '+';
    }

    /** Commas only in the integer part, its first group 1–3 digits and every other exactly three. */
    private static boolean groupedByThree(String body, int point) {
        if (point >= 0 && body.indexOf(',', point) >= 0) {
            return false;
        }
        String[] groups = (point < 0 ? body : body.substring(0, point)).split(",", -1);
        if (groups[0].isEmpty() || groups[0].length() > 3) {
            return false;
        }
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() != 3) {
                return false;
            }
        }
        return true;
    }

    /** The problem an INVALID figure in a number column stands for. */
    static Problem invalid(RawCell c, Figure f, String what) {
        Source s = f.source();
        String at = s.location() + "（" + what + "）";
        if (c != null && c.type() == RawType.NO_CACHED_VALUE) {
            return ReadMessages.problem("READ.NO_CACHED_VALUE", Severity.ERROR, s, at);
        }
        if (c != null && c.type() == RawType.ERROR) {
            return ReadMessages.problem("READ.FORMULA_ERROR", Severity.ERROR, s, at, c.text());
        }
        if (c != null && c.type() == RawType.NUMBER && !Double.isFinite(c.number())) {
            return ReadMessages.problem("READ.NOT_A_NUMBER", "READ.NOT_A_NUMBER.notFinite", Severity.ERROR, s, at, raw(c));
        }
        if (c != null && c.type() == RawType.NUMBER) {
            return ReadMessages.problem("READ.DATE_VALUE", Severity.ERROR, s, at);
        }
        Typed typed = typed(f.text());
        if ("READ.AMBIGUOUS_NUMBER".equals(typed.code())) {
            return ReadMessages.problem(typed.code(), Severity.ERROR, s, at, f.text(), typed.why(), typed.whyEn());
        }
        if (typed.code() != null) {
            return ReadMessages.problem(typed.code(), "READ.NOT_A_NUMBER.malformed", Severity.ERROR, s, at, f.text(),
                    typed.why(), typed.whyEn());
        }
        return ReadMessages.problem("READ.NOT_A_NUMBER", Severity.ERROR, s, at, f.text());
    }

    /**
     * The figure a table cell prints, with what the reader must say about it added to {@code problems}:
     * text where a figure belongs (or a percentage where an amount belongs) is INVALID with the reason;
     * a value the printed page does not show is a warning (covered by a merge: not read; hidden by its
     * format: read), except a zero its format leaves blank, which is the blank the page shows; a format that
     * scales the value is noted, the figure being the value shown.
     *
     * @param amount whether the column holds amounts (or counts), where a percentage is no value
     * @param what   the row and column as a reader names them, for the messages (made only for a message)
     */
    static Figure read(String file, Grid grid, int row, int col, int defaultDecimals, Supplier<String> what,
                       boolean amount, List<Problem> problems) {
        RawCell cell = grid.at(row, col);
        Source s = source(file, grid.sheet.name(), row, col, cell);
        Merge m = cell == null ? null : grid.mergeCovering(row, col);
        if (m != null && !(cell.type() == RawType.TEXT && TextFolding.trim(cell.text()).isEmpty())) {
            String at = at(s, what);
            String range = CellRef.a1(m.firstRow(), m.firstCol()) + ":" + CellRef.a1(m.lastRow(), m.lastCol());
            String shown = CellRef.a1(m.firstRow(), m.firstCol());
            problems.add(ReadMessages.problem("READ.MERGED_AWAY", Severity.WARNING, s, at, range, shown, raw(cell)));
            return new Figure(Figure.Kind.BLANK, null, defaultDecimals, "", s);
        }
        Figure f = figure(cell, s, defaultDecimals);
        if (f.kind() == Figure.Kind.TEXT) {
            f = new Figure(Figure.Kind.INVALID, null, f.decimals(), f.text(), s);
        }
        if (f.kind() == Figure.Kind.NUMBER && amount && percentSign(f.text())) {
            String at = at(s, what);
            problems.add(ReadMessages.problem("READ.PERCENT_AMOUNT", Severity.ERROR, s, at, f.text()));
            return new Figure(Figure.Kind.INVALID, null, f.decimals(), f.text(), s);
        }
        if (f.kind() == Figure.Kind.INVALID) {
            problems.add(invalid(cell, f, what.get()));
        } else if (f.kind() == Figure.Kind.NUMBER && cell.type() == RawType.TEXT) {
            if (cell.formatCode() != null && NumberFormats.style(cell.formatId(), cell.formatCode()).hidesText()) {
                problems.add(hidden(at(s, what), s, cell, f));
            }
        } else if (f.kind() == Figure.Kind.NUMBER && cell.type() == RawType.NUMBER) {
            NumberFormats.Style style = NumberFormats.style(cell.formatId(), cell.formatCode());
            if (style.scaled()) {
                String at = at(s, what);
                problems.add(ReadMessages.problem("READ.DISPLAY_SCALED", Severity.INFO, s, at, cell.formatCode(), raw(cell), f.text()));
            }
            if (style.hides(cell.number())) {
                if (cell.number() == 0) {
                    // a format that leaves zeros blank (0.00;-0.00;;@): the page shows a blank, which counts as 0
                    return new Figure(Figure.Kind.BLANK, null, f.decimals(), "", s);
                }
                problems.add(hidden(at(s, what), s, cell, f));
            }
        }
        return f;
    }

    /**
     * Whether a number's text is a percentage: a percent format's sign, or one typed as {@code %}, full-width
     * {@code ％} or small {@code ﹪}, at the end or inside the brackets of a negative ({@code (5.00%)}); a text
     * that parsed as a number has a percent sign nowhere else.
     */
    static boolean percentSign(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            char ch = text.charAt(i);
            if (ch == '%' || ch == '\uff05' || ch == '\ufe6a') {
                return true;
            }
        }
        return false;
    }

    /** A message's opening: the cell and what it is, {@code 公开01表!C9（合计/金额）}. */
    private static String at(Source s, Supplier<String> what) {
        return s.location() + "（" + what.get() + "）";
    }

    private static Problem hidden(String at, Source s, RawCell cell, Figure f) {
        return ReadMessages.problem("READ.HIDDEN_VALUE", Severity.WARNING, s, at, cell.formatCode(), f.text());
    }
}
