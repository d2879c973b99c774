package io.github.juesuan.read;

import io.github.juesuan.model.Claim;
import io.github.juesuan.model.NotUnderstood;
import io.github.juesuan.model.StatedChange;
import io.github.juesuan.model.StatedZero;
import io.github.juesuan.text.Labels;

import java.util.List;
import java.util.regex.Matcher;

/**
 * Reads a clause that prints no figure: 其中 (the last amount becomes the total the following shares refer to),
 * a figure the same as last year (与上年相同, 比上年度支出无变化) and a zero claim (无此项收支, 本部门没有公务用车,
 * whose subject is the nearest heading the vocabulary knows). Anything else is prose and states nothing.
 */
final class WordClauses {
    private WordClauses() {
    }

    /**
     * Reads the clause {@code from} to {@code to} of the sentence.
     *
     * @param bare the clause without leading ordinal, year or date
     */
    static void read(NarrativeSentence s, int from, int to, String bare) {
        // Labels.fold strips 其中 as an ordinal, so the lead word is compared as printed.
        String lead = TextFolding.trim(bare.replace('：', ' ').replace(':', ' '));
        if (lead.equals("其中") || lead.equals("其中包括")) {
            s.passage.lead = s.last;
            s.itemsStart();
            return;
        }
        Matcher same = StatementExtractor.maySame(bare) ? StatementExtractor.SAME.matcher(bare) : null;
        if (same != null && same.matches()) {
            same(s, from, to, same);
            return;
        }
        Matcher zero = StatementExtractor.mayZero(bare) ? StatementExtractor.ZERO.matcher(bare) : null;
        if (zero != null && zero.matches()) {
            zero(s, from, to, zero);
        }
    }

    /** The same as last year: of the figure named between 上年 and 相同 or before 与上年, else of the last amount. */
    private static void same(NarrativeSentence s, int from, int to, Matcher same) {
        String inner = StatementExtractor.clean(same.group(2));
        if (inner.isEmpty()) {
            inner = StatementExtractor.clean(same.group(1));
        }
        Claim claim = s.claimOrLast(inner, NarrativeVocabulary.Section.MONEY,
                NotUnderstood.Reason.SAME_WITHOUT_SUBJECT, from, to);
        if (claim != null) {
            s.add(new StatedChange(claim, s.passage.printed(claim), StatedChange.Direction.SAME, null, null,
                    s.source()));
        }
    }

    /** Nothing of a subject: the one printed after 无, or (无此项) the nearest heading the vocabulary knows. */
    private static void zero(NarrativeSentence s, int from, int to, Matcher zero) {
        if (zero.group(1) != null) {
            for (int i = s.p.headings().size() - 1; i >= 0; i--) {
                String ref = s.passage.vocabulary.lookup(NarrativeVocabulary.Section.SUBJECT, s.passage.folded.get(i),
                        List.of());
                if (ref != null) {
                    s.add(new StatedZero(new Claim(TextFolding.trim(s.p.headings().get(i)), ref), s.source()));
                    return;
                }
            }
            s.add(new NotUnderstood(NotUnderstood.Reason.ZERO_SUBJECT_UNKNOWN, s.at(from, to), s.source()));
            return;
        }
        String subject = TextFolding.trim(zero.group(2));
        String ref = s.passage.vocabulary.lookup(NarrativeVocabulary.Section.SUBJECT, Labels.fold(subject), List.of());
        if (ref != null) {
            s.add(new StatedZero(new Claim(subject, ref), s.source()));
        }
    }
}
