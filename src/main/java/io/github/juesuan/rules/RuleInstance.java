package io.github.juesuan.rules;

import io.github.juesuan.model.AmountUnit;
import io.github.juesuan.model.Column;
import io.github.juesuan.model.Disclosure;
import io.github.juesuan.model.Figure;
import io.github.juesuan.model.PerformanceEvaluation;
import io.github.juesuan.model.Row;
import io.github.juesuan.model.Table;
import io.github.juesuan.model.TableId;
import io.github.juesuan.text.Labels;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks the rules of the tables for one 绩效自评表 project (or none), one rule after another: each row of a rule's
 * scope times each column of its {@code .*}. Resolves cells ({@link CellResolver}), evaluates both sides over
 * intervals ({@link IntervalEvaluator}), gives the {@link Verdict}, and writes the evaluation of what is reported
 * from the record of its computation. What resolves cells is made once per check, not once per rule; what a rule
 * needs that does not depend on the disclosure comes from its {@link RuleEngine.Plan}, made once per pack.
 */
final class RuleInstance {
    private final int projectNumber;
    private final CellResolver cells;
    private final IntervalEvaluator evaluator;
    private final PassPath pass;
    /* The rule being checked, and what its plan says (set by run). */
    private Rule rule;
    private List<TableId> tables;
    /** Which side of the rule's check is a total over parts: {@link RuleEngine#LEFT}, {@link RuleEngine#RIGHT} or 0. */
    private int totalSide;
    private Evaluation briefPass;
    /* The rows and columns of the rule being checked, reused from rule to rule. */
    private final List<Row> rows = new ArrayList<>();
    private final List<String> columns = new ArrayList<>();

    /**
     * The instances of every rule of one disclosure and one 绩效自评表 project (or none), checked one rule after
     * another: what resolves cells is made once, not once per rule. Not thread-safe: one check, one thread.
     */
    RuleInstance(Disclosure d, PerformanceEvaluation project, int projectNumber) {
        this.projectNumber = projectNumber;
        this.cells = new CellResolver(d, project);
        this.evaluator = new IntervalEvaluator(cells);
        this.pass = new PassPath(cells);
    }

    /**
     * Adds the evaluation of every instance of a rule that applies.
     *
     * @param brief whether a PASS carries only its rule, outcome and project
     */
    void run(RuleEngine.Plan plan, List<Evaluation> out, boolean brief) {
        this.rule = plan.rule;
        this.tables = plan.tables;
        this.totalSide = plan.totalSide;
        this.briefPass = null;
        cells.reset();
        boolean mixedUnits = cells.mixedUnits(tables);
        evaluator.reset(rule, mixedUnits);
        pass.reset(rule, mixedUnits);
        rows.clear();
        columns.clear();
        if (rule.scope() != null) {
            Table t = cells.tableOrNull(rule.scope().table());
            if (t == null || !CellResolver.applies(rule.scope().rows(), null)) {
                return; // the scope's table is absent, or children of no row: the rule does not apply
            }
            cells.scope(t);
            for (Row r : cells.members(t, rule.scope().rows(), null)) {
                // each 类 in turn: a 款 or 项 at the top of a table that prints no 类 has no row of its own elsewhere
                if (!(rule.scope().rows() instanceof RowSet.Classes) || r.code().length() == 3) {
                    rows.add(r);
                }
            }
        } else {
            rows.add(null);
        }
        if (!plan.anyColumns.isEmpty()) {
            TableId id = plan.columnTable;
            Table t = cells.tableOrNull(id);
            if (!plan.onlyColumns.isEmpty()) {
                columns.addAll(plan.onlyColumns);
            } else if (t == null && !allAbsent()) {
                out.add(notEvaluable("", absentReason(id), List.of()));
                return;
            } else if (t != null) {
                for (Column col : t.columns()) {
                    columns.add(col.key());
                }
            }
            cells.columns(t);
        } else {
            columns.add(null);
        }
        for (int i = 0, nr = rows.size(); i < nr; i++) {
            Row row = rows.get(i);
            for (int j = 0, nc = columns.size(); j < nc; j++) {
                Evaluation e = attempt(row, columns.get(j), brief);
                if (e != null) {
                    out.add(e);
                }
            }
        }
    }

