package io.github.juesuan.read;

import io.github.juesuan.model.Claim;
import io.github.juesuan.model.NarrativeParagraph;
import io.github.juesuan.model.NarrativeSource;
import io.github.juesuan.model.NarrativeStatement;
import io.github.juesuan.model.NarrativeUnit;
import io.github.juesuan.model.NotUnderstood;
import io.github.juesuan.model.StatedAmount;
import io.github.juesuan.model.StatedEnumeration;
import io.github.juesuan.text.Labels;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The state of one sentence while its clauses are read: the statements so far, the last amount (the part a
 * following share or change without a subject refers to) and a change still waiting for its rate (增加10万元，
 * 增长5%). When the sentence ends, a run of two or more amounts in one unit followed by a bare total (合计190.33万元)
 * becomes one enumeration.
 */
final class NarrativeSentence {
    private static final Set<String> TOTAL_WORDS = Set.of("合计", "共计", "总计", "累计", "合计为", "共计为", "总计为",
            "总额", "合计金额", "总金额", "小计", "小计为");

    final NarrativeParagraph p;
    final NarrativePassage passage;
    private final int from;
    private final int to;
    /** The sentence's source, made when a statement needs it (most sentences state nothing). */
    private NarrativeSource source;
    final List<NarrativeStatement> statements = new ArrayList<>();
    StatedAmount last;
    /** Index in {@link #statements} of a change still waiting for its rate, or -1. */
    int pendingRate = -1;
    /** How many changes from {@link #pendingAmount} on wait for their amount (2 for 收、支总计各增长…). */
    int pendingCount = 1;
    /** Whether the last clause was a change on the budget (比全年预算减少…), whose rate is no change on last year. */
    boolean onBudget;
    /** Whether an amount was read in this sentence yet. */
    private boolean amounts;
    /** Index in {@link #statements} of a change by a rate still waiting for its amount (增长5%，增加10万元), or -1. */
    int pendingAmount = -1;
    /** Index in {@link #statements} before which no statement is an item of an enumeration (其中, 等). */
    private int itemsFrom;

    NarrativeSentence(NarrativeParagraph p, NarrativePassage passage, int from, int to) {
        this.p = p;
        this.passage = passage;
        this.from = from;
        this.to = to;
    }

    NarrativeSource source() {
        if (source == null) {
            source = at(from, to);
        }
        return source;
    }

    /** The source of the characters {@code from} to {@code to} of the paragraph's text. */
    NarrativeSource at(int from, int to) {
        return p.source().narrow(p.text(), from, to);
    }

    /**
     * The claim a clause names by {@code label}, or, where the label is empty, the last amount's; null where there
     * is neither, after recording the clause ({@code from} to {@code to}) as not understood for {@code reason}.
     */
    Claim claimOrLast(String label, NarrativeVocabulary.Section section, NotUnderstood.Reason reason, int from,
                      int to) {
        if (!label.isEmpty()) {
            return passage.claim(label, section);
        }
        if (last != null) {
            return last.claim();
        }
        add(new NotUnderstood(reason, at(from, to), source()));
        return null;
    }

    /**
     * The items of an enumeration start with the next statement: what came before is their whole (项目支出100万元，
     * 其中：…) or a list the words say is not complete (…等).
     */
    void itemsStart() {
        itemsFrom = statements.size();
    }

    /**
     * The statements of the sentence since its items started (其中) when they are exactly {@code n} amounts in
     * money, in print order; null otherwise.
     */
    List<StatedAmount> lastItems(int n) {
        if (statements.size() - itemsFrom != n) {
            return null;
        }
        List<StatedAmount> items = new ArrayList<>();
        for (NarrativeStatement st : statements.subList(statements.size() - n, statements.size())) {
            if (!(st instanceof StatedAmount a) || !a.number().unit().isMoney()) {
                return null;
            }
            items.add(a);
        }
        return items;
    }

    /** Whether the character {@code at} of the paragraph stands inside brackets opened in this sentence. */
    boolean nested(int at) {
        String text = p.text();
        int depth = 0;
        for (int i = from; i < at; i++) {
            char ch = text.charAt(i);
            if (ch == '（' || ch == '(') {
                depth++;
            } else if ((ch == '）' || ch == ')') && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }

    void add(NarrativeStatement s) {
        statements.add(s);
    }

    /**
     * Adds an amount and remembers it for the passage; an amount in money or a count becomes the one a following
     * share or change without a subject refers to, a percentage (完成预算的55%) does not. A total printed first in
     * its sentence ends the 其中 of an earlier total: the shares after it are not of that one.
     */
    void amount(StatedAmount a) {
        if (!amounts && passage.lead != null && endsWithTotal(Labels.fold(a.claim().label()))) {
            // a sentence that starts with another total (…支出合计350万元) is past the 其中 of the earlier one
            passage.lead = null;
        }
        amounts = true;
        add(a);
        if (a.number().unit() != NarrativeUnit.PERCENT) {
            last = a;
        }
        passage.remember(a);
    }

    /** Whether a folded label names a total: it ends with 合计, 总计, 总额 or 共计. */
    private static boolean endsWithTotal(String label) {
        return label.endsWith("合计") || label.endsWith("总计") || label.endsWith("总额") || label.endsWith("共计");
    }

    /**
     * The statements in print order, a run of two or more amounts in one unit followed by a bare total
     * (合计190.33万元) folded into an enumeration; everything else passes through.
     */
    List<NarrativeStatement> withEnumerations() {
        List<NarrativeStatement> in = statements;
        if (in.isEmpty()) {
            return in;
        }
        List<NarrativeStatement> out = new ArrayList<>(in.size());
        int barrier = 0;
        for (int i = 0; i < in.size(); i++) {
            NarrativeStatement st = in.get(i);
            if (i == itemsFrom) {
                barrier = out.size();
            }
            if (st instanceof StatedAmount total && TOTAL_WORDS.contains(Labels.fold(total.claim().label()))) {
                int first = out.size();
                while (first > barrier && out.get(first - 1) instanceof StatedAmount a
                        && a.number().unit() == total.number().unit()
                        && !TOTAL_WORDS.contains(Labels.fold(a.claim().label()))) {
                    first--;
                }
                if (out.size() - first >= 2) {
                    List<StatedAmount> items = new ArrayList<>();
                    for (NarrativeStatement item : out.subList(first, out.size())) {
                        items.add((StatedAmount) item);
                    }
                    out.subList(first, out.size()).clear();
                    out.add(new StatedEnumeration(items, total, source()));
                    continue;
                }
            }
            out.add(Objects.requireNonNull(st));
        }
        return out;
    }
}
