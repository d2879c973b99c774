package io.github.juesuan.rules;

import static io.github.juesuan.model.Severity.ERROR;
import static io.github.juesuan.model.Severity.INFO;
import static io.github.juesuan.model.Severity.WARNING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.juesuan.model.Severity;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Blanks that mean "not stated": a filled total over parts that are all blank is PARTS_BLANK (分项未填), filled
 * parts under a blank total TOTAL_BLANK (合计未填), at the rule's {@code blank:} severity and naming the blank
 * cells — never a FAIL against 0. Parts only partly blank still count as 0.
 */
class BlankPartsTest {

    private static final List<String> VEHICLE_PARTS = List.of("vehicle.purchase", "vehicle.operation");
    private static final List<String> FUND_COLUMNS = List.of("general", "fund", "soe");

    @TempDir
    static Path dir;

    static RuleHarness h;

    @BeforeAll
    static void write() throws IOException {
        h = RuleHarness.synthetic(dir);
        // the cases below need both 公务用车 parts printed in the synthetic department
        for (String part : VEHICLE_PARTS) {
            assertTrue(h.value("09", part, "actual").signum() > 0, part + " is printed");
        }
    }

    /** The evaluations of a rule that are neither PASS nor a rounding tail. */
    private static List<Evaluation> reported(RuleHarness copy, String ruleId) {
        return copy.evaluate(ruleId).stream()
                .filter(e -> e.outcome() != Outcome.PASS && e.outcome() != Outcome.ROUNDING).toList();
    }

    private static Evaluation only(RuleHarness copy, String ruleId) {
        List<Evaluation> all = reported(copy, ruleId);
        assertEquals(1, all.size(), () -> ruleId + ":\n" + RuleHarness.describe(all));
        return all.get(0);
    }

    // ---- 三公: both 其中 blank under a filled 小计 is an omission, an ERROR ----------------------------------

    @Test
    void threePublicVehiclePartsBothBlankArePartsBlankAtError() {
        Evaluation e = only(h.blank("09", VEHICLE_PARTS, "actual"), "GK09.002");
        assertEquals(Outcome.PARTS_BLANK, e.outcome());
        assertEquals(ERROR, e.severity());
        assertEquals(ERROR, e.rule().blank());
        assertEquals("决算数", e.instance());
        String vehicle = h.cell("09", "vehicle", "actual");
        String purchase = h.cell("09", "vehicle.purchase", "actual");
        String operation = h.cell("09", "vehicle.operation", "actual");
        assertEquals(List.of(vehicle, purchase, operation), RuleHarness.locations(e));
        assertEquals(List.of(h.figure("09", "vehicle", "actual").printed(), "", ""),
                e.cells().stream().map(Participant::printed).toList(), "the blank cells are listed as blank");
        assertEquals("合计已填（" + h.figure("09", "vehicle", "actual").printed() + "），分项均未填：" + purchase + "、"
                + operation, e.reason());
        assertEquals("the total is filled (" + h.figure("09", "vehicle", "actual").printed()
                + ") but every part is blank: " + purchase + ", " + operation, e.reasonEn());
        assertEquals("", e.substituted(), "no comparison with 0 is printed");
        assertNull(e.computed());
        assertNull(e.printed());
        assertNull(e.difference());
        assertNull(e.allowed());
    }

    @Test
    void threePublicVehicleTotalBlankOverFilledPartsIsTotalBlankAtError() {
        Evaluation e = only(h.blank("09", "vehicle", "actual"), "GK09.002");
        assertEquals(Outcome.TOTAL_BLANK, e.outcome());
        assertEquals(ERROR, e.severity());
        String vehicle = h.cell("09", "vehicle", "actual");
        assertEquals(List.of(vehicle, h.cell("09", "vehicle.purchase", "actual"), h.cell("09", "vehicle.operation", "actual")),
                RuleHarness.locations(e));
        assertEquals("分项已填，合计未填：" + vehicle, e.reason());
        assertEquals("the parts are filled but the total is blank: " + vehicle, e.reasonEn());
        assertEquals("", e.substituted());
    }

    @Test
    void onePartBlankStillCountsAsZeroAndFails() {
        Evaluation e = only(h.blank("09", "vehicle.operation", "actual"), "GK09.002");
        assertEquals(Outcome.FAIL, e.outcome());
        assertEquals(ERROR, e.severity());
        assertTrue(e.substituted().contains(" + 0 = "), e::substituted);
        assertEquals("", e.reason());
    }

