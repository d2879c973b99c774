package io.github.juesuan.read;

import io.github.juesuan.text.Labels;

/** Text normalisation for matching labels, titles and headers, written for the per-row path (no regex). */
final class TextFolding {
    private TextFolding() {
    }

    /** Whether a character is white space in any width, including the ideographic space and NBSP. */
    static boolean isSpace(char ch) {
        // Below U+1680 (the first space past Latin-1) only NBSP; none between U+3000 and U+FEFF (CJK text).
        if (ch > ' ' && ch < '\u1680') {
            return ch == '\u00a0';
        }
        if (ch > '\u3000' && ch < '\ufeff') {
            return false;
        }
        // U+200B and U+2060, like U+FEFF, are invisible: text pasted from web pages carries them.
        return Character.isWhitespace(ch) || ch == '\u3000' || ch == '\u00a0' || ch == '\u2007' || ch == '\u202f'
                || ch == '\ufeff' || ch == '\u200b' || ch == '\u2060';
    }

    /** Removes surrounding white space of every width. */
    static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /**
     * Folded texts of this thread's recent cells: a sheet folds the same labels many times over (titles,
     * headers, data rows) and shared strings repeat across tables. Bounded, so a batch cannot grow it.
     */
    private static final ThreadLocal<java.util.HashMap<String, String>> FOLDED =
            ThreadLocal.withInitial(() -> new java.util.HashMap<>(1024));

    /** See {@link Labels#fold(String)}; cached per thread. */
    static String fold(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        java.util.HashMap<String, String> cache = FOLDED.get();
        String f = cache.get(s);
        if (f == null) {
            if (cache.size() >= 8192) {
                cache.clear();
            }
            f = Labels.fold(s);
            cache.put(s, f);
        }
        return f;
    }

    /** See {@link Labels#withoutParenthetical(String)}. */
    static String withoutParenthetical(String folded) {
        return Labels.withoutParenthetical(folded);
    }

    /** Whether a folded text consists of a dash only: -, —, ——, ———, –, －. */
    static boolean isDash(String trimmed) {
        if (trimmed.isEmpty()) {
            return false;
        }
        for (int i = 0; i < trimmed.length(); i++) {
            char ch = trimmed.charAt(i);
            if (ch != '-' && ch != '\u2014' && ch != '\u2013' && ch != '\uff0d' && ch != '\u2015' && ch != '\u2500'
                    && ch != '\u2012' && ch != '/' && ch != '\u2212') {
                return false;
            }
        }
        return true;
    }
}
