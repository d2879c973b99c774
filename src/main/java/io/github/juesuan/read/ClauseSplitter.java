package io.github.juesuan.read;

import io.github.juesuan.model.NarrativeParagraph;
import io.github.juesuan.model.NarrativeStatement;

import java.util.List;

/**
 * Splits a paragraph into sentences at 。；！？ (full- or half-width) and line breaks, a sentence into clauses at
 * ，：and :, and a comma too unless it separates thousands (1,234.56), and hands each clause to the reader for
 * its kind: {@link FigureClauses} where it prints a figure, {@link WordClauses} where it does not.
 */
final class ClauseSplitter {

    /** Clauses without figures longer than this state nothing (see {@link WordClauses}). */
    private static final int MAX_WORDS_CLAUSE = 80;

    private ClauseSplitter() {
    }

    /** Adds the statements of every sentence of a paragraph to {@code out}, in print order. */
    static void paragraph(NarrativeParagraph p, NarrativePassage passage, List<NarrativeStatement> out) {
        String text = p.text();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || isSentenceEnd(text.charAt(i))) {
                int s = start;
                int e = i;
                while (s < e && TextFolding.isSpace(text.charAt(s))) {
                    s++;
                }
                while (e > s && TextFolding.isSpace(text.charAt(e - 1))) {
                    e--;
                }
                if (e > s) {
                    sentence(new NarrativeSentence(p, passage, s, e), s, e, out);
                }
                start = i + 1;
            }
        }
    }

    private static boolean isSentenceEnd(char ch) {
        return ch == '。' || ch == '；' || ch == ';' || ch == '！' || ch == '!' || ch == '？' || ch == '?'
                || ch == '\n' || ch == '\r';
    }

    private static void sentence(NarrativeSentence s, int from, int to, List<NarrativeStatement> out) {
        String text = s.p.text();
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || isClauseEnd(text, i)) {
                if (i > start) {
                    clause(s, start, i);
                }
                start = i + 1;
            }
        }
        out.addAll(s.withEnumerations());
    }

    /** A clause ends at ，：, and :, but not at a thousands comma such as 1,234.56. */
    private static boolean isClauseEnd(String text, int i) {
        char ch = text.charAt(i);
        if (ch == '，' || ch == '：' || ch == ':') {
            return true;
        }
        if (ch != ',') {
            return false;
        }
        boolean thousands = i > 0 && isAsciiDigit(text.charAt(i - 1)) && i + 3 < text.length()
                && isAsciiDigit(text.charAt(i + 1)) && isAsciiDigit(text.charAt(i + 2))
                && isAsciiDigit(text.charAt(i + 3)) && (i + 4 == text.length() || !isAsciiDigit(text.charAt(i + 4)));
        return !thousands;
    }

    private static boolean isAsciiDigit(char ch) {
        return ch >= '0' && ch <= '9';
    }

    private static void clause(NarrativeSentence s, int from, int to) {
        String clause = s.p.text().substring(from, to);
        String trimmed = TextFolding.trim(clause);
        if (trimmed.isEmpty()) {
            return;
        }
        List<int[]> figures = StatementExtractor.figures(clause, from);
        String bare = StatementExtractor.stripLeading(trimmed);
        if (figures.size() == 1 && FigureClauses.grade(s, bare, figures.get(0))) {
            return;
        }
        if (figures.isEmpty()) {
            // 其中, 与上年相同 and 无此项收支 are short; a long clause without figures is prose (and the lazy
            // patterns must not see unbounded text)
            if (bare.length() <= MAX_WORDS_CLAUSE) {
                WordClauses.read(s, from, to, bare);
            }
            return;
        }
        FigureClauses.figures(s, from, to, figures);
    }
}
