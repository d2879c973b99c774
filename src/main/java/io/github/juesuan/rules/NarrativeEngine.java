package io.github.juesuan.rules;

import io.github.juesuan.model.Disclosure;
import io.github.juesuan.model.Figure;
import io.github.juesuan.model.NarrativeQuote;
import io.github.juesuan.model.NarrativeSource;
import io.github.juesuan.model.NarrativeStatement;
import io.github.juesuan.model.NarrativeUnit;
import io.github.juesuan.model.PerformanceEvaluation;
import io.github.juesuan.model.Row;
import io.github.juesuan.model.StatedAmount;
import io.github.juesuan.model.StatedChange;
import io.github.juesuan.model.StatedEnumeration;
import io.github.juesuan.model.StatedGrade;
import io.github.juesuan.model.StatedShare;
import io.github.juesuan.model.StatedZero;
import io.github.juesuan.model.Table;
import io.github.juesuan.model.TableId;
import io.github.juesuan.rules.NarrativeValues.Num;
import io.github.juesuan.text.Labels;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.github.juesuan.rules.NarrativeValues.figure;
import static io.github.juesuan.rules.NarrativeValues.participant;
import static io.github.juesuan.rules.NarrativeValues.plain;
import static io.github.juesuan.rules.NarrativeValues.stated;

/**
 * Evaluates the checks of the words ({@link Words}) on a disclosure's statements.
 *
 * <p>A number of the words printed with d decimals stands for [v − ½·10^−d, v + ½·10^−d]; a count (个, 辆, …)
 * and a number of 绩效自评表 are exact. Amounts in 元 and 亿元 (in the words) and tables printed in 元 are
 * compared in 万元 (1 万元 = 10,000 元, 1 亿元 = 10,000 万元), their intervals scaled exactly. PASS: equal as
 * printed (a ratio rounded to the printed rate's decimals); ROUNDING: unequal but the intervals overlap; FAIL:
 * no overlap. A statement that names no figure, a figure the disclosure does not print (its table absent, the row
 * missing, a text cell), or a ratio whose divisor may be 0 is not checked at all: nothing is compared with 0 that
 * the page does not state, and a sentence the extractor did not understand never gives a finding.
 */
final class NarrativeEngine {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private NarrativeEngine() {
    }

    static List<Evaluation> evaluate(Rule rule, Disclosure d) {
        List<Evaluation> out = words(rule, d);
        // words in a text cell of a 绩效自评表 (its 年度总体目标完成情况) belong to that project
        for (int i = 0; i < out.size(); i++) {
            Evaluation e = out.get(i);
            int project = projectOf(d, e.quote().sentence());
            if (project > 0) {
                out.set(i, new Evaluation(e.rule(), e.outcome(), project, e.instance(), e.substituted(), e.computed(),
                        e.printed(), e.difference(), e.allowed(), e.cells(), e.reason(), e.reasonEn(), e.quote()));
            }
        }
        return out;
    }

    /** The 1-based number of the 绩效自评表 whose sheet holds the text cell, or 0. */
    private static int projectOf(Disclosure d, NarrativeSource s) {
        if (!s.inCell()) {
            return 0;
        }
        for (int i = 0; i < d.evaluations().size(); i++) {
            if (d.evaluations().get(i).table().sheet().equals(s.sheet())) {
                return i + 1;
            }
        }
        return 0;
    }

    private static List<Evaluation> words(Rule rule, Disclosure d) {
        List<Evaluation> out = new ArrayList<>();
        Words w = rule.words();
        if (w.kind() == Words.Kind.PRIOR) {
            prior(rule, d, out);
            return out;
        }
        for (NarrativeStatement s : d.statements()) {
            switch (w.kind()) {
                case AMOUNT -> {
                    if (s instanceof StatedAmount a) {
                        amount(rule, d, a, out);
                    }
                }
                case SHARE -> {
                    if (s instanceof StatedShare sh) {
                        share(rule, d, sh, out);
                    }
                }
                case CHANGE -> {
                    if (s instanceof StatedChange c) {
                        change(rule, c, out);
                    }
                }
                case ENUMERATION -> {
                    if (s instanceof StatedEnumeration e) {
                        enumeration(rule, e, out);
                    }
                }
                case ZERO -> {
                    if (s instanceof StatedZero z) {
                        zero(rule, d, z, out);
                    }
                }
                default -> {
                    if (s instanceof StatedGrade g) {
                        grade(rule, d, g, out);
                    }
                }
            }
        }
        return out;
    }

    // ---- the checks ------------------------------------------------------------------------------------

