package io.github.juesuan.rules;

import io.github.juesuan.model.AmountUnit;
import io.github.juesuan.model.Column;
import io.github.juesuan.model.Figure;
import io.github.juesuan.model.Row;
import io.github.juesuan.model.Source;
import io.github.juesuan.model.Table;
import io.github.juesuan.model.TableId;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Evaluates the expressions of one rule instance over intervals: each printed figure stands for the interval its
 * printing allows ({@link Tolerance}), and arithmetic follows interval rules. Gives a {@link Value} with the
 * record of its computation, or the {@link Result.Failure} that stopped it; remembers the cells it read, in
 * order, for the participants and the blank-parts check of what is reported.
 */
final class IntervalEvaluator {
    private final CellResolver cells;
    /** The rule being evaluated. */
    private Rule rule;
    /** Whether the rule's tables print amounts in more than one unit: figures in 元 or 千元 are then compared in 万元. */
    private boolean mixedUnits;
    /** The tables whose 元 or 千元 figures this instance converted to 万元, with their units, for saying so. */
    private final Map<TableId, AmountUnit> converted = new TreeMap<>();
    /** The cells read since {@link #forget()}, in the order read. */
    private final List<Touch> touched = new ArrayList<>();

    /**
     * A cell read.
     *
     * @param table  its table
     * @param row    its row
     * @param figure the figure
     * @param used   whether its value took part (false: only whether it is filled)
     */
    private record Touch(Table table, Row row, Figure figure, boolean used) {
    }

    IntervalEvaluator(CellResolver cells) {
        this.cells = cells;
    }

    /** Starts another rule (its instances then each {@link #start()}). */
    void reset(Rule rule, boolean mixedUnits) {
        this.rule = rule;
        this.mixedUnits = mixedUnits;
    }

    /** Starts an instance: nothing read, nothing converted. */
    void start() {
        touched.clear();
        converted.clear();
    }

    /** Forgets the cells read so far (a precondition's), keeping what was converted. */
    void forget() {
        touched.clear();
    }

    /** Every cell read since {@link #forget()}, each once, in the order first read. */
    List<Participant> participants() {
        Map<Source, Participant> out = new LinkedHashMap<>();
        for (Touch t : touched) {
            out.computeIfAbsent(t.figure().source(), s -> participant(t.table(), t.row(), t.figure()));
        }
        return new ArrayList<>(out.values());
    }

    /** The figures whose values took part since {@link #forget()}, in the order read (repeats included). */
    List<Figure> used() {
        List<Figure> out = new ArrayList<>();
        for (Touch t : touched) {
            if (t.used()) {
                out.add(t.figure());
            }
        }
        return out;
    }

    /** The tables whose 元 or 千元 figures were converted to 万元 in this instance, with their units. */
    Map<TableId, AmountUnit> converted() {
        return converted;
    }

    private static Participant participant(Table t, Row row, Figure f) {
        String columnKey = "";
        for (Map.Entry<String, Figure> e : row.figures().entrySet()) {
            if (e.getValue() == f) {
                columnKey = e.getKey();
                break;
            }
        }
        String columnLabel = t.column(columnKey).map(Column::label).orElse(columnKey);
        return new Participant(f.source(), t.id(), row.key(), row.label().strip(), columnKey, columnLabel, f.text(),
                f.assumed());
    }

    /** Both sides of a condition. */
    Result sides(Condition c) {
        return both(c.left(), c.right());
    }

    /**
     * Evaluates two operands. Where one does not apply the whole does not, whatever the other did: the outcome
     * must not depend on the order of the terms. Otherwise the first failure wins, the right operand read all the same.
     */
    private Result both(Expr left, Expr right) {
        Result l = eval(left);
        if (l instanceof Result.NotApplicable) {
            return l;
        }
        Result r = eval(right);
        if (r instanceof Result.NotApplicable || l instanceof Result.Failure) {
            return r instanceof Result.NotApplicable ? r : l;
        }
        if (r instanceof Result.Failure) {
            return r;
        }
        return new Result.Sides((Value) l, (Value) r);
    }

