package io.github.juesuan.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.juesuan.model.AmountUnit;
import io.github.juesuan.model.CellRef;
import io.github.juesuan.model.Column;
import io.github.juesuan.model.Disclosure;
import io.github.juesuan.model.Figure;
import io.github.juesuan.model.Row;
import io.github.juesuan.model.Source;
import io.github.juesuan.model.Table;
import io.github.juesuan.model.TableId;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A rule's {@code same} row that the other table lacks is named by its code and label, not by the rule's word. */
class SameRowReasonTest {

    private static Source at(String sheet, String cell, String raw) {
        return new Source("t.xlsx", sheet, CellRef.parse(cell), raw);
    }

    private static Table table(TableId id, String sheet, String column, Row row) {
        return new Table(id, id.title(), sheet, "示例单位", 2024, AmountUnit.WAN_YUAN,
                List.of(new Column(column, "合计", 1, 1)), List.of(row), List.of(), at(sheet, "A1", id.title()));
    }

    @Test
    void aCategoryTheOtherTableLacksIsNamedByItsCodeAndLabel() {
        Figure ten = new Figure(Figure.Kind.NUMBER, BigDecimal.TEN, 2, "10.00", at("公开03表", "D8", "10.00"));
        Row science = new Row("206", "科学技术支出", "206", 8, Map.of("total", ten), at("公开03表", "A8", "206"));
        Figure five = new Figure(Figure.Kind.NUMBER, BigDecimal.ONE, 2, "1.00", at("公开01表", "D9", "1.00"));
        Row education = new Row("exp.205", "教育支出", "205", 9, Map.of("amount", five), at("公开01表", "C9", "教育支出"));
        Disclosure d = new Disclosure("t.xlsx", "示例单位", 2024,
                List.of(table(TableId.T01, "公开01表", "amount", education), table(TableId.T03, "公开03表", "total", science)),
                List.of());
        Rule rule = Rule.builder("X").message("m").check("each row in [03] classes: C1 = [01] same").build();
        List<Evaluation> all = RuleEngine.evaluate(rule, d);
        assertEquals(1, all.size(), all.toString());
        assertEquals(Outcome.NOT_EVALUABLE, all.get(0).outcome());
        assertEquals("表01中没有206 科学技术支出 这一行", all.get(0).reason());
        assertEquals("table 01 has no row 206 科学技术支出", all.get(0).reasonEn());
    }
}
