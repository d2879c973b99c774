package io.github.juesuan.read;

import javax.xml.stream.XMLStreamConstants;
import java.util.ArrayList;
import java.util.List;

/** The shared strings table of an .xlsx: each item's text, phonetic readings left out. */
final class XlsxSharedStrings {
    private XlsxSharedStrings() {
    }

    /** The items of the shared strings part {@code part}, in order. */
    static List<String> read(XlsxParts parts, String part) throws ReadException {
        ReaderOptions options = parts.options;
        List<String> strings = new ArrayList<>();
        parts.parse(part, null, r -> {
            // An item's text is its runs' texts together: most items have one run, kept as the parser gives it.
            boolean inItem = false;
            int runs = 0;
            String first = null;
            StringBuilder sb = new StringBuilder();
            int phonetic = 0;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    if ("t".equals(name) && inItem && phonetic == 0) {
                        String run = r.getElementText();
                        if (runs == 0) {
                            first = run;
                            parts.checkText(run.length(), null, null);
                        } else {
                            if (runs == 1) {
                                sb.setLength(0);
                                sb.append(first);
                            }
                            sb.append(run);
                            parts.checkText(sb.length(), null, null);
                        }
                        runs++;
                    } else if ("si".equals(name)) {
                        inItem = true;
                        runs = 0;
                    } else if ("rPh".equals(name)) {
                        phonetic++;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = r.getLocalName();
                    if ("si".equals(name) && inItem) {
                        if (strings.size() >= options.maxSharedStrings()) {
                            throw ReadException.of(ReadException.Reason.LIMIT_EXCEEDED, parts.file, null, null, null,
                                    "unreadable.xlsx.limit.sharedStrings", options.maxSharedStrings());
                        }
                        strings.add(runs == 0 ? "" : unescape(runs == 1 ? first : sb.toString()));
                        inItem = false;
                    } else if ("rPh".equals(name)) {
                        phonetic--;
                    }
                }
            }
        });
        return strings;
    }

    /**
     * The text an .xlsx string stands for: a character XML cannot hold is written {@code _xHHHH_} (its UTF-16
     * code in hex; ECMA-376 ST_Xstring), as Excel writes the carriage return of text pasted with Windows line
     * ends ({@code _x000D_}); {@code _x005F_} is the underscore itself, so {@code _x005F_x000D_} is the
     * literal {@code _x000D_}.
     */
    static String unescape(String s) {
        int at = s.indexOf("_x");
        if (at < 0) {
            return s;
        }
        StringBuilder out = null;
        int copied = 0;
        for (; at >= 0; at = s.indexOf("_x", at)) {
            if (at + 7 <= s.length() && s.charAt(at + 6) == '_' && hex4(s, at + 2)) {
                if (out == null) {
                    out = new StringBuilder(s.length());
                }
                out.append(s, copied, at).append((char) Integer.parseInt(s, at + 2, at + 6, 16));
                at += 7;
                copied = at;
            } else {
                at++;
            }
        }
        return out == null ? s : out.append(s, copied, s.length()).toString();
    }

    private static boolean hex4(String s, int from) {
        for (int i = from; i < from + 4; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
