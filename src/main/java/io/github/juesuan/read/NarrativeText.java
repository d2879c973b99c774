package io.github.juesuan.read;

import io.github.juesuan.model.NarrativeParagraph;
import io.github.juesuan.model.NarrativeSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Turns words into {@link NarrativeParagraph}s that keep where they came from: the paragraphs of a document's
 * body, with the headings each stands under, and the prose text cells of a sheet (绩效表 实际完成情况, 偏差原因,
 * notes under a table), each with its sheet and cell.
 */
public final class NarrativeText {

    private static final Pattern PART = Pattern.compile("^第[一二三四五六七八九十0-9]+部分");
    private static final Pattern LEVEL1 = Pattern.compile("^[一二三四五六七八九十]+[、.．]");
    private static final Pattern LEVEL2 = Pattern.compile("^[（(][一二三四五六七八九十0-9]+[)）]");
    private static final Pattern LEVEL3 = Pattern.compile("^[0-9０-９]{1,2}[、.．](?![0-9])");
    /** A heading is short and ends no sentence. */
    private static final int MAX_HEADING = 40;

    private NarrativeText() {
    }

    /**
     * The paragraphs of a body, numbered from 1 in the order given, each with the headings it stands under.
     * A heading is a short paragraph that completes no sentence and starts with 第…部分, 一、, （一） or 1、; it is
     * a paragraph too, under the headings above it. Blank paragraphs are dropped but keep their number.
     *
     * @param file  the file name for provenance
     * @param texts the paragraphs' texts in print order
     * @return the non-blank paragraphs, headings included, each numbered by its position in {@code texts}
     */
    public static List<NarrativeParagraph> body(String file, List<String> texts) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(texts, "texts");
        List<NarrativeParagraph> out = new ArrayList<>();
        List<String> stack = new ArrayList<>();
        List<Integer> levels = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            if (TextFolding.trim(text).isEmpty()) {
                continue;
            }
            out.add(new NarrativeParagraph(text,
                    new NarrativeSource(file, "", "", i + 1, 0, text.length(), text), stack));
            int level = headingLevel(text);
            if (level >= 0) {
                while (!levels.isEmpty() && levels.get(levels.size() - 1) >= level) {
                    levels.remove(levels.size() - 1);
                    stack.remove(stack.size() - 1);
                }
                levels.add(level);
                stack.add(TextFolding.trim(text));
            }
        }
        return List.copyOf(out);
    }

    /** 0 for 第…部分, 1 for 一、, 2 for （一）, 3 for 1、; -1 when the paragraph is not a heading. */
    static int headingLevel(String text) {
        String t = TextFolding.trim(text);
        if (t.length() > MAX_HEADING || t.indexOf('\t') >= 0) {
            return -1;
        }
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (ch == '。' || ch == '；' || ch == ';' || ch == '！' || ch == '!' || ch == '？' || ch == '?') {
                return -1;
            }
        }
        if (PART.matcher(t).find()) {
            return 0;
        }
        if (LEVEL1.matcher(t).find()) {
            return 1;
        }
        if (LEVEL2.matcher(t).find()) {
            return 2;
        }
        return LEVEL3.matcher(t).find() ? 3 : -1;
    }

    /**
     * The prose text cells of a sheet, in row-major order: text cells that hold a sentence (。；！？ inside) or
     * a clause list of some length (a comma and at least {@value #MIN_PROSE} characters). Labels, indicator
     * values and numbers are not prose. Each paragraph stands under the heading {@code title}.
     *
     * @param file  the file name for provenance
     * @param sheet the sheet
     * @param title the table's title (e.g. 项目支出绩效自评表), or the sheet name
     */
    static List<NarrativeParagraph> cells(String file, RawSheet sheet, String title) {
        List<NarrativeParagraph> out = new ArrayList<>();
        for (RawCell c : sheet.cells()) {
            if (c.type() != RawType.TEXT || c.text() == null || !isProse(c.text())) {
                continue;
            }
            String text = c.text();
            out.add(new NarrativeParagraph(text,
                    new NarrativeSource(file, sheet.name(), c.a1(), 0, 0, text.length(), text), List.of(title)));
        }
        return List.copyOf(out);
    }

    /** Cells shorter than this are prose only when they complete a sentence. */
    static final int MIN_PROSE = 20;

    static boolean isProse(String text) {
        // every text cell of a workbook passes here: the marks are looked for in the text as it is (white space
        // is none of them), and the trimmed length is counted only for a text with a comma
        boolean comma = false;
        for (int i = 0, n = text.length(); i < n; i++) {
            char ch = text.charAt(i);
            if (ch == '。' || ch == '；' || ch == ';' || ch == '！' || ch == '？') {
                return true;
            }
            comma |= ch == '，' || ch == ',';
        }
        return comma && TextFolding.trim(text).length() >= MIN_PROSE;
    }
}