    private static void amount(Rule rule, Disclosure d, StatedAmount a, List<Evaluation> out) {
        String ref = a.claim().reference();
        if (ref == null || a.number().unit() == NarrativeUnit.PERCENT) {
            return;
        }
        List<Participant> cells = new ArrayList<>();
        Optional<Num> table = figure(rule, d, ref, a.number().unit().isCount(), cells);
        if (table.isEmpty()) {
            return;
        }
        Num stated = stated(a.number());
        out.add(compare(rule, a.claim().label(), table.get(), stated, false, cells,
                quote(a.sentence(), a.number().source())));
    }

    private static void share(Rule rule, Disclosure d, StatedShare sh, List<Evaluation> out) {
        if (!sh.partNumber().unit().isMoney() || sh.percent().unit() != NarrativeUnit.PERCENT) {
            return;
        }
        List<Participant> cells = new ArrayList<>();
        Num whole;
        if (sh.wholeNumber() != null && sh.wholeNumber().unit().isMoney()) {
            whole = stated(sh.wholeNumber());
        } else if (sh.whole() != null && sh.whole().reference() != null) {
            Optional<Num> t = figure(rule, d, sh.whole().reference(), false, cells);
            if (t.isEmpty()) {
                return;
            }
            whole = t.get();
        } else {
            return;
        }
        Num part = stated(sh.partNumber());
        if (whole.interval().lo().signum() <= 0) {
            return; // a share of something that may be 0 states nothing checkable
        }
        Interval ratio = part.interval().divide(whole.interval()).multiply(Interval.exact(HUNDRED));
        BigDecimal point = part.point().multiply(HUNDRED).divide(whole.point(), Interval.DIVISION);
        Num computed = new Num(point, ratio, Integer.MAX_VALUE,
                part.text() + " / " + whole.text() + " × 100");
        List<NarrativeSource> marks = new ArrayList<>(List.of(sh.partNumber().source(), sh.percent().source()));
        if (sh.wholeNumber() != null) {
            marks.add(sh.wholeNumber().source());
        }
        out.add(compare(rule, sh.part().label(), computed, stated(sh.percent()), true, cells,
                quote(sh.sentence(), marks.toArray(NarrativeSource[]::new))));
    }

    private static void change(Rule rule, StatedChange c, List<Evaluation> out) {
        if (c.current() == null || c.change() == null || c.rate() == null || !c.current().unit().isMoney()
                || !c.change().unit().isMoney() || c.rate().unit() != NarrativeUnit.PERCENT) {
            return;
        }
        Num current = stated(c.current());
        Num delta = stated(c.change());
        Num prior = prior(c);
        if (prior.interval().lo().signum() <= 0) {
            return; // a rate on a prior year that may be 0 or less states nothing checkable
        }
        Interval rate = delta.interval().divide(prior.interval()).multiply(Interval.exact(HUNDRED));
        BigDecimal point = delta.point().multiply(HUNDRED).divide(prior.point(), Interval.DIVISION);
        Num computed = new Num(point, rate, Integer.MAX_VALUE, delta.text() + " / (" + current.text()
                + (c.direction() == StatedChange.Direction.UP ? " - " : " + ") + delta.text() + ") × 100");
        out.add(compare(rule, c.claim().label(), computed, stated(c.rate()), true, List.of(),
                quote(c.sentence(), c.current().source(), c.change().source(), c.rate().source())));
    }

    /** Last year's amount the words imply: this year − an increase, + a decrease, or this year's when the same. */
    private static Num prior(StatedChange c) {
        Num current = stated(c.current());
        if (c.direction() == StatedChange.Direction.SAME) {
            return current;
        }
        Num delta = stated(c.change());
        boolean up = c.direction() == StatedChange.Direction.UP;
        return new Num(up ? current.point().subtract(delta.point()) : current.point().add(delta.point()),
                up ? current.interval().subtract(delta.interval()) : current.interval().add(delta.interval()),
                Math.max(current.decimals(), delta.decimals()),
                current.text() + (up ? " - " : " + ") + delta.text());
    }

    private static boolean hasPrior(StatedChange c) {
        return c.current() != null && c.current().unit().isMoney() && (c.direction() == StatedChange.Direction.SAME
                || c.change() != null && c.change().unit().isMoney());
    }

