package io.github.juesuan.rules;

import io.github.juesuan.model.Severity;
import io.github.juesuan.model.TableId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.github.juesuan.model.TableId.T01;
import static io.github.juesuan.model.TableId.T02;
import static io.github.juesuan.model.TableId.T03;
import static io.github.juesuan.model.TableId.T04;
import static io.github.juesuan.model.TableId.T05;
import static io.github.juesuan.model.TableId.T06;
import static io.github.juesuan.model.TableId.T09;
import static io.github.juesuan.model.TableId.T10;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rule-pack language: every construct, its syntax errors with line and column, and pack operations. */
class RuleParserTest {

    // ---- helpers --------------------------------------------------------------------------------------

    private static Rule rule(String check) {
        return Rule.builder("P.001").message("m").check(check).build();
    }

    private static Condition condition(String check) {
        return rule(check).condition();
    }

    private static Expr.Ref ref(TableId t, RowSelector row, ColumnSelector column) {
        return new Expr.Ref(t, row, column);
    }

    private static Expr.Ref line(TableId t, int n) {
        return ref(t, new RowSelector.Line(n), new ColumnSelector.OnlyColumn());
    }

    private static Expr.Ref current(TableId t, ColumnSelector column) {
        return ref(t, new RowSelector.Current(), column);
    }

    private static Expr plus(Expr l, Expr r) {
        return new Expr.Binary('+', l, r);
    }

    private static Expr.Call call(String f, Expr... args) {
        return new Expr.Call(f, List.of(args));
    }

    private static Expr.Constant num(String v) {
        return new Expr.Constant(new BigDecimal(v));
    }

    private static Condition eq(Expr l, Expr r) {
        return new Condition(l, Condition.Comparison.EQUAL, r);
    }

    private static RuleSyntaxException syntaxError(String pack) {
        return assertThrows(RuleSyntaxException.class, () -> RulePack.parse(pack, "t.rules"));
    }

    private static void assertAt(int line, int column, RuleSyntaxException e) {
        assertEquals(line + ":" + column, e.line() + ":" + e.column(), e::getMessage);
        assertEquals("t.rules", e.source());
        assertTrue(e.getMessage().startsWith("t.rules:" + line + ":" + column + ": "), e::getMessage);
        assertTrue(e.getMessage().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                () -> "a Chinese message: " + e.getMessage());
    }

    // ---- constructs -------------------------------------------------------------------------------------

    @Nested
    class Constructs {
        @Test
        void tablePrefixAndLines() {
            Condition expected = eq(plus(plus(line(T01, 27), line(T01, 28)), line(T01, 29)), line(T01, 31));
            assertEquals(expected, condition("[01] R27 + R28 + R29 = R31"));
            // the same tree as built in Java
            assertEquals(expected, Expr.line(T01, 27).plus(Expr.line(T01, 28)).plus(Expr.line(T01, 29))
                    .isEqualTo(Expr.line(T01, 31)));
            // [1] means 01; a prefix holds until the next one
            assertEquals(expected, condition("[1] R27 + R28 + R29 = R31"));
            assertEquals(eq(ref(T02, new RowSelector.Key("total"), new ColumnSelector.ColumnNumber(1)), line(T01, 27)),
                    condition("[02] {total}.C1 = [01] R27"));
            assertNull(rule("[01] R1 = R2").scope());
        }

        @Test
        void codesKeysAndLabels() {
            assertEquals(eq(ref(T03, new RowSelector.Code("206"), new ColumnSelector.ColumnNumber(1)), ref(T01, new RowSelector.Key("exp.206"), new ColumnSelector.OnlyColumn())),
                    condition("[03] #206.C1 = [01] {exp.206}"));
            assertEquals(eq(ref(T01, new RowSelector.Label("本年收入合计"), new ColumnSelector.OnlyColumn()), line(T01, 27)),
                    condition("[01] 「本年收入合计」 = R27"));
            assertEquals(eq(ref(T06, new RowSelector.Key("personnel.total"), new ColumnSelector.OnlyColumn()),
                            call("sum", ref(T06, new RowSelector.Code("301"), new ColumnSelector.OnlyColumn()), ref(T06, new RowSelector.Code("303"), new ColumnSelector.OnlyColumn()))),
                    condition("[06] {personnel.total} = sum(#301, #303)"));
        }

