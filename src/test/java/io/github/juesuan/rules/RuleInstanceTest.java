package io.github.juesuan.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.juesuan.model.Disclosure;
import io.github.juesuan.model.TableId;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine's instances where no row or column of a rule can be taken in turn. */
class RuleInstanceTest {
    @TempDir
    static Path dir;

    static RuleHarness h;

    @BeforeAll
    static void write() throws IOException {
        h = RuleHarness.synthetic(dir);
    }

    /**
     * A rule whose first {@code .*} is on a table the workbook does not print, beside a table it prints, cannot
     * say which columns to take: NOT_EVALUABLE naming the absent table, with no cells (it threw a
     * NullPointerException before the engine's results were data).
     */
    @Test
    void everyColumnOfAnAbsentTableBesideAPresentOneIsNotEvaluable() throws RuleSyntaxException {
        Disclosure d = h.retitled("03", "无关的标题").read();
        assertTrue(d.table(TableId.T03).isEmpty(), "table 03 is not recognised under another title");
        assertFalse(d.table(TableId.T01).isEmpty());
        Rule rule = RulePack.parse("pack t 1\nrule T.001 ERROR 测试\n  check: [03] R1.* = [01] R1\n", "t.rules")
                .rules().get(0);
        List<Evaluation> all = RuleEngine.evaluate(rule, d);
        assertEquals(1, all.size(), () -> RuleHarness.describe(all));
        Evaluation e = all.get(0);
        assertEquals(Outcome.NOT_EVALUABLE, e.outcome());
        assertEquals("", e.instance());
        assertEquals("", e.substituted());
        assertEquals(List.of(), e.cells());
        assertEquals("缺少表「" + TableId.T03.title() + "」（03）", e.reason());
        assertEquals("table 03 (" + TableId.T03.title() + ") is absent", e.reasonEn());
    }
}
