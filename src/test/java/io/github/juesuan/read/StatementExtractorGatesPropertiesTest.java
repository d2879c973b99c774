package io.github.juesuan.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The statement extractor tries each of its patterns only where a cheap test says it could match. On words made
 * of the pieces those patterns look for (numbers, units, 上年, 相同, 无, 个项目, ordinals, white space and line
 * terminators, around phrases of the forms the patterns read), each test is a necessary condition of its pattern as the extractor uses it (matches, lookingAt or
 * find), and the patterns give the same results with the tests as without them. Each pattern matches some of the
 * generated words, so no property holds for want of examples.
 */
class StatementExtractorGatesPropertiesTest {

    private static final List<String> PIECES = List.of(
            "1", "2024", "0.5", "１２", "．", ".", ",", "1,234", "  ", "\t", "\n", "\r", "\u0085", "\u2028",
            "\u3000", "a", "万元", "元", "%", "％", "个", "台（套）", "以上", "（含）", "年", "年度", "月", "日",
            "（", "(", "）", ")", "、", "一", "十", "截至", "本部门", "本单位", "（单位）", "我单位", "该单位", "本年度",
            "共有", "共计", "共", "合计共", "为", "是", "达到", "达", "约", "比上年", "较上年", "同比", "与上年相比",
            "与", "上年", "度", "相比", "相同", "持平", "一致", "无变化", "没有变化", "增加", "减少", "下降", "了", "占",
            "的比重", "比", "个项目", "绩效", "等级", "优秀", "良", "“", "”", "无", "没有", "此项", "收支", "其中",
            "主要包括", "包括", "分别为", "分别是", "：", ":", "支出", "收入", "公务用车", "经费", "。", "用于", "去年",
            "上一年", "结转", "较");

    /** Phrases of the forms the patterns read, put between random pieces. */
    private static final List<String> PHRASES = List.of(
            "", "3个项目为优秀", "（２个项目的绩效自评等级为“良”", "与上年相同", "比上年度支出无变化", "无此项收支",
            "本部门（单位）没有公务用车", "比上年增加", "同比下降了为", "占比", "占支出的比重为", "主要包括：支出",
            "其中：收入", "本单位共有", "共计", "收入为", "2024年度", "（一）", "截至2024年12月31日", "1,234.5万元",
            "12.5%", "３台（套）", "上年收入总计", "较 2023 年度决算数", "（上年度为", "比上年同期", "2023年度收入总计");

    private static Gen<String> words() {
        Gen<List<Integer>> pieces = lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(0, 3);
        return pieces.zip(integers().between(0, PHRASES.size() - 1), pieces, (before, phrase, after) -> {
            StringBuilder sb = new StringBuilder();
            for (int i : before) {
                sb.append(PIECES.get(i));
            }
            sb.append(PHRASES.get(phrase));
            for (int i : after) {
                sb.append(PIECES.get(i));
            }
            return sb.toString();
        });
    }

    /** How the extractor uses a pattern. */
    private enum Use { MATCHES, LOOKING_AT, FIND }

    private static boolean matches(Pattern p, Use use, String s) {
        Matcher m = p.matcher(s);
        switch (use) {
            case MATCHES:
                return m.matches();
            case LOOKING_AT:
                return m.lookingAt();
            default:
                return m.find();
        }
    }

    /** Whenever {@code pattern} matches, {@code gate} holds; and it matches some of the words. */
    private static void necessary(Pattern pattern, Use use, Predicate<String> gate) {
        int[] hits = new int[1];
        qt().withExamples(4000).withShrinkCycles(100).forAll(words()).checkAssert(s -> {
            if (matches(pattern, use, s)) {
                hits[0]++;
                assertTrue(gate.test(s), () -> pattern + " matches " + escape(s) + " but its test says it cannot");
            }
        });
        assertTrue(hits[0] > 0, () -> pattern + " matched none of the words");
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            sb.append(ch < 0x20 || ch >= 0x80 && ch < 0xa0 || ch == 0x2028 ? String.format("\\u%04x", (int) ch) : ch);
        }
        return sb.append('"').toString();
    }

    @Test
    void eachTestIsNecessaryForItsPattern() {
        necessary(StatementExtractor.GRADE, Use.MATCHES, StatementExtractor::mayGrade);
        necessary(StatementExtractor.SAME, Use.MATCHES, StatementExtractor::maySame);
        necessary(StatementExtractor.ZERO, Use.MATCHES, StatementExtractor::mayZero);
        necessary(StatementExtractor.CHANGE, Use.MATCHES, StatementExtractor::mayChange);
        necessary(StatementExtractor.SHARE, Use.MATCHES, s -> s.startsWith("占"));
        necessary(StatementExtractor.LEAD_IN, Use.LOOKING_AT, StatementExtractor::mayLeadIn);
        necessary(StatementExtractor.SUBJECT, Use.FIND, StatementExtractor::maySubject);
        necessary(StatementExtractor.COLLECTIVE, Use.FIND, StatementExtractor::mayCollective);
        necessary(StatementExtractor.TRAILING, Use.FIND, StatementExtractor::mayTrailing);
        necessary(StatementExtractor.FIGURE, Use.FIND, s -> StatementExtractor.nextDigit(s, 0) >= 0);
        // NarrativePassage.priorYear tries both only on labels holding a 年
        necessary(StatementExtractor.PRIOR_YEAR, Use.FIND, s -> s.indexOf('年') >= 0);
        necessary(StatementExtractor.LEADING_YEAR, Use.LOOKING_AT, s -> s.indexOf('年') >= 0);
    }

    @Test
    void leadingIsStrippedAsByItsPattern() {
        int[] stripped = new int[1];
        qt().withExamples(4000).withShrinkCycles(100).forAll(words()).checkAssert(s -> {
            String byPattern = TextFolding.trim(StatementExtractor.LEADING.matcher(s).replaceFirst(""));
            if (byPattern.length() < TextFolding.trim(s).length()) {
                stripped[0]++;
            }
            assertEquals(byPattern, StatementExtractor.stripLeading(s), () -> escape(s));
        });
        assertTrue(stripped[0] > 0, "LEADING stripped nothing from any of the words");
    }

    @Test
    void figuresFoundFromEachDigitAreThoseFoundAtEveryCharacter() {
        int[] found = new int[1];
        qt().withExamples(4000).withShrinkCycles(100).forAll(words()).checkAssert(s -> {
            List<List<Integer>> everywhere = new ArrayList<>();
            Matcher m = StatementExtractor.FIGURE.matcher(s);
            while (m.find()) {
                everywhere.add(List.of(m.start(), m.end(), m.start(1), m.end(1), m.start(2), m.end(2)));
            }
            found[0] += everywhere.size();
            List<List<Integer>> fromDigits = new ArrayList<>();
            for (int[] f : StatementExtractor.figures(s, 0)) {
                fromDigits.add(List.of(f[0], f[1], f[2], f[3], f[4], f[5]));
            }
            assertEquals(everywhere, fromDigits, () -> escape(s));
        });
        assertTrue(found[0] > 0, "no figure in any of the words");
    }
}
