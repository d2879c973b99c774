package io.github.juesuan.rules;

import static io.github.juesuan.model.Severity.ERROR;
import static io.github.juesuan.model.Severity.WARNING;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.juesuan.fixtures.Format;
import io.github.juesuan.fixtures.Layout;
import io.github.juesuan.fixtures.SyntheticDocument;
import io.github.juesuan.fixtures.WrittenFigure;
import io.github.juesuan.model.Severity;
import io.github.juesuan.model.TableId;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules of the provincial kinds (Sichuan's SC.*, the generic coded table's KM.*): each passes on the
 * synthetic department written in Sichuan's thirteen tables, and fails — at its severity, with exactly the cells
 * listed — once one figure is changed by one 万元. KM rules run on the same workbook with the title of its
 * 项目支出决算表 changed to one the catalogue does not know, so that the table is read as a generic coded one; SG
 * rules on the county layout, whose 三公 prints two years and splits 公务接待费.
 */
class ProvincialPackTest {
    static final List<String> SC_RULES = List.of(
            "SC01.001", "SC01.002", "SC01.003", "SC01.004",
            "SC02.001", "SC02.002", "SC02.003", "SC02.004", "SC02.005",
            "SC03.001", "SC03.002", "SC03.003",
            "SC04.001", "SC04.002", "SC04.003", "SC04.004", "SC04.005");
    static final List<String> KM_RULES = List.of("KM.001", "KM.002");
    static final List<String> SG_RULES = List.of("SG09.001", "SG09.002");

    private static final BigDecimal ONE = new BigDecimal("1.00");
    private static final String FISCAL = "SC.FISCAL_DETAIL";
    private static final String GENERAL = "SC.GENERAL_DETAIL";
    private static final String PROJECT = "SC.GENERAL_PROJECT";
    private static final String SOE = "SC.SOE_FUND";
    private static final List<String> KUAN_20607 = List.of("20607", "2060701", "2060702", "2060799");
    /** A title no catalogue alias is part of. */
    private static final String UNKNOWN_TITLE = "项目支出分科目决算情况表";

    @TempDir
    static Path dir;

    static RuleHarness h;
    static RuleHarness generic;
    /** The county layout, whose 三公 is the two-year 情况统计表. */
    static RuleHarness county;

    @BeforeAll
    static void write() throws IOException {
        h = RuleHarness.write(SyntheticDocument.generate(RuleHarness.SYNTHETIC_SEED), Layout.SICHUAN, Format.XLSX, dir);
        generic = h.retitled(PROJECT, UNKNOWN_TITLE);
        county = RuleHarness.write(SyntheticDocument.generate(RuleHarness.SYNTHETIC_SEED), Layout.COUNTY, Format.XLSX,
                dir);
    }

