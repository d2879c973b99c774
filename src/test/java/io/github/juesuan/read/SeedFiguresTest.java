package io.github.juesuan.read;

import io.github.juesuan.fixtures.FixtureWriter;
import io.github.juesuan.fixtures.Format;
import io.github.juesuan.fixtures.Layout;
import io.github.juesuan.fixtures.SeedDocument;
import io.github.juesuan.model.Disclosure;
import io.github.juesuan.model.Figure;
import io.github.juesuan.model.Indicator;
import io.github.juesuan.model.PerformanceEvaluation;
import io.github.juesuan.model.Row;
import io.github.juesuan.model.SummaryTable;
import io.github.juesuan.model.Table;
import io.github.juesuan.model.TableId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seed disclosure's printed figures, through the typed API, in every layout and both formats. */
class SeedFiguresTest {
    @TempDir
    static Path dir;

    private static Disclosure read(Layout layout, Format format) throws Exception {
        Path file = dir.resolve("seed-" + layout.fileToken() + "." + format.extension());
        FixtureWriter.write(SeedDocument.create(), layout, format, file);
        return JuesuanReader.create().read(file).disclosure();
    }

    private static void assertAmount(String expected, Optional<Figure> figure, String what) {
        Figure f = figure.orElseThrow(() -> new AssertionError(what + " not read"));
        assertEquals(Figure.Kind.NUMBER, f.kind(), what + " at " + f.source().location());
        assertEquals(0, new BigDecimal(expected).compareTo(f.value()), what + " at " + f.source().location());
    }

