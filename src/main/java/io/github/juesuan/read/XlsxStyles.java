package io.github.juesuan.read;

import javax.xml.stream.XMLStreamConstants;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The cell formats (xf) of an .xlsx's styles part: each one's number format, by id and by code. */
final class XlsxStyles {
    /** No styles part: every cell has number format 0. */
    static final XlsxStyles NONE = new XlsxStyles(new int[0], Map.of());

    /** Per cell format (xf): its number format id. */
    final int[] xfFormatIds;
    private final Map<Integer, String> customFormats;
    /** Per cell format (xf): its number format code, and whether that format hides text (0 not yet known). */
    final String[] xfFormatCodes;
    final byte[] xfHidesText;
    /** The code of number format 0, what a cell without a known style has. */
    final String defaultFormatCode;

    private XlsxStyles(int[] xfFormatIds, Map<Integer, String> customFormats) {
        this.xfFormatIds = xfFormatIds;
        this.customFormats = customFormats;
        xfFormatCodes = new String[xfFormatIds.length];
        for (int i = 0; i < xfFormatIds.length; i++) {
            xfFormatCodes[i] = formatCode(xfFormatIds[i]);
        }
        xfHidesText = new byte[xfFormatIds.length];
        defaultFormatCode = formatCode(0);
    }

    /** The cell formats of the styles part {@code part}. */
    static XlsxStyles read(XlsxParts parts, String part) throws ReadException {
        List<Integer> xfs = new ArrayList<>();
        Map<Integer, String> customFormats = new HashMap<>();
        parts.parse(part, null, r -> {
            boolean inCellXfs = false;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    if ("numFmt".equals(name)) {
                        Integer id = XlsxAttributes.intAttr(r, "numFmtId");
                        String code = XlsxAttributes.attr(r, "formatCode");
                        if (id != null && code != null) {
                            customFormats.put(id, code);
                        }
                    } else if ("cellXfs".equals(name)) {
                        inCellXfs = true;
                    } else if (inCellXfs && "xf".equals(name)) {
                        Integer id = XlsxAttributes.intAttr(r, "numFmtId");
                        xfs.add(id == null ? 0 : id);
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && "cellXfs".equals(r.getLocalName())) {
                    inCellXfs = false;
                }
            }
        });
        return new XlsxStyles(xfs.stream().mapToInt(Integer::intValue).toArray(), customFormats);
    }

    private String formatCode(int id) {
        String custom = customFormats.get(id);
        return custom != null ? custom : NumberFormats.builtIn(id);
    }
}
