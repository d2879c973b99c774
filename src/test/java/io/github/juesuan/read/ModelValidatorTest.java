package io.github.juesuan.read;

import io.github.juesuan.model.AmountUnit;
import io.github.juesuan.model.Column;
import io.github.juesuan.model.Disclosure;
import io.github.juesuan.model.Figure;
import io.github.juesuan.model.Problem;
import io.github.juesuan.model.Row;
import io.github.juesuan.model.Severity;
import io.github.juesuan.model.Source;
import io.github.juesuan.model.Table;
import io.github.juesuan.model.TableId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Bean Validation findings come back as problems, with no Expression Language on the classpath. */
class ModelValidatorTest {
    private static Source at(String cell) {
        return new Source("f.xlsx", "公开02表", cell, "");
    }

    private static Disclosure disclosure(String unitName, Integer year, String code, int decimals) {
        Figure f = new Figure(Figure.Kind.NUMBER, new BigDecimal("1.5"), decimals, "1.5", at("C9"));
        Row row = new Row(code, "科学技术支出", code, null, Map.of("total", f), at("A9"));
        Table t = new Table(TableId.T02, "收入决算表", "公开02表", unitName, year, AmountUnit.WAN_YUAN,
                List.of(new Column("total", "本年收入合计", 1)), List.of(row), List.of(), at("A1"));
        return new Disclosure("f.xlsx", unitName, year, List.of(t), List.of());
    }

    @Test
    void aValidDisclosureHasNoProblems() {
        assertEquals(List.of(), ModelValidator.validate(disclosure("山西省科普服务中心", 2024, "2060799", 2)));
    }

    @Test
    void eachViolatedConstraintIsAProblemAtItsCell() {
        List<Problem> problems = ModelValidator.validate(disclosure(" ", 1800, "20607991", 7));
        assertEquals(List.of("READ.CONSTRAINT.disclosure.unitName", "READ.CONSTRAINT.disclosure.year",
                        "READ.CONSTRAINT.figure.decimals", "READ.CONSTRAINT.row.code"),
                problems.stream().map(Problem::code).sorted().toList());
        Problem code = problems.stream().filter(p -> p.code().endsWith("row.code")).findFirst().orElseThrow();
        assertEquals("公开02表!A9", code.where().orElseThrow().location());
        assertEquals(Severity.WARNING, code.severity());
        assertEquals("公开02表!A9：科目代码应为3位、5位或7位数字（当前值：20607991）", code.message());
        assertEquals("公开02表!A9: a 科目代码 must have 3, 5 or 7 digits (value: 20607991)", code.messageEn());
        Problem decimals = problems.stream().filter(p -> p.code().endsWith("decimals")).findFirst().orElseThrow();
        assertEquals("公开02表!C9", decimals.where().orElseThrow().location());
    }

    @Test
    void noExpressionLanguageIsNeeded() {
        // ParameterMessageInterpolator is the decision: no jakarta.el implementation ships with juesuan.
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.glassfish.expressly.ExpressionFactoryImpl"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("com.sun.el.ExpressionFactoryImpl"));
        assertEquals(1, ModelValidator.validate(disclosure("单位", 2024, "12", 2)).size());
    }
}