    /**
     * Each change of each figure of the pair with a prior-year value the words imply: the values must agree (the
     * words may state a total's change more than once). Each change is paired with the other figure's first
     * (linear in the changes; with the first pair equal, that covers every pair up to rounding). One evaluation:
     * the first pair that fails, else the first within rounding only, else the first pair's.
     */
    private static void prior(Rule rule, Disclosure d, List<Evaluation> out) {
        List<StatedChange> lefts = new ArrayList<>();
        List<StatedChange> rights = new ArrayList<>();
        for (NarrativeStatement s : d.statements()) {
            if (s instanceof StatedChange c && hasPrior(c)) {
                if (rule.words().left().equals(c.claim().reference())) {
                    lefts.add(c);
                } else if (rule.words().right().equals(c.claim().reference())) {
                    rights.add(c);
                }
            }
        }
        if (lefts.isEmpty() || rights.isEmpty()) {
            return;
        }
        Evaluation shown = pair(rule, lefts.get(0), rights.get(0));
        for (int i = 1; i < lefts.size() + rights.size() - 1 && shown.outcome() != Outcome.FAIL; i++) {
            Evaluation e = i < lefts.size() ? pair(rule, lefts.get(i), rights.get(0))
                    : pair(rule, lefts.get(0), rights.get(i - lefts.size() + 1));
            if (e.outcome() == Outcome.FAIL || e.outcome() == Outcome.ROUNDING && shown.outcome() == Outcome.PASS) {
                shown = e;
            }
        }
        out.add(shown);
    }

    private static Evaluation pair(Rule rule, StatedChange left, StatedChange right) {
        Num l = prior(left);
        Num r = prior(right);
        Num lShown = new Num(l.point(), l.interval(), l.decimals(),
                left.direction() == StatedChange.Direction.SAME ? l.text() : l.text() + " = " + l.point().toPlainString());
        List<NarrativeSource> marks = new ArrayList<>();
        for (StatedChange c : List.of(left, right)) {
            marks.add(c.change() != null ? c.change().source() : c.current().source());
        }
        return compare(rule, left.claim().label() + "/" + right.claim().label(), lShown, r, false, List.of(),
                quote(right.sentence(), marks.toArray(NarrativeSource[]::new)));
    }

    private static void enumeration(Rule rule, StatedEnumeration e, List<Evaluation> out) {
        NarrativeUnit unit = e.total().number().unit();
        if (e.items().stream().anyMatch(i -> !i.number().unit().isMoney()) || !unit.isMoney()) {
            return;
        }
        List<StatedAmount> items = e.items();
        Num total = stated(e.total().number());
        Evaluation all = enumeration(rule, e, items, total);
        if (all.outcome() == Outcome.FAIL && items.size() >= 3) {
            // 项目支出100万元，设备60万元，培训40万元，合计100万元: the first amount may be the whole the others break
            // down. Where that reading holds, the words do not provably disagree.
            Num first = stated(items.get(0).number());
            Evaluation rest = enumeration(rule, e, items.subList(1, items.size()), total);
            if (rest.outcome() != Outcome.FAIL && Verdict.of(Condition.Comparison.EQUAL, first.point(), total.point(),
                    first.interval(), total.interval()) != Outcome.FAIL) {
                out.add(rest);
                return;
            }
        }
        out.add(all);
    }

    /** The stated total against the sum of {@code items}, every number marked in the quoted sentence. */
    private static Evaluation enumeration(Rule rule, StatedEnumeration e, List<StatedAmount> items, Num total) {
        BigDecimal point = BigDecimal.ZERO;
        Interval sum = Interval.exact(BigDecimal.ZERO);
        int decimals = 0;
        List<String> texts = new ArrayList<>();
        List<NarrativeSource> marks = new ArrayList<>();
        for (StatedAmount item : items) {
            Num n = stated(item.number());
            point = point.add(n.point());
            sum = sum.add(n.interval());
            decimals = Math.max(decimals, n.decimals());
            texts.add(n.text());
            marks.add(item.number().source());
        }
        marks.add(e.total().number().source());
        Num computed = new Num(point, sum, decimals, String.join(" + ", texts));
        return compare(rule, e.total().claim().label(), computed, total, false, List.of(),
                quote(e.sentence(), marks.toArray(NarrativeSource[]::new)));
    }

