package io.github.juesuan.report;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of the reports, from the {@code Messages_zh}/{@code Messages_en} bundles beside this class, and
 * numbers as a reader expects them: with thousands separators.
 */
final class Words {
    private final ResourceBundle bundle;
    private final Locale locale;

    private Words(Lang lang) {
        this.locale = lang == Lang.EN ? Locale.ENGLISH : Locale.CHINESE;
        // No ResourceBundle.Control: a named module (juesuan on the module path) refuses one. Both bundles
        // exist, so the lookup never falls back to the JVM's default locale.
        this.bundle = ResourceBundle.getBundle("io.github.juesuan.report.Messages", locale);
    }

    private static final Words ZH = new Words(Lang.ZH);
    private static final Words EN = new Words(Lang.EN);

    static Words of(Lang lang) {
        return lang == Lang.EN ? EN : ZH;
    }

    /** The message of a key with its arguments; numbers are not formatted here (see {@link #number}). */
    String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        if (args.length == 0) {
            return pattern;
        }
        Object[] strings = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            strings[i] = String.valueOf(args[i]); // keep numbers as given: MessageFormat would regroup them
        }
        return new MessageFormat(pattern.replace("'", "''"), locale).format(strings);
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
