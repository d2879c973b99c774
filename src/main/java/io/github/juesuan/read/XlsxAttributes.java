package io.github.juesuan.read;

import org.codehaus.stax2.XMLStreamReader2;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Attribute values of .xlsx elements: the per-cell ones ({@code r}, {@code t}, {@code s} of a {@code <c>}) read
 * in place through an {@link XmlChars} without a String where they have their plain spelling, the rest as
 * Strings.
 */
final class XlsxAttributes {
    /** The kinds of a cell's {@code t} attribute, as {@link #cellType} returns them. */
    static final int T_NUMBER = 0;
    static final int T_SHARED = 1;
    static final int T_INLINE = 2;
    static final int T_BOOLEAN = 3;
    static final int T_ERROR = 4;
    static final int T_OTHER = 5;

    private XlsxAttributes() {
    }

    /**
     * The {@code r} attribute (at index {@code at}) of a {@code <c>}: its 0-based column in the high half,
     * its 0-based row in the low half, each −1 where {@link CellRefs#parseColumn} / {@link CellRefs#parseRow}
     * of the value find none.
     */
    static long cellRef(XMLStreamReader2 r, int at, XmlChars chars) throws XMLStreamException {
        r.getAttributeAs(at, chars);
        if (chars.untrimmed()) {
            // The plain spelling: 1 to 3 ASCII letters, then 1 to 7 ASCII digits, and nothing else.
            char[] b = chars.buf;
            int i = chars.start;
            int end = chars.end;
            int c = 0;
            while (i < end && i - chars.start < 4) {
                char ch = b[i];
                if (ch >= 'A' && ch <= 'Z') {
                    c = c * 26 + (ch - 'A' + 1);
                } else if (ch >= 'a' && ch <= 'z') {
                    c = c * 26 + (ch - 'a' + 1);
                } else {
                    break;
                }
                i++;
            }
            int letters = i - chars.start;
            int digits = end - i;
            if (letters >= 1 && letters <= 3 && digits >= 1 && digits <= 7) {
                int row = XmlChars.parseDigits(b, i, end);
                if (row >= 0) {
                    return ((long) (c - 1) << 32) | ((row - 1) & 0xFFFFFFFFL);
                }
            }
        }
        String ref = r.getAttributeValue(at);
        return ((long) CellRefs.parseColumn(ref) << 32) | (CellRefs.parseRow(ref) & 0xFFFFFFFFL);
    }

    /** The {@code r} attribute of a {@code <row>} as {@link #intAttr} reads it; {@code Long.MIN_VALUE} for none. */
    static long rowNumber(XMLStreamReader2 r, XmlChars chars) throws XMLStreamException {
        for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
            if ("r".equals(r.getAttributeLocalName(i))) {
                r.getAttributeAs(i, chars);
                int v = XmlChars.parseDigits(chars.buf, chars.start, chars.end);
                if (v >= 0) {
                    return v;
                }
                Integer parsed = parseInt(r.getAttributeValue(i));
                return parsed == null ? Long.MIN_VALUE : parsed;
            }
        }
        return Long.MIN_VALUE;
    }

    /** A cell's {@code t} attribute (at index {@code at}, −1 for none) as one of the {@code T_} kinds. */
    static int cellType(XMLStreamReader2 r, int at, XmlChars chars) throws XMLStreamException {
        if (at < 0) {
            return T_NUMBER;
        }
        r.getAttributeAs(at, chars);
        if (chars.untrimmed()) {
            if (chars.is("s")) {
                return T_SHARED;
            } else if (chars.is("n")) {
                return T_NUMBER;
            } else if (chars.is("str")) {
                return T_OTHER;
            }
        }
        String type = r.getAttributeValue(at);
        switch (type) {
            case "n": return T_NUMBER;
            case "s": return T_SHARED;
            case "inlineStr": return T_INLINE;
            case "b": return T_BOOLEAN;
            case "e": return T_ERROR;
            default: return T_OTHER; // "str" (formula string result), "d" (ISO date) and anything unknown
        }
    }

    /** A cell's {@code s} attribute (at index {@code at}) as {@link #intAttr} reads it; −1 for none. */
    static int style(XMLStreamReader2 r, int at, XmlChars chars) throws XMLStreamException {
        r.getAttributeAs(at, chars);
        int v = XmlChars.parseDigits(chars.buf, chars.start, chars.end);
        if (v >= 0) {
            return v;
        }
        Integer parsed = parseInt(r.getAttributeValue(at));
        return parsed == null ? -1 : parsed;
    }

    /**
     * A {@code <row>} or {@code <col>} that does not print: {@code hidden="1"}, or a height ({@code ht}) or
     * width ({@code width}) of zero.
     */
    static boolean hidden(XMLStreamReader2 r, String extent, XmlChars chars) throws XMLStreamException {
        int hiddenAt = -1;
        int extentAt = -1;
        for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
            String a = r.getAttributeLocalName(i);
            if (hiddenAt < 0 && "hidden".equals(a)) {
                hiddenAt = i;
            } else if (extentAt < 0 && extent.equals(a)) {
                extentAt = i;
            }
        }
        if (hiddenAt >= 0) {
            r.getAttributeAs(hiddenAt, chars);
            if (chars.untrimmed()) {
                if (chars.is("1") || chars.is("true")) {
                    return true;
                }
            } else {
                String hidden = r.getAttributeValue(hiddenAt);
                if ("1".equals(hidden) || "true".equals(hidden)) {
                    return true;
                }
            }
        }
        if (extentAt < 0) {
            return false;
        }
        r.getAttributeAs(extentAt, chars);
        Boolean zero = XmlChars.isZero(chars.buf, chars.start, chars.end);
        if (zero != null) {
            return zero;
        }
        try {
            return Double.parseDouble(r.getAttributeValue(extentAt).trim()) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static String attr(XMLStreamReader r, String local) {
        for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
            if (local.equals(r.getAttributeLocalName(i))) {
                return r.getAttributeValue(i);
            }
        }
        return null;
    }

    static Integer intAttr(XMLStreamReader r, String local) {
        return parseInt(attr(r, local));
    }

    /** {@code Integer.parseInt} of the trimmed value; null for none or for a value that is no int. */
    static Integer parseInt(String v) {
        if (v == null) {
            return null;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
