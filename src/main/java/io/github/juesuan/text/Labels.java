package io.github.juesuan.text;

import java.text.Normalizer;
import java.util.Objects;

/**
 * How labels, titles and headers are compared: the same words in full or half width, with or without
 * spaces, quotes and ordinals (一、 (一) 1. 其中：) are the same label.
 */
public final class Labels {
    private Labels() {
    }

    /**
     * Folds a label for comparison: NFKC (full width to half width), all white space and quotes removed,
     * leading ordinals ({@code 一、} {@code (一)} {@code 1.} {@code 1、} {@code 其中：}) stripped, trailing colon
     * removed, ASCII lower-cased.
     *
     * @param s the label as printed, or {@code null}
     * @return the folded label; {@code ""} for {@code null}, an empty string, or a label that is only an ordinal
     */
    public static String fold(String s) {
        Objects.requireNonNull(s, "s");
        if (s == null || s.isEmpty()) {
            return "";
        }
        String n = isPlain(s) ? s : Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char ch = n.charAt(i);
            if (Character.isWhitespace(ch) || ch == '\u3000' || ch == '\u00a0' || ch == '\ufeff' || isQuote(ch)) {
                continue;
            }
            if (ch >= 'A' && ch <= 'Z') {
                ch = (char) (ch + 32);
            }
            sb.append(ch);
        }
        String out = stripOrdinal(sb);
        while (out.endsWith(":")) {
            out = out.substring(0, out.length() - 1);
        }
        return out;
    }

    /** Whether NFKC would change nothing: plain ASCII and CJK ideographs need no normalisation. */
    private static boolean isPlain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= 0x7f && !(ch >= 0x4e00 && ch <= 0x9fff)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isQuote(char ch) {
        return ch == '"' || ch == '\'' || ch == '\u201c' || ch == '\u201d' || ch == '\u2018' || ch == '\u2019'
                || ch == '\u300c' || ch == '\u300d' || ch == '\u300e' || ch == '\u300f';
    }

    private static boolean isChineseNumeral(char ch) {
        return "一二三四五六七八九十百零〇".indexOf(ch) >= 0;
    }

    /** Strips ordinal prefixes, repeatedly: "一、(一)其中:" → "". Keeps codes such as "2060799". */
    private static String stripOrdinal(CharSequence s) {
        String t = s.toString();
        boolean changed = true;
        while (changed && !t.isEmpty()) {
            changed = false;
            if (t.startsWith("其中:")) {
                t = t.substring(3);
                changed = true;
                continue;
            }
            if (t.startsWith("其中")) {
                // "其中公务用车购置费": only when what follows is a label, not "其中:" already handled
                t = t.substring(2);
                changed = true;
                continue;
            }
            int i = 0;
            char first = t.charAt(0);
            if (first == '(' ) {
                int close = t.indexOf(')');
                if (close > 1 && close <= 4 && allOrdinal(t, 1, close)) {
                    t = t.substring(close + 1);
                    changed = true;
                }
                continue;
            }
            if (isChineseNumeral(first)) {
                while (i < t.length() && isChineseNumeral(t.charAt(i))) {
                    i++;
                }
                if (i < t.length() && i <= 3 && isOrdinalMark(t.charAt(i))) {
                    t = t.substring(i + 1);
                    changed = true;
                }
                continue;
            }
            if (first >= '0' && first <= '9') {
                while (i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
                    i++;
                }
                // "1." "1、" "1)" but not "100万元" nor a decimal "1.5"
                if (i <= 2 && i < t.length() && isOrdinalMark(t.charAt(i))
                        && (i + 1 >= t.length() || !Character.isDigit(t.charAt(i + 1)))) {
                    t = t.substring(i + 1);
                    changed = true;
                }
            }
        }
        return t;
    }

    private static boolean allOrdinal(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            char ch = t.charAt(i);
            if (!isChineseNumeral(ch) && !(ch >= '0' && ch <= '9')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isOrdinalMark(char ch) {
        return ch == '、' || ch == '.' || ch == ')' || ch == ',' || ch == '．';
    }

    /**
     * The label without a trailing parenthetical: "车辆数合计(辆)" → "车辆数合计".
     *
     * @param folded a label already {@linkplain #fold folded} (so the parentheses are half width)
     * @return the label up to its last {@code (} when it ends in {@code )} and the {@code (} is not its first
     *         character; otherwise {@code folded} unchanged
     */
    public static String withoutParenthetical(String folded) {
        Objects.requireNonNull(folded, "folded");
        if (folded.endsWith(")")) {
            int open = folded.lastIndexOf('(');
            if (open > 0) {
                return folded.substring(0, open);
            }
        }
        return folded;
    }

}
