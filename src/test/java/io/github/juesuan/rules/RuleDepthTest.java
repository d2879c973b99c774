package io.github.juesuan.rules;

import io.github.juesuan.model.TableId;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Issue 12 item 10: nesting is bounded, a long flat sum is not. */
class RuleDepthTest {

    @Test
    void threeThousandNestedParenthesesAreAPackErrorWithLineAndColumn() {
        String text = "rule DEEP.001 ERROR 深\n  check: [01] R1 = " + "(".repeat(3000) + "R2" + ")".repeat(3000) + "\n";
        RuleSyntaxException e = assertThrows(RuleSyntaxException.class, () -> RulePack.parse(text, "deep.rules"));
        assertEquals("deep.rules:2:120: 括号、函数或负号嵌套超过 100 层 (nested deeper than 100 levels)", e.getMessage());
        assertEquals(2, e.line());
        assertEquals(120, e.column());
    }

    @Test
    void nestedCallsAndSignsCountToo() {
        String calls = "rule DEEP.002 ERROR 深\n  check: [01] R1 = " + "abs(".repeat(500) + "R2" + ")".repeat(500) + "\n";
        assertEquals(2, assertThrows(RuleSyntaxException.class, () -> RulePack.parse(calls, "deep.rules")).line());
        String signs = "rule DEEP.003 ERROR 深\n  check: [01] R1 = " + "-".repeat(5000) + "R2\n";
        RuleSyntaxException e = assertThrows(RuleSyntaxException.class, () -> RulePack.parse(signs, "deep.rules"));
        assertEquals(20 + 100, e.column());
    }

    @Test
    void aLongChainOfSubtractionsIsRefusedAtTheOperatorThatGoesTooDeep() {
        StringBuilder sb = new StringBuilder("rule DEEP.004 ERROR 深\n  check: [01] R1 = R2");
        for (int i = 0; i < 3000; i++) {
            sb.append(" - 0");
        }
        RuleSyntaxException e = assertThrows(RuleSyntaxException.class, () -> RulePack.parse(sb + "\n", "deep.rules"));
        // "  check: [01] R1 = R2" is 21 characters; each " - 0" is 4 and its "-" is the second; the 100th is too deep
        assertEquals(21 + 99 * 4 + 2, e.column());
        assertEquals("deep.rules:2:419: 表达式嵌套超过 100 层；一长串乘除或相减请拆成几条规则，相加可写成 sum(…) "
                + "(the expression nests deeper than 100 levels)", e.getMessage());
    }

    @Test
    void aThreeThousandTermSumParsesShallowAndKeepsItsMeaning() throws RuleSyntaxException {
        StringBuilder sb = new StringBuilder("[01] R27 = R1");
        for (int i = 0; i < 2999; i++) {
            sb.append(" + R").append(i % 8 + 2);
        }
        Rule r = Rule.builder("LONG.001").message("长").check(sb.toString()).build();
        assertEquals(sb.toString(), r.expression());
        // 3,000 leaves in order, whatever the shape
        List<Expr> leaves = new java.util.ArrayList<>();
        java.util.ArrayDeque<Expr> stack = new java.util.ArrayDeque<>();
        stack.push(r.condition().right());
        while (!stack.isEmpty()) {
            Expr e = stack.pop();
            if (e instanceof Expr.Binary b) {
                assertEquals('+', b.op());
                stack.push(b.right());
                stack.push(b.left());
            } else {
                leaves.add(e);
            }
        }
        assertEquals(3000, leaves.size());
        assertEquals(new Expr.Ref(TableId.T01, new RowSelector.Line(1), new ColumnSelector.OnlyColumn()), leaves.get(0));
        assertEquals(new Expr.Ref(TableId.T01, new RowSelector.Line(3), new ColumnSelector.OnlyColumn()), leaves.get(2));
        assertEquals(new Expr.Ref(TableId.T01, new RowSelector.Line(2), new ColumnSelector.OnlyColumn()), leaves.get(2993));
    }

    @Test
    void aDeepTreeBuiltInJavaIsRefusedWhenTheRuleIsMade() {
        Expr e = Expr.line(TableId.T01, 1);
        for (int i = 0; i < 3000; i++) {
            e = e.plus(Expr.line(TableId.T01, 2));
        }
        Condition c = e.isEqualTo(Expr.line(TableId.T01, 27));
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
                () -> Rule.builder("J.001").message("深").check(c).build());
        assertEquals("规则 J.001 的表达式嵌套超过 100 层 (rule J.001 nests deeper than 100 levels)", x.getMessage());
    }
}
