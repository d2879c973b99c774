package io.github.juesuan.read;

import io.github.juesuan.model.Claim;
import io.github.juesuan.model.NarrativeNumber;
import io.github.juesuan.model.NarrativeUnit;
import io.github.juesuan.model.NotUnderstood;
import io.github.juesuan.model.StatedAmount;
import io.github.juesuan.model.StatedChange;
import io.github.juesuan.model.StatedGrade;
import io.github.juesuan.model.StatedShare;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a clause that prints figures: a count of graded projects (3个项目为优秀), and for each figure the words
 * before it (after the previous figure) as a share (占…的比重为), a change on last year (比上年增加, and its rate
 * 增长5% in the next clause) or a labelled amount or count. A figure whose words leave no label is not understood.
 */
final class FigureClauses {
    private FigureClauses() {
    }

    /**
     * Whether a clause with one figure counts graded projects, and if so adds the grade.
     *
     * @param bare the clause without leading ordinal, year or date
     */
    static boolean grade(NarrativeSentence s, String bare, int[] f) {
        if (!StatementExtractor.mayGrade(bare)) {
            return false;
        }
        Matcher grade = StatementExtractor.GRADE.matcher(bare);
        String text = s.p.text();
        if (grade.matches() && PrintedFigures.unit(text, f) == NarrativeUnit.ITEM) {
            s.add(new StatedGrade(grade.group(1), PrintedFigures.number(text, f, s.at(f[0], f[1])), s.source()));
            return true;
        }
        return false;
    }

    /** Each figure of the clause {@code from} to {@code to} with the words before it. */
    static void figures(NarrativeSentence s, int from, int to, List<int[]> figures) {
        if (figures.size() > 1 && respectively(s, from, to, figures)) {
            return;
        }
        int labelStart = from;
        for (int[] f : figures) {
            figure(s, from, to, labelStart, f);
            labelStart = f[1];
        }
    }

    private static void figure(NarrativeSentence s, int from, int to, int labelStart, int[] f) {
        String text = s.p.text();
        NarrativeNumber n = PrintedFigures.number(text, f, s.at(f[0], f[1]));
        String rawLabel = TextFolding.trim(text.substring(labelStart, f[0]));
        NarrativeVocabulary.Section section = n.unit().isCount() ? NarrativeVocabulary.Section.COUNT
                : NarrativeVocabulary.Section.MONEY;
        if (StatementExtractor.approximate(text, labelStart, f)) {
            // 约10万元, 10万元左右, 超过20万元: no figure an identity can check
            s.add(new NotUnderstood(NotUnderstood.Reason.UNKNOWN_FORM, s.at(from, to), s.source()));
            return;
        }
        String stripped = StatementExtractor.stripLeading(rawLabel);
        if (n.unit() == NarrativeUnit.PERCENT && stripped.startsWith("占")) {
            Matcher share = StatementExtractor.SHARE.matcher(stripped);
            if (share.matches()) {
                share(s, from, to, n, share.group(1) == null ? "比" : share.group(1));
                return;
            }
        }
        Matcher change = StatementExtractor.mayChange(stripped) ? StatementExtractor.CHANGE.matcher(stripped) : null;
        if (change != null && change.matches()) {
            if (change.group(1).indexOf('预') >= 0 && StatementExtractor.ON_BUDGET.matcher(change.group(1)).find()) {
                // 比全年预算减少4.5万元，下降30%: 决算 against 预算, no change on last year; its rate goes with it
                s.add(new NotUnderstood(NotUnderstood.Reason.UNKNOWN_FORM, s.at(from, to), s.source()));
                s.pendingRate = -1;
                s.pendingAmount = -1;
                s.onBudget = true;
                return;
            }
            String subject = StatementExtractor.CHANGE_PREFIX.matcher(change.group(1)).replaceFirst("");
            if (!subject.isEmpty()) {
                subject = StatementExtractor.CHANGE_SUFFIX.matcher(subject).replaceFirst("");
            }
            change(s, from, to, n, StatementExtractor.clean(subject), change.group(2), section);
            return;
        }
        String label = StatementExtractor.clean(rawLabel);
        if (label.isEmpty()) {
            s.add(new NotUnderstood(NotUnderstood.Reason.NO_LABEL, s.at(from, to), s.source()));
            return;
        }
        if (StatementExtractor.mayLeadIn(stripped) && StatementExtractor.LEAD_IN.matcher(stripped).lookingAt()) {
            // 其中/主要包括 start the items of an enumeration: what came before is their whole, not one of them
            s.itemsStart();
            Matcher lead = StatementExtractor.LEAD_IN.matcher(stripped);
            if (s.last != null && lead.lookingAt() && stripped.substring(0, lead.end()).replaceFirst("[:：]$", "")
                    .endsWith("其中")) {
                // 支出12.5万元，其中因公出国（境）费支出2万元，占16%: as after a 其中 of its own, a bare 占 is of the total
                s.passage.lead = s.last;
            }
        }
        if (s.passage.priorYear(rawLabel, label)) {
            // last year's figure (上年收入总计327.38万元): no figure of this year's tables, and not the amount a
            // following change (增加82.95万元) or share refers to
            s.add(new StatedAmount(new Claim(label, null), n, s.source()));
        } else if (StatementExtractor.both(label) != null) {
            // 收、支总计各410.33万元: the amount of both figures
            for (String each : StatementExtractor.both(label)) {
                s.amount(new StatedAmount(s.passage.claim(each, section), n, s.source()));
            }
        } else {
            // 因公出国（境）费全年预算2万元，决算2万元: the 决算 is 因公出国（境）费's (the label stays as printed)
            String named = StatementExtractor.ofLast(label, s.last);
            Claim claim = s.passage.claim(named, section);
            s.amount(new StatedAmount(named.equals(label) ? claim : new Claim(label, claim.reference()), n,
                    s.source()));
        }
        if (s.nested(f[0])) {
            // 培训费10万元（其中：讲课费3万元，…）: a breakdown of an item is no item of the list it stands in
            s.itemsStart();
        }
        if (StatementExtractor.notAll(text, f[1])) {
            // 印刷费5万元等: the items so far are not all of a following total
            s.itemsStart();
        }
    }