    @Test
    void aTotalBlankAmongPartsOfAnotherIdentityIsAPartlyBlankPart() {
        // 公务用车 blank: GK09.002 says 合计未填; for GK09.001 it is one of three parts, the others filled
        RuleHarness copy = h.blank("09", "vehicle", "actual");
        Evaluation e = only(copy, "GK09.001");
        assertEquals(Outcome.FAIL, e.outcome());
    }

    @Test
    void everythingBlankStatesNothingAndPasses() {
        RuleHarness copy = h.blank("09", List.of("vehicle", "vehicle.purchase", "vehicle.operation"), "actual");
        assertEquals(List.of(), reported(copy, "GK09.002"));
    }

    @Test
    void aStatedZeroTotalOverBlankPartsAgreesAndPasses() {
        RuleHarness copy = h.blank("09", VEHICLE_PARTS, "actual").mutate("09", "vehicle", "actual", new BigDecimal("0.00"));
        assertEquals(List.of(), reported(copy, "GK09.002"));
    }

    @Test
    void dashesAreBlanksHere() {
        RuleHarness copy = h.text("09", "vehicle.purchase", "actual", "—").text("09", "vehicle.operation", "actual", "———");
        Evaluation e = only(copy, "GK09.002");
        assertEquals(Outcome.PARTS_BLANK, e.outcome());
        assertEquals(List.of("—", "———"), e.cells().subList(1, 3).stream().map(Participant::printed).toList());
    }

    @Test
    void inequalitiesStillCompareABlankAsZero() {
        // GKW.003: [06] #30231 <= [09] {vehicle.operation}.{actual}; the right side blank is 0
        Evaluation e = only(h.blank("09", VEHICLE_PARTS, "actual"), "GKW.003");
        assertEquals(Outcome.FAIL, e.outcome());
        assertEquals(WARNING, e.severity());
    }

    // ---- 04: shaded fund columns on rows 60–64 are a WARNING -----------------------------------------

    @Test
    void shadedFundColumnsOf04AreAWarningNotAnError() {
        RuleHarness copy = h.blank("04", "exp.grand", "general").blank("04", "exp.grand", "fund")
                .blank("04", "exp.grand", "soe");
        Evaluation row = only(copy, "GK04.004");
        assertEquals(Outcome.PARTS_BLANK, row.outcome());
        assertEquals(WARNING, row.severity());
        assertEquals("总计", row.instance());
        assertEquals(List.of(h.cell("04", "exp.grand", "total"), h.cell("04", "exp.grand", "general"),
                h.cell("04", "exp.grand", "fund"), h.cell("04", "exp.grand", "soe")), RuleHarness.locations(row));

        // R59.* + R60.* = R64.*: line 64 blank under a filled line 59, column by column
        List<Evaluation> columns = reported(copy, "GK04.006");
        assertFalse(columns.isEmpty());
        for (Evaluation e : columns) {
            assertEquals(Outcome.TOTAL_BLANK, e.outcome(), () -> RuleHarness.describe(columns));
            assertEquals(WARNING, e.severity());
        }
        Evaluation general = columns.get(0);
        assertEquals("支出/一般公共预算财政拨款", general.instance());
        assertEquals(List.of(h.cell("04", "exp.total", "general"), h.cell("04", "exp.closing", "general"),
                h.cell("04", "exp.grand", "general")), RuleHarness.locations(general));
        assertEquals("分项已填，合计未填：" + h.cell("04", "exp.grand", "general"), general.reason());
    }

    // ---- which checks have a total and parts ----------------------------------------------------------

    private static Rule rule(String check) {
        return Rule.builder("T.001").message("测试").check(check).build();
    }

    private static Outcome outcome(RuleHarness copy, Rule rule) {
        List<Evaluation> all = RuleEngine.evaluate(rule, copy.read());
        assertEquals(1, all.size());
        return all.get(0).outcome();
    }