    private static void assertBlank(Optional<Figure> figure, String what) {
        Figure f = figure.orElseThrow(() -> new AssertionError(what + " not read"));
        assertTrue(f.isEmpty() || f.value().signum() == 0, what + " at " + f.source().location() + " is " + f);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("io.github.juesuan.fixtures.Layouts#everyLayoutAndFormat")
    void seedFiguresOfEveryTable(Layout layout, Format format) throws Exception {
        Disclosure d = read(layout, format);
        assertEquals(SeedDocument.UNIT, d.unitName());
        assertEquals(2024, d.year());

        SummaryTable s = d.summary().orElseThrow();
        assertAmount("400.48", s.income("business"), "01 事业收入");
        assertAmount("0.07", s.income("other"), "01 其他收入");
        assertAmount("400.55", s.totalIncome(), "01 本年收入合计");
        assertAmount("9.79", s.openingBalance(), "01 年初结转和结余");
        assertAmount("410.33", s.incomeGrandTotal(), "01 收入总计");
        assertAmount("377.70", s.expenditure("206"), "01 科学技术支出");
        assertAmount("377.70", s.totalExpenditure(), "01 本年支出合计");
        assertAmount("32.63", s.closingBalance(), "01 年末结转和结余");
        assertAmount("410.33", s.expenditureGrandTotal(), "01 支出总计");
        assertBlank(s.income("general"), "01 一般公共预算财政拨款收入");

        var income = d.income().orElseThrow();
        assertEquals(List.of("206", "20607", "2060799"), income.rows().stream().map(Row::code).toList());
        assertAmount("400.55", income.figure("total", "total"), "02 合计 本年收入合计");
        assertAmount("400.48", income.figure("2060799", "business"), "02 2060799 事业收入");
        assertAmount("0.07", income.figure("20607", "other"), "02 20607 其他收入");
        assertEquals("其他科学技术普及支出", income.row("2060799").orElseThrow().label().strip());

        var expenditure = d.expenditure().orElseThrow();
        assertAmount("377.70", expenditure.figure("206", "total"), "03 206 本年支出合计");
        assertAmount("377.70", expenditure.figure("2060799", "project"), "03 2060799 项目支出");
        assertBlank(expenditure.figure("total", "basic"), "03 合计 基本支出");

        for (TableId id : List.of(TableId.T04, TableId.T05, TableId.T06, TableId.T07, TableId.T08, TableId.T09)) {
            Table t = d.table(id).orElseThrow(() -> new AssertionError(id + " missing"));
            assertTrue(t.rows().stream().flatMap(r -> r.figures().values().stream())
                    .allMatch(f -> f.isEmpty() || f.value().signum() == 0), id + " prints no figures");
            assertTrue(t.declaresNoData(), id + " says 本表无数据: " + t.notes());
        }
        assertEquals(layout == Layout.SHANXI || layout == Layout.STACKED || layout == Layout.COUNTY,
                d.table(TableId.T10).isPresent());
        Figure dash = d.basicExpenditure().orElseThrow().amount("309").orElseThrow();
        assertEquals(Figure.Kind.NOT_APPLICABLE, dash.kind());
        assertEquals("———", dash.text());
        assertBlank(d.threePublic().orElseThrow().actual().hospitality(), "09 决算 公务接待费");
        assertBlank(d.fiscalSummary().orElseThrow().totalExpenditure("general"), "04 本年支出合计 一般公共预算");

        assertEquals(2, d.evaluations().size());
        PerformanceEvaluation p1 = d.evaluations().get(0);
        assertEquals("山西省公众科学素质提升综合服务及党的创新理论暨党建活动进机关项目", p1.projectName());
        assertEquals("322-山西省科学技术协会", p1.department());
        assertEquals("322702-山西省科普服务中心", p1.unit());
        assertAmount("336.2", Optional.of(p1.funds().total().declared()), "PERF1 目标申报数");
        assertAmount("400.545", Optional.of(p1.funds().budget()), "PERF1 全年预算数");
        assertAmount("367.911", Optional.of(p1.funds().executed()), "PERF1 全年执行数");
        assertAmount("32.635", Optional.of(p1.funds().balance()), "PERF1 资金结余");
        assertAmount("91.85", Optional.of(p1.funds().executionRate()), "PERF1 执行率");
        assertAmount("9.19", Optional.of(p1.funds().score()), "PERF1 得分");
        assertEquals(List.of("self"), p1.funds().sources().stream().map(r -> r.key()).toList());
        assertAmount("88.19", p1.total(), "PERF1 总分");
        assertEquals("良", p1.grade().text());
        assertEquals("90", sum(p1.indicators(), true));
        assertEquals("79", sum(p1.indicators(), false));
        Indicator first = p1.indicators().get(0);
        assertEquals("产出指标", first.level1());
        assertEquals("数量指标", first.level2());
        assertEquals("≥100期", first.adjustedTarget());

        PerformanceEvaluation p2 = d.evaluations().get(1);
        assertEquals("山西省自然科学研究系列科学传播专业职称评审项目", p2.projectName());
        assertAmount("380", Optional.of(p2.funds().budget()), "PERF2 全年预算数");
        assertAmount("40.332", Optional.of(p2.funds().executed()), "PERF2 全年执行数");
        assertAmount("339.668", Optional.of(p2.funds().balance()), "PERF2 资金结转余");
        assertAmount("10.61", Optional.of(p2.funds().executionRate()), "PERF2 执行率");
        assertAmount("1.06", Optional.of(p2.funds().score()), "PERF2 得分");
        assertEquals("未下达资金", p2.funds().sources().get(0).reason());
        assertAmount("47.06", p2.total(), "PERF2 总分");
        assertEquals("差", p2.grade().text());
        assertEquals(13, p2.indicators().size());
        assertEquals("76", sum(p2.indicators(), true));
        assertEquals("40", sum(p2.indicators(), false));
    }

    private static String sum(List<Indicator> indicators, boolean weights) {
        return indicators.stream().map(i -> (weights ? i.weight() : i.points()).amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add).stripTrailingZeros().toPlainString();
    }

    @Test
    void seedCellsInTheShanxiLayout() throws Exception {
        Disclosure d = read(Layout.SHANXI, Format.XLSX);
        assertEquals("公开01表!C33", d.summary().orElseThrow().totalIncome().orElseThrow().source().location());
        assertEquals("公开01表!C37", d.summary().orElseThrow().incomeGrandTotal().orElseThrow().source().location());
        assertEquals("公开01表!F12", d.summary().orElseThrow().expenditure("206").orElseThrow().source().location());
        assertEquals("绩效自评1!E8", d.evaluations().get(0).funds().budget().source().location());
        assertEquals("绩效自评2!J25", d.evaluations().get(1).total().orElseThrow().source().location());
        assertEquals(Integer.valueOf(27), d.summary().orElseThrow().table().row("inc.total").orElseThrow().line());
        assertEquals("公开01表", d.summary().orElseThrow().table().number());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layoutsOnly")
    void xlsAndXlsxGiveTheSameFigures(Layout layout) throws Exception {
        Disclosure x = read(layout, Format.XLSX);
        Disclosure o = read(layout, Format.XLS);
        assertEquals(figures(x), figures(o));
    }

    static Stream<Layout> layoutsOnly() {
        return Stream.of(Layout.values());
    }

    private static List<String> figures(Disclosure d) {
        List<String> out = new ArrayList<>();
        List<Table> tables = new ArrayList<>(d.tables());
        d.evaluations().forEach(e -> tables.add(e.table()));
        for (Table t : tables) {
            for (Row r : t.rows()) {
                r.figures().forEach((k, f) -> out.add(t.id() + "/" + r.key() + "/" + k + " " + f.source().location()
                        + " " + f.kind() + " " + (f.value() == null ? f.text() : f.value().toPlainString())));
            }
        }
        return out;
    }
}