    Result eval(Expr e) {
        if (e instanceof Expr.Constant n) {
            return new Value(n.value(), Interval.exact(n.value()), Value.EXACT, new Term.Constant(n.value()));
        }
        if (e instanceof Expr.Ref r) {
            return figure(r);
        }
        if (e instanceof Expr.Binary b) {
            return binary(b);
        }
        if (e instanceof Expr.Call c) {
            return call(c);
        }
        if (e instanceof Expr.Negate n) {
            Result o = eval(n.operand());
            if (!(o instanceof Value v)) {
                return o;
            }
            return new Value(v.point().negate(), v.interval().negate(), v.decimals(), new Term.Negation(v));
        }
        return RulesMessages.notEvaluable("syntax.setNeedsSum");
    }

    private Result binary(Expr.Binary b) {
        Result both = both(b.left(), b.right());
        if (!(both instanceof Result.Sides s)) {
            return both;
        }
        Value l = s.left();
        Value r = s.right();
        int decimals = Math.max(l.decimals(), r.decimals());
        Term term = new Term.Operation(b, l, r);
        switch (b.op()) {
            case '+':
                return new Value(l.point().add(r.point()), l.interval().add(r.interval()), decimals, term);
            case '-':
                return new Value(l.point().subtract(r.point()), l.interval().subtract(r.interval()), decimals, term);
            case '*':
                return new Value(l.point().multiply(r.point()), l.interval().multiply(r.interval()), Value.UNBOUNDED, term);
            default:
                if (isExactZero(l) && isExactZero(r)) {
                    return Result.NotApplicable.INSTANCE; // 0 / 0 from blank cells: a row with nothing printed
                }
                if (r.interval().containsZero()) {
                    String divisor = Substitution.text(r);
                    return RulesMessages.notEvaluable("reason.divisorMayBeZero", divisor);
                }
                return new Value(l.point().divide(r.point(), Interval.DIVISION), l.interval().divide(r.interval()),
                        Value.UNBOUNDED, term);
        }
    }

    private static boolean isExactZero(Value v) {
        return v.interval().lo().signum() == 0 && v.interval().hi().signum() == 0;
    }

    private Result call(Expr.Call c) {
        if (c.function().equals("filled")) {
            return filled((Expr.Ref) c.args().get(0));
        }
        List<Value> members = new ArrayList<>();
        for (Expr a : c.args()) {
            Result failure = a instanceof Expr.CellSet s ? addSet(s, members)
                    // a listed row that is not printed adds nothing, as a set's missing rows do
                    : a instanceof Expr.Ref r && !c.function().equals("abs") ? addIfPrinted(r, members)
                    : add(eval(a), members);
            if (failure != null) {
                return failure;
            }
        }
        if (members.isEmpty()) {
            return Result.NotApplicable.INSTANCE; // nothing printed to add up: nothing to check
        }
        switch (c.function()) {
            case "sum": {
                BigDecimal p = BigDecimal.ZERO;
                Interval iv = Interval.exact(BigDecimal.ZERO);
                int dec = Value.EXACT;
                for (Value v : members) {
                    p = p.add(v.point());
                    iv = iv.add(v.interval());
                    dec = Math.max(dec, v.decimals());
                }
                return new Value(p, iv, dec, new Term.Sum(members));
            }
            case "min":
            case "max": {
                boolean min = c.function().equals("min");
                Value best = members.get(0);
                Interval iv = best.interval();
                int dec = best.decimals();
                for (Value v : members) {
                    dec = Math.max(dec, v.decimals());
                    if (min ? v.point().compareTo(best.point()) < 0 : v.point().compareTo(best.point()) > 0) {
                        best = v;
                    }
                }
                for (Value v : members.subList(1, members.size())) {
                    iv = min ? iv.min(v.interval()) : iv.max(v.interval());
                }
                return new Value(best.point(), iv, dec, new Term.Extreme(c.function(), members));
            }
            default: {
                Value v = members.get(0);
                return new Value(v.point().abs(), v.interval().abs(), v.decimals(), new Term.Absolute(v));
            }
        }
    }

    /** Adds a value to the members; the failure instead, or null. */
    private static Result add(Result r, List<Value> members) {
        if (r instanceof Value v) {
            members.add(v);
            return null;
        }
        return r;
    }

    private Result addSet(Expr.CellSet s, List<Value> members) {
        Optional<Table> t = cells.table(s.table());
        if (t.isEmpty()) {
            return new Result.Absent(s.table());
        }
        if (!CellResolver.applies(s.rows(), cells.current())) {
            return Result.NotApplicable.INSTANCE;
        }
        for (Row row : cells.members(t.get(), s.rows(), cells.current())) {
            Located at = cells.cell(t.get(), row, s.column());
            if (at instanceof Result.Failure f) {
                return f;
            }
            Figure f = ((Located.Found) at).figure();
            Result failure = f == null ? null : add(use(t.get(), row, f), members);
            if (failure != null) {
                return failure;
            }
        }
        return null;
    }