        @Test
        void columns() {
            Condition c = condition("[04] R59.{general} + R59.「政府性基金预算财政拨款」 = R59.*");
            assertEquals(eq(plus(ref(T04, new RowSelector.Line(59), new ColumnSelector.ColumnKey("general")),
                            ref(T04, new RowSelector.Line(59), new ColumnSelector.ColumnLabel("政府性基金预算财政拨款"))),
                    ref(T04, new RowSelector.Line(59), new ColumnSelector.AnyColumn())), c);
            assertEquals(eq(ref(T05, new RowSelector.Key("total"), new ColumnSelector.ColumnNumber(2)),
                            plus(ref(T06, new RowSelector.Key("personnel.total"), new ColumnSelector.OnlyColumn()), ref(T06, new RowSelector.Key("public.total"), new ColumnSelector.OnlyColumn()))),
                    condition("[05] {total}.C2 = [06] {personnel.total} + {public.total}"));
        }

        @Test
        void functions() {
            assertEquals(eq(line(T01, 27), call("sum", new Expr.CellSet(T01, new RowSet.LineRange(1, 8), new ColumnSelector.OnlyColumn()))),
                    condition("[01] R27 = sum(R1..R8)"));
            assertEquals(new Condition(call("max", line(T01, 1), line(T01, 2)), Condition.Comparison.AT_LEAST, call("min", line(T01, 3), line(T01, 4))),
                    condition("[01] max(R1, R2) >= min(R3, R4)"));
            assertEquals(new Condition(call("abs", new Expr.Binary('-', line(T01, 1), line(T01, 2))), Condition.Comparison.AT_MOST, num("0.05")),
                    condition("abs([01] R1 - R2) <= 0.05"));
            assertEquals(eq(line(T01, 1), call("sum", new Expr.CellSet(T01, new RowSet.All(), new ColumnSelector.OnlyColumn()))),
                    condition("[01] R1 = sum(all)"));
            assertEquals(eq(new Expr.Negate(line(T01, 1)), line(T01, 2)), condition("-[01] R1 = R2"));
            IllegalArgumentException two = assertThrows(IllegalArgumentException.class, () -> rule("abs([01] R1, R2) = 0"));
            assertTrue(two.getMessage().contains("abs 只接受一个参数"), two::getMessage);
        }

        @Test
        void rowSets() {
            assertEquals(eq(ref(T02, new RowSelector.Key("total"), new ColumnSelector.AnyColumn()), call("sum", new Expr.CellSet(T02, new RowSet.Classes(), new ColumnSelector.AnyColumn()))),
                    condition("[02] {total}.* = sum(classes.*)"));
            Rule parents = rule("each row in [02] parents: .* = sum(children.*)");
            assertEquals(new Scope(T02, new RowSet.Parents()), parents.scope());
            assertEquals(eq(current(T02, new ColumnSelector.AnyColumn()), call("sum", new Expr.CellSet(T02, new RowSet.Children(), new ColumnSelector.AnyColumn()))),
                    parents.condition());
            assertEquals(eq(line(T10, 7), call("sum", new Expr.CellSet(T10, new RowSet.KeyPrefix("vehicles."), new ColumnSelector.OnlyColumn()))),
                    condition("[10] R7 = sum({vehicles.*})"));
        }

        @Test
        void iterationsAndSame() {
            Rule same = rule("each row in [03] classes: C1 = [01] same");
            assertEquals(new Scope(T03, new RowSet.Classes()), same.scope());
            assertEquals(eq(current(T03, new ColumnSelector.ColumnNumber(1)), ref(T01, new RowSelector.Same(), new ColumnSelector.OnlyColumn())), same.condition());
            Rule all = rule("each row in [05]: .* <= [03] same.*");
            assertEquals(new Scope(T05, new RowSet.All()), all.scope());
            assertEquals(new Condition(current(T05, new ColumnSelector.AnyColumn()), Condition.Comparison.AT_MOST, ref(T03, new RowSelector.Same(), new ColumnSelector.AnyColumn())),
                    all.condition());
            Rule row = rule("each row in [02]: C1 = C2 + C3");
            assertEquals(eq(current(T02, new ColumnSelector.ColumnNumber(1)), plus(current(T02, new ColumnSelector.ColumnNumber(2)), current(T02, new ColumnSelector.ColumnNumber(3)))),
                    row.condition());
        }

