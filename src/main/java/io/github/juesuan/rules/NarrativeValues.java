package io.github.juesuan.rules;

import io.github.juesuan.model.AmountUnit;
import io.github.juesuan.model.Column;
import io.github.juesuan.model.Disclosure;
import io.github.juesuan.model.Figure;
import io.github.juesuan.model.FundsRow;
import io.github.juesuan.model.NarrativeNumber;
import io.github.juesuan.model.NarrativeUnit;
import io.github.juesuan.model.PerformanceEvaluation;
import io.github.juesuan.model.Row;
import io.github.juesuan.model.Table;
import io.github.juesuan.model.TableId;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The values the checks of the words compare ({@link NarrativeEngine}): a number of the words, and the table figure
 * a statement names, each with the interval it stands for, in 万元 where it is money.
 */
final class NarrativeValues {
    private NarrativeValues() {
    }

    /** A value taking part: its point, interval, printed decimals and how it is shown. */
    record Num(BigDecimal point, Interval interval, int decimals, String text) {
    }

    /** A number of the words, in 万元 when it is money; a count is exact. */
    static Num stated(NarrativeNumber n) {
        if (n.unit().isCount()) {
            return new Num(n.value(), Interval.exact(n.value()), n.decimals(), n.value().toPlainString());
        }
        Interval printed = Interval.printed(n.value(), n.decimals());
        int shift = n.unit() == NarrativeUnit.YUAN ? -4 : n.unit() == NarrativeUnit.YI_YUAN ? 4 : 0;
        if (shift == 0) {
            return new Num(n.value(), printed, n.decimals(), n.value().toPlainString());
        }
        BigDecimal point = n.value().movePointRight(shift);
        return new Num(point, new Interval(printed.lo().movePointRight(shift), printed.hi().movePointRight(shift)),
                Math.max(0, n.decimals() - shift), plain(point) + "（" + n.text() + "）");
    }

    /**
     * The table figure a reference names ({@code TABLE:ROW}, {@code TABLE:ROW/COLUMN}, {@code PERF:count},
     * {@code PERF:total/planned}), in 万元; empty when the disclosure does not print it as a number.
     */
    static Optional<Num> figure(Rule rule, Disclosure d, String ref, boolean count, List<Participant> cells) {
        if (ref.equals("PERF:count")) {
            if (d.evaluations().isEmpty()) {
                return Optional.empty();
            }
            BigDecimal n = BigDecimal.valueOf(d.evaluations().size());
            return Optional.of(new Num(n, Interval.exact(n), 0, n + "（绩效自评表张数）"));
        }
        if (ref.equals("PERF:total/planned")) {
            return planned(rule, d, cells);
        }
        int colon = ref.indexOf(':');
        if (colon < 0 || ref.endsWith("*")) {
            return Optional.empty();
        }
        Optional<Table> table = TableId.ofCode(ref.substring(0, colon)).flatMap(d::table);
        if (table.isEmpty()) {
            return Optional.empty();
        }
        Table t = table.get();
        String rest = ref.substring(colon + 1);
        int slash = rest.indexOf('/');
        Optional<Row> row = t.row(slash < 0 ? rest : rest.substring(0, slash));
        if (row.isEmpty()) {
            return Optional.empty();
        }
        String column = slash >= 0 ? rest.substring(slash + 1) : row.get().figure("amount").isPresent() ? "amount"
                : row.get().figure("total").isPresent() ? "total"
                : row.get().figures().size() == 1 ? row.get().figures().keySet().iterator().next() : null;
        Optional<Figure> f = column == null ? Optional.empty() : row.get().figure(column);
        if (f.isEmpty() || !f.get().usable()) {
            return Optional.empty();
        }
        cells.add(participant(t, row.get(), column, f.get()));
        return Optional.of(tableNum(rule, t, f.get(), count, "表" + t.id().code() + "「" + row.get().label().strip() + "」"));
    }

    /** Σ 年初预算数 of the 绩效自评表' 资金总额 rows. */
    static Optional<Num> planned(Rule rule, Disclosure d, List<Participant> cells) {
        if (d.evaluations().isEmpty()) {
            return Optional.empty();
        }
        BigDecimal point = BigDecimal.ZERO;
        Interval sum = Interval.exact(BigDecimal.ZERO);
        int decimals = 0;
        List<String> texts = new ArrayList<>();
        for (PerformanceEvaluation p : d.evaluations()) {
            FundsRow total = p.funds().total();
            Figure f = total.planned();
            if (f == null || !f.usable()) {
                return Optional.empty();
            }
            Num n = tableNum(rule, p.table(), f, false, "");
            point = point.add(n.point());
            sum = sum.add(n.interval());
            decimals = Math.max(decimals, n.decimals());
            texts.add(n.text());
            cells.add(new Participant(f.source(), p.table().id(), total.key(), total.label().strip(), "planned",
                    "年初预算数", f.text(), f.assumed()));
        }
        return Optional.of(new Num(point, sum, decimals, String.join(" + ", texts)));
    }

    static Num tableNum(Rule rule, Table t, Figure f, boolean count, String label) {
        if (count || f.kind() != Figure.Kind.NUMBER) {
            return new Num(f.amount(), Interval.exact(f.amount()), f.decimals(), label + f.amount().toPlainString());
        }
        Interval iv = rule.tolerance().interval(f);
        int places = t.unit().placesBelowWanYuan();
        if (places > 0) {
            BigDecimal point = f.amount().movePointLeft(places);
            return new Num(point, new Interval(iv.lo().movePointLeft(places), iv.hi().movePointLeft(places)),
                    f.decimals() + places, label + plain(point) + "（" + f.value().toPlainString() + " " + t.unit().label() + "）");
        }
        return new Num(f.amount(), iv, f.decimals(), label + f.value().toPlainString());
    }

    static Participant participant(Table t, Row row, String columnKey, Figure f) {
        return new Participant(f.source(), t.id(), row.key(), row.label().strip(), columnKey,
                t.column(columnKey).map(Column::label).orElse(columnKey), f.text(), f.assumed());
    }

    static String plain(BigDecimal v) {
        return Numbers.shown(v).toPlainString();
    }
}
