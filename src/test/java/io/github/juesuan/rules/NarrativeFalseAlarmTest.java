package io.github.juesuan.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.juesuan.fixtures.SeedText;
import io.github.juesuan.report.Checker;
import io.github.juesuan.report.Finding;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Correct sentences of other units' 情况说明 and 绩效 text cells, worded in ways the seed does not use: they give no
 * error, and the same sentence with a wrong number still does (the check ran, on the right figures).
 */
class NarrativeFalseAlarmTest {

    @TempDir
    Path dir;
    private int files;

    /** The words' findings of a text disclosure holding a heading and one paragraph: rule severity | substituted. */
    private List<String> words(String heading, String paragraph) throws Exception {
        Path file = dir.resolve("words-" + (++files) + ".txt");
        Files.writeString(file, heading + "\n" + paragraph + "\n", StandardCharsets.UTF_8);
        return Checker.create().check(file).findings().stream().filter(f -> f.quote().isPresent())
                .map(NarrativeFalseAlarmTest::line).toList();
    }

    /** The words' findings of the seed as text with one sentence replaced, beyond the seed's own two errors. */
    private List<String> seedWith(String from, String to) throws Exception {
        String seed = SeedText.write(dir).text();
        assertTrue(seed.contains(from), from);
        Path file = dir.resolve("seed-" + (++files) + ".txt");
        Files.writeString(file, seed.replace(from, to), StandardCharsets.UTF_8);
        return Checker.create().check(file).findings().stream().filter(f -> f.quote().isPresent())
                .map(NarrativeFalseAlarmTest::line)
                .filter(l -> !l.startsWith("WZ.004 ERROR FAIL | 410.33 - 82.95 = 327.38 ≠ 410.33 - 55.54")
                        && !l.startsWith("WZ.006 ERROR FAIL | 0 + 10 + 5 + 35 + 5 + 3 + 40.33"))
                .toList();
    }

    /** The paragraph as printed gives no finding; with {@code from} replaced by {@code to}, exactly one. */
    private void correctThenWrong(String heading, String printed, String from, String to, String finding)
            throws Exception {
        assertEquals(List.of(), words(heading, printed));
        assertTrue(printed.contains(from), from);
        assertEquals(List.of(finding), words(heading, printed.replace(from, to)));
    }

    private static String line(Finding f) {
        return f.ruleId() + " " + f.severity() + " " + f.outcome() + " | " + f.substituted();
    }

    private static final String OVERALL = "一、收入支出决算总体情况说明";

    @Test
    void lastYearsAmountPrintedBeforeTheChangeIsNotThisYears() throws Exception {
        for (String prior : List.of("上年收入总计327.38万元，", "上年度收入总计327.38万元，", "2023年度收入总计327.38万元，",
                "比上年决算数327.38万元", "较2023年度327.38万元", "较上年327.38万元", "（上年327.38万元），",
                "（上年度为327.38万元），")) {
            String sentence = "2024年度收入总计410.33万元，" + prior + "增加82.95万元，增长25.34%。";
            assertEquals(List.of(), words(OVERALL, sentence), sentence);
        }
        assertEquals(List.of("WZ.003 ERROR FAIL | 82.95 / (410.33 - 82.95) × 100 = 25.3375 ≠ 25.00"),
                words(OVERALL, "2024年度收入总计410.33万元，上年收入总计327.38万元，增加82.95万元，增长25.00%。"));
    }

    @Test
    void totalIncomeOrSpendingInASharesWholeIsNotTakenForTheGrandTotal() throws Exception {
        // 总收入/总支出 mean 本年收入合计/本年支出合计 in some units' words (基本支出…占总支出的45.46% of 支出合计) and
        // 收入总计/支出总计 in others': the seed's 400.48 is 99.98% of 收入合计 400.55, 97.60% of 收入总计 410.33
        assertEquals(List.of(), seedWith("事业收入400.48万元，占比99.98%；", "事业收入400.48万元，占总收入的99.98%；"));
        assertEquals(List.of(), seedWith("项目支出377.70万元，占比100.00%。", "项目支出377.70万元，占总支出的100.00%。"));
        assertEquals(List.of("WZ.002 ERROR FAIL | 400.48 / 表01「总计」410.33 × 100 = 97.5995 ≠ 99.98"),
                seedWith("事业收入400.48万元，占比99.98%；", "事业收入400.48万元，占收入总计的99.98%；"));
    }

