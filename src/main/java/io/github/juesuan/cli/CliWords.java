package io.github.juesuan.cli;

import io.github.juesuan.report.Lang;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words the command line prints about a batch (its progress line and summary), from the
 * {@code Messages_zh}/{@code Messages_en} bundles beside this class. A pattern's {@code {0}}, {@code {1}} …
 * are replaced by the arguments as given, in one pass: an argument (a file name, a rule's message) is never
 * read as a pattern, and numbers are not regrouped.
 */
final class CliWords {
    private static final String BUNDLE = "io.github.juesuan.cli.Messages";

    // Both bundles exist, so the lookup never falls back to the JVM's default locale; no ResourceBundle.Control,
    // which a named module refuses.
    private static final CliWords ZH = new CliWords(ResourceBundle.getBundle(BUNDLE, Locale.CHINESE));
    private static final CliWords EN = new CliWords(ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH));

    private final ResourceBundle bundle;

    private CliWords(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    static CliWords of(Lang lang) {
        return lang == Lang.EN ? EN : ZH;
    }

    /** The pattern of {@code key} with {@code {i}} replaced by {@code args[i]}. */
    String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        StringBuilder sb = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            int open = pattern.indexOf('{', i);
            int close = open < 0 ? -1 : pattern.indexOf('}', open);
            if (close < 0) {
                break;
            }
            sb.append(pattern, i, open);
            String index = pattern.substring(open + 1, close);
            if (index.length() == 1 && Character.isDigit(index.charAt(0)) && index.charAt(0) - '0' < args.length) {
                sb.append(args[index.charAt(0) - '0']);
            } else {
                sb.append(pattern, open, close + 1);
            }
            i = close + 1;
        }
        return sb.append(pattern, i, pattern.length()).toString();
    }
}
