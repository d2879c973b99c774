package io.github.juesuan.write;

import io.github.juesuan.text.Labels;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes the text written on the 校验结果 sheet invisible to juesuan's own reader, so that checking the
 * annotated copy finds exactly what checking the original found.
 *
 * <p>The reader recognises a table by a cell whose text contains a title such as 收入决算表, on any sheet,
 * and the findings quote such words: GKX.001 says 「收入决算表合计应等于收支总表本年收入合计」, and sheet
 * names (shown in the 单元格 column) are often table titles. On the first sheet such a cell would be taken
 * for a table heading, found before the real table, and the real one dropped as a duplicate. So a zero-width
 * space (U+200B, which Excel, WPS and LibreOffice show as nothing) goes before the last character of every
 * title it contains. Likewise a text that reads as a number is bracketed, since a sheet holding numbers
 * without a recognisable title is reported as READ.UNRECOGNISED_SHEET.
 *
 * <p>The titles come from the reader's catalogue (the same resource the reader loads), so a title added
 * there is covered here; if it cannot be found, every 表 after a Chinese character is broken, which covers
 * every title the catalogue has ever had.
 */
final class SheetText {
    static final char ZERO_WIDTH_SPACE = '\u200B';
    private static final String CATALOGUE = "/io/github/juesuan/read/catalogue.txt";
    /** Folded titles, or empty when the catalogue was not found. */
    private static final List<String> TITLES = loadTitles();

    private SheetText() {
    }

    /** The text to write on the 校验结果 sheet: as given, unless the reader would misread it. */
    static String safe(String text) {
        String s = text;
        if (looksLikeNumber(s)) {
            s = "〔" + s + "〕";
        }
        for (int attempt = 0; attempt < 2; attempt++) {
            String last = titleEnding(s);
            if (last == null) {
                return s;
            }
            s = breakBefore(s, last);
        }
        // Not expected: a title whose last character appears only across a break already made. Break everywhere.
        if (titleEnding(s) != null) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < s.length(); i++) {
                if (i > 0 && s.charAt(i) != ZERO_WIDTH_SPACE && s.charAt(i - 1) != ZERO_WIDTH_SPACE) {
                    sb.append(ZERO_WIDTH_SPACE);
                }
                sb.append(s.charAt(i));
            }
            s = sb.toString();
        }
        return s;
    }

    /** The last characters of the titles the text contains (as the reader folds it), or {@code null}. */
    static String titleEnding(String text) {
        String folded = Labels.fold(text);
        if (TITLES.isEmpty()) {
            for (int i = 1; i < folded.length(); i++) {
                if (folded.charAt(i) == '表' && isHan(folded.charAt(i - 1))) {
                    return "表";
                }
            }
            return null;
        }
        StringBuilder endings = new StringBuilder();
        for (String title : TITLES) {
            if (folded.contains(title)) {
                char last = title.charAt(title.length() - 1);
                if (endings.indexOf(String.valueOf(last)) < 0) {
                    endings.append(last);
                }
            }
        }
        return endings.length() == 0 ? null : endings.toString();
    }

    /** Puts a zero-width space before every occurrence of the given characters that follows another character. */
    private static String breakBefore(String s, String chars) {
        StringBuilder sb = new StringBuilder(s.length() + 4);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (i > 0 && chars.indexOf(Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFKC)) >= 0
                    && s.charAt(i - 1) != ZERO_WIDTH_SPACE) {
                sb.append(ZERO_WIDTH_SPACE);
            }
            sb.append(ch);
        }
        return sb.toString();
    }

    /**
     * Whether the reader would take the text for a number: digits with at most separators, a sign, a
     * percent sign or accounting parentheses, in any width (the reader's own test, mirrored).
     */
    static boolean looksLikeNumber(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        boolean digit = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= '0' && ch <= '9') {
                digit = true;
            } else if (".,()%+-\u2212".indexOf(ch) < 0 && !Character.isWhitespace(ch) && ch != '\u3000'
                    && ch != '\u00a0') {
                return false;
            }
        }
        return digit;
    }

    private static boolean isHan(char ch) {
        return Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN;
    }

    private static List<String> loadTitles() {
        List<String> titles = new ArrayList<>();
        try (InputStream in = SheetText.class.getResourceAsStream(CATALOGUE)) {
            if (in == null) {
                return List.of();
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String t = line.strip();
                int eq = t.indexOf('=');
                if (eq > 0 && t.substring(0, eq).strip().equals("title")) {
                    for (String alias : t.substring(eq + 1).split("\\|")) {
                        String folded = Labels.fold(alias.strip());
                        if (!folded.isEmpty()) {
                            titles.add(folded);
                        }
                    }
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        return List.copyOf(titles);
    }
}