    /** The words' findings of a text disclosure of heading and paragraph lines. */
    private List<String> lines(String... lines) throws Exception {
        return words(lines[0], String.join("\n", List.of(lines).subList(1, lines.length)));
    }

    @Test
    void aNarrowerTotalIsNotTheGrandTotal() throws Exception {
        // 一般公共预算财政拨款支出总计 and 政府性基金预算财政拨款支出总计 are parts of 财政拨款支出总计; 事业收入总计 and
        // 项目支出总计 parts of 收入总计 and 支出总计: their changes imply no prior-year grand total
        String grant = "四、财政拨款收入支出决算总体情况说明";
        String grantIncome = "2024年度财政拨款收入总计100万元，比上年增加10万元，增长11.11%。";
        assertEquals(List.of(), lines(grant, grantIncome, "五、一般公共预算财政拨款支出决算情况说明",
                "2024年度一般公共预算财政拨款支出总计80万元，比上年增加20万元，增长33.33%。"));
        assertEquals(List.of(), lines(grant, grantIncome, "七、政府性基金预算财政拨款收入支出决算情况说明",
                "2024年度政府性基金预算财政拨款支出总计80万元，比上年增加20万元，增长33.33%。"));
        assertEquals(List.of(), lines(OVERALL, "2024年度收入总计100万元，比上年增加10万元，增长11.11%。", "二、收入决算情况说明",
                "2024年度事业收入总计80万元，比上年增加20万元，增长33.33%。", "三、支出决算情况说明",
                "2024年度项目支出总计80万元，比上年增加20万元，增长33.33%。"));
        assertEquals(List.of("WZ.005 ERROR FAIL | 100 - 10 = 90 ≠ 80 - 20 = 60"),
                lines(grant, grantIncome, "财政拨款支出总计80万元，比上年增加20万元，增长33.33%。"));
    }

    @Test
    void aRateBeforeItsAmountIsOneChange() throws Exception {
        String printed = "2024年度收入总计410.33万元，支出总计410.33万元。与上年相比，收入总计增长25.34%，增加82.95万元；"
                + "支出总计增长25.34%，增加82.95万元。";
        correctThenWrong(OVERALL, printed, "收入总计增长25.34%", "收入总计增长25.43%",
                "WZ.003 ERROR FAIL | 82.95 / (410.33 - 82.95) × 100 = 25.3375 ≠ 25.43");
    }

    private static final String SANGONG = "九、财政拨款“三公”经费支出决算情况说明";

    @Test
    void aChangeAfterAPercentOfBudgetRefersToTheAmount() throws Exception {
        // 完成预算的55% is no amount a change in 万元 could refer to: the change is the 三公经费's
        assertEquals(List.of("WZ.003 ERROR FAIL | 1.5 / (5.5 + 1.5) × 100 = 21.4286 ≠ 25.00"),
                words(SANGONG, "2024年度“三公”经费财政拨款支出决算5.5万元，完成预算的55%，比上年减少1.5万元，下降25.00%。"));
        assertEquals(List.of(),
                words(SANGONG, "2024年度“三公”经费财政拨款支出决算5.5万元，完成预算的55%，比上年减少1.5万元，下降21.43%。"));
    }

