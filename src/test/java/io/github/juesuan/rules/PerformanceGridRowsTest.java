package io.github.juesuan.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.juesuan.model.Disclosure;
import io.github.juesuan.model.Indicator;
import io.github.juesuan.model.PerformanceEvaluation;
import io.github.juesuan.read.JuesuanReader;
import io.github.juesuan.read.ReadException;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rows of a 绩效自评表's indicator grid that are no indicator: a 小计 under a 一级指标's indicators, or a 一级指标's
 * own line carrying its Σ 分值 and Σ 得分 above them (产出指标 | | | 70 | 68). Read as indicators they would count twice
 * and JX.007, JX.008 and JX.010 would report ERRORs on a form that adds up. One small form, written by POI: 预算执行率
 * 10 / 10, indicators 50/50, 20/18, 10/10, 10/10, 总分 100 and 98, 优.
 */
class PerformanceGridRowsTest {
    private static final Object[][] HEAD = {
            {"2024年度项目支出绩效自评表"},
            {"项目名称", "测试项目"},
            {"主管部门", "测试局", null, null, "实施单位", "测试中心"},
            {"项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"},
            {"年度资金总额", null, 100, 100, 100, 10, "100%", 10},
            {"其中：当年财政拨款", null, 100, 100, 100},
            {"年度总体目标", "完成测试", null, null, null, "已完成"},
            {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"}};
    private static final Object[] TOTAL = {"总分", null, null, null, null, 100, 98, "优"};

    private static Disclosure read(Path dir, Object[]... grid) throws IOException {
        return read(dir, List.of(), grid);
    }

    /** The form with the grid rows given, and cell ranges (first row, last row, first column, last column) merged. */
    private static Disclosure read(Path dir, List<int[]> merged, Object[]... grid) throws IOException {
        return read(dir, merged, List.of(HEAD[4], HEAD[5]), List.of(grid));
    }

    /** The form with the funds rows (from the 资金总额 row down) and the grid rows given. */
    private static Disclosure read(Path dir, List<int[]> merged, List<Object[]> funds, List<Object[]> grid)
            throws IOException {
        return read(dir, merged, funds, grid, List.<Object[]>of(TOTAL));
    }

    /** The form with the funds rows, the grid rows and the rows ending the grid given. */
    private static Disclosure read(Path dir, List<int[]> merged, List<Object[]> funds, List<Object[]> grid,
                                   List<Object[]> end) throws IOException {
        List<Object[]> rows = new ArrayList<>(List.of(HEAD).subList(0, 4));
        rows.addAll(funds);
        rows.addAll(List.of(HEAD).subList(6, HEAD.length));
        rows.addAll(grid);
        rows.addAll(end);
        Path file = dir.resolve("perf.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("绩效自评");
            for (int r = 0; r < rows.size(); r++) {
                Row row = s.createRow(r);
                for (int c = 0; c < rows.get(r).length; c++) {
                    Object v = rows.get(r)[c];
                    if (v != null) {
                        Cell cell = row.createCell(c);
                        if (v instanceof Number n) {
                            cell.setCellValue(n.doubleValue());
                        } else {
                            cell.setCellValue(v.toString());
                        }
                    }
                }
            }
            for (int[] m : merged) {
                s.addMergedRegion(new CellRangeAddress(m[0], m[1], m[2], m[3]));
            }
            wb.write(out);
        }
        try {
            return JuesuanReader.create().read(file).disclosure();
        } catch (ReadException e) {
            throw new AssertionError("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static List<String> notPassing(Disclosure d) {
        return RuleEngine.evaluate(RulePack.standard().only(List.of("JX.*")), d).stream()
                .filter(e -> e.outcome() != Outcome.PASS).map(e -> e.rule().id() + " " + e.outcome() + " " + e.substituted())
                .toList();
    }

    private static List<String> names(Disclosure d) {
        PerformanceEvaluation p = d.evaluations().get(0);
        return p.indicators().stream().map(Indicator::level3).toList();
    }

    @Test
    void aSubtotalRowIsNoIndicator(@TempDir Path tmp) throws IOException {
        Disclosure d = read(tmp,
                new Object[]{"产出指标", "数量指标", "指标一", "≥95%", "100%", 50, 50},
                new Object[]{null, "质量指标", "指标二", "良好", "良好", 20, 18, "略有不足"},
                new Object[]{null, null, "小计", null, null, 70, 68},
                new Object[]{"效益指标", "社会效益指标", "指标三", "有效", "有效", 10, 10},
                new Object[]{"满意度指标", "服务对象满意度指标", "指标四", "≥90%", "92%", 10, 10});
        assertEquals(List.of("指标一", "指标二", "指标三", "指标四"), names(d));
        assertEquals(List.of(), notPassing(d));
    }

    @Test
    void aFirstLevelIndicatorsOwnLineIsNoIndicator(@TempDir Path tmp) throws IOException {
        Disclosure d = read(tmp,
                new Object[]{"产出指标", null, null, null, null, 70, 68},
                new Object[]{null, "数量指标", "指标一", "≥95%", "100%", 50, 50},
                new Object[]{null, "质量指标", "指标二", "良好", "良好", 20, 18, "略有不足"},
                new Object[]{"效益指标", null, null, null, null, 10, 10},
                new Object[]{null, "社会效益指标", "指标三", "有效", "有效", 10, 10},
                new Object[]{"满意度指标", null, null, null, null, 10, 10},
                new Object[]{null, "服务对象满意度指标", "指标四", "≥90%", "92%", 10, 10});
        assertEquals(List.of("指标一", "指标二", "指标三", "指标四"), names(d));
        assertEquals("产出指标", d.evaluations().get(0).indicators().get(0).level1());
        assertEquals(List.of(), notPassing(d));
    }

    /** The subtotal rows are passed over, not trusted: an indicator's 得分 above its 分值 is still an ERROR. */
    @Test
    void anIndicatorBesideSubtotalsIsStillChecked(@TempDir Path tmp) throws IOException {
        Disclosure d = read(tmp,
                new Object[]{"产出指标", null, null, null, null, 70, 68},
                new Object[]{null, "数量指标", "指标一", "≥95%", "100%", 50, 50},
                new Object[]{null, "质量指标", "指标二", "良好", "良好", 20, 28, "略有不足"},
                new Object[]{null, null, "小计", null, null, 70, 78},
                new Object[]{"效益指标", "社会效益指标", "指标三", "有效", "有效", 10, 10},
                new Object[]{"满意度指标", "服务对象满意度指标", "指标四", "≥90%", "60%", 10, 0, "未达到"});
        assertEquals(List.of("JX.005 FAIL 28 > 20"), notPassing(d));
    }

    /**
     * A form printed over two pages repeats the grid's header row (一级指标 … 分值 得分) above the rest of the
     * indicators: that row is no indicator, and its 分值 / 得分 are no figures to report as 「不是数字」.
     */
    @Test
    void aRepeatedHeaderRowIsNoIndicator(@TempDir Path tmp) throws IOException, ReadException {
        Disclosure d = read(tmp,
                new Object[]{"产出指标", "数量指标", "指标一", "≥95%", "100%", 50, 50},
                new Object[]{null, "质量指标", "指标二", "良好", "良好", 20, 18, "略有不足"},
                HEAD[HEAD.length - 1],
                new Object[]{"效益指标", "社会效益指标", "指标三", "有效", "有效", 10, 10},
                new Object[]{"满意度指标", "服务对象满意度指标", "指标四", "≥90%", "92%", 10, 10});
        assertEquals(List.of("指标一", "指标二", "指标三", "指标四"), names(d));
        assertEquals(List.of(), notPassing(d));
        assertEquals(List.of(), JuesuanReader.create().read(tmp.resolve("perf.xlsx")).problems());
    }

    /**
     * An indicator the form marks 不适用 in its 得分 cell (分值 0 or not) states that no score applies: an INFO saying
     * so, not an ERROR 「不适用」不是数字; the rules needing that score are NOT_EVALUABLE, and the rest still hold.
     */
    @Test
    void aScoreMarkedNotApplicableIsToldAsInfo(@TempDir Path tmp) throws IOException, ReadException {
        Disclosure d = read(tmp,
                new Object[]{"产出指标", "数量指标", "指标一", "≥95%", "100%", 50, 50},
                new Object[]{null, "质量指标", "指标二", "良好", "良好", 20, 18, "略有不足"},
                new Object[]{null, "时效指标", "指标五", "按时完成", "—", 0, "不适用", "本年未涉及"},
                new Object[]{"效益指标", "社会效益指标", "指标三", "有效", "有效", 10, 10},
                new Object[]{"满意度指标", "服务对象满意度指标", "指标四", "≥90%", "92%", 10, 10});
        List<io.github.juesuan.model.Problem> problems = JuesuanReader.create().read(tmp.resolve("perf.xlsx")).problems();
        assertEquals(List.of("READ.PERF_NOT_APPLICABLE INFO 绩效自评!G11：指标五/得分 为「不适用」，与之有关的核对不进行"),
                problems.stream().map(p -> p.code() + " " + p.severity() + " " + p.message()).toList());
        assertEquals("绩效自评!G11: 指标五/得分 reads \"不适用\" (not applicable); the checks using it are not made",
                problems.get(0).messageEn());
        assertEquals(List.of("JX.005 NOT_EVALUABLE ", "JX.006 NOT_EVALUABLE ", "JX.008 NOT_EVALUABLE ", "JX.W03 NOT_EVALUABLE "),
                notPassing(d));
    }

    /**
     * One 分值 merged down over two indicators that are scored each (指标一a and 指标一b share 50): the lower one prints
     * no 分值 of its own, so its 得分 is not compared with 0 (no false JX.005 「25 > 0」), and Σ 分值 counts the 50 once.
     */
    @Test
    void aWeightSharedByTwoIndicatorsIsNotZeroForTheLowerOne(@TempDir Path tmp) throws IOException {
        int first = HEAD.length; // the grid's first row, 0-based
        Disclosure d = read(tmp, List.of(new int[]{first, first + 1, 5, 5}),
                new Object[]{"产出指标", "数量指标", "指标一a", "≥95%", "100%", 50, 25, "与指标一b共用分值"},
                new Object[]{null, null, "指标一b", "≥95%", "100%", null, 25},
                new Object[]{null, "质量指标", "指标二", "良好", "良好", 20, 18, "略有不足"},
                new Object[]{"效益指标", "社会效益指标", "指标三", "有效", "有效", 10, 10},
                new Object[]{"满意度指标", "服务对象满意度指标", "指标四", "≥90%", "92%", 10, 10});
        assertEquals(List.of("指标一a", "指标一b", "指标二", "指标三", "指标四"), names(d));
        assertEquals(List.of(), notPassing(d));
    }

    private static final List<Object[]> INDICATORS = List.of(
            new Object[]{"产出指标", "数量指标", "指标一", "≥95%", "100%", 50, 50},
            new Object[]{null, "质量指标", "指标二", "良好", "良好", 20, 18, "略有不足"},
            new Object[]{"效益指标", "社会效益指标", "指标三", "有效", "有效", 10, 10},
            new Object[]{"满意度指标", "服务对象满意度指标", "指标四", "≥90%", "92%", 10, 10});

    /**
     * A source row the catalogue does not know (政府性基金), or one read as a source already seen (a second
     * 财政拨款（…）): the reader cannot tell whether it is a further source or a 其中 of one, so 资金总额 = Σ sources
     * (JX.004) is not checked — a WARNING naming the row, never a false ERROR 「100 ≠ 70 + 10」. The rows' own
     * checks (JX.001, JX.003) still run.
     */
    @Test
    void aSourceRowNotUnderstoodLeavesTheFundsSumUnchecked(@TempDir Path tmp) throws IOException, ReadException {
        Object[] total = {"年度资金总额", null, 100, 100, 100, 10, "100%", 10};
        Disclosure d = read(tmp, List.of(), List.of(total, new Object[]{"其中：财政拨款（一般公共预算）", null, 70, 70, 70},
                new Object[]{"财政拨款（政府性基金）", null, 20, 20, 20}, new Object[]{"其他资金", null, 10, 10, 10}), INDICATORS);
        assertEquals(List.of(), notPassing(d));
        List<io.github.juesuan.model.Problem> problems = JuesuanReader.create().read(tmp.resolve("perf.xlsx")).problems();
        assertEquals(List.of("READ.PERF_FUNDS_ROW WARNING 绩效自评!A7：资金来源行「财政拨款（政府性基金）」不是可识别的资金来源，或与上面某一来源重名，"
                        + "无法判断它是另一项来源还是某项的其中数，不核对资金总额与各来源之和"),
                problems.stream().map(p -> p.code() + " " + p.severity() + " " + p.message()).toList());
        assertEquals("绩效自评!A7: the funds row \"财政拨款（政府性基金）\" is no source the reader knows, or repeats one above; "
                + "whether it is a further source or part of one cannot be told, so 资金总额 is not checked against the sum"
                + " of the sources", problems.get(0).messageEn());

        Disclosure unknown = read(tmp, List.of(), List.of(total, new Object[]{"其中：一般公共预算资金", null, 70, 70, 70},
                new Object[]{"政府性基金预算资金", null, 20, 20, 20}, new Object[]{"其他资金", null, 10, 10, 10}), INDICATORS);
        assertEquals(List.of(), notPassing(unknown));
        // a source wrong on its own row is still found
        Disclosure wrong = read(tmp, List.of(), List.of(total, new Object[]{"其中：一般公共预算资金", null, 70, 70, 70},
                new Object[]{"其他资金", null, 30, 30, 10, null, "50%"}), INDICATORS);
        assertEquals(List.of("JX.001 FAIL 50 ≠ 10 / 30 × 100 = 33.3333"), notPassing(wrong));
    }

    /**
     * A 执行率 printed as a bare fraction (1 in a General cell, no % in the cell or its header 执行率): the form does
     * not state whether it means 1% or 100%. Read as a percentage it disagrees with 全年执行数 ÷ 全年预算数 (100%), as
     * a fraction it agrees: a WARNING saying so, and 执行率 and its 得分 are not checked (no false JX.001 「1 ≠ 100」 and
     * JX.002 ERRORs). A rate wrong under both readings is still an ERROR, and a header 执行率(%) states percent.
     */
    @Test
    void aRatePrintedAsABareFractionIsNotCompared(@TempDir Path tmp) throws IOException, ReadException {
        Disclosure d = read(tmp, List.of(), List.of(new Object[]{"年度资金总额", null, 100, 100, 100, 10, 1, 10},
                new Object[]{"其中：当年财政拨款", null, 100, 100, 100}), INDICATORS);
        assertEquals(List.of("JX.001 NOT_EVALUABLE ", "JX.002 NOT_EVALUABLE "), notPassing(d));
        List<io.github.juesuan.model.Problem> problems = JuesuanReader.create().read(tmp.resolve("perf.xlsx")).problems();
        assertEquals(List.of("READ.PERF_RATE_UNSTATED WARNING 绩效自评!G5：年度资金总额/执行率「1」未标明是百分数还是小数（单元格与表头均无%）；"
                        + "按百分数读与全年执行数÷全年预算数（100%）不符，按小数读则相符，不核对执行率及其得分"),
                problems.stream().map(p -> p.code() + " " + p.severity() + " " + p.message()).toList());
        assertEquals("绩效自评!G5: the rate 年度资金总额/执行率 \"1\" is printed without % in its cell or header; read as a "
                + "percentage it disagrees with 全年执行数 ÷ 全年预算数 (100%), read as a fraction it agrees, so the rate and "
                + "its score are not checked", problems.get(0).messageEn());

        Disclosure wrong = read(tmp, List.of(), List.of(new Object[]{"年度资金总额", null, 100, 100, 100, 10, 0.5, 10},
                new Object[]{"其中：当年财政拨款", null, 100, 100, 100}), INDICATORS);
        assertEquals(List.of("JX.001 FAIL 0.5 ≠ 100 / 100 × 100 = 100", "JX.002 FAIL 10 ≠ min(0.5, 100) × 10 / 100 = 0.05"),
                notPassing(wrong));
    }

    private static final List<Object[]> FUNDS = List.of(HEAD[4], HEAD[5]);

    /**
     * A 合计 row under the grid that adds up its indicators only (分值 90 = 50 + 20 + 10 + 10, 得分 88), the 预算执行率's
     * 10 being in the funds block: read as the form's Σ 分值 and 总分 it gave false JX.010 「90 ≠ 100」, JX.008 「88 ≠ 98」
     * and JX.009 ERRORs. Where its figures are the indicators' sums and not the whole form's, it is read as that: an
     * INFO, no 总分 (JX.008 and JX.009 NOT_EVALUABLE), and a 总分 row below it is read as before.
     */
    @Test
    void aSumRowOfTheIndicatorsOnlyIsNoTotal(@TempDir Path tmp) throws IOException, ReadException {
        Object[] sum = {"合计", null, null, null, null, 90, 88};
        Disclosure d = read(tmp, List.of(), FUNDS, INDICATORS, List.<Object[]>of(sum));
        assertEquals(List.of("JX.008 NOT_EVALUABLE ", "JX.009 NOT_EVALUABLE "), notPassing(d));
        List<io.github.juesuan.model.Problem> problems = JuesuanReader.create().read(tmp.resolve("perf.xlsx")).problems();
        assertEquals(List.of("READ.PERF_GRID_SUM INFO 绩效自评!A13：「合计」行所列分值、得分等于各指标之和，未含预算执行率，按指标合计读，不作为总分",
                        "READ.PERF_NO_TOTAL INFO 绩效自评!A1：绩效自评表「测试项目」未列示「总分」，与总分有关的核对无法进行"),
                problems.stream().map(p -> p.code() + " " + p.severity() + " " + p.message()).toList());
        assertEquals("绩效自评!A13: the row \"合计\" prints the sums of the indicators' 分值 and 得分, without 预算执行率: "
                + "read as their sum, not as the 总分", problems.get(0).messageEn());

        Object[] total = {"总分", null, null, null, null, null, 98, "优"};
        assertEquals(List.of(), notPassing(read(tmp, List.of(), FUNDS, INDICATORS, List.of(sum, total))));
        // a 合计 that is neither sum is still the form's: a wrong Σ 分值 is an ERROR
        Object[] wrong = {"合计", null, null, null, null, 95, 98, "优"};
        assertEquals(List.of("JX.010 FAIL 95 ≠ 10 + 50 + 20 + 10 + 10 = 100"),
                notPassing(read(tmp, List.of(), FUNDS, INDICATORS, List.<Object[]>of(wrong))));
    }
}