    /** A share of the last amount: of the whole it names, or (占比) of the total a 其中 introduced. */
    private static void share(NarrativeSentence s, int from, int to, NarrativeNumber percent, String of) {
        if (s.last == null) {
            s.add(new NotUnderstood(NotUnderstood.Reason.SHARE_WITHOUT_PART, s.at(from, to), s.source()));
            return;
        }
        share(s, s.last, percent, of);
    }

    private static void share(NarrativeSentence s, StatedAmount part, NarrativeNumber percent, String of) {
        Claim whole = null;
        NarrativeNumber wholeNumber = null;
        if (!of.equals("比")) {
            whole = s.passage.claim(StatementExtractor.clean(of), NarrativeVocabulary.Section.MONEY);
            wholeNumber = s.passage.printed(whole);
        } else if (s.passage.lead != null && s.passage.lead != part) {
            whole = s.passage.lead.claim();
            wholeNumber = s.passage.lead.number();
        }
        s.add(new StatedShare(part.claim(), part.number(), whole, wholeNumber, percent, s.source()));
    }

    /**
     * Shares printed together after 分别占 (…财政拨款收入300万元，事业收入100万元，分别占75%和25%; 分别占本年收入合计的75%、
     * 25%): the n percentages joined only by 、/和/及/与 are, in order, the shares of the n amounts the sentence
     * printed since its items started (其中). Whether the clause is of that form; where the items are not exactly
     * n amounts in money, it is not understood.
     */
    private static boolean respectively(NarrativeSentence s, int from, int to, List<int[]> figures) {
        String text = s.p.text();
        String first = StatementExtractor.stripLeading(TextFolding.trim(text.substring(from, figures.get(0)[0])));
        if (!first.startsWith("分别占")) {
            return false;
        }
        Matcher share = StatementExtractor.SHARE.matcher(first.substring(2));
        if (!share.matches()) {
            return false;
        }
        List<NarrativeNumber> percents = new ArrayList<>();
        int labelStart = -1;
        for (int[] f : figures) {
            if (labelStart >= 0 && !RESPECTIVELY_JOIN.matcher(TextFolding.trim(text.substring(labelStart, f[0])))
                    .matches() || StatementExtractor.approximate(text, labelStart < 0 ? from : labelStart, f)) {
                return false;
            }
            NarrativeNumber n = PrintedFigures.number(text, f, s.at(f[0], f[1]));
            if (n.unit() != NarrativeUnit.PERCENT) {
                return false;
            }
            percents.add(n);
            labelStart = f[1];
        }
        List<StatedAmount> parts = s.lastItems(percents.size());
        if (parts == null) {
            s.add(new NotUnderstood(NotUnderstood.Reason.SHARE_WITHOUT_PART, s.at(from, to), s.source()));
            return true;
        }
        String of = share.group(1) == null ? "比" : share.group(1);
        for (int i = 0; i < parts.size(); i++) {
            share(s, parts.get(i), percents.get(i), of);
        }
        return true;
    }

