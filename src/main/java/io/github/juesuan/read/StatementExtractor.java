package io.github.juesuan.read;

import io.github.juesuan.model.Claim;
import io.github.juesuan.model.NarrativeNumber;
import io.github.juesuan.model.NarrativeParagraph;
import io.github.juesuan.model.NarrativeSource;
import io.github.juesuan.model.NarrativeStatement;
import io.github.juesuan.model.NarrativeUnit;
import io.github.juesuan.model.NotUnderstood;
import io.github.juesuan.model.StatedAmount;
import io.github.juesuan.model.StatedChange;
import io.github.juesuan.model.StatedEnumeration;
import io.github.juesuan.model.StatedGrade;
import io.github.juesuan.model.StatedShare;
import io.github.juesuan.model.StatedZero;
import io.github.juesuan.text.Labels;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
 * <pre>{@code
 * List<NarrativeStatement> s = StatementExtractor.standard().extract(PlainTextDisclosure.read(path).narrative());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class StatementExtractor {

    private static final StatementExtractor STANDARD = new StatementExtractor(NarrativeVocabulary.standard());

    /** A number with its unit; a number followed by 以上/以下/（含） is part of a label (单价100万元以上设备). */
    static final Pattern FIGURE = Pattern.compile(
            "(?<![0-9０-９.．A-Za-z])((?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9０-９]+)(?:[.．][0-9０-９]+)?)\\s*"
                    + "(万元|亿元|元|%|％|个|辆|人次|批次|台[（(]套[)）]|台|套)"
                    + "(?![（(]?含[)）]|以上|以下|以内)");

    static final Pattern LEADING = Pattern.compile(
            "^(?:\\s|[（(]?[一二三四五六七八九十0-9０-９]{1,3}[)）、.．]|截至)*"
                    + "(?:(?:19|20)[0-9]{2}\\s*年度?(?:[0-9]{1,2}月(?:[0-9]{1,2}日)?)?)?");
    static final Pattern LEAD_IN = Pattern.compile(".*(?:主要包括|包括|分别为|分别是|其中)[:：]?");
    static final Pattern SUBJECT = Pattern.compile(
            "^(?:本年度|本部门[（(]单位[)）]|本部门|本单位|我单位|我部门|该单位)");
    static final Pattern COLLECTIVE = Pattern.compile("^(?:共有|共计|共|合计共)(?=.)");
    static final Pattern TRAILING = Pattern.compile("(?<=.)(?:为|是|达到|达|约|共计|共)$");
    static final Pattern CHANGE = Pattern.compile(
            "^(.*?)(?:比上年|较上年|同比|与上年相比)?(增加|增长|上升|提高|减少|下降|降低)了?(?:为)?$");
    private static final Pattern CHANGE_PREFIX = Pattern.compile("^(?:比上年|较上年|同比|与上年相比)");
    static final Pattern SAME = Pattern.compile(
            "^(.*?)(?:与|比|较|和)上年(?:度)?(.*?)(?:相比)?(?:相同|持平|一致|无变化|没有变化)$");
    static final Pattern SHARE = Pattern.compile("^占(比|.+?)(?:的比重|的比例|的)?(?:为)?$");
    static final Pattern GRADE = Pattern.compile(
            "^[（(]?[0-9０-９]+\\s*个项目(?:的)?(?:绩效)?(?:自评)?(?:等级|结果|评价等级)?(?:为|是|评为)"
                    + "[“\"「『]?(优秀|优|良好|良|中等|中|差|合格|不合格|较差)[”\"」』]?(?:等级)?$");
    static final Pattern ZERO = Pattern.compile(
            "^(?:本年度|本年|本部门[（(]单位[)）]|本部门|本单位|我单位|我部门|该单位)?(?:无|没有)(此项|此类|该项)?(.*)$");
    private static final Set<String> TOTAL_WORDS = Set.of("合计", "共计", "总计", "累计", "合计为", "共计为", "总计为",
            "总额", "合计金额", "总金额");

    /** Clauses without figures longer than this state nothing (see {@link #wordsOnly}). */
    static final int MAX_WORDS_CLAUSE = 80;

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
        Passage passage = null;
        for (NarrativeParagraph p : paragraphs) {
            if (passage == null || !passage.continues(p)) {
                passage = new Passage(p, passage);
            }
            paragraph(p, passage, out);
        }
        return List.copyOf(out);
    }

    /** What a passage remembers: this year's amounts by figure, and the total a 其中 introduced. */
    private static final class Passage {
        final List<String> headings;
        final List<String> folded;
        final String sheet;
        final String cell;
        final Map<String, StatedAmount> amounts = new HashMap<>();
        StatedAmount lead;

        /** A new passage; the headings are folded once for consecutive passages under the same ones. */
        Passage(NarrativeParagraph p, Passage previous) {
            headings = p.headings();
            if (previous != null && previous.headings.equals(headings)) {
                folded = previous.folded;
            } else {
                folded = new ArrayList<>(headings.size());
                for (String h : headings) {
                    folded.add(Labels.fold(h));
                }
            }
            sheet = p.source().sheet();
            cell = p.source().cell();
        }

        boolean continues(NarrativeParagraph p) {
            return headings.equals(p.headings()) && sheet.equals(p.source().sheet())
                    && cell.equals(p.source().cell());
        }
    }

    private void paragraph(NarrativeParagraph p, Passage passage, List<NarrativeStatement> out) {
        String text = p.text();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || isSentenceEnd(text.charAt(i))) {
                int s = start;
                int e = i;
                while (s < e && TextFolding.isSpace(text.charAt(s))) {
                    s++;
                }
                while (e > s && TextFolding.isSpace(text.charAt(e - 1))) {
                    e--;
                }
                if (e > s) {
                    sentence(p, passage, s, e, out);
                }
                start = i + 1;
            }
        }
    }

    private static boolean isSentenceEnd(char ch) {
        return ch == '。' || ch == '；' || ch == ';' || ch == '！' || ch == '!' || ch == '？' || ch == '?'
                || ch == '\n' || ch == '\r';
    }

    /** The state of one sentence while its clauses are read. */
    private final class Sentence {
        final NarrativeParagraph p;
        final Passage passage;
        final int from;
        final int to;
        /** The sentence's source, made when a statement needs it (most sentences state nothing). */
        private NarrativeSource source;
        final List<NarrativeStatement> statements = new ArrayList<>();
        StatedAmount last;
        /** Index in {@link #statements} of a change still waiting for its rate, or -1. */
        int pendingRate = -1;

        Sentence(NarrativeParagraph p, Passage passage, int from, int to) {
            this.p = p;
            this.passage = passage;
            this.from = from;
            this.to = to;
        }

        NarrativeSource source() {
            if (source == null) {
                source = at(from, to);
            }
            return source;
        }

        NarrativeSource at(int from, int to) {
            return p.source().narrow(p.text(), from, to);
        }

        Claim claim(String label, NarrativeVocabulary.Section section) {
            return new Claim(label, vocabulary.lookup(section, Labels.fold(label), passage.folded));
        }

        void add(NarrativeStatement s) {
            statements.add(s);
        }

        void amount(StatedAmount a) {
            add(a);
            last = a;
            passage.amounts.put(key(a.claim()), a);
        }
    }

    private static String key(Claim c) {
        return c.reference() != null ? c.reference() : "label:" + Labels.fold(c.label());
    }

    private void sentence(NarrativeParagraph p, Passage passage, int from, int to, List<NarrativeStatement> out) {
        Sentence s = new Sentence(p, passage, from, to);
        String text = p.text();
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || isClauseEnd(text, i)) {
                if (i > start) {
                    clause(s, start, i);
                }
                start = i + 1;
            }
        }
        out.addAll(enumerations(s));
    }

    /** A clause ends at ，：, and :, but not at a thousands comma such as 1,234.56. */
    private static boolean isClauseEnd(String text, int i) {
        char ch = text.charAt(i);
        if (ch == '，' || ch == '：' || ch == ':') {
            return true;
        }
        if (ch != ',') {
            return false;
        }
        boolean thousands = i > 0 && isAsciiDigit(text.charAt(i - 1)) && i + 3 < text.length()
                && isAsciiDigit(text.charAt(i + 1)) && isAsciiDigit(text.charAt(i + 2))
                && isAsciiDigit(text.charAt(i + 3)) && (i + 4 == text.length() || !isAsciiDigit(text.charAt(i + 4)));
        return !thousands;
    }

    private static boolean isAsciiDigit(char ch) {
        return ch >= '0' && ch <= '9';
    }

    private void clause(Sentence s, int from, int to) {
        String text = s.p.text();
        String clause = text.substring(from, to);
        String trimmed = TextFolding.trim(clause);
        if (trimmed.isEmpty()) {
            return;
        }
        List<int[]> figures = figures(clause, from);
        String bare = stripLeading(trimmed);
        if (figures.size() == 1 && mayGrade(bare)) {
            Matcher grade = GRADE.matcher(bare);
            if (grade.matches() && unit(text, figures.get(0)) == NarrativeUnit.ITEM) {
                s.add(new StatedGrade(grade.group(1), number(s, figures.get(0)), s.source()));
                return;
            }
        }
        if (figures.isEmpty()) {
            // 其中, 与上年相同 and 无此项收支 are short; a long clause without figures is prose (and the lazy
            // patterns must not see unbounded text)
            if (bare.length() <= MAX_WORDS_CLAUSE) {
                wordsOnly(s, from, to, bare);
            }
            return;
        }
        int labelStart = from;
        for (int[] f : figures) {
            figure(s, from, to, labelStart, f);
            labelStart = f[1];
        }
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

    /** A clause without numbers: 其中, 与上年相同, 无此项收支 — or plain prose, which states nothing. */
    private void wordsOnly(Sentence s, int from, int to, String bare) {
        // Labels.fold strips 其中 as an ordinal, so the lead word is compared as printed.
        String lead = TextFolding.trim(bare.replace('：', ' ').replace(':', ' '));
        if (lead.equals("其中") || lead.equals("其中包括")) {
            s.passage.lead = s.last;
            return;
        }
        Matcher same = maySame(bare) ? SAME.matcher(bare) : null;
        if (same != null && same.matches()) {
            String inner = clean(same.group(2));
            if (inner.isEmpty()) {
                inner = clean(same.group(1));
            }
            Claim claim;
            if (!inner.isEmpty()) {
                claim = s.claim(inner, NarrativeVocabulary.Section.MONEY);
            } else if (s.last != null) {
                claim = s.last.claim();
            } else {
                s.add(new NotUnderstood(NotUnderstood.Reason.SAME_WITHOUT_SUBJECT, s.at(from, to), s.source()));
                return;
            }
            StatedAmount current = s.passage.amounts.get(key(claim));
            s.add(new StatedChange(claim, current == null ? null : current.number(), StatedChange.Direction.SAME,
                    null, null, s.source()));
            return;
        }
        Matcher zero = mayZero(bare) ? ZERO.matcher(bare) : null;
        if (zero != null && zero.matches()) {
            if (zero.group(1) != null) {
                for (int i = s.p.headings().size() - 1; i >= 0; i--) {
                    String ref = vocabulary.lookup(NarrativeVocabulary.Section.SUBJECT, s.passage.folded.get(i),
                            List.of());
                    if (ref != null) {
                        s.add(new StatedZero(new Claim(TextFolding.trim(s.p.headings().get(i)), ref), s.source()));
                        return;
                    }
                }
                s.add(new NotUnderstood(NotUnderstood.Reason.ZERO_SUBJECT_UNKNOWN, s.at(from, to), s.source()));
                return;
            }
            String subject = TextFolding.trim(zero.group(2));
            String ref = vocabulary.lookup(NarrativeVocabulary.Section.SUBJECT, Labels.fold(subject), List.of());
            if (ref != null) {
                s.add(new StatedZero(new Claim(subject, ref), s.source()));
            }
        }
    }

    private static NarrativeUnit unit(String text, int[] f) {
        String u = text.substring(f[4], f[5]);
        switch (u) {
            case "万元":
                return NarrativeUnit.WAN_YUAN;
            case "亿元":
                return NarrativeUnit.YI_YUAN;
            case "元":
                return NarrativeUnit.YUAN;
            case "%":
            case "％":
                return NarrativeUnit.PERCENT;
            case "个":
                return NarrativeUnit.ITEM;
            case "辆":
                return NarrativeUnit.VEHICLE;
            case "人次":
                return NarrativeUnit.PERSON_TIME;
            case "批次":
                return NarrativeUnit.BATCH;
            default:
                return NarrativeUnit.EQUIPMENT;
        }
    }

    private static NarrativeNumber number(Sentence s, int[] f) {
        String text = s.p.text();
        StringBuilder digits = new StringBuilder();
        for (int i = f[2]; i < f[3]; i++) {
            char ch = text.charAt(i);
            if (ch >= '０' && ch <= '９') {
                digits.append((char) ('0' + ch - '０'));
            } else if (ch == '．' || ch == '.') {
                digits.append('.');
            } else if (ch != ',') {
                digits.append(ch);
            }
        }
        BigDecimal value = new BigDecimal(digits.toString());
        return new NarrativeNumber(text.substring(f[0], f[1]), value, Math.max(0, value.scale()), unit(text, f),
                s.at(f[0], f[1]));
    }

    private void figure(Sentence s, int from, int to, int labelStart, int[] f) {
        String text = s.p.text();
        NarrativeNumber n = number(s, f);
        String rawLabel = TextFolding.trim(text.substring(labelStart, f[0]));
        NarrativeVocabulary.Section section = n.unit().isCount() ? NarrativeVocabulary.Section.COUNT
                : NarrativeVocabulary.Section.MONEY;
        String stripped = stripLeading(rawLabel);
        if (n.unit() == NarrativeUnit.PERCENT && stripped.startsWith("占")) {
            Matcher share = SHARE.matcher(stripped);
            if (share.matches()) {
                share(s, from, to, n, share.group(1));
                return;
            }
        }
        Matcher change = mayChange(stripped) ? CHANGE.matcher(stripped) : null;
        if (change != null && change.matches()) {
            change(s, from, to, n, clean(CHANGE_PREFIX.matcher(change.group(1)).replaceFirst("")),
                    change.group(2), section);
            return;
        }
        String label = clean(rawLabel);
        if (label.isEmpty()) {
            s.add(new NotUnderstood(NotUnderstood.Reason.NO_LABEL, s.at(from, to), s.source()));
            return;
        }
        s.amount(new StatedAmount(s.claim(label, section), n, s.source()));
    }

    private void share(Sentence s, int from, int to, NarrativeNumber percent, String of) {
        if (s.last == null) {
            s.add(new NotUnderstood(NotUnderstood.Reason.SHARE_WITHOUT_PART, s.at(from, to), s.source()));
            return;
        }
        Claim whole = null;
        NarrativeNumber wholeNumber = null;
        if (!of.equals("比")) {
            whole = s.claim(clean(of), NarrativeVocabulary.Section.MONEY);
            StatedAmount printed = s.passage.amounts.get(key(whole));
            wholeNumber = printed == null ? null : printed.number();
        } else if (s.passage.lead != null && s.passage.lead != s.last) {
            whole = s.passage.lead.claim();
            wholeNumber = s.passage.lead.number();
        }
        s.add(new StatedShare(s.last.claim(), s.last.number(), whole, wholeNumber, percent, s.source()));
    }

    private void change(Sentence s, int from, int to, NarrativeNumber n, String subject, String verb,
                        NarrativeVocabulary.Section section) {
        StatedChange.Direction direction = verb.equals("减少") || verb.equals("下降") || verb.equals("降低")
                ? StatedChange.Direction.DOWN : StatedChange.Direction.UP;
        boolean rate = n.unit() == NarrativeUnit.PERCENT;
        if (subject.isEmpty() && rate && s.pendingRate >= 0) {
            StatedChange c = (StatedChange) s.statements.get(s.pendingRate);
            s.statements.set(s.pendingRate, new StatedChange(c.claim(), c.current(), c.direction(), c.change(), n,
                    c.sentence()));
            s.pendingRate = -1;
            return;
        }
        Claim claim;
        if (!subject.isEmpty()) {
            claim = s.claim(subject, section);
        } else if (s.last != null) {
            claim = s.last.claim();
        } else {
            s.add(new NotUnderstood(NotUnderstood.Reason.RATE_WITHOUT_SUBJECT, s.at(from, to), s.source()));
            return;
        }
        StatedAmount current = s.passage.amounts.get(key(claim));
        s.add(new StatedChange(claim, current == null ? null : current.number(), direction, rate ? null : n,
                rate ? n : null, s.source()));
        s.pendingRate = rate ? -1 : s.statements.size() - 1;
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
        return "加长升高少降低了为".indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    /** {@link #LEAD_IN} holds 包括, 分别 or 其中. */
    static boolean mayLeadIn(String s) {
        return s.contains("包括") || s.contains("分别") || s.contains("其中");
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

    /**
     * Folds a run of two or more amounts in one unit followed by a bare total (合计190.33万元) into an
     * enumeration; everything else passes through.
     */
    private static List<NarrativeStatement> enumerations(Sentence s) {
        List<NarrativeStatement> in = s.statements;
        if (in.isEmpty()) {
            return in;
        }
        List<NarrativeStatement> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            NarrativeStatement st = in.get(i);
            if (st instanceof StatedAmount total && TOTAL_WORDS.contains(Labels.fold(total.claim().label()))) {
                int first = out.size();
                while (first > 0 && out.get(first - 1) instanceof StatedAmount a
                        && a.number().unit() == total.number().unit()
                        && !TOTAL_WORDS.contains(Labels.fold(a.claim().label()))) {
                    first--;
                }
                if (out.size() - first >= 2) {
                    List<StatedAmount> items = new ArrayList<>();
                    for (NarrativeStatement item : out.subList(first, out.size())) {
                        items.add((StatedAmount) item);
                    }
                    out.subList(first, out.size()).clear();
                    out.add(new StatedEnumeration(items, total, s.source()));
                    continue;
                }
            }
            out.add(Objects.requireNonNull(st));
        }
        return out;
    }
}
