package io.github.juesuan.read;

import org.codehaus.stax2.typed.TypedValueDecoder;

/**
 * Reads attribute values and element text of sheet XML from the parser's own character buffers, without a
 * {@code String} per value: a sheet's every cell has a reference, a style and a value.
 *
 * <p>Every parse here is a fast path for the plain spellings writers use ({@code B12}, {@code 3},
 * {@code -1234.5}); anything else is answered "not handled" and the caller reads the value as a
 * {@code String} the general way, so the results are always those of the general way.
 */
final class XmlChars extends TypedValueDecoder {
    /** What {@link #parseDecimal} answers for a text it does not handle (it never yields NaN itself). */
    static final double NOT_HANDLED = Double.NaN;

    /** The largest power of ten a double holds exactly (10^22), and the powers up to it. */
    private static final double[] POWERS = new double[23];

    static {
        double p = 1;
        for (int i = 0; i < POWERS.length; i++) {
            POWERS[i] = p;
            p *= 10;
        }
    }

    /** The attribute value last captured: the characters {@code buf[start, end)}; null when it was empty. */
    char[] buf;
    int start;
    int end;
    /** Whether the capture is the parser's own buffer, so the characters around the value can be looked at. */
    private boolean inPlace;

    // ---- TypedValueDecoder: Aalto hands over the value trimmed of characters up to U+0020 --------------------

    @Override
    public void decode(String value) {
        buf = value.toCharArray();
        start = 0;
        end = buf.length;
        inPlace = false;
    }

    @Override
    public void decode(char[] buffer, int from, int to) {
        buf = buffer;
        start = from;
        end = to;
        inPlace = true;
    }

    @Override
    public void handleEmptyValue() {
        buf = null;
        start = 0;
        end = 0;
        inPlace = false;
    }

    /**
     * Whether the captured value is the whole attribute value, untrimmed: the parser passes a typed decoder
     * the value without its leading and trailing characters up to U+0020, as a range of its own buffer that
     * holds the attribute values one after another. A character above U+0020 (or the buffer's edge) on both
     * sides of the range proves nothing was trimmed; otherwise the caller reads the value as a String.
     */
    boolean untrimmed() {
        return inPlace && buf != null
                && (start == 0 || buf[start - 1] > ' ')
                && (end == buf.length || buf[end] > ' ');
    }

    /** Whether the captured value is exactly {@code s}. */
    boolean is(String s) {
        if (buf == null || end - start != s.length()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (buf[start + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    // ---- parsing ------------------------------------------------------------------------------------------

    /**
     * {@code Integer.parseInt} of {@code b[start, end)} when it is 1 to 9 ASCII digits; −1 otherwise (the
     * caller then parses the String).
     */
    static int parseDigits(char[] b, int start, int end) {
        int n = end - start;
        if (b == null || n < 1 || n > 9) {
            return -1;
        }
        int v = 0;
        for (int i = start; i < end; i++) {
            char c = b[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /**
     * {@code Double.parseDouble(text.trim())} of {@code b[start, end)} for plain decimals: an optional minus,
     * digits, an optional point and digits, at most 15 digits in all, at least one. Such a number is an
     * integer below 2^53 divided by a power of ten up to 10^22, both exact in a double, so one division
     * rounds it correctly, as {@code Double.parseDouble} does. {@link #NOT_HANDLED} for anything else
     * (exponents, a plus sign, more digits, words).
     */
    static double parseDecimal(char[] b, int start, int end) {
        while (start < end && b[start] <= ' ') {
            start++;
        }
        while (end > start && b[end - 1] <= ' ') {
            end--;
        }
        if (start == end) {
            return NOT_HANDLED;
        }
        boolean negative = b[start] == '-';
        int i = negative ? start + 1 : start;
        long mantissa = 0;
        int digits = 0;
        int fraction = -1; // digits after the point, −1 before a point
        for (; i < end; i++) {
            char c = b[i];
            if (c >= '0' && c <= '9') {
                if (++digits > 15) {
                    return NOT_HANDLED;
                }
                mantissa = mantissa * 10 + (c - '0');
                if (fraction >= 0) {
                    fraction++;
                }
            } else if (c == '.' && fraction < 0) {
                fraction = 0;
            } else {
                return NOT_HANDLED;
            }
        }
        if (digits == 0) {
            return NOT_HANDLED;
        }
        double d = fraction > 0 ? mantissa / POWERS[fraction] : mantissa;
        return negative ? -d : d;
    }

    /**
     * {@code Double.parseDouble(text.trim()) == 0} of {@code b[start, end)} when it is digits with at most one
     * point: zero exactly when no digit is other than 0. Null for anything else.
     */
    static Boolean isZero(char[] b, int start, int end) {
        if (b == null) {
            return null;
        }
        boolean point = false;
        boolean digit = false;
        boolean nonZero = false;
        for (int i = start; i < end; i++) {
            char c = b[i];
            if (c >= '0' && c <= '9') {
                digit = true;
                nonZero |= c != '0';
            } else if (c == '.' && !point) {
                point = true;
            } else {
                return null;
            }
        }
        return digit ? !nonZero : null;
    }
}