    @Test
    void everySgRuleOfTheStandardPackIsTested() {
        Breaks.Coverage.assertEveryRuleTested(ProvincialPackTest.class, "SG", SG_RULES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sgRules")
    void passesOnTheTwoYearThreePublicTable(String ruleId) {
        county.assertPasses(ruleId);
    }

    static Stream<String> sgRules() {
        return SG_RULES.stream();
    }

    @Test
    @Breaks("SG09.001")
    void sg09_001() {
        assertFails(county.plus("09", "overseas", "change", ONE), "SG09.001", ERROR,
                county.cell("09", "overseas", "change"), county.cell("09", "overseas", "actual"),
                county.cell("09", "overseas", "prior"));
    }

    @Test
    @Breaks("SG09.002")
    void sg09_002() {
        assertFails(county.plus("09", "hospitality.abroad", "actual", ONE), "SG09.002", ERROR,
                county.cells("09", List.of("hospitality", "hospitality.domestic", "hospitality.abroad"), "actual"));
    }

    @Test
    void everyScRuleOfTheStandardPackIsTested() {
        Breaks.Coverage.assertEveryRuleTested(ProvincialPackTest.class, "SC", SC_RULES);
    }

    @Test
    void everyKmRuleOfTheStandardPackIsTested() {
        Breaks.Coverage.assertEveryRuleTested(ProvincialPackTest.class, "KM", KM_RULES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scRules")
    void passesOnTheSichuanWorkbook(String ruleId) {
        h.assertPasses(ruleId);
    }

    static Stream<String> scRules() {
        return SC_RULES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kmRules")
    void passesOnAGenericCodedTable(String ruleId) {
        generic.assertPasses(ruleId);
    }

    static Stream<String> kmRules() {
        return KM_RULES.stream();
    }

    @Test
    void theUnknownTitleIsReadAsTheGenericKindWithItsTitleKept() {
        var t = generic.read().table(TableId.of("CODED", "CODED")).orElseThrow();
        assertEquals(UNKNOWN_TITLE, t.title());
        assertEquals(List.of("决算数"), t.columns().stream().map(c -> c.key()).toList());
        assertEquals(h.read().table(TableId.of(PROJECT, PROJECT)).orElseThrow().rows().size(), t.rows().size());
    }

    /** The seed in every layout: these rules apply where their tables are printed and are silent elsewhere. */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("io.github.juesuan.fixtures.Layouts#everyLayoutAndFormat")
    void provincialRulesNeitherFailNorGoUnevaluatedOnTheSeed(Layout layout, Format format, @TempDir Path tmp)
            throws IOException {
        RuleHarness seed = RuleHarness.write(io.github.juesuan.fixtures.SeedDocument.create(), layout, format, tmp);
        List<Evaluation> mine = seed.evaluateAll().stream()
                .filter(e -> e.rule().id().matches("(SC|SG|KM).*")).toList();
        assertEquals(List.of(), mine.stream().filter(e -> e.outcome() != Outcome.PASS && e.outcome() != Outcome.ROUNDING)
                .map(e -> e.rule().id() + " " + e.outcome()).toList());
        boolean sichuan = layout == Layout.SICHUAN;
        assertEquals(sichuan, mine.stream().anyMatch(e -> e.rule().id().startsWith("SC")),
                "SC rules are evaluated exactly where Sichuan's tables are printed");
    }

    // ---- helpers -------------------------------------------------------------------------------------

    private static String[] cells(String table, String row, String... columns) {
        return Stream.of(columns).map(c -> h.cell(table, row, c)).toArray(String[]::new);
    }

    private static String[] join(String[]... parts) {
        return Stream.of(parts).flatMap(Stream::of).toArray(String[]::new);
    }

    /** The 类 rows (3-digit codes) the workbook prints in a table, each at {@code column}. */
    private static String[] classes(String table, String column) {
        List<String> out = new ArrayList<>();
        for (WrittenFigure f : h.written().figures(table)) {
            if (f.columnKey().equals(column) && f.rowKey().matches("\\d{3}")) {
                out.add(f.sheet() + "!" + f.a1());
            }
        }
        return out.toArray(String[]::new);
    }

    private static void assertFails(RuleHarness broken, String ruleId, Severity severity, String... cells) {
        assertEquals(severity, broken.assertFailsAt(ruleId, cells).rule().severity());
    }

    // ---- 财政拨款支出决算明细表 ------------------------------------------------------------------------

    @Test
    @Breaks("SC01.001")
    void sc01_001() {
        assertFails(h.plus(FISCAL, "2060702", "general", ONE), "SC01.001", ERROR,
                cells(FISCAL, "2060702", "total", "general", "fund", "soe"));
    }

    @Test
    @Breaks("SC01.002")
    void sc01_002() {
        assertFails(h.plus(FISCAL, "2060702", "total", ONE), "SC01.002", ERROR,
                h.cells(FISCAL, KUAN_20607, "total"));
    }

    @Test
    @Breaks("SC01.003")
    void sc01_003() {
        assertFails(h.plus(FISCAL, "total", "fund", ONE), "SC01.003", ERROR,
                join(cells(FISCAL, "total", "fund"), classes(FISCAL, "fund")));
    }

    @Test
    @Breaks("SC01.004")
    void sc01_004() {
        assertFails(h.plus(FISCAL, "total", "soe", ONE), "SC01.004", ERROR,
                h.cell(FISCAL, "total", "soe"), h.cell("04", "exp.total", "soe"));
    }

    // ---- 一般公共预算财政拨款支出决算明细表 --------------------------------------------------------------

    @Test
    @Breaks("SC02.001")
    void sc02_001() {
        assertFails(h.plus(GENERAL, "2060702", "project", ONE), "SC02.001", ERROR,
                cells(GENERAL, "2060702", "total", "basic", "project"));
    }

    @Test
    @Breaks("SC02.002")
    void sc02_002() {
        assertFails(h.plus(GENERAL, "2060701", "public", ONE), "SC02.002", ERROR,
                cells(GENERAL, "2060701", "basic", "personnel", "public"));
    }

    @Test
    @Breaks("SC02.003")
    void sc02_003() {
        assertFails(h.plus(GENERAL, "2060702", "personnel", ONE), "SC02.003", ERROR,
                h.cells(GENERAL, KUAN_20607, "personnel"));
    }

    @Test
    @Breaks("SC02.004")
    void sc02_004() {
        assertFails(h.plus(GENERAL, "total", "personnel", ONE), "SC02.004", ERROR,
                join(cells(GENERAL, "total", "personnel"), classes(GENERAL, "personnel")));
    }

    @Test
    @Breaks("SC02.005")
    void sc02_005() {
        assertFails(h.plus(GENERAL, "total", "project", ONE), "SC02.005", ERROR,
                h.cell(GENERAL, "total", "project"), h.cell("05", "total", "project"));
    }

    // ---- 一般公共预算财政拨款项目支出决算表 ----------------------------------------------------------------

    @Test
    @Breaks("SC03.001")
    void sc03_001() {
        assertFails(h.plus(PROJECT, "2060702", "total", ONE), "SC03.001", ERROR,
                h.cells(PROJECT, KUAN_20607, "total"));
    }

    @Test
    @Breaks("SC03.002")
    void sc03_002() {
        assertFails(h.plus(PROJECT, "total", "total", ONE), "SC03.002", ERROR,
                join(cells(PROJECT, "total", "total"), classes(PROJECT, "total")));
    }

    @Test
    @Breaks("SC03.003")
    void sc03_003() {
        assertFails(h.plus(PROJECT, "total", "total", ONE), "SC03.003", ERROR,
                h.cell(PROJECT, "total", "total"), h.cell("05", "total", "project"));
    }

    // ---- 国有资本经营预算财政拨款收入支出决算表 --------------------------------------------------------------

    @Test
    @Breaks("SC04.001")
    void sc04_001() {
        assertFails(h.plus(SOE, "2230105", "project", ONE), "SC04.001", ERROR,
                cells(SOE, "2230105", "total", "basic", "project"));
    }

    @Test
    @Breaks("SC04.002")
    void sc04_002() {
        assertFails(h.plus(SOE, "2230105", "total", ONE), "SC04.002", ERROR,
                h.cell(SOE, "22301", "total"), h.cell(SOE, "2230105", "total"));
    }

    @Test
    @Breaks("SC04.003")
    void sc04_003() {
        assertFails(h.plus(SOE, "total", "project", ONE), "SC04.003", ERROR,
                join(cells(SOE, "total", "project"), classes(SOE, "project")));
    }

    @Test
    @Breaks("SC04.004")
    void sc04_004() {
        assertFails(h.plus(SOE, "2230105", "closing", ONE), "SC04.004", WARNING,
                cells(SOE, "2230105", "closing", "opening", "income", "total"));
    }

    @Test
    @Breaks("SC04.005")
    void sc04_005() {
        assertFails(h.plus(SOE, "total", "basic", ONE), "SC04.005", ERROR,
                h.cell(SOE, "total", "basic"), h.cell("08", "total", "basic"));
    }

    // ---- the generic coded table ---------------------------------------------------------------------

    @Test
    @Breaks("KM.001")
    void km_001() {
        assertFails(generic.plus(PROJECT, "2060702", "total", ONE), "KM.001", ERROR,
                h.cells(PROJECT, KUAN_20607, "total"));
    }

    @Test
    @Breaks("KM.002")
    void km_002() {
        assertFails(generic.plus(PROJECT, "total", "total", ONE), "KM.002", ERROR,
                join(cells(PROJECT, "total", "total"), classes(PROJECT, "total")));
    }
}