    @Test
    void theTotalMayBeWrittenOnEitherSide() {
        RuleHarness copy = h.blank("09", VEHICLE_PARTS, "actual");
        assertEquals(Outcome.PARTS_BLANK, outcome(copy, rule(
                "[09] {vehicle.purchase}.{actual} + {vehicle.operation}.{actual} = {vehicle}.{actual}")));
        assertEquals(Outcome.PARTS_BLANK, outcome(copy, rule(
                "[09] {vehicle}.{actual} = sum({vehicle.purchase}.{actual}, {vehicle.operation}.{actual})")));
        assertEquals(Outcome.TOTAL_BLANK, outcome(copy, rule(
                "[09] {vehicle}.{actual} - {vehicle.operation}.{actual} = {vehicle.purchase}.{actual}")),
                "a single cell against a difference of cells: the single cell is the total, here the blank one");
    }

    @Test
    void aCheckWithoutOneTotalAndPartsComparesBlanksAsZero() {
        RuleHarness copy = h.blank("09", VEHICLE_PARTS, "actual");
        assertEquals(Outcome.FAIL, outcome(copy, rule("[09] {vehicle}.{actual} = {vehicle.purchase}.{actual}")),
                "one cell against one cell");
        assertEquals(Outcome.FAIL, outcome(copy, rule(
                "[09] {vehicle}.{actual} + {overseas}.{budget} = {vehicle.purchase}.{actual} + {vehicle.operation}.{actual}")),
                "several cells on both sides");
        assertEquals(Outcome.FAIL, outcome(copy, rule(
                "[09] {vehicle}.{actual} = {vehicle.purchase}.{actual} + {vehicle.operation}.{actual} + 0")),
                "a constant among the parts");
        assertEquals(Outcome.FAIL, outcome(copy, rule(
                "[09] {vehicle}.{actual} = ({vehicle.purchase}.{actual} + {vehicle.operation}.{actual}) × 2")),
                "a product");
    }

    // ---- the blank: clause ----------------------------------------------------------------------------

    private static RulePack pack(String clauses) throws RuleSyntaxException {
        return RulePack.parse("pack t 1\nrule T.001 ERROR 测试\n  check: [09] {vehicle}.* = {vehicle.purchase}.* + {vehicle.operation}.*\n"
                + clauses, "t.rules");
    }

    @Test
    void theBlankClauseDeclaresTheSeverity() throws RuleSyntaxException {
        assertEquals(WARNING, pack("").rules().get(0).blank(), "WARNING when not declared");
        assertEquals(ERROR, pack("  blank: ERROR\n").rules().get(0).blank());
        assertEquals(INFO, pack("  blank: info\n").rules().get(0).blank());
        Rule declared = pack("  blank: INFO\n").rules().get(0);
        List<Evaluation> all = RuleEngine.evaluate(declared, h.blank("09", VEHICLE_PARTS, "actual").read());
        Evaluation e = all.stream().filter(x -> x.outcome() != Outcome.PASS).findFirst().orElseThrow();
        assertEquals(Outcome.PARTS_BLANK, e.outcome());
        assertEquals(INFO, e.severity());
    }

    @Test
    void anUnknownBlankSeverityIsASyntaxError() {
        RuleSyntaxException e = assertThrows(RuleSyntaxException.class, () -> pack("  blank: LOUD\n"));
        assertEquals("t.rules:4:10: 未知的级别「LOUD」，应为 ERROR、WARNING 或 INFO (unknown severity)", e.getMessage());
    }

    @Test
    void theBuiltInPackDeclaresItsBlanks() {
        RulePack p = RulePack.standard();
        assertEquals(ERROR, p.rule("GK09.002").orElseThrow().blank());
        assertEquals(WARNING, p.rule("GK04.004").orElseThrow().blank());
        assertEquals(WARNING, p.rule("GK04.006").orElseThrow().blank());
    }

    @Test
    void aRuleTurnedDownTurnsItsBlanksDownToo() {
        Rule r = RulePack.standard().rule("GK09.002").orElseThrow();
        assertEquals(Severity.INFO, r.withSeverity(INFO).blank());
        assertEquals(Severity.WARNING, r.withSeverity(WARNING).blank());
        assertEquals(Severity.WARNING, RulePack.standard().rule("GK04.004").orElseThrow().withSeverity(ERROR).blank(),
                "raising the rule leaves its declared blank severity");
        assertEquals(INFO, Rule.builder("T.002").severity(INFO).message("测").check("[01] R1 = R2 + R3").build().blank(),
                "an INFO rule says nothing louder about blanks");
    }
}