    @Test
    void aChangeOnLastYearWordedWithTheYearIsChecked() throws Exception {
        for (String compared : List.of("比上年度", "较2023年", "较 2023 年度决算数", "与2023年相比", "比上年同期")) {
            assertEquals(List.of("WZ.003 ERROR FAIL | 1.5 / (5.5 + 1.5) × 100 = 21.4286 ≠ 25.00"),
                    words(SANGONG, "2024年度“三公”经费支出决算为5.5万元，" + compared + "减少1.5万元，下降25.00%。"), compared);
            assertEquals(List.of("WZ.003 ERROR FAIL | 1.5 / (5.5 + 1.5) × 100 = 21.4286 ≠ 25.00"),
                    words(SANGONG, "2024年度“三公”经费支出决算为5.5万元，“三公”经费支出决算" + compared
                            + "减少1.5万元，下降25.00%。"), compared);
        }
        // a comparison with the budget is no change on last year
        assertEquals(List.of(), words(SANGONG, "2024年度“三公”经费支出决算为5.5万元，较年初预算减少1.5万元，下降25.00%。"));
    }

    @Test
    void aBareZhanIsAShareOfTheTotalBeforeQiZhong() throws Exception {
        String income = "二、收入决算情况说明";
        String printed = "2022年本年收入合计4125.49万元,其中:一般公共预算财政拨款收入3859.16万元,占93.54%;"
                + "政府性基金预算财政拨款收入0万元,占0%;其他收入266.33万元,占6.46%。";
        correctThenWrong(income, printed, "占93.54%", "占93.45%",
                "WZ.002 ERROR FAIL | 3859.16 / 4125.49 × 100 = 93.5443 ≠ 93.45");
    }

    @Test
    void aNewTotalEndsTheWholeOfAnEarlierQiZhong() throws Exception {
        // the 其中 of 收入合计 does not reach into the sentence of 支出合计: its shares are not of 收入合计
        assertEquals(List.of(), words(OVERALL, "2024年度收入合计400万元，其中：财政拨款收入300万元，占比75%。"
                + "2024年度支出合计350万元，基本支出200万元，占比57.14%。"));
        assertEquals(List.of(), lines(OVERALL, "本年收入合计400万元，其中：", "财政拨款收入300万元，占比75%。",
                "本年支出合计350万元，基本支出200万元，占比57.14%，项目支出150万元，占比42.86%。"));
        assertEquals(List.of("WZ.002 ERROR FAIL | 300 / 400 × 100 = 75 ≠ 57.14"),
                lines(OVERALL, "本年收入合计400万元，其中：", "财政拨款收入300万元，占比57.14%。",
                        "本年支出合计350万元，基本支出200万元，占比57.14%。"));
    }

    @Test
    void sharesPrintedTogetherAfterFenBieZhanAreEachOfTheirPart() throws Exception {
        // 分别占75%和25% gives the shares of the amounts before it, in order, of the 其中 total or the named whole
        String income = "二、收入决算情况说明";
        correctThenWrong(income, "本年收入合计400万元，其中：财政拨款收入300万元，事业收入100万元，分别占75%和25%。",
                "和25%", "和20%", "WZ.002 ERROR FAIL | 100 / 400 × 100 = 25 ≠ 20");
        correctThenWrong(income, "本年收入合计400万元，其中：财政拨款收入300万元、事业收入100万元，分别占本年收入合计的75%、25%。",
                "的75%", "的57%", "WZ.002 ERROR FAIL | 300 / 400 × 100 = 75 ≠ 57");
        correctThenWrong("十、其他重要事项情况说明", "2024年度政府采购支出总额120万元，其中：政府采购货物支出50万元，"
                + "政府采购工程支出40万元，政府采购服务支出30万元，分别占41.67%、33.33%和25%。",
                "、33.33%", "、43.33%", "WZ.002 ERROR FAIL | 40 / 120 × 100 = 33.3333 ≠ 43.33");
    }

    @Test
    void aQiZhongPrintedBeforeTheFirstItemMakesTheWholeOfABareZhan() throws Exception {
        // 其中 without a colon, in the clause of the first item: the shares are still of the total before it
        correctThenWrong(SANGONG, "2024年度“三公”经费支出12.5万元，其中因公出国（境）费支出2万元，占16%；"
                + "公务用车购置及运行维护费支出8万元，占64%；公务接待费支出2.5万元，占20%。",
                "占64%", "占46%", "WZ.002 ERROR FAIL | 8 / 12.5 × 100 = 64 ≠ 46");
    }

