package io.github.juesuan.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.juesuan.fixtures.SeedText;
import io.github.juesuan.model.NarrativeNumber;
import io.github.juesuan.model.NarrativeParagraph;
import io.github.juesuan.model.NarrativeStatement;
import io.github.juesuan.model.NarrativeUnit;
import io.github.juesuan.model.NotUnderstood;
import io.github.juesuan.model.StatedAmount;
import io.github.juesuan.model.StatedChange;
import io.github.juesuan.model.StatedEnumeration;
import io.github.juesuan.model.StatedGrade;
import io.github.juesuan.model.StatedShare;
import io.github.juesuan.model.StatedZero;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each statement form, read from the seed's real sentences (and variants), with exact values and offsets. */
class StatementExtractorTest {

    /** Body paragraphs under the given headings (one heading per line above them). */
    private static List<NarrativeStatement> extract(List<String> headings, String... paragraphs) {
        List<String> lines = new ArrayList<>(headings);
        lines.addAll(List.of(paragraphs));
        List<NarrativeParagraph> all = NarrativeText.body("t.txt", lines);
        return StatementExtractor.standard().extract(all);
    }

    private static List<NarrativeStatement> extract(String... paragraphs) {
        return extract(List.of(), paragraphs);
    }

    private static void assertNumber(String text, String value, int decimals, NarrativeUnit unit, int start,
                                     NarrativeNumber n) {
        assertEquals(text, n.text());
        assertEquals(new BigDecimal(value), n.value());
        assertEquals(decimals, n.decimals());
        assertEquals(unit, n.unit());
        assertEquals(start, n.source().start());
        assertEquals(start + text.length(), n.source().end());
        assertEquals(text, n.source().text());
    }

    @Test
    void labelledAmountsWithYearStripped() {
        List<NarrativeStatement> s = extract("2024年度收入合计400.55万元，其中：", "事业收入400.48万元，占比99.98%；");
        StatedAmount total = assertInstanceOf(StatedAmount.class, s.get(0));
        assertEquals("收入合计", total.claim().label());
        assertEquals("01:inc.total", total.claim().reference());
        assertNumber("400.55万元", "400.55", 2, NarrativeUnit.WAN_YUAN, 10, total.number());
        assertEquals("第1段[0,22)", total.sentence().location());
        StatedAmount business = assertInstanceOf(StatedAmount.class, s.get(1));
        assertEquals("01:inc.business", business.claim().reference());
        assertEquals("第2段[4,12)", business.number().source().location());
    }

    @Test
    void percentagePointsAreNoCount() {
        // 个百分点 is a difference of rates, not a count in 个: it states no figure
        List<NarrativeStatement> s = extract("2024年度收入总计410.33万元，同比增加82.95万元，增长25.34个百分点。");
        assertEquals(2, s.size());
        StatedChange change = assertInstanceOf(StatedChange.class, s.get(1));
        assertEquals("82.95万元", change.change().text());
        assertNull(change.rate());
    }

    @Test
    void shareRefersToTheTotalItsPassageIntroduced() {
        List<NarrativeStatement> s = extract("2024年度收入合计400.55万元，其中：", "事业收入400.48万元，占比99.98%；",
                "其他收入0.07万元，占比0.02%。");
        StatedShare other = assertInstanceOf(StatedShare.class, s.get(4));
        assertEquals("01:inc.other", other.part().reference());
        assertNumber("0.07万元", "0.07", 2, NarrativeUnit.WAN_YUAN, 4, other.partNumber());
        assertEquals("01:inc.total", other.whole().reference());
        assertEquals("400.55万元", other.wholeNumber().text());
        assertNumber("0.02%", "0.02", 2, NarrativeUnit.PERCENT, 13, other.percent());
    }

    @Test
    void shareOfANamedWholeThatIsNotPrinted() {
        StatedShare share = assertInstanceOf(StatedShare.class,
                extract("2024年一般公共预算财政拨款决算支出0万元，占本年支出合计的0%。").get(1));
        assertEquals("05:total/total", share.part().reference());
        assertEquals("本年支出合计", share.whole().label());
        assertEquals("01:exp.total", share.whole().reference());
        assertNull(share.wholeNumber());
    }

