package io.github.juesuan.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.juesuan.fixtures.FixtureDocument;
import io.github.juesuan.fixtures.FixturePerformance;
import io.github.juesuan.fixtures.Format;
import io.github.juesuan.fixtures.Layout;
import io.github.juesuan.fixtures.PerformanceForm;
import io.github.juesuan.fixtures.SeedDocument;
import io.github.juesuan.model.Disclosure;
import io.github.juesuan.model.Figure;
import io.github.juesuan.model.PerformanceEvaluation;
import io.github.juesuan.model.Problem;
import io.github.juesuan.model.Severity;
import io.github.juesuan.read.JuesuanReader;
import io.github.juesuan.read.ReadException;
import io.github.juesuan.read.ReadResult;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seed's two 项目支出绩效自评表 re-laid in the Sichuan and Yunnan words ({@link PerformanceForm}), in .xlsx and .xls,
 * with and without the 公开 tables: they read with no ERROR, the funds block (its own weight 10 included) and the
 * grid's end row (Sichuan 合计, Yunnan 总分 with Σ 分值 and the score in their own columns) are understood, and the
 * JX rules find exactly the seed's two genuine errors in project 2 (Σ 分值 86, 总分 47.06 against 41.06). Then the
 * variants: no 总分 printed, an evaluation not yet scored, a printed weight other than 10, the assumed default,
 * and the 部门整体支出绩效自评表.
 */
class PerformanceFormsTest {
    private static final RulePack JX = RulePack.standard().only(List.of("JX.*"));
    private static final List<String> P2_INDICATORS = IntStream.rangeClosed(1, 13).mapToObj(i -> "ind." + i).toList();

    static Stream<Arguments> formsAndFormats() {
        List<Arguments> out = new ArrayList<>();
        for (PerformanceForm form : List.of(PerformanceForm.SICHUAN, PerformanceForm.YUNNAN)) {
            for (Format format : Format.values()) {
                out.add(Arguments.of(form, format));
            }
        }
        return out.stream();
    }

    private static ReadResult read(RuleHarness h) {
        try {
            return JuesuanReader.create().read(h.file());
        } catch (ReadException e) {
            throw new AssertionError("cannot read " + h.file() + ": " + e.getMessage(), e);
        }
    }

    private static String key(Evaluation e) {
        return e.rule().id() + " " + e.project() + " " + e.outcome() + " " + e.instance();
    }

    private static List<Evaluation> notPassing(Disclosure d) {
        return RuleEngine.evaluate(JX, d).stream().filter(e -> e.outcome() != Outcome.PASS).toList();
    }

    private static List<String> errors(ReadResult r) {
        return r.problems().stream().filter(p -> p.severity() == Severity.ERROR).map(Problem::toString).toList();
    }

    /** The seed with only its 绩效自评表: no 公开 tables. */
    private static FixtureDocument perfOnly() {
        FixtureDocument seed = SeedDocument.create();
        return new FixtureDocument(seed.unitName(), seed.year(), List.of(), seed.perfs());
    }

