package io.github.juesuan.rules;

import static io.github.juesuan.model.Severity.ERROR;
import static io.github.juesuan.model.Severity.WARNING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.juesuan.fixtures.FixtureDocument;
import io.github.juesuan.fixtures.FixturePerformance;
import io.github.juesuan.fixtures.Format;
import io.github.juesuan.fixtures.Layout;
import io.github.juesuan.fixtures.PerformanceForm;
import io.github.juesuan.fixtures.SeedDocument;
import io.github.juesuan.fixtures.SyntheticDocument;
import io.github.juesuan.model.Disclosure;
import io.github.juesuan.model.Severity;
import io.github.juesuan.model.TableId;
import io.github.juesuan.read.JuesuanReader;
import io.github.juesuan.read.ReadException;
import io.github.juesuan.report.Checker;
import io.github.juesuan.report.Finding;
import io.github.juesuan.report.ProjectSummary;
import io.github.juesuan.report.Report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of {@code perf.rules} (the 项目支出绩效自评表): it passes on the synthetic department
 * (SHANXI .xlsx, three projects whose identities hold up to rounding) and FAILS — at its own severity, at the
 * one instance touched, with exactly the cells listed — once one figure (or the printed 等级 / 偏差原因 text) is
 * broken beyond its band. Then the seed in every layout and format: project 1 adds up (one rounding tail in
 * its balance), project 2 has the two genuine errors. Then configurability: a 合格/不合格 grading and an
 * execution weight of 15 written as user packs.
 *
 * <p>The synthetic department ({@link RuleHarness#SYNTHETIC_SEED}) prints, among others: PERF1 资金总额
 * 54.40 / 54.40 / 59.51 / 43.37 / 16.14 / 72.88% / 7.29, nine indicators (ind.1 举办科普活动场次 15 → 12 with a
 * 偏差原因, ind.2 开发科普资源数量 13 → 13 without one), 总分 89.29 良; PERF2 总分 97.73 优; PERF3 总分 90.6 优.
 */
class PerformancePackTest {

    /** Every JX rule, each checked by {@link #passesOnTheSyntheticWorkbook}. */
    static final List<String> RULES = List.of("JX.001", "JX.002", "JX.003", "JX.004", "JX.005", "JX.006", "JX.007",
            "JX.008", "JX.009", "JX.010", "JX.W01", "JX.W02", "JX.W03");

    /** A clearly wrong change: one 万元, one percentage point, one score point. */
    private static final BigDecimal ONE = new BigDecimal("1.00");

    /** The funds rows of a synthetic project, in print order. */
    private static final List<String> SOURCES = List.of("fiscal", "carryover", "self", "other");

    /** The indicator rows of a synthetic project. */
    private static final List<String> INDICATORS = IntStream.rangeClosed(1, 9).mapToObj(i -> "ind." + i).toList();

    @TempDir
    static Path dir;

    /** The synthetic department, SHANXI .xlsx. */
    static RuleHarness h;
    /** The same, its 绩效自评表 in the Yunnan words: a printed execution weight, Σ 分值 on the 总分 row. */
    static RuleHarness yunnan;

    @BeforeAll
    static void write() throws IOException {
        h = RuleHarness.synthetic(dir);
        yunnan = RuleHarness.write(SyntheticDocument.generate(RuleHarness.SYNTHETIC_SEED), Layout.SHANXI, Format.XLSX,
                dir, PerformanceForm.YUNNAN);
    }

    // ---- the pack and the tests ---------------------------------------------------------------------

    @Test
    void everyJxRuleOfTheStandardPackIsTested() {
        Breaks.Coverage.assertEveryRuleTested(PerformancePackTest.class, "JX", RULES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void passesOnTheSyntheticWorkbook(String ruleId) {
        // the Shanxi form prints no Σ 分值 for JX.010 to check: the Yunnan one does
        List<Evaluation> all = (ruleId.equals("JX.010") ? yunnan : h).assertPasses(ruleId);
        Set<Integer> projects = all.stream().map(Evaluation::project).collect(Collectors.toCollection(TreeSet::new));
        // JX.W03 only looks at indicators below full marks: the synthetic PERF2 has none
        assertEquals(ruleId.equals("JX.W03") ? Set.of(1, 3) : Set.of(1, 2, 3), projects,
                ruleId + " should be checked for every project");
    }

    static Stream<String> rules() {
        return RULES.stream();
    }

    // ---- funds block ----------------------------------------------------------------------------------

    @Test
    @Breaks("JX.001")
    void jx001() {
        Evaluation f = h.plus("PERF1", "total", "rate", ONE).assertFailsAt("JX.001", ERROR, "资金总额",
                h.cell("PERF1", "total", "rate"), h.cell("PERF1", "total", "executed"), h.cell("PERF1", "total", "budget"));
        assertEquals(1, f.project());
        assertEquals("73.88 ≠ 43.37 / 59.51 × 100 = 72.8785", f.substituted());
    }

    /** A source row that leaves 执行率 blank is not checked: no false alarm over an unfilled cell. */
    @Test
    void jx001_aBlankRateIsNotChecked() throws IOException {
        Disclosure d = edited(h, h.cell("PERF2", "carryover", "rate"), c -> c.setBlank());
        assertEquals(List.of(), RuleEngine.evaluate(RulePack.standard().only(List.of("JX.001")), d).stream()
                .filter(e -> e.project() == 2 && e.instance().equals("上年结转资金")).toList());
    }

    @Test
    void jx001_aSourceRowIsItsOwnInstance() {
        Evaluation f = h.plus("PERF2", "carryover", "executed", ONE).assertFailsAt("JX.001", ERROR, "上年结转资金",
                h.cell("PERF2", "carryover", "rate"), h.cell("PERF2", "carryover", "executed"),
                h.cell("PERF2", "carryover", "budget"));
        assertEquals(2, f.project());
    }

    @Test
    @Breaks("JX.002")
    void jx002() {
        Evaluation f = h.plus("PERF1", "total", "score", ONE).assertFailsAt("JX.002", ERROR, "资金总额",
                h.cell("PERF1", "total", "score"), h.cell("PERF1", "total", "rate"), assumedWeight(h, 1));
        assertEquals(1, f.project());
        assertEquals("8.29 ≠ min(72.88, 100) × 10 / 100 = 7.288", f.substituted());
    }

    /** Above 100% the execution score is capped at the weight: 110% earns 10, not 11. */
    @Test
    void jx002_capsTheRateAt100() {
        RuleHarness over = h.mutate("PERF1", "total", "rate", new BigDecimal("110.00"));
        over.mutate("PERF1", "total", "score", new BigDecimal("10.00")).assertPasses("JX.002");
        over.mutate("PERF1", "total", "score", new BigDecimal("11.00")).assertFailsAt("JX.002", ERROR, "资金总额",
                h.cell("PERF1", "total", "score"), h.cell("PERF1", "total", "rate"), assumedWeight(h, 1));
    }

    @Test
    @Breaks("JX.003")
    void jx003() {
        Evaluation f = h.plus("PERF1", "fiscal", "balance", ONE).assertFailsAt("JX.003", ERROR, "本年财政拨款",
                h.cell("PERF1", "fiscal", "balance"), h.cell("PERF1", "fiscal", "budget"),
                h.cell("PERF1", "fiscal", "executed"));
        assertEquals(1, f.project());
        assertEquals("14.88 ≠ 51.18 - 37.3 = 13.88", f.substituted());
    }

    @Test
    @Breaks("JX.004")
    void jx004() {
        List<String> cells = new ArrayList<>(List.of(h.cell("PERF3", "total", "executed")));
        SOURCES.forEach(s -> cells.add(h.cell("PERF3", s, "executed")));
        Evaluation f = h.plus("PERF3", "carryover", "executed", ONE).assertFailsAt("JX.004", ERROR, "全年执行数",
                cells.toArray(String[]::new));
        assertEquals(3, f.project());
    }

    @Test
    void jx004_namesTheColumnOfTheFundsBlock() {
        List<String> cells = new ArrayList<>(List.of(h.cell("PERF1", "total", "declared")));
        SOURCES.forEach(s -> cells.add(h.cell("PERF1", s, "declared")));
        h.plus("PERF1", "total", "declared", ONE).assertFailsAt("JX.004", ERROR, "年初预算数/目标申报数",
                cells.toArray(String[]::new));
    }

    @Test
    @Breaks("JX.W01")
    void jxw01() {
        BigDecimal over = h.value("PERF1", "self", "budget").add(ONE);
        Evaluation f = h.mutate("PERF1", "self", "executed", over).assertFailsAt("JX.W01", WARNING, "单位自筹资金",
                h.cell("PERF1", "self", "executed"), h.cell("PERF1", "self", "budget"));
        assertEquals(1, f.project());
        assertEquals("6.27 > 5.27", f.substituted());
    }

    @Test
    @Breaks("JX.W02")
    void jxw02() {
        Evaluation f = h.plus("PERF1", "fiscal", "declared", ONE).assertFailsAt("JX.W02", WARNING, "本年财政拨款",
                h.cell("PERF1", "fiscal", "declared"), h.cell("PERF1", "fiscal", "planned"));
        assertEquals(1, f.project());
    }

    // ---- indicators and total -------------------------------------------------------------------------

    @Test
    @Breaks("JX.005")
    void jx005() {
        Evaluation f = h.plus("PERF1", "ind.2", "points", BigDecimal.ONE).assertFailsAt("JX.005", ERROR, "开发科普资源数量",
                h.cell("PERF1", "ind.2", "points"), h.cell("PERF1", "ind.2", "weight"));
        assertEquals(1, f.project());
        assertEquals("14 > 13", f.substituted());
    }

    @Test
    @Breaks("JX.006")
    void jx006() {
        Evaluation f = h.mutate("PERF1", "ind.1", "points", BigDecimal.ONE.negate()).assertFailsAt("JX.006", ERROR,
                "举办科普活动场次", h.cell("PERF1", "ind.1", "points"));
        assertEquals(1, f.project());
    }

    @Test
    @Breaks("JX.007")
    void jx007() {
        List<String> cells = new ArrayList<>(Arrays.asList(h.cells("PERF2", INDICATORS, "weight")));
        cells.add(assumedWeight(h, 2)); // the execution weight: not printed on the Shanxi form, 10 assumed
        Evaluation f = h.plus("PERF2", "ind.3", "weight", BigDecimal.ONE).assertFailsAt("JX.007", ERROR, "",
                cells.toArray(String[]::new));
        assertEquals(2, f.project());
        assertEquals("14 + 2 + 18 + 3 + 14 + 6 + 19 + 5 + 10 + 10 = 101 ≠ 100", f.substituted());
    }

    @Test
    @Breaks("JX.008")
    void jx008() {
        List<String> cells = new ArrayList<>(List.of(h.cell("PERF1", "summary", "total"), h.cell("PERF1", "total", "score")));
        cells.addAll(Arrays.asList(h.cells("PERF1", INDICATORS, "points")));
        Evaluation f = h.plus("PERF1", "summary", "total", ONE).assertFailsAt("JX.008", ERROR, "",
                cells.toArray(String[]::new));
        assertEquals(1, f.project());
        assertEquals("90.29 ≠ 7.29 + 12 + 13 + 10 + 3 + 9 + 6 + 9 + 13 + 7 = 89.29", f.substituted());
    }

    @Test
    void jx008_anIndicatorsPointsTakePart() {
        List<String> cells = new ArrayList<>(List.of(h.cell("PERF3", "summary", "total"), h.cell("PERF3", "total", "score")));
        cells.addAll(Arrays.asList(h.cells("PERF3", INDICATORS, "points")));
        h.plus("PERF3", "ind.5", "points", BigDecimal.ONE.negate()).assertFailsAt("JX.008", ERROR, "",
                cells.toArray(String[]::new));
    }

    /** The Σ 分值 printed on the Yunnan form's 总分 row (100) raised by one: it no longer adds up. */
    @Test
    @Breaks("JX.010")
    void jx010() {
        List<String> cells = new ArrayList<>(List.of(yunnan.cell("PERF1", "summary", "weight"),
                yunnan.cell("PERF1", "total", "weight")));
        cells.addAll(Arrays.asList(yunnan.cells("PERF1", INDICATORS, "weight")));
        Evaluation f = yunnan.plus("PERF1", "summary", "weight", BigDecimal.ONE).assertFailsAt("JX.010", ERROR, "",
                cells.toArray(String[]::new));
        assertEquals(1, f.project());
        assertEquals("101 ≠ 10 + 15 + 13 + 10 + 3 + 9 + 6 + 10 + 14 + 10 = 100", f.substituted());
    }

    /** The printed 等级 says 优 where 89.29 is 良. */
    @Test
    @Breaks("JX.009")
    void jx009() throws IOException {
        String total = h.cell("PERF1", "summary", "total");
        Disclosure d = edited(h, gradeCell(total), c -> c.setCellValue("优"));
        Evaluation f = assertFailsAt(d, "JX.009", ERROR, "", total, gradeCell(total));
        assertEquals(1, f.project());
        assertEquals("89.29 → 良 ≠ 优", f.substituted());
    }

    /**
     * Many forms print the grade in two characters: 良好 for 良, 优秀 for 优. 89.29 graded 良好 is right; 优秀 for it is
     * still wrong, and the message names the band's own word.
     */
    @Test
    void jx009_theTwoCharacterGradeWordsAreTheSameBands() throws IOException {
        String total = h.cell("PERF1", "summary", "total");
        Disclosure good = edited(h, gradeCell(total), c -> c.setCellValue("良好"));
        Evaluation p1 = RuleEngine.evaluate(RulePack.standard().rule("JX.009").orElseThrow(), good).stream()
                .filter(e -> e.project() == 1).findFirst().orElseThrow();
        assertEquals(Outcome.PASS, p1.outcome(), RuleHarness.describe(List.of(p1)));
        Disclosure excellent = edited(h, gradeCell(total), c -> c.setCellValue("优秀"));
        Evaluation f = assertFailsAt(excellent, "JX.009", ERROR, "", total, gradeCell(total));
        assertEquals("89.29 → 良 ≠ 优秀", f.substituted());
    }

    /**
     * A form that labels the grade beside the 总分 — 「自评等级 | 良」 in two cells, or 「自评等级：良」 in one — prints 良,
     * not the label: no false JX.009 ERROR, and a wrong grade so printed is still found, at the grade's own cell.
     */
    @Test
    void jx009_aGradeLabelledBesideTheTotalIsTheGradeAfterTheLabel() throws IOException {
        String total = h.cell("PERF1", "summary", "total");
        String label = gradeCell(total);
        String grade = rightOf(label);
        Disclosure twoCells = edited(h, Map.of(label, "自评等级", grade, "良"));
        Evaluation p1 = RuleEngine.evaluate(RulePack.standard().rule("JX.009").orElseThrow(), twoCells).stream()
                .filter(e -> e.project() == 1).findFirst().orElseThrow();
        assertEquals(Outcome.PASS, p1.outcome(), RuleHarness.describe(List.of(p1)));
        assertEquals(grade, twoCells.evaluations().get(0).grade().source().location());
        Disclosure oneCell = edited(h, Map.of(label, "自评等级：良"));
        assertEquals("良", oneCell.evaluations().get(0).grade().text());
        Disclosure wrong = edited(h, Map.of(label, "评价等级", grade, "优"));
        Evaluation f = assertFailsAt(wrong, "JX.009", ERROR, "", total, grade);
        assertEquals("89.29 → 良 ≠ 优", f.substituted());
    }

    /** 总分 moved across the 90 edge (beyond its rounding band) while the printed 等级 stays 良. */
    @Test
    void jx009_totalMovedAcrossABandEdge() {
        String total = h.cell("PERF1", "summary", "total");
        Evaluation f = h.mutate("PERF1", "summary", "total", new BigDecimal("90.01"))
                .assertFailsAt("JX.009", ERROR, "", total, gradeCell(total));
        assertEquals("90.01 → 优 ≠ 良", f.substituted());
    }

    /** 90.00 stands for [89.995, 90.005]: it straddles the 优/良 edge, so 良 is a rounding matter, not an error. */
    @Test
    void jx009_aTotalOnTheEdgeAcceptsEitherGrade() {
        List<Evaluation> all = h.mutate("PERF1", "summary", "total", new BigDecimal("90.00")).evaluate("JX.009");
        Evaluation p1 = all.stream().filter(e -> e.project() == 1).findFirst().orElseThrow();
        assertEquals(Outcome.ROUNDING, p1.outcome(), RuleHarness.describe(all));
        h.mutate("PERF1", "summary", "total", new BigDecimal("89.99")).assertPasses("JX.009");
    }

    /** ind.1 (15 → 12) loses its 偏差原因. */
    @Test
    @Breaks("JX.W03")
    void jxw03() throws IOException {
        String reason = reasonCell(h.cell("PERF1", "ind.1", "points"));
        Disclosure d = edited(h, reason, c -> c.setBlank());
        Evaluation f = assertFailsAt(d, "JX.W03", WARNING, "举办科普活动场次", reason);
        assertEquals(1, f.project());
    }

    /** ind.2 (13 → 13, no reason) loses a point and so needs a 偏差原因 it does not have. */
    @Test
    void jxw03_pointsLoweredWithoutAReason() {
        h.plus("PERF1", "ind.2", "points", BigDecimal.ONE.negate()).assertFailsAt("JX.W03", WARNING, "开发科普资源数量",
                reasonCell(h.cell("PERF1", "ind.2", "points")));
    }

    // ---- the seed ------------------------------------------------------------------------------------

    /**
     * Project 1 (88.19 良) adds up but for its balance's rounding tail, on both funds rows; project 2 prints
     * weights summing to 86 and 总分 47.06 where its scores add to 41.06. Nothing else.
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("io.github.juesuan.fixtures.Layouts#everyLayoutAndFormat")
    void theSeedHasTwoErrorsInProject2AndOneRoundingTailInProject1(Layout layout, Format format, @TempDir Path tmp)
            throws IOException {
        RuleHarness seed = RuleHarness.write(SeedDocument.create(), layout, format, tmp);
        List<Evaluation> jx = RuleEngine.evaluate(RulePack.standard().only(List.of("JX.*")), seed.read());
        List<Evaluation> notPass = jx.stream().filter(e -> e.outcome() != Outcome.PASS).toList();
        String all = RuleHarness.describe(notPass);

        assertEquals(List.of("JX.003 1 ROUNDING 资金总额", "JX.003 1 ROUNDING 单位自筹资金", "JX.007 2 FAIL ",
                "JX.008 2 FAIL "), notPass.stream().map(PerformancePackTest::key).toList(), "non-PASS JX evaluations:\n" + all);

        for (int i = 0; i < 2; i++) {
            String row = i == 0 ? "total" : "self";
            Evaluation tail = notPass.get(i);
            assertEquals("32.635 ≠ 400.545 - 367.911 = 32.634", tail.substituted());
            assertEquals(0, new BigDecimal("0.001").compareTo(tail.difference()), "difference " + tail.difference());
            assertEquals(0, new BigDecimal("0.0015").compareTo(tail.allowed()), "allowed " + tail.allowed());
            assertEquals(List.of(seed.cell("PERF1", row, "balance"), seed.cell("PERF1", row, "budget"),
                    seed.cell("PERF1", row, "executed")), RuleHarness.locations(tail));
        }

        Evaluation weights = notPass.get(2);
        assertEquals(ERROR, weights.rule().severity());
        assertEquals("20 + 5 + 4 + 1 + 5 + 5 + 2 + 4 + 4 + 15 + 1 + 5 + 5 + 10 = 86 ≠ 100", weights.substituted());
        List<String> perf2Indicators = IntStream.rangeClosed(1, 13).mapToObj(i -> "ind." + i).toList();
        List<String> weightCells = new ArrayList<>(Arrays.asList(seed.cells("PERF2", perf2Indicators, "weight")));
        weightCells.add(assumedWeight(seed, 2));
        assertEquals(weightCells, RuleHarness.locations(weights));

        Evaluation total = notPass.get(3);
        assertEquals(ERROR, total.rule().severity());
        assertEquals("47.06 ≠ 1.06 + 5 + 3 + 2 + 1 + 5 + 5 + 2 + 2 + 2 + 5 + 1 + 5 + 2 = 41.06", total.substituted());
        List<String> cells = new ArrayList<>(List.of(seed.cell("PERF2", "summary", "total"), seed.cell("PERF2", "total", "score")));
        cells.addAll(Arrays.asList(seed.cells("PERF2", perf2Indicators, "points")));
        assertEquals(cells, RuleHarness.locations(total));

        // what passes, as printed
        assertEquals(List.of("91.85 = 367.911 / 400.545 × 100", "91.85 = 367.911 / 400.545 × 100",
                        "10.61 = 40.332 / 380 × 100", "10.61 = 40.332 / 380 × 100"),
                jx.stream().filter(e -> e.rule().id().equals("JX.001")).map(e -> withoutResult(e.substituted())).toList());
        assertEquals(List.of("9.19 = min(91.85, 100) × 10 / 100", "9.19 = min(91.85, 100) × 10 / 100",
                        "1.06 = min(10.61, 100) × 10 / 100", "1.06 = min(10.61, 100) × 10 / 100"),
                jx.stream().filter(e -> e.rule().id().equals("JX.002")).map(e -> withoutResult(e.substituted())).toList());
        assertEquals(List.of("88.19 → 良 = 良", "47.06 → 差 = 差"),
                jx.stream().filter(e -> e.rule().id().equals("JX.009")).map(Evaluation::substituted).toList());
        Evaluation sum1 = jx.stream().filter(e -> e.rule().id().equals("JX.008") && e.project() == 1).findFirst().orElseThrow();
        assertEquals(Outcome.PASS, sum1.outcome());
        assertTrue(sum1.substituted().startsWith("88.19 = 9.19 + ") && sum1.substituted().endsWith(" = 88.19"), sum1.substituted());
        Evaluation weights1 = jx.stream().filter(e -> e.rule().id().equals("JX.007") && e.project() == 1).findFirst().orElseThrow();
        assertEquals(Outcome.PASS, weights1.outcome());
        assertTrue(weights1.substituted().endsWith("+ 10 = 100 = 100"), weights1.substituted());
    }

    /** The same through the {@link Checker}: findings carry the project, the severity and the message. */
    @Test
    void theCheckerReportsTheSeedsPerformanceFindingsByProject(@TempDir Path tmp) throws IOException, ReadException {
        RuleHarness seed = RuleHarness.write(SeedDocument.create(), Layout.SHANXI, Format.XLSX, tmp);
        Report report = Checker.create().check(seed.file());
        List<Finding> jx = report.findings().stream().filter(f -> f.ruleId().startsWith("JX.")).toList();
        assertEquals(List.of("JX.003 1 ROUNDING INFO 资金总额", "JX.003 1 ROUNDING INFO 单位自筹资金", "JX.007 2 FAIL WARNING ",
                        "JX.008 2 FAIL ERROR "),
                jx.stream().map(f -> f.ruleId() + " " + f.project().orElse(0) + " " + f.outcome() + " " + f.severity() + " "
                        + f.instance().orElse("")).toList());
        assertTrue(jx.stream().allMatch(f -> f.table().orElse(null) == TableId.PERF), "findings of the 绩效自评表");
        assertEquals("各指标分值与预算执行分值之和应为100", jx.get(2).message());
        // the seed's project 2 prints no 分值 for 预算执行率: the 86 ≠ 100 rests on the standard form's 10
        assertEquals("绩效自评2!B7 资金总额/分值 未列示，按标准表样的默认值计算：表上印出的数字本身不足以证明不符",
                jx.get(2).reason());
        assertEquals("总分应等于执行率得分与各指标得分之和", jx.get(3).message());

        assertEquals(2, report.projects().size());
        ProjectSummary p1 = report.projects().get(0);
        assertEquals(0, new BigDecimal("88.19").compareTo(p1.total()));
        assertEquals("良", p1.grade());
        assertEquals(1, p1.errors(), "project 1's tables add up; its 实际完成情况 (G11) lists items that do not (WZ.006)");
        ProjectSummary p2 = report.projects().get(1);
        assertEquals(0, new BigDecimal("47.06").compareTo(p2.total()));
        assertEquals("差", p2.grade());
        assertEquals(1, p2.errors(), "project 2: JX.008");
        assertEquals(1, p2.warnings(), "project 2: JX.007, whose 分值 of 预算执行率 is not printed");
    }

    // ---- configurability -----------------------------------------------------------------------------

    private static final String PASS_FAIL_GRADES = """
            pack hege 2024.1
            # a province that grades 合格/不合格
            rule HG.009 ERROR 自评等级应与总分相符（合格≥60，不合格<60）
              grade: [PERF] {summary}.{total}; 合格 60; 不合格
              en: the grade must match the total score (合格 ≥ 60, 不合格 < 60)
            """;

    /**
     * A pack of another grading scheme (合格/不合格) checks the grade a form prints in that scheme, and a grade it
     * does not name (the seed's 良 and 差) is not evaluable under it — told with the scheme's grades, never an
     * ERROR: the form grades by another scheme, its numbers do not disagree. The built-in 优/良/中/差 pack says
     * the same of a 合格.
     */
    @Test
    void aPassFailGradingChecksItsOwnGradesAndLeavesOthersNotEvaluable(@TempDir Path tmp) throws Exception {
        RulePack pack = RulePack.parse(PASS_FAIL_GRADES, "hege.rules");
        Rule rule = pack.rule("HG.009").orElseThrow();
        assertEquals(List.of(new Grading.Band("合格", new BigDecimal("60")), new Grading.Band("不合格", null)),
                rule.grading().bands());

        RuleHarness seed = RuleHarness.write(SeedDocument.create(), Layout.SHANXI, Format.XLSX, tmp);
        List<Evaluation> all = RuleEngine.evaluate(pack, seed.read());
        assertEquals(2, all.size(), RuleHarness.describe(all));
        Evaluation p1 = all.get(0);
        assertEquals(Outcome.NOT_EVALUABLE, p1.outcome());
        assertEquals(1, p1.project());
        assertEquals("等级「良」不是本规则所列的等级（合格、不合格）之一：按别的等级制度评定的，请用规则包设定本地的等级",
                p1.reason());
        assertEquals("the grade 「良」 is none of the rule's grades (合格, 不合格): for another grading scheme, set the"
                + " local grades in a rule pack", p1.reasonEn());
        String total = seed.cell("PERF1", "summary", "total");
        assertEquals(List.of(total, gradeCell(total)), RuleHarness.locations(p1));
        assertEquals(Outcome.NOT_EVALUABLE, all.get(1).outcome());

        // project 1 printing 合格 passes; project 2 (47.06) printing 合格 fails, with the scheme in the message
        String total2 = seed.cell("PERF2", "summary", "total");
        Path hege = editedCopy(editedCopy(seed.file(), gradeCell(total), c -> c.setCellValue("合格")),
                gradeCell(total2), c -> c.setCellValue("合格"));
        Report report = Checker.create(JuesuanReader.create(), pack).check(hege);
        List<Finding> findings = report.findings("HG.009");
        assertEquals(1, findings.size(), findings.toString());
        Finding f = findings.get(0);
        assertEquals(2, f.project().getAsInt());
        assertEquals(ERROR, f.severity());
        assertEquals("47.06 → 不合格 ≠ 合格", f.substituted());
        assertTrue(f.message().contains("合格≥60") && f.message().contains("不合格<60"), f.message());
        assertTrue(f.messageEn().contains("合格 ≥ 60") && f.messageEn().contains("不合格 < 60"), f.messageEn());
        assertTrue(f.expression().contains("合格 60; 不合格"), f.expression());

        Disclosure oneHege = edited(seed, gradeCell(total), c -> c.setCellValue("合格"));
        Evaluation now = RuleEngine.evaluate(pack, oneHege).get(0);
        assertEquals(Outcome.PASS, now.outcome(), now.substituted());
        assertEquals("88.19 → 合格 = 合格", now.substituted());
        Evaluation builtIn = RuleEngine.evaluate(RulePack.standard().rule("JX.009").orElseThrow(), oneHege).get(0);
        assertEquals(Outcome.NOT_EVALUABLE, builtIn.outcome(), builtIn.substituted());
        assertEquals("等级「合格」不是本规则所列的等级（优、良、中、差）之一：按别的等级制度评定的，请用规则包设定本地的等级",
                builtIn.reason());
    }

    private static final String WEIGHT_15 = """
            pack weight15 2024.1
            rule W15.002 ERROR 执行率得分应等于执行率（最高100%）乘以预算执行分值15
              check: each row in [PERF]: .{score} = min(.{rate}, 100) × 15 / 100
              when: filled(.{score}) = 1
              en: the execution score must equal min(rate, 100%) × the execution weight 15
            rule W15.007 ERROR 各指标分值与预算执行分值15之和应为100
              check: [PERF] sum({ind.*}.{weight}) + 15 = 100
              en: the indicator weights plus the execution weight 15 must add up to 100
            """;

    /**
     * A province weighing budget execution 15: the synthetic projects re-scored (得分 = rate × 15%, the largest
     * indicator weight lowered by 5) pass the copies of JX.002/JX.007 with 15 and fail the built-in ones; the
     * original (weight 10) projects do the opposite.
     */
    @Test
    void anotherExecutionWeightEvaluatesAsExpected(@TempDir Path tmp) throws Exception {
        RulePack mine = RulePack.parse(WEIGHT_15, "weight15.rules");
        RulePack pack = RulePack.standard().only(List.of("JX.*")).without(List.of("JX.002", "JX.007")).plus(mine);
        FixtureDocument doc15 = withExecutionWeight15(SyntheticDocument.generate(RuleHarness.SYNTHETIC_SEED));
        RuleHarness w15 = RuleHarness.write(doc15, Layout.SHANXI, Format.XLSX, tmp);

        List<Evaluation> all = RuleEngine.evaluate(pack, w15.read());
        List<Evaluation> bad = all.stream()
                .filter(e -> e.outcome() == Outcome.FAIL || e.outcome() == Outcome.NOT_EVALUABLE).toList();
        assertEquals(List.of(), bad.stream().map(PerformancePackTest::key).toList(), RuleHarness.describe(bad));
        List<Evaluation> scores = all.stream().filter(e -> e.rule().id().equals("W15.002")).toList();
        assertEquals(3, scores.size(), RuleHarness.describe(all));
        for (int p = 1; p <= 3; p++) {
            FixturePerformance perf = doc15.perfs().get(p - 1);
            Evaluation s = scores.get(p - 1);
            assertEquals(p, s.project());
            String rate = perf.funds().get(0).figure("rate").value().toPlainString();
            String score = perf.funds().get(0).figure("score").value().stripTrailingZeros().toPlainString();
            assertTrue(s.substituted().startsWith(score + " = min(" + rate + ", 100) × 15 / 100 = "), s.substituted());
        }
        List<Evaluation> weights = all.stream().filter(e -> e.rule().id().equals("W15.007")).toList();
        assertEquals(3, weights.size());
        weights.forEach(e -> assertTrue(e.substituted().endsWith(" + 15 = 100 = 100"), e.substituted()));
        assertEquals(List.of(Outcome.PASS, Outcome.PASS, Outcome.PASS), weights.stream().map(Evaluation::outcome).toList());
        // JX.008 and JX.009 still hold: 总分 = 得分 + Σ 指标得分, graded as before
        assertTrue(all.stream().filter(e -> e.rule().id().equals("JX.008")).allMatch(e -> e.outcome() == Outcome.PASS));

        // the built-in weight 10 rejects every re-scored project …
        for (String id : List.of("JX.002", "JX.007")) {
            List<Evaluation> builtIn = RuleEngine.evaluate(RulePack.standard().rule(id).orElseThrow(), w15.read());
            assertEquals(List.of(1, 2, 3), builtIn.stream().filter(e -> e.outcome() == Outcome.FAIL)
                    .map(Evaluation::project).toList(), id + ":\n" + RuleHarness.describe(builtIn));
        }
        // … and weight 15 rejects every original one
        for (String id : List.of("W15.002", "W15.007")) {
            List<Evaluation> copies = RuleEngine.evaluate(mine.rule(id).orElseThrow(), h.read());
            assertEquals(List.of(1, 2, 3), copies.stream().filter(e -> e.outcome() == Outcome.FAIL)
                    .map(Evaluation::project).toList(), id + ":\n" + RuleHarness.describe(copies));
        }
        Evaluation sum = RuleEngine.evaluate(mine.rule("W15.007").orElseThrow(), h.read()).get(0);
        assertEquals("15 + 13 + 10 + 3 + 9 + 6 + 10 + 14 + 10 + 15 = 105 ≠ 100", sum.substituted());
    }

    /** Every project re-scored for an execution weight of 15. */
    private static FixtureDocument withExecutionWeight15(FixtureDocument doc) {
        List<FixturePerformance> perfs = new ArrayList<>();
        for (FixturePerformance p : doc.perfs()) {
            List<FixturePerformance.FundRow> funds = new ArrayList<>();
            BigDecimal score = null;
            for (FixturePerformance.FundRow r : p.funds()) {
                if (!r.key().equals("total")) {
                    funds.add(r);
                    continue;
                }
                BigDecimal rate = r.figure("rate").value();
                score = rate.min(BigDecimal.valueOf(100)).multiply(BigDecimal.valueOf(15))
                        .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
                Map<String, io.github.juesuan.fixtures.Figure> figures = new LinkedHashMap<>(r.figures());
                figures.put("score", io.github.juesuan.fixtures.Figure.of(score));
                funds.add(new FixturePerformance.FundRow(r.key(), r.label(), figures, r.deviation()));
            }
            int heaviest = 0;
            for (int i = 1; i < p.indicators().size(); i++) {
                if (p.indicators().get(i).weight().compareTo(p.indicators().get(heaviest).weight()) > 0) {
                    heaviest = i;
                }
            }
            List<FixturePerformance.Indicator> indicators = new ArrayList<>(p.indicators());
            FixturePerformance.Indicator old = indicators.get(heaviest);
            BigDecimal weight = old.weight().subtract(BigDecimal.valueOf(5));
            BigDecimal points = old.points().min(weight);
            indicators.set(heaviest, new FixturePerformance.Indicator(old.level1(), old.level2(), old.level3(),
                    old.initialValue(), old.adjustedValue(), old.actualValue(), old.qualitative(), weight, points,
                    points.compareTo(weight) < 0 && old.deviation().isEmpty() ? "部分任务未完成" : old.deviation()));
            BigDecimal total = score;
            for (FixturePerformance.Indicator i : indicators) {
                total = total.add(i.points());
            }
            perfs.add(new FixturePerformance(p.titleLines(), p.projectName(), p.department(), p.unit(), p.fundsLabel(),
                    p.balanceLabel(), funds, p.goal(), p.achievement(), indicators, total, grade(total), p.analysis(),
                    p.remarks()));
        }
        return new FixtureDocument(doc.unitName(), doc.year(), doc.tables(), perfs);
    }

    /** 优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60. */
    static String grade(BigDecimal total) {
        if (total.compareTo(BigDecimal.valueOf(90)) >= 0) {
            return "优";
        }
        if (total.compareTo(BigDecimal.valueOf(80)) >= 0) {
            return "良";
        }
        return total.compareTo(BigDecimal.valueOf(60)) >= 0 ? "中" : "差";
    }

    // ---- helpers -------------------------------------------------------------------------------------

    private static String key(Evaluation e) {
        return e.rule().id() + " " + e.project() + " " + e.outcome() + " " + e.instance();
    }

    /** Where the reader put the execution weight it assumed (the form prints none) for project {@code n}. */
    private static String assumedWeight(RuleHarness harness, int n) {
        io.github.juesuan.model.Figure w = harness.read().evaluations().get(n - 1).funds().weight();
        assertEquals("10（未列示，按默认）", w.text());
        return w.source().location();
    }

    /** {@code a = b / c × 100 = 91.8526} without the computed value after the last {@code =}. */
    private static String withoutResult(String substituted) {
        return substituted.substring(0, substituted.lastIndexOf(" = "));
    }

    /** The cell right of {@code sheet!A1}: the 等级 beside the 总分, the 偏差原因 beside an indicator's 得分. */
    private static String rightOf(String location) {
        int bang = location.lastIndexOf('!');
        CellReference ref = new CellReference(location.substring(bang + 1));
        return location.substring(0, bang + 1) + new CellReference(ref.getRow(), ref.getCol() + 1).formatAsString();
    }

    /** The printed 等级: a text cell right of the 总分 figure. */
    private static String gradeCell(String totalLocation) {
        return rightOf(totalLocation);
    }

    /** An indicator's 偏差原因分析及改进措施: the text cell right of its 得分. */
    private static String reasonCell(String pointsLocation) {
        return rightOf(pointsLocation);
    }

    /** A copy of the harness's .xlsx with one cell changed by {@code edit}, read back. */
    private static Disclosure edited(RuleHarness base, String location, Consumer<Cell> edit) throws IOException {
        Path copy = editedCopy(base.file(), location, edit);
        try {
            return JuesuanReader.create().read(copy).disclosure();
        } catch (ReadException e) {
            throw new AssertionError("cannot read " + copy + ": " + e.getMessage(), e);
        }
    }

    /** A copy of an .xlsx with one cell changed by {@code edit}. */
    private static Path editedCopy(Path file, String location, Consumer<Cell> edit) throws IOException {
        int bang = location.lastIndexOf('!');
        CellReference ref = new CellReference(location.substring(bang + 1));
        Path copy = Files.createTempFile(dir, "edited-", ".xlsx");
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheet(location.substring(0, bang));
            Row row = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
            Cell cell = row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
            edit.accept(cell);
            try (OutputStream out = Files.newOutputStream(copy)) {
                wb.write(out);
            }
        }
        return copy;
    }

    /** A copy of the harness's .xlsx with text written into the given cells, read back. */
    private static Disclosure edited(RuleHarness base, Map<String, String> texts) throws IOException {
        Path copy = base.file();
        for (Map.Entry<String, String> e : texts.entrySet()) {
            copy = editedCopy(copy, e.getKey(), c -> c.setCellValue(e.getValue()));
        }
        try {
            return JuesuanReader.create().read(copy).disclosure();
        } catch (ReadException e) {
            throw new AssertionError("cannot read " + copy + ": " + e.getMessage(), e);
        }
    }

    /** {@link RuleHarness#assertFailsAt(String, Severity, String, String...)} on a disclosure read elsewhere. */
    private static Evaluation assertFailsAt(Disclosure d, String ruleId, Severity severity, String instance,
                                            String... expectedCells) {
        List<Evaluation> all = RuleEngine.evaluate(RulePack.standard().rule(ruleId).orElseThrow(), d);
        List<Evaluation> failed = all.stream().filter(e -> e.outcome() == Outcome.FAIL).toList();
        assertEquals(1, failed.size(), ruleId + " should fail exactly once:\n" + RuleHarness.describe(all));
        assertFalse(all.stream().anyMatch(e -> e.outcome() == Outcome.NOT_EVALUABLE),
                ruleId + " has NOT_EVALUABLE instances:\n" + RuleHarness.describe(all));
        Evaluation f = failed.get(0);
        assertEquals(severity, f.rule().severity(), ruleId + " severity");
        assertEquals(instance, f.instance(), ruleId + " failed at another instance: " + RuleHarness.describe(List.of(f)));
        List<String> actual = RuleHarness.locations(f);
        assertEquals(actual.size(), Set.copyOf(actual).size(), ruleId + ": a cell is listed twice: " + actual);
        assertEquals(new TreeSet<>(Arrays.asList(expectedCells)), new TreeSet<>(actual),
                ruleId + " failed with other cells: " + RuleHarness.describe(List.of(f)));
        return f;
    }
}