    @Test
    void yearOnYearChangesKeepThisYearsAmountAndImplyLastYears() {
        List<NarrativeStatement> s = extract(List.of("一、收入支出决算总体情况说明"),
                "2024年度收入总计410.33万元，支出总计410.33万元。与上年相比，收入总计增加82.95万元，增长25.34%，"
                        + "支出总计增加55.54万元，增长15.65%。主要原因是2024年度自主项目收入较多，支出也随之增多。");
        assertEquals(4, s.size());
        StatedChange income = assertInstanceOf(StatedChange.class, s.get(2));
        assertEquals("01:inc.grand", income.claim().reference());
        assertEquals(StatedChange.Direction.UP, income.direction());
        assertNumber("410.33万元", "410.33", 2, NarrativeUnit.WAN_YUAN, 10, income.current());
        assertNumber("82.95万元", "82.95", 2, NarrativeUnit.WAN_YUAN, 44, income.change());
        assertNumber("25.34%", "25.34", 2, NarrativeUnit.PERCENT, 54, income.rate());
        assertEquals(new BigDecimal("327.38"), income.impliedPrior().orElseThrow());
        StatedChange expense = assertInstanceOf(StatedChange.class, s.get(3));
        assertEquals("01:exp.grand", expense.claim().reference());
        assertEquals(new BigDecimal("354.79"), expense.impliedPrior().orElseThrow());
        assertEquals("第2段[32,83)", expense.sentence().location());
    }

    @Test
    void decreasesAndRatesWithoutAmounts() {
        List<NarrativeStatement> s = extract("2024年度支出合计120.00万元，比上年减少30.00万元，下降20.00%；"
                + "收入合计较上年下降5.5%。");
        StatedChange down = assertInstanceOf(StatedChange.class, s.get(1));
        assertEquals("01:exp.total", down.claim().reference());
        assertEquals(StatedChange.Direction.DOWN, down.direction());
        assertEquals("30.00万元", down.change().text());
        assertEquals("20.00%", down.rate().text());
        assertEquals(new BigDecimal("150.00"), down.impliedPrior().orElseThrow());
        StatedChange rateOnly = assertInstanceOf(StatedChange.class, s.get(2));
        assertEquals("01:inc.total", rateOnly.claim().reference());
        assertNull(rateOnly.change());
        assertNull(rateOnly.current());
        assertEquals("5.5%", rateOnly.rate().text());
        assertEquals(1, rateOnly.rate().decimals());
    }

    @Test
    void unchangedFiguresNameTheirSubject() {
        List<NarrativeStatement> s = extract(List.of("四、财政拨款收支决算总体情况说明"),
                "2024年度财政拨款收入总计0万元，支出总计0万元。与上年财政拨款收入总计相同，与上年财政拨款支出总计相同。");
        assertEquals("04:exp.grand", ((StatedAmount) s.get(1)).claim().reference());
        StatedChange same = assertInstanceOf(StatedChange.class, s.get(2));
        assertEquals(StatedChange.Direction.SAME, same.direction());
        assertEquals("04:inc.grand", same.claim().reference());
        assertEquals("0万元", same.current().text());
        assertEquals(BigDecimal.ZERO, same.impliedPrior().orElseThrow());
        StatedChange sameOfPrevious = assertInstanceOf(StatedChange.class,
                extract("因公出国（境）费支出0万元，与上年相同，主要原因是：我单位无财政拨款；").get(1));
        assertEquals("09:overseas/actual", sameOfPrevious.claim().reference());
    }

    /** The same words name different figures under different headings: 支出总计 is 04's under 财政拨款收支. */
    @Test
    void headingsDecideBetweenTables() {
        StatedAmount plain = (StatedAmount) extract(List.of("一、收入支出决算总体情况说明"), "支出总计410.33万元。").get(0);
        assertEquals("01:exp.grand", plain.claim().reference());
        StatedAmount fiscal = (StatedAmount) extract(List.of("四、财政拨款收支决算总体情况说明"), "支出总计0万元。").get(0);
        assertEquals("04:exp.grand", fiscal.claim().reference());
        StatedAmount threePublic = (StatedAmount) extract(List.of("九、财政拨款“三公”经费支出决算情况说明"),
                "2024年度“三公”经费财政拨款支出全年预算0万元，支出决算0万元。").get(1);
        assertEquals("09:total/actual", threePublic.claim().reference());
    }