    /** One instance: its evaluation, or null where it does not apply. */
    private Evaluation attempt(Row row, String column, boolean brief) {
        cells.at(row, column);
        if (brief && rule.grading() == null) {
            // most checks hold: decided on longs, and counted, with nothing to write
            PassPath.Decision when = rule.when() == null ? PassPath.Decision.HOLDS : pass.decide(rule.when());
            if (when == PassPath.Decision.FAILS) {
                return null; // the precondition does not hold as printed: nothing to check here
            }
            if (when == PassPath.Decision.HOLDS && pass.decide(rule.condition()) == PassPath.Decision.HOLDS) {
                return briefPass();
            }
        }
        evaluator.start();
        if (rule.when() != null) {
            Result w = evaluator.sides(rule.when());
            evaluator.forget(); // the precondition's cells are not the check's
            if (w instanceof Result.Failure f) {
                return failed(f);
            }
            if (verdict(rule.when(), (Result.Sides) w) != Outcome.PASS) {
                return null; // the precondition does not hold as printed: nothing to check here
            }
        }
        return rule.grading() != null ? grade(brief) : compare(rule.condition(), brief);
    }

    /** The evaluation of a failure: none where the instance does not apply or every table is absent. */
    private Evaluation failed(Result.Failure f) {
        if (f instanceof Result.Absent a) {
            return allAbsent() ? null : notEvaluable(cells.describe(), absentReason(a.table()), evaluator.participants());
        }
        if (f instanceof Result.NotEvaluable n) {
            return notEvaluable(cells.describe(), n, evaluator.participants());
        }
        return null; // not applicable to this row or column
    }

    private boolean allAbsent() {
        for (int i = 0, n = tables.size(); i < n; i++) {
            if (cells.tableOrNull(tables.get(i)) != null) {
                return false;
            }
        }
        return true;
    }

    private static Result.NotEvaluable absentReason(TableId id) {
        return RulesMessages.notEvaluable("reason.absent", id.title(), id.code());
    }

    private Evaluation notEvaluable(String instance, Result.NotEvaluable n, List<Participant> participants) {
        return new Evaluation(rule, Outcome.NOT_EVALUABLE, projectNumber, instance, "", null, null, null, null,
                participants, n.zh(), n.en());
    }

    /** A PASS that is counted, not reported: no text, instance, intervals or cells; the same for every instance. */
    private Evaluation briefPass() {
        if (briefPass == null) {
            briefPass = new Evaluation(rule, Outcome.PASS, projectNumber, "", "", null, null, null, null, List.of(), "", "");
        }
        return briefPass;
    }

    /** The verdict on a comparison, both sides at the decimals they were printed with. */
    private static Outcome verdict(Condition c, Result.Sides s) {
        Value l = s.left();
        Value r = s.right();
        int decimals = Verdict.decimals(l.decimals(), r.decimals());
        return Verdict.of(c.comparison(), Verdict.asPrinted(l.point(), decimals), Verdict.asPrinted(r.point(), decimals),
                l.interval(), r.interval());
    }

    /** The printed 等级 against the band of the score. */
    private Evaluation grade(boolean brief) {
        Grading g = rule.grading();
        Result r = evaluator.eval(g.score());
        if (r instanceof Result.Failure f) {
            return failed(f);
        }
        Value score = (Value) r;
        Figure printed = cells.project().grade();
        List<Participant> participants = evaluator.participants();
        if (participants.stream().noneMatch(p -> p.source().equals(printed.source()))) {
            participants.add(new Participant(printed.source(), TableId.PERF, "summary", "等级", "grade", "等级",
                    printed.text()));
        }
        if (printed.text().isBlank()) {
            return notEvaluable(cells.describe(), RulesMessages.notEvaluable("reason.noGrade"), participants);
        }
        String grade = Labels.fold(printed.text());
        if (g.bands().stream().noneMatch(b -> printedFor(b, grade))) {
            // another grading scheme (合格/不合格 where the rule grades 优/良/中/差): the numbers do not disagree
            List<String> bands = g.bands().stream().map(Grading.Band::name).toList();
            String shown = printed.text().strip();
            return notEvaluable(cells.describe(), new Result.NotEvaluable(
                    RulesMessages.ZH.get("reason.unknownGrade", shown, String.join("、", bands)),
                    RulesMessages.EN.get("reason.unknownGrade", shown, String.join(", ", bands))), participants);
        }
        String expected = g.labelFor(score.point());
        Outcome outcome = Verdict.of(printedFor(g.bandFor(score.point()), grade),
                printedFor(g.bandFor(score.interval().lo()), grade) || printedFor(g.bandFor(score.interval().hi()), grade));
        if (brief && outcome == Outcome.PASS) {
            return briefPass();
        }
        String text = Substitution.text(score) + " → " + expected + (outcome == Outcome.PASS ? " = " : " ≠ ") + printed.text();
        return new Evaluation(rule, outcome, projectNumber, cells.describe(), text, score.interval(), null, null, null,
                participants, "", "");
    }

    /** Whether a folded printed 等级 is one of the band's words (良 or 良好). */
    private static boolean printedFor(Grading.Band band, String folded) {
        return band.words().stream().anyMatch(w -> Labels.fold(w).equals(folded));
    }

