package io.github.juesuan.read;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.hssf.usermodel.HSSFDataFormat;

/**
 * The number formats of an .xls workbook: its XF (cell format) records in the order they come, each naming a
 * number format id, and its FORMAT records, each defining a custom id's code. A cell names its XF by index.
 *
 * <p>What a cell needs from its XF (the format id, the code, whether the code hides text) is worked out once
 * per XF and kept; a FORMAT record arriving later forgets the codes worked out so far.
 */
final class XlsFormats {
    private int[] formatOfXf = new int[64];
    private int xfCount;
    private final Map<Integer, String> custom = new HashMap<>();
    /** Per XF: 0 not yet worked out, 1 its code is kept in {@link #codeOfXf}, 2 and the code hides text. */
    private byte[] resolved = new byte[64];
    private String[] codeOfXf = new String[64];

    /** An XF record: its second field is the number format id, a signed 16-bit value. */
    void extendedFormat(short formatId) {
        if (xfCount == formatOfXf.length) {
            int size = xfCount * 2;
            formatOfXf = Arrays.copyOf(formatOfXf, size);
            resolved = Arrays.copyOf(resolved, size);
            codeOfXf = Arrays.copyOf(codeOfXf, size);
        }
        formatOfXf[xfCount++] = formatId;
    }

    /** A FORMAT record: the code of a custom id; codes worked out before may have changed. */
    void format(int id, String code) {
        custom.put(id, code);
        Arrays.fill(resolved, (byte) 0);
    }

    /**
     * The number format id of a cell with this XF index; an index past the XF table (a damaged file whose
     * number is still intact) and an id beyond the signed 16-bit range read as General.
     */
    int id(int xf) {
        if (xf >= xfCount) {
            return 0;
        }
        int id = formatOfXf[xf];
        return id < 0 ? 0 : id;
    }

    /** The format code of a cell with this XF index, as {@link #codeOfId(int)} of its id. */
    String code(int xf) {
        if (xf >= xfCount) {
            return codeOfId(0);
        }
        resolve(xf);
        return codeOfXf[xf];
    }

    /** Whether the format of a cell with this XF index hides text ({@code ;;;}), as a text cell keeps it. */
    boolean hidesText(int xf) {
        if (xf >= xfCount) {
            return false; // General
        }
        resolve(xf);
        return resolved[xf] == 2;
    }

    private void resolve(int xf) {
        if (resolved[xf] == 0) {
            int id = id(xf);
            String code = codeOfId(id);
            codeOfXf[xf] = code;
            resolved[xf] = code != null && NumberFormats.style(id, code).hidesText() ? (byte) 2 : (byte) 1;
        }
    }

    /**
     * The format code for an id, or {@code null} where POI has no real code: the locale-dependent built-ins
     * (23–36 and 50–58, dates in zh-CN Excel, which POI calls "reserved-0x1F" or does not know) and a custom
     * id without its FORMAT record. A built-in id keeps its built-in code even where a FORMAT record
     * redefines it, as Excel reads it.
     */
    String codeOfId(int id) {
        if ((id >= 23 && id <= 36) || (id >= 50 && id <= 58)) {
            return null;
        }
        if (id < HSSFDataFormat.getNumberOfBuiltinBuiltinFormats()) {
            return HSSFDataFormat.getBuiltinFormat((short) id);
        }
        return custom.get(id);
    }
}
