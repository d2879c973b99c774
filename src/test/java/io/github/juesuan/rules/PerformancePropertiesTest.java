package io.github.juesuan.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static io.github.juesuan.fixtures.Theories.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.juesuan.fixtures.FixtureDocument;
import io.github.juesuan.fixtures.FixturePerformance;
import io.github.juesuan.fixtures.FixtureWriter;
import io.github.juesuan.fixtures.Format;
import io.github.juesuan.fixtures.Layout;
import io.github.juesuan.fixtures.CellEdit;
import io.github.juesuan.fixtures.WrittenFigure;
import io.github.juesuan.fixtures.WrittenWorkbook;
import io.github.juesuan.model.AmountUnit;
import io.github.juesuan.model.Column;
import io.github.juesuan.model.Disclosure;
import io.github.juesuan.model.Figure;
import io.github.juesuan.model.Funds;
import io.github.juesuan.model.FundsRow;
import io.github.juesuan.model.Indicator;
import io.github.juesuan.model.PerformanceEvaluation;
import io.github.juesuan.model.Row;
import io.github.juesuan.model.Source;
import io.github.juesuan.model.Table;
import io.github.juesuan.model.TableId;
import io.github.juesuan.read.JuesuanReader;
import io.github.juesuan.read.ReadException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

/**
 * Properties of the JX rules (perf.rules, with interval rounding tolerance) on generated 项目支出绩效自评表 that are consistent by
 * construction:
 *
 * <ul>
 *   <li>an execution weight of 10, 15 or 20, printed on the 资金总额 row (10 only now and then: otherwise the
 *       template's 10 is assumed, as for a form without a 分值 column); 3–20 indicators with integer 分值 summing
 *       to 100 minus it and integer 得分 in [0, 分值], a 偏差原因 wherever 得分 &lt; 分值;</li>
 *   <li>one to four source rows drawn in 元 (全年预算数 ≥ 10万元, 全年执行数 ≤ 全年预算数), the 资金总额 row their sum,
 *       every amount converted on its own to 万元 and printed with 2 or 3 decimals, 资金结余 = 预算 − 执行 likewise;</li>
 *   <li>执行率 = 执行 / 预算 × 100 rounded to 2 decimals, 执行率得分 = min(执行率, 100) × weight / 100 of the printed
 *       rate rounded to 2, 总分 = 得分 + Σ 指标得分 (now and then not printed at all), 等级 from 优 90 / 良 80 /
 *       中 60 / 差; now and then the end row prints Σ 分值 (100) too.</li>
 * </ul>
 *
 * <p>Each is checked twice: as model records wrapped in a {@link Disclosure} (fast: many examples), and written
 * as a SHANXI .xlsx with {@link FixtureWriter} and read back (fewer examples, through the reader). Properties:
 * (a) no JX rule FAILs (or cannot be evaluated, but for JX.008/JX.009 where no 总分 is printed); (b) one figure moved beyond its band — ≥ 0.5 万元, ≥ 0.5
 * percentage points, ≥ 0.5 of an execution score, ≥ 1 point of a 分值/得分/总分 — makes the identity it belongs
 * to FAIL, naming that figure's cell; and, beyond the brief, (c) over-executed projects only warn (JX.W01).
 *
 * <p>资金结余 is derived from the 元 amounts (as reporting software does) rather than from the two printed
 * figures: a balance subtracted from rounded figures and then summed over the sources can miss the 资金总额
 * row's balance by more than JX.004's band, a genuine inconsistency, not a rounding tail.
 */
class PerformancePropertiesTest {