    private Result addIfPrinted(Expr.Ref r, List<Value> members) {
        Located at = cells.locate(r);
        if (at instanceof Result.Failure f) {
            return f;
        }
        Located.Found found = (Located.Found) at;
        return found.figure() == null ? null : add(use(found.table(), found.row(), found.figure()), members);
    }

    private Result filled(Expr.Ref r) {
        Located at = cells.locate(r);
        if (at instanceof Result.Failure failure) {
            return failure;
        }
        Located.Found found = (Located.Found) at;
        Figure f = found.figure();
        boolean filled = f != null && !f.isEmpty() && !f.text().isBlank();
        if (f != null) {
            touched.add(new Touch(found.table(), found.row(), f, false));
        }
        BigDecimal v = filled ? BigDecimal.ONE : BigDecimal.ZERO;
        return new Value(v, Interval.exact(v), Value.EXACT, new Term.Filled(f, filled));
    }

    private Result figure(Expr.Ref r) {
        Located at = cells.locate(r);
        if (at instanceof Result.Failure f) {
            return f;
        }
        Located.Found found = (Located.Found) at;
        String code = r.table().code();
        if (found.row() == null) {
            // "the same row" names the current one: its code and label, not the rule's word for it
            Row same = r.row() instanceof RowSelector.Same ? cells.current() : null;
            String row = same != null ? CellResolver.rowName(same) : ExprWriter.expr(r).replace("[" + code + "] ", "");
            return new Result.NotEvaluable(RulesMessages.ZH.get("reason.noRow", code, row),
                    RulesMessages.EN.get("reason.noRow", code, same != null ? row : ExprWriter.expr(r)));
        }
        if (found.figure() == null) {
            if (cells.iterating()) {
                return Result.NotApplicable.INSTANCE;
            }
            return new Result.NotEvaluable(
                    RulesMessages.ZH.get("reason.noColumn", code, found.row().label().strip(), ExprWriter.expr(r)),
                    RulesMessages.EN.get("reason.noColumn", code, found.row().key(), ExprWriter.expr(r)));
        }
        return use(found.table(), found.row(), found.figure());
    }

    private Result use(Table t, Row row, Figure f) {
        touched.add(new Touch(t, row, f, true));
        if (!f.usable()) {
            return RulesMessages.notEvaluable("reason.notANumber", f.source().location(), f.text());
        }
        boolean number = f.kind() == Figure.Kind.NUMBER;
        if (number && mixedUnits && t.unit().placesBelowWanYuan() > 0) {
            converted.put(t.id(), t.unit());
            return inWanYuan(f, t.unit());
        }
        return new Value(f.amount(), rule.tolerance().interval(f), number ? f.decimals() : Value.EXACT,
                new Term.Cell(f, null, null));
    }

    /**
     * A figure printed in 元 (or 千元), in a rule whose other figures are in 万元: 1 万元 = 10,000 元 = 10 千元. Its
     * interval [v − ½·10^−d, v + ½·10^−d] 元 becomes that divided by 10,000 (千元: by 10), and is then widened by half a unit of the
     * 万元 tables' last decimal (0.005 万元): the 万元 figures it is compared with were rounded from amounts
     * like this one, so the figure is taken as a 万元 table would have printed it (compared as printed at
     * their decimals, too). Without the widening the same identity would allow less in a workbook that
     * mixes units than in one printed all in 万元, and rounding alone could make an ERROR. A rule with
     * tolerance {@code exact} is not widened.
     */
    private Value inWanYuan(Figure f, AmountUnit unit) {
        int places = unit.placesBelowWanYuan();
        BigDecimal point = f.amount().movePointLeft(places);
        Interval yuan = rule.tolerance().interval(f);
        int decimals = AmountUnit.WAN_YUAN.decimals();
        boolean exact = rule.tolerance().mode() == Tolerance.Mode.EXACT;
        BigDecimal widen = exact ? BigDecimal.ZERO : Interval.halfUnit(decimals);
        Interval interval = new Interval(yuan.lo().movePointLeft(places).subtract(widen),
                yuan.hi().movePointLeft(places).add(widen));
        return new Value(point, interval, exact ? f.decimals() + places : decimals, new Term.Cell(f, point, unit));
    }
}