    @Test
    void incomeAndSpendingTotalsStatedTogetherAreEachChecked() throws Exception {
        // 收、支总计各…: one figure and one change for both 收入总计 and 支出总计 (and for 04's, after 财政拨款)
        String printed = "2024年度收、支总计各410.33万元。与2023年度相比，收、支总计各增加82.95万元，增长25.34%。";
        correctThenWrong(OVERALL, printed, "增长25.34%", "增长25.00%",
                "WZ.003 ERROR FAIL | 82.95 / (410.33 - 82.95) × 100 = 25.3375 ≠ 25.00");
        assertEquals(List.of("WZ.004 ERROR FAIL | 410.33 - 82.95 = 327.38 ≠ 410.33 - 55.54 = 354.79"),
                words(OVERALL, "2024年度收入、支出总计均为410.33万元。收入总计比上年增加82.95万元，增长25.34%；"
                        + "支出总计比上年增加55.54万元，增长15.65%。"));
        correctThenWrong("四、财政拨款收入支出决算总体情况说明",
                "2024年度财政拨款收、支总计各100.5万元，与上年相比，财政拨款收、支总计各增加10.5万元，增长11.67%。",
                "增长11.67%", "增长10.50%", "WZ.003 ERROR FAIL | 10.5 / (100.5 - 10.5) × 100 = 11.6667 ≠ 10.50");
    }

    @Test
    void aChangeOnTheBudgetIsNoChangeOnLastYear() throws Exception {
        // 比全年预算减少4.5万元，下降30% compares 决算 with 预算 (4.5 / 15): no rate on last year's amount
        String printed = "2024年度“三公”经费财政拨款支出全年预算15万元，支出决算10.5万元，比全年预算减少4.5万元，下降30%，"
                + "比上年减少2万元，下降16%。";
        correctThenWrong(SANGONG, printed, "下降16%", "下降26%", "WZ.003 ERROR FAIL | 2 / (10.5 + 2) × 100 = 16 ≠ 26");
        assertEquals(List.of(), words(SANGONG, "2024年度“三公”经费财政拨款支出全年预算15万元，支出决算10.5万元，"
                + "较预算减少4.5万元，下降30%，主要原因是厉行节约。"));
        assertEquals(List.of(), words(SANGONG, "2024年度“三公”经费财政拨款支出全年预算15万元，支出决算10.5万元，"
                + "与年初预算相比下降30%，减少4.5万元。"));
    }

    @Test
    void aRateWordedAsZengFuOrJiangFuIsChecked() throws Exception {
        String other = "十、其他重要事项情况说明";
        correctThenWrong(other, "2024年度机关运行经费支出35.6万元，比上年增加3.6万元，增幅11.25%。", "增幅11.25%", "增幅13.25%",
                "WZ.003 ERROR FAIL | 3.6 / (35.6 - 3.6) × 100 = 11.25 ≠ 13.25");
        correctThenWrong(SANGONG, "公务接待费2.5万元，比上年减少0.5万元，降幅为16.67%。", "降幅为16.67%", "降幅为20.00%",
                "WZ.003 ERROR FAIL | 0.5 / (2.5 + 0.5) × 100 = 16.6667 ≠ 20.00");
        correctThenWrong(other, "2024年度机关运行经费支出35.6万元，较上年增加3.6万元，增长率为11.25%。", "增长率为11.25%",
                "增长率为13.25%", "WZ.003 ERROR FAIL | 3.6 / (35.6 - 3.6) × 100 = 11.25 ≠ 13.25");
    }

    @Test
    void everyChangeOfTheTotalsIsPairedNotOnlyTheFirst() throws Exception {
        // the overview's changes agree; the 财政拨款 section restates 收入总计 and 支出总计 with other changes:
        // the second pair implies last years that disagree, which the first pair alone hid
        String overview = "2024年度收入总计410.33万元，支出总计410.33万元。与上年相比，收入总计增加82.95万元，"
                + "支出总计增加82.95万元。";
        assertEquals(List.of(), lines(OVERALL, overview, "（二）收支变动情况",
                "收入总计410.33万元，比上年增加82.95万元；支出总计410.33万元，比上年增加82.95万元。"));
        assertEquals(List.of("WZ.004 ERROR FAIL | 410.33 - 82.95 = 327.38 ≠ 410.33 - 55.54 = 354.79"),
                lines(OVERALL, overview, "（二）收支变动情况",
                        "收入总计410.33万元，比上年增加82.95万元；支出总计410.33万元，比上年增加55.54万元。"));
    }