        @Test
        void comparisons() {
            Expr l = ref(T06, new RowSelector.Code("30217"), new ColumnSelector.OnlyColumn());
            Expr r = ref(T09, new RowSelector.Key("hospitality"), new ColumnSelector.ColumnKey("actual"));
            for (String op : List.of("≤", "<=")) {
                assertEquals(new Condition(l, Condition.Comparison.AT_MOST, r), condition("[06] #30217 " + op + " [09] {hospitality}.{actual}"));
            }
            for (String op : List.of("≥", ">=")) {
                assertEquals(new Condition(l, Condition.Comparison.AT_LEAST, r), condition("[06] #30217 " + op + " [09] {hospitality}.{actual}"));
            }
            assertEquals(eq(line(T01, 1), line(T01, 2)), condition("[01] R1 == R2"));
        }

        @Test
        void fullWidthPunctuationAndOperators() {
            assertEquals(rule("each row in [02]: C1 = sum(C2, C3) + C4").condition(),
                    condition("each row in [02]：C1 = sum（C2，C3） + C4"));
            assertEquals(new Scope(T02, new RowSet.All()), rule("each row in [02]：C1 = C2").scope());
            Expr expected = new Expr.Binary('-', new Expr.Binary('*', plus(line(T01, 1), line(T01, 2)), num("2")),
                    new Expr.Binary('/', line(T01, 3), num("4")));
            assertEquals(eq(expected, line(T01, 5)), condition("（[01] R1 + R2）× 2 − R3 ÷ 4 = R5"));
            assertEquals(eq(expected, line(T01, 5)), condition("([01] R1 + R2) * 2 - R3 / 4 = R5"));
            assertEquals(condition("[01] R1 = R2"), condition("[01]\u3000R1\u3000=\u3000R2"));
        }

        @Test
        void columnListsFilledWhenAndGrade() throws RuleSyntaxException {
            TableId perf = TableId.PERF;
            ColumnSelector.AnyColumn money = new ColumnSelector.AnyColumn(List.of("budget", "executed"));
            assertEquals(eq(ref(perf, new RowSelector.Key("total"), money), call("sum", ref(perf, new RowSelector.Key("self"), money), ref(perf, new RowSelector.Key("fiscal"), money))),
                    condition("[PERF] {total}.{budget,executed} = sum({self}.{budget,executed}, {fiscal}.{budget,executed})"));
            RulePack pack = RulePack.parse("""
                    pack p 1
                    rule P.001 WARNING 偏差原因
                      check: each row in [PERF] {ind.*}: filled(.{reason}) = 1
                      when: .{points} < .{weight}
                    rule P.002 ERROR 等级
                      grade: [PERF] {summary}.{total}; 优 90; 良 80; 中 60; 差
                    """, "p.rules");
            Rule reason = pack.rules().get(0);
            assertEquals(new Scope(perf, new RowSet.KeyPrefix("ind.")), reason.scope());
            assertEquals(eq(call("filled", current(perf, new ColumnSelector.ColumnKey("reason"))), num("1")), reason.condition());
            assertEquals(new Condition(current(perf, new ColumnSelector.ColumnKey("points")), Condition.Comparison.LESS,
                    current(perf, new ColumnSelector.ColumnKey("weight"))), reason.when());
            Rule grade = pack.rules().get(1);
            assertNull(grade.condition());
            assertEquals(ref(perf, new RowSelector.Key("summary"), new ColumnSelector.ColumnKey("total")), grade.grading().score());
            assertEquals(List.of("优", "良", "中", "差"), grade.grading().bands().stream().map(Grading.Band::label).toList());
            assertEquals("良", grade.grading().labelFor(new BigDecimal("88.19")));
        }