        /** Compares the two sides of the rule's check. */
    private Evaluation compare(Condition c, boolean brief) {
        Result result = evaluator.sides(c);
        if (result instanceof Result.Failure f) {
            return failed(f);
        }
        Result.Sides s = (Result.Sides) result;
        Outcome outcome = verdict(c, s);
        if (outcome == Outcome.PASS && brief) {
            return briefPass();
        }
        String instance = cells.describe();
        if (outcome != Outcome.PASS && totalSide != 0) {
            Evaluation blank = blank(instance, evaluator.used());
            if (blank != null) {
                return blank;
            }
        }
        Value l = s.left();
        Value r = s.right();
        String symbol = outcome == Outcome.PASS ? c.comparison().symbol() : c.comparison().negated();
        String text = Substitution.side(l) + " " + symbol + " " + Substitution.side(r);
        boolean leftPrinted = !l.compound() && r.compound();
        BigDecimal difference = l.point().subtract(r.point());
        BigDecimal allowed = l.interval().radius().add(r.interval().radius()).stripTrailingZeros();
        List<Participant> participants = evaluator.participants();
        String[] note = note(outcome == Outcome.FAIL ? participants : List.of());
        return new Evaluation(rule, outcome, projectNumber, instance, text,
                leftPrinted ? r.interval() : l.interval(), leftPrinted ? l.interval() : r.interval(),
                Numbers.shown(difference), allowed, participants, note[0], note[1]);
    }

    /**
     * What the instance converted and, for a FAIL, which of its cells the table does not print (so that only the
     * printed figures' disagreement is an ERROR), in Chinese and English ("" when nothing).
     *
     * @param failed the cells of a FAIL, or none
     */
    private String[] note(List<Participant> failed) {
        List<String> zh = new ArrayList<>(2);
        List<String> en = new ArrayList<>(2);
        Map<AmountUnit, List<String>> converted = new EnumMap<>(AmountUnit.class);
        evaluator.converted().forEach((id, unit) -> converted.computeIfAbsent(unit, u -> new ArrayList<>()).add(id.code()));
        boolean widened = rule.tolerance().mode() != Tolerance.Mode.EXACT;
        String key = widened ? "reason.converted.widened" : "reason.converted";
        converted.forEach((unit, codes) -> {
            BigDecimal divisor = BigDecimal.ONE.movePointRight(unit.placesBelowWanYuan());
            zh.add(RulesMessages.ZH.get(key, String.join("、", codes), unit.label(), divisor.toPlainString()));
            en.add(RulesMessages.EN.get(key, String.join("、", codes), unit.label(),
                    String.format(Locale.ROOT, "%,d", divisor.longValue())));
        });
        Set<String> assumed = new LinkedHashSet<>();
        for (Participant p : failed) {
            if (p.assumed()) {
                assumed.add(p.source().location() + " " + p.rowLabel() + "/" + p.columnLabel());
            }
        }
        if (!assumed.isEmpty()) {
            zh.add(RulesMessages.ZH.get("reason.assumed", String.join("、", assumed)));
            en.add(RulesMessages.EN.get("reason.assumed", String.join(", ", assumed)));
        }
        return new String[]{String.join("；", zh), String.join("; ", en)};
    }

    /**
     * PARTS_BLANK where the total is filled and every part blank, TOTAL_BLANK where the total is blank and a
     * part filled; null where the parts are only partly blank (they count as 0) or nothing is filled.
     *
     * @param used the figures of the check, in the order read (the left side first)
     */
    private Evaluation blank(String instance, List<Figure> used) {
        if (used.size() < 2) {
            return null;
        }
        boolean left = totalSide == RuleEngine.LEFT;
        Figure total = left ? used.get(0) : used.get(used.size() - 1);
        List<Figure> parts = left ? used.subList(1, used.size()) : used.subList(0, used.size() - 1);
        boolean partsBlank = parts.stream().allMatch(Figure::isEmpty);
        Outcome outcome;
        List<Figure> blanks;
        String key;
        if (!total.isEmpty() && partsBlank) {
            outcome = Outcome.PARTS_BLANK;
            blanks = parts;
            key = "reason.partsBlank";
        } else if (total.isEmpty() && !partsBlank) {
            outcome = Outcome.TOTAL_BLANK;
            blanks = List.of(total);
            key = "reason.totalBlank";
        } else {
            return null;
        }
        Set<String> where = new LinkedHashSet<>();
        blanks.forEach(f -> where.add(f.source().location()));
        return new Evaluation(rule, outcome, projectNumber, instance, "", null, null, null, null,
                evaluator.participants(), RulesMessages.ZH.get(key, String.join("、", where), total.text()),
                RulesMessages.EN.get(key, String.join(", ", where), total.text()));
    }
}