    private static void assertTheSeedsTwoErrors(RuleHarness h, Disclosure d) {
        List<Evaluation> bad = notPassing(d);
        assertEquals(List.of("JX.007 2 FAIL ", "JX.008 2 FAIL "), bad.stream().map(PerformanceFormsTest::key).toList(),
                RuleHarness.describe(bad));
        Evaluation weights = bad.get(0);
        assertEquals("20 + 5 + 4 + 1 + 5 + 5 + 2 + 4 + 4 + 15 + 1 + 5 + 5 + 10 = 86 ≠ 100", weights.substituted());
        List<String> cells = new ArrayList<>(Arrays.asList(h.cells("PERF2", P2_INDICATORS, "weight")));
        cells.add(h.cell("PERF2", "total", "weight")); // the execution weight, as printed
        assertEquals(cells, RuleHarness.locations(weights));
        Evaluation total = bad.get(1);
        assertEquals("47.06 ≠ 1.06 + 5 + 3 + 2 + 1 + 5 + 5 + 2 + 2 + 2 + 5 + 1 + 5 + 2 = 41.06", total.substituted());
        assertEquals(h.cell("PERF2", "summary", "total"), RuleHarness.locations(total).get(0));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("formsAndFormats")
    void theSeedInProvincialWordsReadsWithNoErrorAndHasItsTwoErrors(PerformanceForm form, Format format, @TempDir Path tmp)
            throws IOException {
        RuleHarness h = RuleHarness.write(SeedDocument.create(), Layout.SHANXI, format, tmp, form);
        ReadResult r = read(h);
        assertEquals(List.of(), errors(r));
        assertEquals(List.of(), r.problems().stream().filter(p -> p.code().startsWith("READ.PERF")).toList());
        Disclosure d = r.disclosure();
        assertEquals(2, d.evaluations().size());
        PerformanceEvaluation p1 = d.evaluations().get(0);
        assertEquals(24, p1.indicators().size(), "the end row is no indicator");
        assertEquals(new BigDecimal("400.55"), p1.funds().budget().value().setScale(2, java.math.RoundingMode.HALF_UP));
        assertEquals(0, new BigDecimal("367.91").compareTo(p1.funds().executed().value().setScale(2,
                java.math.RoundingMode.HALF_UP)));
        assertEquals(0, BigDecimal.TEN.compareTo(p1.funds().weight().value()));
        assertEquals(h.cell("PERF1", "total", "weight"), p1.funds().weight().source().location());
        assertEquals(List.of("self"), p1.funds().sources().stream().map(f -> f.key()).toList(),
                "the seed's one source: 单位资金 (Sichuan), 单位自筹资金 (Yunnan)");
        assertEquals(0, new BigDecimal("88.19").compareTo(p1.total().orElseThrow().value()),
                "总分 from the 得分 column, not the Σ 分值 (100) printed before it");
        assertEquals(h.cell("PERF1", "summary", "total"), p1.total().orElseThrow().source().location());
        assertEquals("良", p1.grade().text());
        // the 等级: beside the score (Yunnan), or right of 自评等级 on the row below the 合计 row (Sichuan)
        org.apache.poi.ss.util.CellReference score = new org.apache.poi.ss.util.CellReference(
                h.cell("PERF1", "summary", "total").substring("绩效自评1!".length()));
        String grade = form == PerformanceForm.YUNNAN ? "H" + (score.getRow() + 1) : "F" + (score.getRow() + 2);
        assertEquals("绩效自评1!" + grade, p1.grade().source().location());
        assertEquals("差", d.evaluations().get(1).grade().text());
        assertTheSeedsTwoErrors(h, d);
        // the printed Σ 分值 (100 for project 1, 86 for project 2) adds up: JX.010 passes where it is printed
        List<Evaluation> printedSum = RuleEngine.evaluate(JX.only(List.of("JX.010")), d);
        assertEquals(List.of(Outcome.PASS, Outcome.PASS), printedSum.stream().map(Evaluation::outcome).toList());
        assertEquals(h.cell("PERF2", "summary", "weight"), RuleHarness.locations(printedSum.get(1)).get(0));
    }

    /** A workbook of 绩效自评表 only: no ERROR, and the same two findings. */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("formsAndFormats")
    void aPerformanceOnlyWorkbookReadsWithNoError(PerformanceForm form, Format format, @TempDir Path tmp) throws IOException {
        RuleHarness h = RuleHarness.write(perfOnly(), Layout.SHANXI, format, tmp, form);
        ReadResult r = read(h);
        assertEquals(List.of(), errors(r));
        assertEquals(List.of(), r.problems().stream().filter(p -> p.code().equals("READ.MISSING_TABLE")).toList());
        assertEquals(List.of(), r.disclosure().tables());
        assertTheSeedsTwoErrors(h, r.disclosure());
    }

    /** The Shanxi (财政部) form prints no weight of its own: the template's 10 is assumed, and the finding says so. */
    @Test
    void withoutAPrintedWeightTheDefaultIsAssumedAndNamed(@TempDir Path tmp) throws IOException {
        RuleHarness h = RuleHarness.write(perfOnly(), Layout.SHANXI, Format.XLSX, tmp);
        Disclosure d = read(h).disclosure();
        Figure weight = d.evaluations().get(1).funds().weight();
        assertEquals(0, BigDecimal.TEN.compareTo(weight.value()));
        assertEquals("10（未列示，按默认）", weight.text());
        assertEquals("绩效自评2!B7", weight.source().location(), "the 资金总额 row: the form has no 分值 cell");
        Evaluation weights = notPassing(d).stream().filter(e -> e.rule().id().equals("JX.007")).findFirst().orElseThrow();
        assertEquals("10（未列示，按默认）", weights.cells().get(weights.cells().size() - 1).printed());
    }

    /** A printed execution weight of 20 is used: the score 9.19 (of a weight 10) now fails, and so do the weights. */
    @Test
    void aPrintedWeightOtherThan10IsUsed(@TempDir Path tmp) throws IOException {
        RuleHarness h = RuleHarness.write(perfOnly(), Layout.SHANXI, Format.XLSX, tmp, PerformanceForm.YUNNAN)
                .mutate("PERF1", "total", "weight", new BigDecimal("20"));
        List<Evaluation> bad = notPassing(h.read());
        assertEquals(List.of("JX.002 1 FAIL 年度资金总额：", "JX.002 1 FAIL 单位自筹资金", "JX.007 1 FAIL ", "JX.007 2 FAIL ",
                "JX.008 2 FAIL ", "JX.010 1 FAIL "), bad.stream().map(PerformanceFormsTest::key).toList(), RuleHarness.describe(bad));
        assertEquals("9.19 ≠ min(91.85, 100) × 20 / 100 = 18.37", bad.get(0).substituted());
        assertTrue(RuleHarness.locations(bad.get(0)).contains(h.cell("PERF1", "total", "weight")));
    }

    /**
     * No 总分 printed (a Yunnan form whose grid ends with nothing, a Shanxi one without its 总分 row): no 总分 is
     * invented and compared with 0; JX.008 and JX.009 cannot be evaluated, and one INFO says why.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.juesuan.rules.PerformanceFormsTest#shanxiAndYunnan")
    void withoutATotalTheTotalRulesAreNotEvaluable(PerformanceForm form, @TempDir Path tmp) throws IOException {
        List<FixturePerformance> perfs = perfOnly().perfs().stream().map(p -> new FixturePerformance(p.titleLines(), p.projectName(),
                p.department(), p.unit(), p.fundsLabel(), p.balanceLabel(), p.funds(), p.goal(), p.achievement(),
                p.indicators(), null, "", p.analysis(), p.remarks())).toList();
        FixtureDocument doc = new FixtureDocument("山西省科学技术协会", 2024, List.of(), perfs);
        RuleHarness h = RuleHarness.write(doc, Layout.SHANXI, Format.XLSX, tmp, form);
        ReadResult r = read(h);
        assertEquals(List.of(), errors(r));
        List<Problem> noTotal = r.problems().stream().filter(p -> p.code().equals("READ.PERF_NO_TOTAL")).toList();
        assertEquals(2, noTotal.size(), r.problems().toString());
        assertEquals(Severity.INFO, noTotal.get(0).severity());
        assertEquals(Optional.empty(), r.disclosure().evaluations().get(0).total());
        List<Evaluation> bad = notPassing(r.disclosure());
        List<String> expected = new ArrayList<>(List.of("JX.007 2 FAIL ", "JX.008 1 NOT_EVALUABLE ",
                "JX.008 2 NOT_EVALUABLE ", "JX.009 1 NOT_EVALUABLE ", "JX.009 2 NOT_EVALUABLE "));
        if (form == PerformanceForm.SHANXI) { // the Shanxi form prints 资金结余, with the seed's rounding tail
            expected.addAll(0, List.of("JX.003 1 ROUNDING 资金总额", "JX.003 1 ROUNDING 单位自筹资金"));
        }
        assertEquals(expected, bad.stream().map(PerformanceFormsTest::key).toList(), RuleHarness.describe(bad));
        assertEquals("table PERF has no row [PERF] {summary}.{total}", bad.get(expected.size() - 1).reasonEn());
    }

    static Stream<PerformanceForm> shanxiAndYunnan() {
        return Stream.of(PerformanceForm.SHANXI, PerformanceForm.YUNNAN);
    }

    /**
     * An evaluation not yet scored (every 得分 blank, no 总分): one INFO for the table, no "below full marks" per
     * indicator, nothing compared with 0.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.juesuan.rules.PerformanceFormsTest#shanxiAndYunnan")
    void anEvaluationNotYetScoredIsReportedOnce(PerformanceForm form, @TempDir Path tmp) throws IOException {
        FixturePerformance p = SeedDocument.create().perfs().get(0);
        List<FixturePerformance.Indicator> unscored = p.indicators().stream().map(i -> new FixturePerformance.Indicator(i.level1(),
                i.level2(), i.level3(), i.initialValue(), i.adjustedValue(), i.actualValue(), i.qualitative(), i.weight(),
                null, "")).toList();
        FixturePerformance perf = new FixturePerformance(p.titleLines(), p.projectName(), p.department(), p.unit(), p.fundsLabel(),
                p.balanceLabel(), p.funds(), p.goal(), p.achievement(), unscored, null, "", List.of(), List.of());
        RuleHarness h = RuleHarness.write(new FixtureDocument("山西省科学技术协会", 2024, List.of(), List.of(perf)),
                Layout.SHANXI, Format.XLSX, tmp, form);
        ReadResult r = read(h);
        List<Problem> once = r.problems().stream().filter(x -> x.code().equals("READ.PERF_NOT_SCORED")).toList();
        assertEquals(1, once.size(), r.problems().toString());
        assertEquals(Severity.INFO, once.get(0).severity());
        assertEquals("绩效自评1!A2", once.get(0).where().orElseThrow().location(), "the title 项目支出绩效自评表");
        assertEquals("绩效自评1!A2：绩效自评表「" + p.projectName() + "」的指标均未填写得分（尚未评分），不核对各指标得分",
                once.get(0).message());
        List<Evaluation> all = RuleEngine.evaluate(JX, r.disclosure());
        assertEquals(List.of(), all.stream().filter(e -> List.of("JX.005", "JX.006", "JX.W03").contains(e.rule().id()))
                .map(PerformanceFormsTest::key).toList(), "no per-indicator points rule");
        assertEquals(List.of(), all.stream().filter(e -> e.outcome() == Outcome.FAIL).map(PerformanceFormsTest::key).toList());
    }

    /**
     * A funds block whose header names no budget column: a WARNING saying what is missing (the reader could not
     * interpret it; nothing printed disagrees), and the rules on funds are NOT_EVALUABLE, not failed.
     */
    @Test
    void aFundsBlockThatCannotBeFoundIsAWarning(@TempDir Path tmp) throws IOException {
        RuleHarness h = RuleHarness.write(perfOnly(), Layout.SHANXI, Format.XLSX, tmp);
        Path copy = tmp.resolve("no-budget-header.xlsx");
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(h.file());
             org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            for (org.apache.poi.ss.usermodel.Row row : wb.getSheet("绩效自评1")) {
                for (org.apache.poi.ss.usermodel.Cell c : row) {
                    if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                            && c.getStringCellValue().equals("全年预算数")) {
                        c.setCellValue("预算");
                    }
                }
            }
            try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(copy)) {
                wb.write(out);
            }
        }
        ReadResult r;
        try {
            r = JuesuanReader.create().read(copy);
        } catch (ReadException e) {
            throw new AssertionError(e);
        }
        assertEquals(List.of(), errors(r));
        List<Problem> noFunds = r.problems().stream().filter(p -> p.code().equals("READ.PERF_NO_FUNDS")).toList();
        assertEquals(1, noFunds.size(), r.problems().toString());
        assertEquals(Severity.WARNING, noFunds.get(0).severity());
        assertEquals("绩效自评1!A2：绩效自评表「" + SeedDocument.create().perfs().get(0).projectName()
                + "」中找不到资金表（同一行列有「全年预算数」「全年执行数」等表头），涉及资金的核对无法进行", noFunds.get(0).message());
        List<Evaluation> p1 = RuleEngine.evaluate(JX, r.disclosure()).stream().filter(e -> e.project() == 1).toList();
        assertEquals(List.of(), p1.stream().filter(e -> e.outcome() == Outcome.FAIL).map(PerformanceFormsTest::key).toList());
        for (String id : List.of("JX.007", "JX.008")) { // both need the 资金总额 row
            assertTrue(p1.stream().anyMatch(e -> e.rule().id().equals(id) && e.outcome() == Outcome.NOT_EVALUABLE),
                    id + ":\n" + RuleHarness.describe(p1));
        }
    }

    /** The 部门整体支出绩效自评表 is a kind of its own, checked by the same rules. */
    @Test
    void theDepartmentWideEvaluationIsReadAndChecked(@TempDir Path tmp) throws IOException {
        FixturePerformance p = SeedDocument.create().perfs().get(1);
        FixturePerformance dept = new FixturePerformance(List.of("部门整体支出绩效自评表", "(2024年度)"), "山西省科学技术协会",
                p.department(), p.unit(), p.fundsLabel(), p.balanceLabel(), p.funds(), p.goal(), p.achievement(),
                p.indicators(), p.totalScore(), p.grade(), List.of(), List.of());
        RuleHarness h = RuleHarness.write(new FixtureDocument("山西省科学技术协会", 2024, List.of(), List.of(dept)),
                Layout.SHANXI, Format.XLS, tmp, PerformanceForm.YUNNAN);
        ReadResult r = read(h);
        assertEquals(List.of(), errors(r));
        PerformanceEvaluation e = r.disclosure().evaluations().get(0);
        assertEquals("DEPT.PERF", e.table().id().code());
        assertEquals("部门整体支出绩效自评表", e.table().id().title());
        assertEquals("山西省科学技术协会", e.projectName());
        assertEquals(List.of("JX.007 1 FAIL ", "JX.008 1 FAIL "), notPassing(r.disclosure()).stream()
                .map(PerformanceFormsTest::key).toList());
    }
}