        @Test
        void aPackCarriesMessagesEnglishToleranceAndComments() throws RuleSyntaxException {
            RulePack pack = RulePack.parse("""
                    # a comment line
                    pack mine 2.0

                    rule M.001 WARNING 第一条  # trailing comment
                      check: [03] #206.C1 = [01] {exp.206}   # #206 is a code, this is a comment
                      en: first
                      tolerance: 0.05
                    rule M.002 info 第二条 说明
                      check: [01] R27 = sum(R1..R8)
                      tolerance: exact
                    """, "mine.rules");
            assertEquals("mine", pack.name());
            assertEquals("2.0", pack.version());
            assertEquals(List.of("M.001", "M.002"), pack.rules().stream().map(Rule::id).toList());
            Rule first = pack.rules().get(0);
            assertEquals(Severity.WARNING, first.severity());
            assertEquals("第一条", first.message());
            assertEquals("first", first.messageEn());
            assertEquals("[03] #206.C1 = [01] {exp.206}", first.expression());
            assertEquals(Tolerance.absolute(new BigDecimal("0.05")), first.tolerance());
            assertEquals(condition("[03] #206.C1 = [01] {exp.206}"), first.condition());
            Rule second = pack.rules().get(1);
            assertEquals(Severity.INFO, second.severity());
            assertEquals("第二条 说明", second.message());
            assertEquals("", second.messageEn());
            assertEquals(Tolerance.EXACT, second.tolerance());
        }
    }

    // ---- syntax errors --------------------------------------------------------------------------------

    @Nested
    class SyntaxErrors {
        private String pack(String checkLine) {
            return "pack t 1\nrule T.001 ERROR 收入总计\n" + checkLine + "\n";
        }

        @Test
        void aMissingOperandIsReportedAtTheEndOfTheLine() {
            RuleSyntaxException e = syntaxError(pack("  check: [01] R27 + R28 + R29 ="));
            assertAt(3, 32, e);
            assertEquals("t.rules:3:32: 此处应为单元格引用，如 R27、#206、{inc.total}、C1 或数字 (a cell reference or a number)，却是行尾 (end of line)",
                    e.getMessage());
        }

        @Test
        void anUnexpectedCharacterIsReportedWhereItIs() {
            RuleSyntaxException e = syntaxError(pack("  check: [01] R27 & R28 = R31"));
            assertAt(3, 19, e);
            assertEquals("t.rules:3:19: 无法识别的字符「&」(unexpected character)", e.getMessage());
        }

        @Test
        void otherErrorsPointAtTheirToken() {
            // {check line, 1-based column, what the message says}; columns count from the start of the line
            String[][] cases = {
                {"\tcheck: [01] R27 R28", "18", "此处应为比较符 = ≤ ≥ (a comparison)"},
                {"  check: [01] R1..R8 = R27", "17", "行的范围需要用 sum(…) 汇总"},
                {"  check: [01] classes = R58", "15", "一组行需要用 sum(…) 汇总"},
                {"  check: [01] 「本年 = R1", "15", "「没有对应的」"},
                {"  check: [01 R1 = R2", "10", "「[」没有对应的「]」"},
                {"  check: [01] R1 < R2", "18", "只支持 = ≤ ≥"},
                {"  check: [01] sum(R1..R8 = R27", "26", "此处应为「)」"},
                {"  check: each row in [02] parents .* = sum(children.*)", "35", "此处应为「:」，却是「.」"},
                {"  check: [01] R1 = R2 R3", "23", "此处应为行尾 (end of line)"},
                {"  check: [01] R1.C = R2", "18", "此处应为栏，如 C1、{basic}、「基本支出」或 *"},
                {"  check: [01] R1 = R2\n  check: [01] R1 = R3", "3", "一条规则只能有一个 check"},
                {"  check: [01] R1 = R2\n  tolerance: loose", "14", "未知的容差「loose」"},
                {"  check: [01] R1 = R2\n  colour: red", "3", "应为 rule、check:"},
            };
            for (String[] c : cases) {
                RuleSyntaxException e = syntaxError(pack(c[0]));
                int line = 3 + (int) c[0].chars().filter(ch -> ch == '\n').count();
                assertEquals(line + ":" + c[1], e.line() + ":" + e.column(), () -> c[0] + " → " + e.getMessage());
                assertTrue(e.getMessage().contains(c[2]), () -> c[0] + " → " + e.getMessage());
            }
        }

        @Test
            void aReferenceBeforeAnyTableIsReportedAtThatReference() {
            RuleSyntaxException e = syntaxError(pack("  check: R1 = R2"));
            assertTrue(e.getMessage().contains("引用前需先写表号"), e::getMessage);
            assertEquals(3, e.line());
            assertEquals(10, e.column(), e::getMessage);
        }

        @Test
        void unknownTableIsReportedWithItsLine() {
            RuleSyntaxException e = syntaxError("pack t 1\n\nrule T.001 ERROR a\n  check: [01] R1 = R2\nrule T.002 ERROR b\n  check: [11] R1 = R2\n");
            assertAt(6, 10, e);
            assertTrue(e.getMessage().contains("未知的表号「11」"), e::getMessage);
        }