    private static final RulePack JX = RulePack.standard().only(List.of("JX.*"));
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final List<String> SOURCE_KEYS = List.of("fiscal", "self", "carryover", "other");
    private static final Map<String, String> LABELS = Map.of("total", "资金总额", "fiscal", "本年财政拨款",
            "self", "单位自筹资金", "carryover", "上年结转资金", "other", "其他资金");
    private static final List<String> MONEY = List.of("declared", "planned", "budget", "executed", "balance");
    /** Funds columns in print order (C…I), as {@link FixturePerformance#FUND_COLUMNS}. */
    private static final List<String> FUND_COLUMNS = FixturePerformance.FUND_COLUMNS;
    private static final String REASON = "部分任务未按期完成，下一年度加强进度管理";

    @TempDir
    static Path dir;

    private static final AtomicInteger FILES = new AtomicInteger();

    // ---- what is generated -------------------------------------------------------------------------

    /**
     * One source row, in 元.
     *
     * @param decimals how many decimals each of declared, planned, budget, executed, balance is printed with
     */
    record FundSpec(String key, long declared, long budget, long executed, List<Integer> decimals) {
    }

    /**
     * One project: its source rows, the decimals of its 资金总额 row, its indicators' 分值 and 得分.
     *
     * @param executionWeight the weight of 预算执行率 (10, 15 or 20)
     * @param weightPrinted   whether the 资金总额 row prints it (always where it is not the template's 10)
     * @param sumPrinted      whether the end row prints Σ 分值
     * @param totalPrinted    whether a 总分 is printed
     */
    record ProjectSpec(List<FundSpec> sources, List<Integer> totalDecimals, List<Integer> weights, List<Integer> points,
                       int executionWeight, boolean weightPrinted, boolean sumPrinted, boolean totalPrinted) {
    }

    /** A printed number: its value as printed and the decimals it is printed with. */
    record Num(BigDecimal value, int decimals) {
        static Num wan(long yuan, int decimals) {
            return new Num(BigDecimal.valueOf(yuan).divide(TEN_THOUSAND, decimals, RoundingMode.HALF_UP), decimals);
        }
    }

    /** One figure of one project: row key and column key. */
    record Place(int project, String row, String column) {
        @Override
        public String toString() {
            return "PERF" + project + "/" + row + "/" + column;
        }
    }

    /** One figure moved: which (modulo the number of figures), how far and which way. */
    record Move(int pick, int magnitude, boolean down) {
    }

    /** A self-evaluation as printed. */
    static final class Form {
        /** Row key → column key → printed number, rows in print order: total, sources, ind.1…, summary. */
        final Map<String, Map<String, Num>> rows = new LinkedHashMap<>();
        /** Indicator key → 偏差原因 ("" where 得分 = 分值). */
        final Map<String, String> reasons = new LinkedHashMap<>();
        String grade;

        List<String> fundKeys() {
            return rows.keySet().stream().filter(k -> !k.startsWith("ind.") && !k.equals("summary")).toList();
        }

        List<String> indicatorKeys() {
            return rows.keySet().stream().filter(k -> k.startsWith("ind.")).toList();
        }
    }

    private static Gen<List<Integer>> decimals(int n) {
        return lists().of(integers().between(2, 3)).ofSize(n);
    }

    /** One source row; {@code over}: 全年执行数 up to 1.5 × 全年预算数 (执行率 above 100%). */
    private static Gen<FundSpec> fund(String key, boolean over) {
        return in -> {
            // at least 10万元: the band of 执行 / 预算 × 100 is about 100 · (r执行 + r预算 · 执行率) / 预算, so with a
            // budget of 1万元 printed to 0.01 a rate could be off by a whole percentage point and still round
            long budget = longs().between(100_000, 20_000_000).generate(in);
            int how = integers().between(0, 5).generate(in);
            // now and then all of it executed (执行率 100%) or none of it
            long executed = how == 0 ? budget : how == 1 ? 0
                    : longs().between(0, over ? budget * 3 / 2 : budget).generate(in);
            long declared = longs().between(50_000, 30_000_000).generate(in);
            return new FundSpec(key, declared, budget, executed, decimals(MONEY.size()).generate(in));
        };
    }

