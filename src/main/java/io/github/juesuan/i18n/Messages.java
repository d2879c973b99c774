package io.github.juesuan.i18n;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The messages of one package in one language: a {@code Messages_zh} or {@code Messages_en} properties bundle
 * beside the package's classes, keyed by problem code, rule id or word. A pattern's {@code {0}}, {@code {1}} …
 * are replaced by the arguments as given, in one pass: an argument (a file name, a cell's text, a rule's message)
 * is never read as a pattern, numbers are not regrouped, and an apostrophe is an apostrophe (no MessageFormat
 * quoting).
 *
 * <p>Both languages of every family exist, so a lookup never falls back to the JVM's default locale. No
 * {@link ResourceBundle.Control}: a named module (juesuan on the module path) refuses one; the bundles are
 * found in juesuan's own packages through the caller's module.
 */
public final class Messages {
    private static final Map<String, Messages> LOADED = new ConcurrentHashMap<>();

    private final ResourceBundle bundle;

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /**
     * The bundle of a package in Chinese or English.
     *
     * @param pkg     the package whose {@code Messages} bundle is meant, e.g. {@code io.github.juesuan.read}
     * @param english {@code true} for {@code Messages_en}, {@code false} for {@code Messages_zh}
     * @return the messages, loaded once
     */
    public static Messages of(String pkg, boolean english) {
        String base = pkg + ".Messages";
        return LOADED.computeIfAbsent(base + (english ? "_en" : "_zh"),
                k -> new Messages(ResourceBundle.getBundle(base, english ? Locale.ENGLISH : Locale.CHINESE)));
    }

    /**
     * The pattern of {@code key} with {@code {i}} replaced by {@code String.valueOf(args[i])}, or by the word of
     * this bundle where {@code args[i]} is a {@link Word}.
     *
     * @param key  the key
     * @param args the arguments, in order
     * @return the message
     * @throws java.util.MissingResourceException if the bundle has no such key (or no such word)
     */
    public String get(String key, Object... args) {
        Object[] filled = args;
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Word w) {
                if (filled == args) {
                    filled = args.clone();
                }
                filled[i] = bundle.getString(w.key());
            }
        }
        return fill(bundle.getString(key), filled);
    }

    /**
     * An argument that is itself a word of the message's bundle: each language fills in its own word, so that a
     * message in both languages names the thing in each ({@code 看起来是PDF 文档} / {@code but a PDF document}).
     *
     * @param key the word's key in the bundle of the message it is an argument of
     */
    public record Word(String key) {
        /**
         * Checks for null.
         *
         * @param key the word's key
         * @throws NullPointerException if {@code key} is null
         */
        public Word {
            Objects.requireNonNull(key, "key");
        }
    }

    /**
     * A message in both languages, for a text that shows both (an exception's message, an unreadable file's
     * reason): the Chinese, then the English in parentheses; the English left out where it is empty.
     *
     * @param pkg  the package whose bundles hold {@code key}
     * @param key  the key
     * @param args the arguments, in order, for both languages
     * @return {@code 中文 (English)}, as {@link #join}
     */
    public static String both(String pkg, String key, Object... args) {
        return join(of(pkg, false).get(key, args), of(pkg, true).get(key, args));
    }

    /**
     * The Chinese, then the English in parentheses, the English left out where it is empty; no space before the
     * parenthesis where the Chinese ends in a closing corner bracket 」, whose full width already sets the two
     * apart: {@code 未知命令「frobnicate」(unknown command)}.
     *
     * @param zh the Chinese
     * @param en the English, or the empty string
     * @return {@code 中文 (English)}
     */
    public static String join(String zh, String en) {
        return en.isEmpty() ? zh : zh + (zh.endsWith("」") ? "(" : " (") + en + ")";
    }

    /**
     * The keys of the bundle.
     *
     * @return every key
     */
    public Set<String> keys() {
        return bundle.keySet();
    }

    /**
     * A pattern with {@code {i}} replaced by {@code args[i]} in one pass; a brace that is not an argument's index
     * is kept as printed.
     *
     * @param pattern the pattern
     * @param args    the arguments, in order
     * @return the text
     */
    public static String fill(String pattern, Object... args) {
        Objects.requireNonNull(pattern, "pattern");
        if (args.length == 0 || pattern.indexOf('{') < 0) {
            return pattern;
        }
        StringBuilder sb = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            int open = pattern.indexOf('{', i);
            int close = open < 0 ? -1 : pattern.indexOf('}', open);
            if (close < 0) {
                break;
            }
            sb.append(pattern, i, open);
            int index = index(pattern, open + 1, close);
            if (index >= 0 && index < args.length) {
                sb.append(args[index]);
            } else {
                sb.append(pattern, open, close + 1);
            }
            i = close + 1;
        }
        return sb.append(pattern, i, pattern.length()).toString();
    }

    private static int index(String pattern, int from, int to) {
        if (to - from < 1 || to - from > 2) {
            return -1;
        }
        int n = 0;
        for (int j = from; j < to; j++) {
            char c = pattern.charAt(j);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