        @Test
        void duplicateIdIsReportedWithItsLine() {
            RuleSyntaxException e = syntaxError("pack t 1\nrule T.001 ERROR a\n  check: [01] R1 = R2\nrule T.001 ERROR b\n  check: [01] R1 = R3\n");
            assertAt(4, 6, e);
            assertTrue(e.getMessage().contains("规则编号 T.001 与第 2 行重复"), e::getMessage);
        }

        @Test
        void unknownSeverityIsReportedWithItsLine() {
            RuleSyntaxException e = syntaxError("pack t 1\nrule T.001 ERROR a\n  check: [01] R1 = R2\nrule T.002 FATAL b\n  check: [01] R1 = R3\n");
            assertAt(4, 12, e);
            assertTrue(e.getMessage().contains("未知的级别「FATAL」"), e::getMessage);
        }

        @Test
        void aRuleWithoutCheckIsReportedAtItsRuleLine() {
            RuleSyntaxException middle = syntaxError("pack t 1\nrule T.001 ERROR a\nrule T.002 ERROR b\n  check: [01] R1 = R2\n");
            assertAt(2, 1, middle);
            assertTrue(middle.getMessage().contains("规则 T.001 缺少 check"), middle::getMessage);
            RuleSyntaxException last = syntaxError("pack t 1\nrule T.001 ERROR a\n  check: [01] R1 = R2\n\nrule T.002 ERROR b\n  en: no check\n");
            assertAt(5, 1, last);
            assertTrue(last.getMessage().contains("规则 T.002 缺少 check"), last::getMessage);
        }