    /**
     * 3–20 integer 分值 ≥ 1 summing to 100 minus the execution weight (stars and bars), each 得分 in [0, 分值], full
     * marks half the time; {@code variants}: other execution weights, printed or not, Σ 分值 and 总分 printed or
     * not (without: the Shanxi form's 10 assumed, 总分 printed, no Σ 分值).
     */
    private static Gen<ProjectSpec> project(boolean over, boolean variants) {
        return in -> {
            int execution = variants ? 10 + 5 * integers().between(0, 2).generate(in) : 10;
            boolean weightPrinted = execution != 10 || variants && booleans().all().generate(in);
            boolean sumPrinted = variants && booleans().all().generate(in);
            boolean totalPrinted = !variants || integers().between(0, 4).generate(in) > 0;
            int rest = 100 - execution;
            int sources = integers().between(1, SOURCE_KEYS.size()).generate(in);
            List<FundSpec> funds = new ArrayList<>();
            for (String key : SOURCE_KEYS.subList(0, sources)) {
                funds.add(fund(key, over).generate(in));
            }
            int n = integers().between(3, 20).generate(in);
            List<Integer> cuts = new ArrayList<>(lists().of(integers().between(0, rest - n)).ofSize(n - 1).generate(in));
            Collections.sort(cuts);
            cuts.add(0, 0);
            cuts.add(rest - n);
            List<Integer> weights = new ArrayList<>();
            List<Integer> points = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int w = 1 + cuts.get(i + 1) - cuts.get(i);
                weights.add(w);
                points.add(booleans().all().generate(in) ? w : integers().between(0, w).generate(in));
            }
            return new ProjectSpec(funds, decimals(MONEY.size()).generate(in), weights, points, execution, weightPrinted,
                    sumPrinted, totalPrinted);
        };
    }

    private static Gen<List<ProjectSpec>> projects(int max) {
        return lists().of(project(false, true)).ofSizeBetween(1, max);
    }

    /** Projects the Shanxi form can print: execution weight 10 assumed, 总分 printed, no Σ 分值. */
    private static Gen<List<ProjectSpec>> shanxiProjects(int max) {
        return lists().of(project(false, false)).ofSizeBetween(1, max);
    }

    private static Gen<List<ProjectSpec>> overExecuted(int max) {
        return lists().of(project(true, true)).ofSizeBetween(1, max);
    }

    private static Gen<Move> moves() {
        return integers().between(0, 1_000_000).zip(integers().between(0, 99), booleans().all(), Move::new);
    }

    // ---- printing --------------------------------------------------------------------------------------

    /** The form as it would be printed: funds block, indicator grid, 总分 and 等级. */
    static Form print(ProjectSpec s) {
        Form f = new Form();
        long declared = 0;
        long budget = 0;
        long executed = 0;
        for (FundSpec src : s.sources()) {
            declared += src.declared();
            budget += src.budget();
            executed += src.executed();
        }
        Map<String, Num> total = fundRow(declared, budget, executed, s.totalDecimals());
        BigDecimal rate = total.get("rate").value();
        BigDecimal weight = BigDecimal.valueOf(s.executionWeight());
        BigDecimal score = rate.min(HUNDRED).multiply(weight).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        if (s.weightPrinted()) {
            total.put("weight", new Num(weight.setScale(2), 2));
        }
        total.put("score", new Num(score, 2));
        f.rows.put("total", total);
        for (FundSpec src : s.sources()) {
            f.rows.put(src.key(), fundRow(src.declared(), src.budget(), src.executed(), src.decimals()));
        }
        BigDecimal sum = score;
        for (int i = 0; i < s.weights().size(); i++) {
            String key = "ind." + (i + 1);
            int w = s.weights().get(i);
            int p = s.points().get(i);
            Map<String, Num> row = new LinkedHashMap<>();
            row.put("weight", new Num(BigDecimal.valueOf(w), 2));
            row.put("points", new Num(BigDecimal.valueOf(p), 2));
            f.rows.put(key, row);
            f.reasons.put(key, p < w ? REASON : "");
            sum = sum.add(BigDecimal.valueOf(p));
        }
        Map<String, Num> summary = new LinkedHashMap<>();
        if (s.sumPrinted()) {
            summary.put("weight", new Num(HUNDRED.setScale(2), 2));
        }
        if (s.totalPrinted()) {
            summary.put("total", new Num(sum.setScale(2), 2));
        }
        if (!summary.isEmpty()) {
            f.rows.put("summary", summary);
        }
        f.grade = s.totalPrinted() ? PerformancePackTest.grade(sum) : "";
        return f;
    }

    /** Amounts in 万元 each rounded on its own; 执行率 from the 元 amounts, rounded to 2 decimals. */
    private static Map<String, Num> fundRow(long declared, long budget, long executed, List<Integer> decimals) {
        Map<String, Num> row = new LinkedHashMap<>();
        row.put("declared", Num.wan(declared, decimals.get(0)));
        row.put("planned", Num.wan(declared, decimals.get(1)));
        row.put("budget", Num.wan(budget, decimals.get(2)));
        row.put("executed", Num.wan(executed, decimals.get(3)));
        row.put("balance", Num.wan(budget - executed, decimals.get(4)));
        row.put("rate", new Num(BigDecimal.valueOf(executed).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(budget), 2, RoundingMode.HALF_UP), 2));
        return row;
    }

    /** Every number printed on the forms, in print order. */
    private static List<Place> places(List<Form> forms) {
        List<Place> out = new ArrayList<>();
        for (int p = 0; p < forms.size(); p++) {
            for (Map.Entry<String, Map<String, Num>> row : forms.get(p).rows.entrySet()) {
                for (String column : row.getValue().keySet()) {
                    out.add(new Place(p + 1, row.getKey(), column));
                }
            }
        }
        return out;
    }

    /** How far a figure moves: ≥ 0.5 万元, ≥ 0.5 percentage points, ≥ 0.5 execution score, ≥ 1 point. */
    private static BigDecimal delta(String column, Move m) {
        BigDecimal d;
        switch (column) {
            case "rate":
            case "score":
                d = BigDecimal.valueOf(50 + 20L * m.magnitude(), 2); // 0.50 … 20.30
                break;
            case "weight":
            case "points":
            case "total":
                d = BigDecimal.valueOf(1 + m.magnitude() / 10); // 1 … 10
                break;
            default:
                d = BigDecimal.valueOf(50 + 50L * m.magnitude(), 2); // 0.50 … 50.00 万元
        }
        return m.down() ? d.negate() : d;
    }

    /** The identity a figure belongs to first: the rule that must FAIL when it moves. */
    private static String ruleOf(Place place) {
        switch (place.column()) {
            case "declared":
            case "planned":
                return "JX.W02";
            case "budget":
            case "executed":
            case "balance":
                return "JX.003";
            case "rate":
                return "JX.001";
            case "score":
                return "JX.002";
            case "weight":
                return place.row().equals("summary") ? "JX.010" : "JX.007";
            default:
                return "JX.008"; // an indicator's 得分, 总分
        }
    }

    // ---- as model records ------------------------------------------------------------------------------

    private static final String FILE = "generated.xlsx";

    /** Where the model puts a figure: funds rows from row 8 (C…I), indicators from row 16 (分值 I, 得分 J, 原因 K). */
    private static Source source(Form form, int project, String row, String column, String raw) {
        String sheet = "绩效自评" + project;
        int r;
        int c;
        if (row.startsWith("ind.")) {
            r = 16 + Integer.parseInt(row.substring(4)) - 1;
            c = switch (column) {
                case "weight" -> 8;
                case "points" -> 9;
                default -> 10;
            };
        } else if (row.equals("summary")) {
            r = 16 + form.indicatorKeys().size();
            c = column.equals("total") ? 9 : column.equals("weight") ? 8 : 10;
        } else {
            r = 8 + form.fundKeys().indexOf(row) - 1;
            // the execution weight: a column K of its own, or (assumed) the label in B
            c = column.equals("reason") ? 9 : column.equals("weight") ? 10 : column.equals("label") ? 1
                    : 2 + FUND_COLUMNS.indexOf(column);
        }
        return new Source(FILE, sheet, new CellReference(r, c).formatAsString(), raw);
    }

    private static Figure number(Source s, Num n) {
        return new Figure(Figure.Kind.NUMBER, n.value(), n.decimals(), n.value().toPlainString(), s);
    }

    /** The forms as a disclosure of model records, with the figure at {@code moved} (if any) replaced. */
    static Disclosure model(List<Form> forms, Place moved, BigDecimal newValue) {
        List<PerformanceEvaluation> evaluations = new ArrayList<>();
        for (int p = 1; p <= forms.size(); p++) {
            Form form = forms.get(p - 1);
            List<Row> rows = new ArrayList<>();
            List<FundsRow> funds = new ArrayList<>();
            List<Indicator> indicators = new ArrayList<>();
            Figure total = null;
            for (Map.Entry<String, Map<String, Num>> e : form.rows.entrySet()) {
                String key = e.getKey();
                Map<String, Figure> figures = new LinkedHashMap<>();
                for (Map.Entry<String, Num> c : e.getValue().entrySet()) {
                    Num n = c.getValue();
                    if (moved != null && moved.equals(new Place(p, key, c.getKey()))) {
                        n = new Num(newValue, n.decimals());
                    }
                    figures.put(c.getKey(), number(source(form, p, key, c.getKey(), n.value().toPlainString()), n));
                }
                if (key.equals("total") && !figures.containsKey("weight")) {
                    // as the reader does for a form without a 分值 of its own: the template's 10, marked assumed
                    figures.put("weight", new Figure(Figure.Kind.NUMBER, BigDecimal.TEN, 2, "10（未列示，按默认）",
                            source(form, p, key, "label", "资金总额")));
                }
                String label = LABELS.getOrDefault(key, key.equals("summary") ? "总分" : "第" + key.substring(4) + "项指标");
                Source labelSource = new Source(FILE, "绩效自评" + p, "B1", label);
                if (key.startsWith("ind.")) {
                    String reason = form.reasons.get(key);
                    Source at = source(form, p, key, "reason", reason);
                    figures.put("reason", reason.isEmpty() ? new Figure(Figure.Kind.BLANK, null, 0, "", at)
                            : new Figure(Figure.Kind.TEXT, null, 0, reason, at));
                    indicators.add(new Indicator("产出指标", "数量指标", label, "≥1", "≥1", "1", "", figures.get("weight"),
                            figures.get("points"), reason, labelSource));
                } else if (key.equals("summary")) {
                    total = figures.get("total");
                } else {
                    funds.add(new FundsRow(key, label, figures.get("declared"), figures.get("planned"),
                            figures.get("budget"), figures.get("executed"), figures.get("balance"), figures.get("rate"),
                            figures.get("weight"), figures.get("score"), ""));
                }
                rows.add(new Row(key, label, null, null, figures, labelSource));
            }
            List<Column> columns = new ArrayList<>();
            for (String c : List.of("declared", "planned", "budget", "executed", "balance", "rate", "score", "weight",
                    "points", "reason", "total")) {
                columns.add(new Column(c, c, null));
            }
            Source title = new Source(FILE, "绩效自评" + p, "A1", "项目支出绩效自评表");
            Table table = new Table(TableId.PERF, "项目" + p + "项目支出绩效自评表", null, null, 2024, AmountUnit.WAN_YUAN,
                    columns, rows, List.of(), title);
            Source gradeAt = source(form, p, "summary", "grade", form.grade);
            Figure grade = form.grade.isEmpty() ? new Figure(Figure.Kind.BLANK, null, 0, "", gradeAt)
                    : new Figure(Figure.Kind.TEXT, null, 0, form.grade, gradeAt);
            evaluations.add(new PerformanceEvaluation(table, "项目" + p, "", "", new Funds(funds.get(0),
                    funds.subList(1, funds.size())), indicators, java.util.Optional.ofNullable(total),
                    grade));
        }
        return new Disclosure(FILE, "生成的单位", 2024, List.of(), evaluations);
    }

    @Test
    void aConsistentSelfEvaluationNeverFailsAJxRule() {
        qt().withExamples(800).withShrinkCycles(100)
                .forAll(projects(3))
                .checkAssert(specs -> {
                    List<Form> forms = specs.stream().map(PerformancePropertiesTest::print).toList();
                    assertClean(RuleEngine.evaluate(JX, model(forms, null, null)), forms, specs.toString());
                });
    }

    /**
     * Beyond the brief's 执行 ≤ 预算: where more was executed than budgeted the execution score is capped at
     * the weight (JX.002's min), so the only FAIL is the JX.W01 warning, on rows that overspent as printed.
     */
    @Test
    void overExecutionOnlyWarnsAndTheExecutionScoreIsCapped() {
        qt().withExamples(400).withShrinkCycles(100)
                .forAll(overExecuted(3))
                .checkAssert(specs -> {
                    List<Form> forms = specs.stream().map(PerformancePropertiesTest::print).toList();
                    List<Evaluation> all = RuleEngine.evaluate(JX, model(forms, null, null));
                    List<Evaluation> bad = all.stream()
                            .filter(e -> e.outcome() == Outcome.FAIL
                                    || e.outcome() == Outcome.NOT_EVALUABLE && !withoutTotal(forms, e))
                            .filter(e -> !e.rule().id().equals("JX.W01")).toList();
                    if (!bad.isEmpty()) {
                        fail(specs + ":\n" + RuleHarness.describe(bad));
                    }
                    for (Evaluation e : all) {
                        if (e.rule().id().equals("JX.W01") && e.outcome() == Outcome.FAIL) {
                            Map<String, Num> row = forms.get(e.project() - 1).rows.get(e.cells().get(0).rowKey());
                            assertTrue(row.get("executed").value().compareTo(row.get("budget").value()) > 0,
                                    () -> specs + ": " + RuleHarness.describe(List.of(e)));
                        }
                    }
                });
    }

    @Test
    void movingOneFigureBeyondItsBandFailsAtItsCell() {
        qt().withExamples(1200).withShrinkCycles(100)
                .forAll(projects(3), moves())
                .checkAssert((specs, move) -> {
                    List<Form> forms = specs.stream().map(PerformancePropertiesTest::print).toList();
                    List<Place> places = places(forms);
                    Place place = places.get(move.pick() % places.size());
                    Form form = forms.get(place.project() - 1);
                    Num was = form.rows.get(place.row()).get(place.column());
                    BigDecimal moved = was.value().add(delta(place.column(), move));
                    String location = source(form, place.project(), place.row(), place.column(), "").location();
                    List<Evaluation> all = RuleEngine.evaluate(JX, model(forms, place, moved));
                    String what = place + " at " + location + " " + was.value().toPlainString() + " → "
                            + moved.toPlainString() + " in " + specs;
                    if (ruleOf(place).equals("JX.008") && all.stream().anyMatch(e -> e.project() == place.project()
                            && withoutTotal(forms, e))) {
                        // no 总分 printed: the sum it belongs to cannot be checked, and is not compared with 0
                        assertTrue(all.stream().filter(e -> e.project() == place.project()
                                && e.rule().id().equals("JX.008")).allMatch(e -> e.outcome() == Outcome.NOT_EVALUABLE), what);
                        return;
                    }
                    assertFailsAt(all, place, location, what);
                });
    }

    // ---- written with FixtureWriter and read back -----------------------------------------------------

    /** The forms as a fixture document: no 公开 tables, one PERF form per project. */
    static FixtureDocument document(List<Form> forms) {
        List<FixturePerformance> perfs = new ArrayList<>();
        for (int p = 1; p <= forms.size(); p++) {
            Form form = forms.get(p - 1);
            List<FixturePerformance.FundRow> funds = new ArrayList<>();
            for (String key : form.fundKeys()) {
                Map<String, io.github.juesuan.fixtures.Figure> figures = new LinkedHashMap<>();
                form.rows.get(key).forEach((c, n) -> figures.put(c, io.github.juesuan.fixtures.Figure.of(n.value())));
                funds.add(new FixturePerformance.FundRow(key, LABELS.get(key), figures, ""));
            }
            List<FixturePerformance.Indicator> indicators = new ArrayList<>();
            List<String> keys = form.indicatorKeys();
            for (int i = 0; i < keys.size(); i++) {
                Map<String, Num> row = form.rows.get(keys.get(i));
                String level1 = i < keys.size() / 2 ? "产出指标" : i < keys.size() - 1 ? "效益指标" : "满意度指标";
                String level2 = level1.equals("产出指标") ? (i % 2 == 0 ? "数量指标" : "质量指标")
                        : level1.equals("效益指标") ? "社会效益" : "服务对象满意度";
                indicators.add(new FixturePerformance.Indicator(level1, level2, "第" + (i + 1) + "项绩效指标", "≥1", "≥1", "1", "",
                        row.get("weight").value(), row.get("points").value(), form.reasons.get(keys.get(i))));
            }
            String name = "生成项目" + p;
            perfs.add(new FixturePerformance(List.of(name, "项目支出绩效自评表", "(2024年度)"), name, "501-生成的单位",
                    "501001-生成的单位", "项目资金预算安排及执行进度(万元)", "资金结(转)余", funds, "完成年度目标。", "基本完成。",
                    indicators, form.rows.get("summary").get("total").value(), form.grade, List.of(), List.of()));
        }
        return new FixtureDocument("生成的单位", 2024, List.of(), perfs);
    }

    private static WrittenWorkbook written(List<Form> forms) {
        Path file = dir.resolve("perf-" + FILES.incrementAndGet() + ".xlsx");
        try {
            return FixtureWriter.write(document(forms), Layout.SHANXI, Format.XLSX, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Disclosure read(Path file) {
        try {
            return JuesuanReader.create().read(file).disclosure();
        } catch (ReadException e) {
            throw new AssertionError("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    @Test
    void aWrittenSelfEvaluationReadsBackAndNeverFailsAJxRule() {
        qt().withExamples(100).withShrinkCycles(10)
                .forAll(shanxiProjects(2))
                .checkAssert(specs -> {
                    List<Form> forms = specs.stream().map(PerformancePropertiesTest::print).toList();
                    WrittenWorkbook w = written(forms);
                    Disclosure d = read(w.file());
                    assertEquals(forms.size(), d.evaluations().size(), "projects read from " + w.file());
                    for (int p = 0; p < forms.size(); p++) {
                        assertEquals(forms.get(p).indicatorKeys().size(), d.evaluations().get(p).indicators().size(),
                                "indicators of project " + (p + 1));
                    }
                    assertClean(RuleEngine.evaluate(JX, d), forms, specs.toString());
                });
    }

    @Test
    void aWrittenFigureMovedBeyondItsBandFailsAtItsCell() {
        qt().withExamples(80).withShrinkCycles(10)
                .forAll(shanxiProjects(2), moves())
                .checkAssert((specs, move) -> {
                    List<Form> forms = specs.stream().map(PerformancePropertiesTest::print).toList();
                    WrittenWorkbook w = written(forms);
                    List<WrittenFigure> numbers = w.figures().stream().filter(f -> f.value() != null).toList();
                    assertEquals(places(forms).size(), numbers.size(), "every printed number written once");
                    WrittenFigure f = numbers.get(move.pick() % numbers.size());
                    Place place = new Place(Integer.parseInt(f.table().substring(4)), f.rowKey(), f.columnKey());
                    BigDecimal moved = f.value().add(delta(f.columnKey(), move));
                    Path copy = withCell(w.file(), f, moved);
                    String location = f.sheet() + "!" + f.a1();
                    assertFailsAt(RuleEngine.evaluate(JX, read(copy)), place, location,
                            place + " at " + location + " " + f.printed() + " → " + moved.toPlainString() + " in " + specs);
                });
    }

    /** A copy of the workbook with one numeric cell set to another value. */
    private static Path withCell(Path original, WrittenFigure f, BigDecimal value) {
        return CellEdit.withValue(original, f, value, dir.resolve("moved-" + FILES.incrementAndGet() + ".xlsx"));
    }

    // ---- assertions ------------------------------------------------------------------------------------

    /** Whether an evaluation is JX.008/JX.009 of a project that prints no 总分: NOT_EVALUABLE is right there. */
    private static boolean withoutTotal(List<Form> forms, Evaluation e) {
        Map<String, Num> summary = forms.get(e.project() - 1).rows.get("summary");
        return List.of("JX.008", "JX.009").contains(e.rule().id()) && (summary == null || !summary.containsKey("total"));
    }

    /**
     * No FAIL, nothing NOT_EVALUABLE but JX.008/JX.009 where no 总分 is printed (and there, exactly those), and
     * JX.001–JX.009 checked for every project, JX.010 where Σ 分值 is printed.
     */
    private static void assertClean(List<Evaluation> all, List<Form> forms, String what) {
        List<Evaluation> bad = all.stream()
                .filter(e -> e.outcome() == Outcome.FAIL
                        || (e.outcome() == Outcome.NOT_EVALUABLE) != withoutTotal(forms, e)
                        && List.of("JX.008", "JX.009").contains(e.rule().id())
                        || e.outcome() == Outcome.NOT_EVALUABLE && !withoutTotal(forms, e)).toList();
        if (!bad.isEmpty()) {
            fail(what + ":\n" + RuleHarness.describe(bad));
        }
        for (int p = 1; p <= forms.size(); p++) {
            int project = p;
            Set<String> checked = all.stream().filter(e -> e.project() == project).map(e -> e.rule().id())
                    .collect(Collectors.toCollection(TreeSet::new));
            Map<String, Num> summary = forms.get(p - 1).rows.get("summary");
            List<String> expected = new ArrayList<>(List.of("JX.001", "JX.002", "JX.003", "JX.004", "JX.005", "JX.006",
                    "JX.007", "JX.008", "JX.009", "JX.W01", "JX.W02"));
            if (summary != null && summary.containsKey("weight")) {
                expected.add("JX.010");
            }
            for (String id : expected) {
                assertTrue(checked.contains(id), what + ": " + id + " was not checked for project " + p);
            }
        }
    }

    /** The identity the moved figure belongs to FAILs for its project, naming its cell. */
    private static void assertFailsAt(List<Evaluation> all, Place place, String location, String what) {
        List<Evaluation> atCell = all.stream()
                .filter(e -> e.project() == place.project()
                        && e.cells().stream().anyMatch(c -> c.source().location().equals(location)))
                .toList();
        String rule = ruleOf(place);
        if (atCell.stream().noneMatch(e -> e.outcome() == Outcome.FAIL && e.rule().id().equals(rule))) {
            fail(what + ": no " + rule + " FAIL names the cell; its evaluations:\n" + RuleHarness.describe(atCell));
        }
    }
}
