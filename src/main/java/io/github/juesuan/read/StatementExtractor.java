package io.github.juesuan.read;

import io.github.juesuan.model.NarrativeParagraph;
import io.github.juesuan.model.NarrativeStatement;
import io.github.juesuan.model.NotUnderstood;
import io.github.juesuan.model.StatedAmount;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the claims a disclosure's words make about its figures: labelled amounts and counts, shares, changes on
 * last year, enumerations with a total, counts of graded projects and zero claims (see docs/narrative.md for the
 * forms). Which words name which figure is data (the label vocabulary, {@code narrative.txt}).
 *
 * <p>A paragraph is split into sentences at 。；！？ and line breaks, a sentence into clauses at ，and ：. A
 * clause that prints a number with a unit but matches no known form yields {@link NotUnderstood}: nothing is
 * guessed. Consecutive paragraphs under the same headings form one passage: a change refers to this year's
 * amount printed earlier in the passage, a share to the total a {@code 其中} introduced.
 *
 * <p>This class holds the patterns of the forms, the cheap tests that say where each could match, and label
 * cleaning; {@code ClauseSplitter} splits the words into clauses, {@code FigureClauses} and {@code WordClauses}
 * read clauses with and without figures, {@code NarrativeSentence} and {@code NarrativePassage} hold what is
 * remembered between clauses and paragraphs.
 *
 * <pre>{@code
 * List<NarrativeStatement> s = StatementExtractor.standard().extract(PlainTextDisclosure.read(path).narrative());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class StatementExtractor {

    private static final StatementExtractor STANDARD = new StatementExtractor(NarrativeVocabulary.standard());

    /**
     * A number with its unit; a number followed by 以上/以下/（含） is part of a label (单价100万元以上设备), and
     * 个百分点 (a difference of rates) is no count.
     */
    static final Pattern FIGURE = Pattern.compile(
            "(?<![0-9０-９.．A-Za-z])((?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9０-９]+)(?:[.．][0-9０-９]+)?)\\s*"
                    + "(万元|亿元|元|%|％|个(?!百分点)|辆|人次|批次|台[（(]套[)）]|台|套)"
                    + "(?![（(]?含[)）]|以上|以下|以内)");

    static final Pattern LEADING = Pattern.compile(
            "^(?:\\s|[（(]?[一二三四五六七八九十0-9０-９]{1,3}[)）、.．]|截至)*"
                    + "(?:(?:19|20)[0-9]{2}\\s*年度?(?:[0-9]{1,2}月(?:[0-9]{1,2}日)?)?)?");
    /** The year a label starts with (2023年度收入总计), after ordinals and 截至. */
    static final Pattern LEADING_YEAR = Pattern.compile(
            "^(?:\\s|[（(]?[一二三四五六七八九十0-9０-９]{1,3}[)）、.．]|截至)*((?:19|20)[0-9]{2})\\s*年");
    /**
     * A cleaned label that names last year's figure: it starts with (（)上年/上年度/上一年度/去年 (but 上年结转, 上年结余
     * are this year's opening balances), or compares with last year or a year (比上年决算数, 较2023年度).
     */
    static final Pattern PRIOR_YEAR = Pattern.compile(
            "^[（(]?(?:上一?年度?+|去年)(?!结转|结余)|(?:比|较|与)(?:上一?年|去年|(?:19|20)[0-9]{2}\\s*年)");
    /**
     * Words just before a figure that make it approximate or a bound (约10万元, 近, 超过, 不低于90%), but not 节约,
     * 签约, 最近 or 附近.
     */
    static final Pattern APPROXIMATE_BEFORE = Pattern.compile(
            "(?:(?<![节制签履合预])约|(?<![最附邻])近|超过|逾|不足|不到|不低于|不少于|不高于|不超过|[≥≤＞＜><])\\s*$");
    static final Pattern LEAD_IN = Pattern.compile(".*(?:主要包括|包括|分别为|分别是|其中|用于)[:：]?");
    static final Pattern SUBJECT = Pattern.compile(
            "^(?:本年度|本部门[（(]单位[)）]|本部门|本单位|我单位|我部门|该单位)");
    static final Pattern COLLECTIVE = Pattern.compile("^(?:共有|共计|共|合计共)(?=.)");
    static final Pattern TRAILING = Pattern.compile("(?<=.)(?:为|是|达到|达|约|共计|共)$");
    static final Pattern CHANGE = Pattern.compile(
            "^(.*?)(?:比上年|较上年|同比|与上年相比)?(增加|增长|上升|提高|减少|下降|降低|增幅|降幅|减幅|增长率|下降率|增长幅度|下降幅度)了?(?:为)?$");
    /** A comparison with last year: 同比, 比上年度, 较2023年, 较 2022 年度决算数, 与2023年相比, 比上年同期. */
    private static final String COMPARISON = "(?:同比|(?:比|较|与|和)\\s*(?:上一?年|去年|(?:19|20)[0-9]{2}\\s*年)度?"
            + "(?:决算数?|同期)?(?:相比)?)";
    /** A comparison with last year before a change's subject (与上年相比收入总计增加) or in place of one. */
    static final Pattern CHANGE_PREFIX = Pattern.compile("^" + COMPARISON);
    /** A comparison with last year after a change's subject (收入总计比上年度增加). */
    static final Pattern CHANGE_SUFFIX = Pattern.compile(COMPARISON + "$");
    /**
     * A comparison with the budget at the end of a change's subject (比全年预算减少, 较预算, 决算数比预算数,
     * 与年初预算相比): the change and its rate are on the budget, not on last year's amount.
     */
    static final Pattern ON_BUDGET = Pattern.compile("(?:比|较|与|和|同)\\s*(?:年初|全年|调整后的?)?预算数?(?:相比)?$");
    static final Pattern SAME = Pattern.compile(
            "^(.*?)(?:与|比|较|和)上年(?:度)?(.*?)(?:相比)?(?:相同|持平|一致|无变化|没有变化)$");
    /** A share: 占比, 占<whole>的比重, or a bare 占 (其他收入266.33万元，占6.46%), the whole then being the 其中 total. */
    /**
     * 收入总计 and 支出总计 stated together (收、支总计各410.33万元, 收入、支出总计均为, 财政拨款收支总计各增加…): the words
     * before, the 收/支 and the 总计 or 合计.
     */
    static final Pattern BOTH = Pattern.compile("^(.*?)(?:收入|收)(?:、|和|与|及|/)?(?:支出|支)(总计|合计)(?:各为|均为|各|均)?$");
    static final Pattern SHARE = Pattern.compile("^占(比|.+?)?(?:的比重|的比例|的)?(?:为)?$");
    static final Pattern GRADE = Pattern.compile(
            "^[（(]?[0-9０-９]+\\s*个项目(?:的)?(?:绩效)?(?:自评)?(?:等级|结果|评价等级)?(?:为|是|评为)"
                    + "[“\"「『]?(优秀|优|良好|良|中等|中|差|合格|不合格|较差)[”\"」』]?(?:等级)?$");
    static final Pattern ZERO = Pattern.compile(
            "^(?:本年度|本年|本部门[（(]单位[)）]|本部门|本单位|我单位|我部门|该单位)?(?:无|没有)(此项|此类|该项)?(.*)$");

    private final NarrativeVocabulary vocabulary;

    private StatementExtractor(NarrativeVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * The extractor with the bundled label vocabulary.
     *
     * @return the shared extractor (thread-safe, the same object on every call)
     */
    public static StatementExtractor standard() {
        return STANDARD;
    }

    /**
     * Every statement of the paragraphs, in print order. Paragraphs are taken in the order given; consecutive
     * ones with the same headings (and, for text cells, the same cell) form one passage.
     *
     * @param paragraphs the paragraphs, e.g. {@link PlainTextDisclosure#narrative()}
     * @return the statements in print order, including {@link io.github.juesuan.model.NotUnderstood} parts;
     *         empty when no paragraph states a figure
     */
    public List<NarrativeStatement> extract(List<NarrativeParagraph> paragraphs) {
        List<NarrativeStatement> out = new ArrayList<>();
        NarrativePassage passage = null;
        for (NarrativeParagraph p : paragraphs) {
            if (passage == null || !passage.continues(p)) {
                passage = new NarrativePassage(p, passage, vocabulary);
            }
            ClauseSplitter.paragraph(p, passage, out);
        }
        return List.copyOf(out);
    }

    /**
     * The numbers with their units in a clause, in print order, each as {start, end, number start, number end,
     * unit start, unit end} plus {@code offset}. A figure starts at a digit: the pattern is tried from each next
     * digit on, not at every character.
     */
    static List<int[]> figures(String clause, int offset) {
        int digit = nextDigit(clause, 0);
        if (digit < 0) {
            return List.of();
        }
        List<int[]> figures = new ArrayList<>();
        Matcher m = FIGURE.matcher(clause);
        while (digit >= 0 && m.find(digit)) {
            figures.add(new int[] {offset + m.start(), offset + m.end(), offset + m.start(1), offset + m.end(1),
                offset + m.start(2), offset + m.end(2)});
            digit = nextDigit(clause, m.end());
        }
        return figures;
    }

    /**
     * The printed label without what is not part of it: a leading ordinal, year or date, a lead-in (主要包括…),
     * a subject (本部门（单位）), 共有, and a trailing 为/是/共.
     */
    static String clean(String raw) {
        String t = stripLeading(TextFolding.trim(raw));
        if (mayLeadIn(t)) {
            Matcher lead = LEAD_IN.matcher(t);
            if (lead.lookingAt() && lead.end() < t.length()) {
                t = TextFolding.trim(t.substring(lead.end()));
            }
        }
        if (maySubject(t)) {
            t = SUBJECT.matcher(t).replaceFirst("");
        }
        if (!t.isEmpty()) {
            if (mayCollective(t)) {
                t = TextFolding.trim(COLLECTIVE.matcher(t).replaceFirst(""));
            }
            if (mayTrailing(t)) {
                t = TextFolding.trim(TRAILING.matcher(t).replaceFirst(""));
            }
        }
        return t;
    }

    // The patterns above are tried on every clause of every sentence; each may* test below is a necessary
    // condition for its pattern to match (to match anything but the empty string, for LEADING), checked with a
    // few character comparisons, so that a pattern runs only on the few clauses it could match and the words
    // read the same (StatementExtractorGatesPropertiesTest checks each condition against its pattern).

    /** {@link #LEADING} removed, then white space: LEADING matches more than "" only from its first characters. */
    static String stripLeading(String s) {
        if (s.isEmpty() || !mayLead(s.charAt(0))) {
            return TextFolding.trim(s);
        }
        return TextFolding.trim(LEADING.matcher(s).replaceFirst(""));
    }

    /** The characters a non-empty match of {@link #LEADING} can start with. */
    static boolean mayLead(char ch) {
        return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\u000B' || ch == '\f' || ch == '\r'
                || ch == '（' || ch == '(' || ch == '截' || ch >= '0' && ch <= '9' || ch >= '０' && ch <= '９'
                || "一二三四五六七八九十".indexOf(ch) >= 0;
    }

    /** Where the next ASCII or full-width digit from {@code from} on is, or -1: {@link #FIGURE} starts at one. */
    static int nextDigit(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= '0' && ch <= '9' || ch >= '０' && ch <= '９') {
                return i;
            }
        }
        return -1;
    }

    /** {@link #GRADE} counts projects: 个项目. */
    static boolean mayGrade(String s) {
        return s.contains("个项目");
    }

    /** {@link #SAME} compares with 上年 and ends with 相同, 持平, 一致 or 变化. */
    static boolean maySame(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        return (last == '同' || last == '平' || last == '致' || last == '化') && s.contains("上年");
    }

    /** {@link #ZERO} says 无 or 没有. */
    static boolean mayZero(String s) {
        return s.indexOf('无') >= 0 || s.contains("没有");
    }

    /** {@link #CHANGE} ends with its verb, 了 or 为. */
    static boolean mayChange(String s) {
        if (s.isEmpty()) {
            return false;
        }
        return "加长升高少降低了为幅率度".indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    /**
     * Whether the words after a figure ending at {@code end} say the list is not complete: 等 (印刷费5万元等), but
     * not 等级, 等于 or 等同.
     */
    static boolean notAll(String text, int end) {
        int i = end;
        while (i < text.length() && TextFolding.isSpace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && text.charAt(i) == '等'
                && (i + 1 == text.length() || "级于同".indexOf(text.charAt(i + 1)) < 0);
    }

    /**
     * Whether a figure is approximate or a bound: words just before it (the label from {@code labelStart}) say so,
     * or 左右 follows it (10万元左右).
     */
    static boolean approximate(String text, int labelStart, int[] f) {
        int end = f[1];
        while (end < text.length() && TextFolding.isSpace(text.charAt(end))) {
            end++;
        }
        if (text.startsWith("左右", end)) {
            return true;
        }
        int start = Math.max(labelStart, f[0] - 8);
        return APPROXIMATE_BEFORE.matcher(text).region(start, f[0]).useTransparentBounds(true).find();
    }

    /** A bare 预算 or 决算 (支出决算, 全年预算, 决算数): what it is of is the subject of the amount before it. */
    static final Pattern BARE_BUDGET_OR_ACTUAL = Pattern.compile("^(?:支出)?(?:全年|年初)?(?:预算|决算)数?$");
    /** A label ending with 预算 or 决算: its subject before them. */
    static final Pattern BUDGET_OR_ACTUAL = Pattern.compile("^(.+?)(?:支出)?(?:全年|年初)?(?:预算|决算)数?$");

    /**
     * A bare 预算/决算 label completed with the subject of the amount before it in the sentence, where that amount
     * names a figure by a label ending with 预算 or 决算 (因公出国（境）费全年预算2万元，决算2万元: 因公出国（境）费决算); else
     * the label.
     */
    static String ofLast(String label, StatedAmount last) {
        if (last == null || last.claim().reference() == null || label.length() > 7
                || !BARE_BUDGET_OR_ACTUAL.matcher(label).matches()) {
            return label;
        }
        Matcher m = BUDGET_OR_ACTUAL.matcher(last.claim().label());
        return m.matches() ? m.group(1) + label : label;
    }

    /** The labels of 收入… and 支出… where {@code label} states both (收、支总计各), else null. */
    static List<String> both(String label) {
        if (label.indexOf('支') < 0) {
            return null;
        }
        Matcher m = BOTH.matcher(label);
        return m.matches() ? List.of(m.group(1) + "收入" + m.group(2), m.group(1) + "支出" + m.group(2)) : null;
    }

    /** {@link #LEAD_IN} holds 包括, 分别, 其中 or 用于. */
    static boolean mayLeadIn(String s) {
        return s.contains("包括") || s.contains("分别") || s.contains("其中") || s.contains("用于");
    }

    /** {@link #SUBJECT} starts with 本, 我 or 该. */
    static boolean maySubject(String s) {
        return !s.isEmpty() && "本我该".indexOf(s.charAt(0)) >= 0;
    }

    /** {@link #COLLECTIVE} starts with 共 or 合. */
    static boolean mayCollective(String s) {
        return !s.isEmpty() && (s.charAt(0) == '共' || s.charAt(0) == '合');
    }

    /**
     * {@link #TRAILING} follows a character and ends with 为, 是, 到, 达, 约, 计 or 共 — or before a line
     * terminator that ends the text, where its {@code $} matches too.
     */
    static boolean mayTrailing(String s) {
        return s.length() >= 2 && "为是到达约计共\n\r\u0085\u2028\u2029".indexOf(s.charAt(s.length() - 1)) >= 0;
    }
}