        @Test
        void builderReportsTheColumnInItsMessage() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> rule("[01] R27 ="));
            assertTrue(e.getMessage().startsWith("P.001:1:11: "), e::getMessage);
            // in a pack "# " starts a comment; in a check a # must carry a 科目代码
            IllegalArgumentException hash = assertThrows(IllegalArgumentException.class, () -> rule("[01] # = R2"));
            assertTrue(hash.getMessage().startsWith("P.001:1:6: 「#」后应为科目代码"), hash::getMessage);
            assertThrows(IllegalStateException.class, () -> Rule.builder("X").check("[01] R1 = R2").build());
            assertThrows(IllegalStateException.class, () -> Rule.builder("X").message("m").build());
        }
    }

    // ---- the standard pack and pack operations ----------------------------------------------------------

    @Nested
    class Packs {
        private final RulePack standard = RulePack.standard();

        @Test
        void theStandardPackCompilesWithUniqueIds() {
            assertFalse(standard.rules().isEmpty());
            Set<String> ids = new HashSet<>();
            for (Rule r : standard.rules()) {
                assertTrue(ids.add(r.id()), () -> "duplicate " + r.id());
                assertFalse(r.message().isBlank(), r::id);
                assertFalse(r.messageEn().isBlank(), r::id);
            }
            assertTrue(ids.containsAll(List.of("GK01.002", "GK02.002", "GKX.019", "GKW.005")), ids::toString);
            assertEquals(RulePack.standard(), standard);
        }

        @Test
        void everyStandardExpressionParsesBackToItsCheck() {
            for (Rule r : standard.rules()) {
                if (r.grading() != null || r.words() != null) {
                    continue; // a grade: or words: line, not a check
                }
                Rule again = Rule.builder(r.id()).message(r.message()).check(r.expression()).build();
                assertEquals(r.scope(), again.scope(), r::id);
                assertEquals(r.condition(), again.condition(), r::id);
            }
        }

        @Test
        void withoutDropsRulesAndRejectsUnknownIds() {
            RulePack less = standard.without(Set.of("GK01.001", "GKW.005"));
            assertEquals(standard.rules().size() - 2, less.rules().size());
            assertTrue(less.rule("GK01.001").isEmpty());
            assertTrue(less.rule("GK01.002").isPresent());
            assertTrue(standard.rule("GK01.001").isPresent(), "the original is unchanged");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> standard.without(Set.of("GK01.001", "GK99.999")));
            assertTrue(e.getMessage().contains("GK99.999"), e::getMessage);
        }

        @Test
        void onlyKeepsIdsAndPrefixes() {
            assertEquals(List.of("GK01.001", "GK01.002", "GK01.003", "GK01.004", "GK01.005"),
                    standard.only(List.of("GK01.*")).rules().stream().map(Rule::id).toList());
            assertEquals(List.of("GK01.002", "GKX.019"), standard.only(List.of("GKX.019", "GK01.002")).rules().stream().map(Rule::id).toList());
        }

        @Test
        void onlyOfAnUnknownIdOrPatternThrowsLikeWithout() {
            IllegalArgumentException id = assertThrows(IllegalArgumentException.class, () -> standard.only(List.of("NOPE")));
            assertEquals("规则包中没有编号为 NOPE 的规则 (no rule NOPE in pack gongkai+perf)", id.getMessage());
            IllegalArgumentException pattern = assertThrows(IllegalArgumentException.class,
                    () -> standard.only(List.of("GK01.*", "GK99.*")));
            assertEquals("规则包中没有与 GK99.* 相符的规则 (no rule in pack gongkai+perf matches GK99.*)", pattern.getMessage());
        }

        @Test
        void withoutAndWithSeverityTakePatterns() {
            assertEquals(List.of(), standard.without(List.of("GK01.*")).rules().stream().map(Rule::id)
                    .filter(id -> id.startsWith("GK01.")).toList());
            assertEquals(standard.rules().size() - 5, standard.without(List.of("GK01.*")).rules().size());
            assertEquals(List.of("GKX.010", "GKX.011", "GKX.012", "GKX.013", "GKX.014", "GKX.015", "GKX.016",
                    "GKX.017", "GKX.018", "GKX.019"), standard.only(List.of("GKX.01*")).rules().stream().map(Rule::id).toList());
            assertEquals(List.of("GK01.003", "GK02.003", "GK03.003"), standard.only(List.of("GK0*.003")).rules().stream()
                    .map(Rule::id).filter(id -> id.compareTo("GK04") < 0).toList());
            RulePack demoted = standard.withSeverity("GKW.*", Severity.INFO);
            assertEquals(List.of(Severity.INFO), demoted.only(List.of("GKW.*")).rules().stream().map(Rule::severity)
                    .distinct().toList());
            assertThrows(IllegalArgumentException.class, () -> standard.withSeverity("GKW9*", Severity.INFO));
        }

        @Test
        void selectTakesOnlyAndDisabledInEitherOrder() {
            RulePack p = standard.select(List.of("GK01.*"), List.of("GK01.002", "GKX.019"));
            assertEquals(List.of("GK01.001", "GK01.003", "GK01.004", "GK01.005"), p.rules().stream().map(Rule::id).toList());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> standard.select(List.of("GK01.*"), List.of("GK99.001")));
            assertTrue(e.getMessage().contains("GK99.001"), e::getMessage);
        }

        @Test
        void withSeverityChangesOneRule() {
            RulePack p = standard.withSeverity("GKX.019", Severity.WARNING);
            assertEquals(Severity.WARNING, p.rule("GKX.019").orElseThrow().severity());
            assertEquals(Severity.ERROR, standard.rule("GKX.019").orElseThrow().severity());
            for (int i = 0; i < p.rules().size(); i++) {
                Rule before = standard.rules().get(i);
                Rule after = p.rules().get(i);
                assertEquals(before.id(), after.id());
                if (!before.id().equals("GKX.019")) {
                    assertEquals(before, after);
                } else {
                    assertEquals(before.condition(), after.condition());
                }
            }
            assertThrows(IllegalArgumentException.class, () -> standard.withSeverity("GK99.999", Severity.INFO));
        }

        @Test
        void plusAppendsAndKeepsIdsUnique() throws RuleSyntaxException {
            RulePack mine = RulePack.parse("pack mine 1\nrule MY.001 WARNING 我的\n  check: [01] R1 <= R27\n", "mine.rules");
            RulePack both = standard.plus(mine);
            assertEquals(standard.rules().size() + 1, both.rules().size());
            assertEquals("MY.001", both.rules().get(both.rules().size() - 1).id());
            assertEquals(standard.rules(), both.rules().subList(0, standard.rules().size()));
            assertEquals(standard.name() + "+mine", both.name());
            assertThrows(IllegalArgumentException.class, () -> both.plus(mine));
            assertThrows(UnsupportedOperationException.class, () -> both.rules().add(mine.rules().get(0)));
        }
    }
}