    private static final String PROJECT = "（二）项目资金使用情况";

    /** Each correct paragraph under PROJECT gives no finding; the wrong one gives exactly {@code finding}. */
    private void project(List<String> correct, String wrong, String finding) throws Exception {
        for (String paragraph : correct) {
            assertEquals(List.of(), words(PROJECT, paragraph), paragraph);
        }
        assertEquals(List.of(finding), words(PROJECT, wrong));
    }

    @Test
    void theTotalBeforeQiZhongIsNotOneOfTheItems() throws Exception {
        project(List.of("项目支出100万元，其中：设备购置60万元，培训40万元，合计100万元。",
                "项目支出100万元，主要包括设备购置60万元，培训40万元，合计100万元。"),
                "项目支出90万元，其中：设备购置60万元，培训40万元，合计90万元。", "WZ.006 ERROR FAIL | 60 + 40 = 100 ≠ 90");
    }

    @Test
    void itemsStartAfterYongYu() throws Exception {
        project(List.of("项目支出100万元，主要用于设备购置60万元，培训40万元，合计100万元。",
                "本项目预算100万元，资金用于设备购置60万元、培训40万元，合计100万元。"),
                "项目支出90万元，主要用于设备购置60万元，培训40万元，合计90万元。", "WZ.006 ERROR FAIL | 60 + 40 = 100 ≠ 90");
    }

    @Test
    void aBreakdownInBracketsIsNoItemOfTheOuterList() throws Exception {
        project(List.of("培训费10万元（其中：讲课费3万元，食宿费7万元），印刷费20万元，合计30万元。",
                "培训费10万元(讲课费3万元、食宿费7万元)，印刷费20万元，合计30万元。"),
                "培训费10万元，讲课费3万元，食宿费7万元，印刷费20万元，合计30万元。", "WZ.006 ERROR FAIL | 10 + 3 + 7 + 20 = 40 ≠ 30");
    }

    @Test
    void aSubtotalEndsItsOwnItems() throws Exception {
        project(List.of("A项30万元，B项20万元，小计50万元，C项10万元，合计60万元。"),
                "A项30万元，B项20万元，小计40万元，C项10万元，合计60万元。", "WZ.006 ERROR FAIL | 30 + 20 = 50 ≠ 40");
    }

    @Test
    void approximateAmountsAreNotSummed() throws Exception {
        // 节约 is no approximation: the saving is an item like any other
        project(List.of("培训费约10万元，印刷费约20万元，合计约35万元。", "培训费10万元左右，印刷费20万元左右，合计35万元左右。",
                "培训费近10万元，印刷费超过20万元，合计35万元。"),
                "培训费节约10万元，印刷费20万元，合计35万元。", "WZ.006 ERROR FAIL | 10 + 20 = 30 ≠ 35");
    }

    @Test
    void itemsFollowedByDengAreNotAllOfTheTotal() throws Exception {
        project(List.of("主要包括办公费10万元、印刷费5万元等，合计50万元。"),
                "主要包括办公费10万元、印刷费5万元，合计50万元。", "WZ.006 ERROR FAIL | 10 + 5 = 15 ≠ 50");
    }

    /**
     * A list whose first amount is the whole the others break down, with no 其中 to say so: read that way the words
     * hold, so no ERROR; where neither reading holds, the list is still wrong.
     */
    @Test
    void aLeadingAmountEqualToTheTotalMayBeTheWhole() throws Exception {
        project(List.of("项目支出100万元，设备购置60万元，培训40万元，合计100万元。"),
                "项目支出100万元，设备购置60万元，培训30万元，合计100万元。", "WZ.006 ERROR FAIL | 100 + 60 + 30 = 190 ≠ 100");
    }
}