    private static void zero(Rule rule, Disclosure d, StatedZero z, List<Evaluation> out) {
        String ref = z.subject().reference();
        if (ref == null) {
            return;
        }
        int colon = ref.indexOf(':');
        Optional<TableId> id = TableId.ofCode(ref.substring(0, colon));
        Optional<Table> table = id.flatMap(d::table);
        if (table.isEmpty()) {
            return; // a table not printed holds nothing: consistent with 无此项
        }
        Table t = table.get();
        String rest = ref.substring(colon + 1);
        String prefix = rest.endsWith("*") ? rest.substring(0, rest.length() - 1) : null;
        String rowKey = prefix == null ? rest.split("/")[0] : null;
        String columnKey = prefix == null && rest.contains("/") ? rest.substring(rest.indexOf('/') + 1) : null;
        List<Participant> cells = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Row row : t.rows()) {
            if (prefix != null ? !row.key().startsWith(prefix) : !row.key().equals(rowKey)) {
                continue;
            }
            for (var e : row.figures().entrySet()) {
                Figure f = e.getValue();
                if (columnKey != null && !e.getKey().equals(columnKey) || f.kind() != Figure.Kind.NUMBER) {
                    continue;
                }
                if (!rule.tolerance().interval(f).containsZero()) {
                    cells.add(participant(t, row, e.getKey(), f));
                    texts.add(f.source().location() + " " + f.value().toPlainString());
                }
            }
        }
        Outcome outcome = cells.isEmpty() ? Outcome.PASS : Outcome.FAIL;
        String substituted = cells.isEmpty() ? "" : String.join(", ", texts) + " ≠ 0";
        out.add(new Evaluation(rule, outcome, 0, instance(z.sentence(), z.subject().label()), substituted,
                null, null, null, null, cells, "", "", quote(z.sentence())));
    }

    private static void grade(Rule rule, Disclosure d, StatedGrade g, List<Evaluation> out) {
        if (d.evaluations().isEmpty()) {
            return;
        }
        String grade = Labels.fold(g.grade());
        List<Participant> cells = new ArrayList<>();
        int n = 0;
        for (PerformanceEvaluation p : d.evaluations()) {
            if (p.grade() != null && rule.words().sameGrade(Labels.fold(p.grade().text()), grade)) {
                n++;
                cells.add(new Participant(p.grade().source(), p.table().id(), "grade", "等级", "grade", "等级",
                        p.grade().text()));
            }
        }
        BigDecimal count = BigDecimal.valueOf(n);
        Num table = new Num(count, Interval.exact(count), 0, n + "（等级为“" + g.grade() + "”的绩效自评表）");
        Num stated = new Num(g.count().value(), Interval.exact(g.count().value()), 0, g.count().value().toPlainString());
        out.add(compare(rule, "自评等级为“" + g.grade() + "”的项目个数", table, stated, false, cells,
                quote(g.sentence(), g.count().source())));
    }

    // ---- outcome ---------------------------------------------------------------------------------------

    /**
     * PASS when equal as printed (a ratio rounded half-up to the printed decimals), ROUNDING when the intervals
     * overlap, else FAIL.
     */
    private static Evaluation compare(Rule rule, String label, Num computed, Num printed, boolean ratio,
                                      List<Participant> cells, NarrativeQuote quote) {
        BigDecimal shown = ratio ? Verdict.asPrinted(computed.point(), printed.decimals()) : computed.point();
        Outcome outcome = Verdict.of(Condition.Comparison.EQUAL, shown, printed.point(), computed.interval(),
                printed.interval());
        String left = computed.text();
        String value = ratio ? plain(computed.point().setScale(printed.decimals() + 2, RoundingMode.HALF_UP))
                : computed.point().toPlainString();
        if (compound(left) && !left.endsWith(" = " + value)) {
            left = left + " = " + value;
        }
        String right = compound(printed.text()) ? printed.text() + " = " + printed.point().toPlainString()
                : printed.text();
        String substituted = left + (outcome == Outcome.PASS ? " = " : " ≠ ") + right;
        BigDecimal difference = computed.point().subtract(printed.point());
        if (ratio) {
            difference = difference.setScale(printed.decimals() + 2, RoundingMode.HALF_UP);
        }
        return new Evaluation(rule, outcome, 0, instance(quote.sentence(), label), substituted, computed.interval(),
                printed.interval(), Numbers.shown(difference),
                computed.interval().radius().add(printed.interval().radius()), cells, "", "", quote);
    }

    /** Whether a shown value is a computation (then its result is shown after it). */
    private static boolean compound(String text) {
        return text.contains(" + ") || text.contains(" - ") || text.contains(" / ");
    }

    private static String instance(NarrativeSource sentence, String label) {
        String where = sentence.inCell() ? sentence.sheet() + "!" + sentence.cell() : "第" + sentence.paragraph() + "段";
        return where + " " + label;
    }

    private static NarrativeQuote quote(NarrativeSource sentence, NarrativeSource... marks) {
        return new NarrativeQuote(sentence, List.of(marks));
    }
}