    /** What may stand between two percentages printed after 分别占. */
    private static final Pattern RESPECTIVELY_JOIN = Pattern.compile("[、和及与]?");

    /**
     * A change on last year by an amount or (in %) a rate; a rate without a subject completes the change the
     * previous clause printed without one (增加10万元，增长5%), and an amount without a subject the rate printed
     * before it in the same direction (增长5%，增加10万元).
     */
    private static void change(NarrativeSentence s, int from, int to, NarrativeNumber n, String subject, String verb,
                               NarrativeVocabulary.Section section) {
        StatedChange.Direction direction = verb.equals("减少") || verb.startsWith("下降") || verb.equals("降低")
                || verb.equals("降幅") || verb.equals("减幅") ? StatedChange.Direction.DOWN : StatedChange.Direction.UP;
        boolean rate = n.unit() == NarrativeUnit.PERCENT;
        boolean onBudget = s.onBudget;
        s.onBudget = false;
        if (subject.isEmpty() && onBudget) {
            // the rate (or amount) completing a change on the budget (比全年预算减少4.5万元，下降30%)
            s.add(new NotUnderstood(NotUnderstood.Reason.UNKNOWN_FORM, s.at(from, to), s.source()));
            return;
        }
        if (subject.isEmpty() && rate && s.pendingRate >= 0) {
            // the rate of 收、支总计各增加… is printed once: the first of the two changes carries it, so that a
            // wrong rate is one finding
            StatedChange c = (StatedChange) s.statements.get(s.pendingRate);
            s.statements.set(s.pendingRate, new StatedChange(c.claim(), c.current(), c.direction(), c.change(), n,
                    c.sentence()));
            s.pendingRate = -1;
            return;
        }
        if (subject.isEmpty() && !rate && s.pendingAmount >= 0
                && ((StatedChange) s.statements.get(s.pendingAmount)).direction() == direction) {
            // 收入总计增长25.34%，增加82.95万元: the amount of the rate the previous clause printed
            for (int i = s.pendingAmount; i < s.pendingAmount + s.pendingCount; i++) {
                StatedChange c = (StatedChange) s.statements.get(i);
                s.statements.set(i, new StatedChange(c.claim(), c.current(), c.direction(), n, c.rate(),
                        c.sentence()));
            }
            s.pendingAmount = -1;
            return;
        }
        List<String> both = subject.isEmpty() ? null : StatementExtractor.both(subject);
        List<Claim> claims = new ArrayList<>();
        if (both != null) {
            // 收、支总计各增加82.95万元: the change of both figures
            both.forEach(each -> claims.add(s.passage.claim(each, section)));
        } else {
            Claim claim = s.claimOrLast(subject, section, NotUnderstood.Reason.RATE_WITHOUT_SUBJECT, from, to);
            if (claim == null) {
                return;
            }
            claims.add(claim);
        }
        int first = s.statements.size();
        for (Claim claim : claims) {
            boolean firstOne = s.statements.size() == first;
            s.add(new StatedChange(claim, s.passage.printed(claim), direction, rate ? null : n,
                    rate && firstOne ? n : null, s.source()));
        }
        s.pendingRate = rate ? -1 : first;
        s.pendingAmount = rate ? first : -1;
        s.pendingCount = claims.size();
    }
}
