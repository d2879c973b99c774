package io.github.juesuan.report;

/**
 * Text escaped for the HTML page. Everything written is well-formed XML as
 * well as HTML (only the five XML entities and numeric references, every element closed), so the page can be
 * checked with an XML parser.
 */
final class HtmlEscaping {
    private HtmlEscaping() {
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
}
