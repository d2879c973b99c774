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
                        strings.add(runs == 0 ? "" : runs == 1 ? first : sb.toString());
                        inItem = false;
                    } else if ("rPh".equals(name)) {
                        phonetic--;
                    }
                }
            }
        });
        return strings;
    }
}
