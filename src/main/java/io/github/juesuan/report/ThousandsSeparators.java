package io.github.juesuan.report;

import java.math.BigDecimal;

/** Numbers as a reader of the text report expects them: with thousands separators (1,412.62). */
final class ThousandsSeparators {
    private ThousandsSeparators() {
    }

    /** A number with thousands separators and its decimals as given: 1,412.62; "—" for null. */
    static String number(BigDecimal v) {
        if (v == null) {
            return "—";
        }
        String plain = v.toPlainString();
        return group(plain);
    }

    /** Puts thousands separators into every number of a text: 1412.62 → 1,412.62 (not into cell references). */
    static String numbers(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        int i = 0;
        while (i < text.length()) {
            char ch = text.charAt(i);
            boolean start = Character.isDigit(ch) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))
                    && text.charAt(i - 1) != '.' && text.charAt(i - 1) != ',');
            if (!start) {
                out.append(ch);
                i++;
                continue;
            }
            int j = i;
            while (j < text.length() && Character.isDigit(text.charAt(j))) {
                j++;
            }
            out.append(group(text.substring(i, j)));
            i = j;
        }
        return out.toString();
    }

    private static String group(String plain) {
        int dot = plain.indexOf('.');
        String integer = dot < 0 ? plain : plain.substring(0, dot);
        String sign = integer.startsWith("-") ? "-" : "";
        String digits = sign.isEmpty() ? integer : integer.substring(1);
        if (digits.length() <= 3) {
            return plain;
        }
        StringBuilder sb = new StringBuilder();
        int lead = digits.length() % 3;
        if (lead > 0) {
            sb.append(digits, 0, lead);
        }
        for (int k = lead; k < digits.length(); k += 3) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(digits, k, k + 3);
        }
        return sign + sb + (dot < 0 ? "" : plain.substring(dot));
    }
}