    @Test
    void enumerationWithItsTotal() {
        String cell = "项目资金主要包括科普做信公众平台运营服务项目0万元,服务山西科普教育基地建设项目10万元,主题科普资源建设与普及服务5万元,"
                + "山西公众数字素质与技能提升服务项目35万元,2024晋台科技创新融合发展论坛5万元,党建服务品牌基地建设3万元,"
                + "自然科学职称评审40.33万元,合计190.33万元。";
        List<NarrativeStatement> s = extract(cell);
        assertEquals(1, s.size());
        StatedEnumeration e = assertInstanceOf(StatedEnumeration.class, s.get(0));
        assertEquals(List.of("科普做信公众平台运营服务项目", "服务山西科普教育基地建设项目", "主题科普资源建设与普及服务",
                "山西公众数字素质与技能提升服务项目", "2024晋台科技创新融合发展论坛", "党建服务品牌基地建设", "自然科学职称评审"),
                e.items().stream().map(i -> i.claim().label()).toList());
        BigDecimal sum = e.items().stream().map(i -> i.number().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(new BigDecimal("98.33"), sum);
        assertNumber("190.33万元", "190.33", 2, NarrativeUnit.WAN_YUAN, cell.indexOf("190.33"), e.total().number());
        assertEquals("合计", e.total().claim().label());
    }

    @Test
    void amountsFollowedByANamedTotalAreNoEnumeration() {
        List<NarrativeStatement> s = extract("2024年度收入合计400.55万元，支出合计377.70万元，收入总计410.33万元。");
        assertEquals(3, s.size());
        assertTrue(s.stream().allMatch(x -> x instanceof StatedAmount));
    }

    @Test
    void countsAndGrades() {
        List<NarrativeStatement> s = extract("2024年二级项目绩效自评个数2个，涉及资金716.2万元：1个项目自评等级为“良”，"
                + "1个项目自评等级为“差”。");
        StatedAmount count = (StatedAmount) s.get(0);
        assertEquals("PERF:count", count.claim().reference());
        assertNumber("2个", "2", 0, NarrativeUnit.ITEM, 15, count.number());
        StatedAmount funds = (StatedAmount) s.get(1);
        assertEquals("PERF:total/planned", funds.claim().reference());
        assertNumber("716.2万元", "716.2", 1, NarrativeUnit.WAN_YUAN, 22, funds.number());
        StatedGrade good = assertInstanceOf(StatedGrade.class, s.get(2));
        assertEquals("良", good.grade());
        assertNumber("1个", "1", 0, NarrativeUnit.ITEM, 30, good.count());
        assertEquals("差", ((StatedGrade) s.get(3)).grade());
    }

    @Test
    void vehiclesAndEquipmentWithAThresholdInTheLabel() {
        List<NarrativeStatement> s = extract("截至2024年12月31日，本部门（单位）共有车辆0辆。单价100万元（含）以上设备（不含车辆）0台（套）。");
        assertEquals(2, s.size());
        StatedAmount vehicles = (StatedAmount) s.get(0);
        assertEquals("车辆", vehicles.claim().label());
        assertEquals("10:vehicles.total", vehicles.claim().reference());
        assertEquals(NarrativeUnit.VEHICLE, vehicles.number().unit());
        StatedAmount equipment = (StatedAmount) s.get(1);
        assertEquals("单价100万元（含）以上设备（不含车辆）", equipment.claim().label());
        assertEquals("10:equipment", equipment.claim().reference());
        assertNumber("0台（套）", "0", 0, NarrativeUnit.EQUIPMENT, 48, equipment.number());
    }

    @Test
    void zeroClaims() {
        List<NarrativeStatement> s = extract(List.of("七、政府性基金预算财政拨款收支决算情况说明"), "本年度无此项收支。");
        StatedZero fund = assertInstanceOf(StatedZero.class, s.get(0));
        assertEquals("07:*", fund.subject().reference());
        assertEquals("七、政府性基金预算财政拨款收支决算情况说明", fund.subject().label());
        StatedZero running = (StatedZero) extract("本部门（单位）无机关运行经费。").get(0);
        assertEquals("10:running.*", running.subject().reference());
        assertEquals("机关运行经费", running.subject().label());
        // prose that denies something no table holds states nothing
        assertEquals(List.of(), extract("基本支出和项目支出均按照预算计划执行，无重大偏差。"));
    }

    @Test
    void notUnderstoodIsKeptWithItsReason() {
        List<NarrativeStatement> s = extract("公务接待费支出0万元，共接待0批次，0人次。");
        NotUnderstood n = assertInstanceOf(NotUnderstood.class, s.get(2));
        assertEquals(NotUnderstood.Reason.NO_LABEL, n.reason());
        assertEquals("第1段[18,21)", n.fragment().location());
        assertEquals("0人次", n.fragment().text());
        assertEquals(NotUnderstood.Reason.SHARE_WITHOUT_PART,
                ((NotUnderstood) extract("占比99.98%。").get(0)).reason());
        assertEquals(NotUnderstood.Reason.SAME_WITHOUT_SUBJECT,
                ((NotUnderstood) extract("与上年相同。").get(0)).reason());
        assertEquals(NotUnderstood.Reason.RATE_WITHOUT_SUBJECT,
                ((NotUnderstood) extract("增长25.34%。").get(0)).reason());
        assertEquals(NotUnderstood.Reason.ZERO_SUBJECT_UNKNOWN,
                ((NotUnderstood) extract(List.of("二、其他事项"), "本年度无此项收支。").get(0)).reason());
        assertEquals("数字前没有说明它是什么的文字", NotUnderstood.Reason.NO_LABEL.zh());
    }

    @Test
    void fullWidthDigitsAndThousandsSeparators() {
        List<NarrativeStatement> s = extract("事业收入４００．４８万元，其他收入1,234.50万元，经营收入5,0万元。");
        assertNumber("４００．４８万元", "400.48", 2, NarrativeUnit.WAN_YUAN, 4, ((StatedAmount) s.get(0)).number());
        assertNumber("1,234.50万元", "1234.50", 2, NarrativeUnit.WAN_YUAN, 17, ((StatedAmount) s.get(1)).number());
        // "5,0": a comma between clauses, not a thousands separator; "0万元" then has no label
        assertEquals(3, s.size());
        assertEquals(NotUnderstood.Reason.NO_LABEL, ((NotUnderstood) s.get(2)).reason());
        assertEquals("0万元", ((NotUnderstood) s.get(2)).fragment().text());
    }

    @Test
    void yearsDatesAndOtherNumbersAreNoFigures() {
        assertEquals(List.of(), extract("截至2024年12月31日，全年共100期，构建50名农业专家线上线下技术服务支撑体系。"));
    }

    /** A huge paragraph without punctuation is read in linear time and states nothing. */
    @Test
    void hugeProseIsReadQuickly() {
        String huge = "与上年".repeat(60_000) + "相同收入总计" + "和上年".repeat(60_000);
        List<NarrativeStatement> s = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(5), () -> extract(huge));
        assertEquals(List.of(), s);
        String longLabel = "比上年增长".repeat(40_000) + "合计5万元，占比" + "的".repeat(100_000) + "5%";
        List<NarrativeStatement> l = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(5), () -> extract(longLabel));
        assertEquals(2, l.size());
        // the same words in a short clause are a statement
        assertEquals(StatedChange.Direction.SAME,
                ((StatedChange) extract("收入总计与上年相同。").get(0)).direction());
    }

    @Test
    void passagesEndAtHeadings() {
        List<NarrativeStatement> s = extract(List.of(), "一、收入", "收入合计400.55万元，其中：", "二、支出",
                "事业收入400.48万元，占比99.98%。");
        StatedShare share = (StatedShare) s.get(2);
        assertNull(share.whole(), "the 其中 of another section is not this share's whole");
    }

    /** The seed's two errors are visible in what the words state. */
    @Test
    void theSeedsTwoErrorsAreInTheStatements(@TempDir Path dir) throws Exception {
        PlainTextDisclosure d = PlainTextDisclosure.parse("seed.txt",
                SeedText.write(dir).text().getBytes(StandardCharsets.UTF_8));
        List<NarrativeStatement> s = d.statements();
        StatedEnumeration e = s.stream().filter(x -> x instanceof StatedEnumeration)
                .map(x -> (StatedEnumeration) x).findFirst().orElseThrow();
        assertEquals(new BigDecimal("98.33"),
                e.items().stream().map(i -> i.number().value()).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertEquals(new BigDecimal("190.33"), e.total().number().value());
        assertEquals("项目支出绩效自评表!G11[189,197)", e.total().number().source().location());
        List<StatedChange> changes = s.stream().filter(x -> x instanceof StatedChange c
                && c.direction() != StatedChange.Direction.SAME).map(x -> (StatedChange) x).toList();
        assertEquals(2, changes.size());
        assertEquals("01:inc.grand", changes.get(0).claim().reference());
        assertEquals(new BigDecimal("327.38"), changes.get(0).impliedPrior().orElseThrow());
        assertEquals("01:exp.grand", changes.get(1).claim().reference());
        assertEquals(new BigDecimal("354.79"), changes.get(1).impliedPrior().orElseThrow());
        // each sentence is consistent with itself: 82.95 / 327.38 = 25.34%, 55.54 / 354.79 = 15.65%
        assertEquals(new BigDecimal("25.34"), changes.get(0).change().value().multiply(BigDecimal.valueOf(100))
                .divide(changes.get(0).impliedPrior().get(), 2, java.math.RoundingMode.HALF_UP));
        assertEquals(new BigDecimal("15.65"), changes.get(1).change().value().multiply(BigDecimal.valueOf(100))
                .divide(changes.get(1).impliedPrior().get(), 2, java.math.RoundingMode.HALF_UP));
    }
    @Test
    void eachSanGongItemsBudgetAndActualNameItsOwnRow() {
        // 因公出国（境）费支出决算 is the row's 决算, not the 三公 total's (支出决算 under the 三公 heading)
        List<NarrativeStatement> s = extract(List.of("九、财政拨款“三公”经费支出决算情况说明"),
                "2024年度“三公”经费财政拨款支出全年预算15万元，支出决算12.5万元。因公出国（境）费支出决算为2万元，"
                        + "公务用车购置及运行维护费支出决算8万元，其中：公务用车购置费决算0万元，公务用车运行维护费支出决算8万元；"
                        + "公务接待费全年预算3万元，公务接待费支出决算2.5万元。");
        assertEquals(List.of("09:total/budget", "09:total/actual", "09:overseas/actual", "09:vehicle/actual",
                "09:vehicle.purchase/actual", "09:vehicle.operation/actual", "09:hospitality/budget",
                "09:hospitality/actual"), s.stream().map(st -> ((StatedAmount) st).claim().reference()).toList());
    }
    @Test
    void aBareBudgetOrActualAfterAnItemsIsThatItems() {
        // 因公出国（境）费全年预算2万元，决算2万元: the 决算 is the item's, as 支出决算 after the total's 全年预算 is the total's
        List<NarrativeStatement> s = extract(List.of("九、财政拨款“三公”经费支出决算情况说明"),
                "2024年度“三公”经费财政拨款支出全年预算15万元，支出决算12.5万元。",
                "因公出国（境）费全年预算2万元，决算2万元；公务接待费支出预算3万元，支出决算2.5万元。");
        assertEquals(List.of("09:total/budget", "09:total/actual", "09:overseas/budget", "09:overseas/actual",
                "09:hospitality/budget", "09:hospitality/actual"),
                s.stream().map(st -> ((StatedAmount) st).claim().reference()).toList());
    }
}
