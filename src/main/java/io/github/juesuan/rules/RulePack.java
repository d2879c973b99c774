package io.github.juesuan.rules;

import io.github.juesuan.model.Severity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable, compiled set of rules. Compile once, check any number of disclosures with it.
 *
 * <pre>{@code
 * RulePack pack = RulePack.standard()                       // the built-in 公开表 and 绩效 rules
 *         .plus(RulePack.load(Path.of("my-rules.txt")))      // a user's own pack
 *         .without(Set.of("GKW.005"))                        // rules disabled by id
 *         .withSeverity("GKX.019", Severity.WARNING);
 * }</pre>
 *
 * <p>The text format ({@code docs/rules.md}): {@code pack NAME VERSION}, then for each rule a line
 * {@code rule ID SEVERITY MESSAGE} followed by {@code check: …}, and optionally {@code en: …} and
 * {@code tolerance: round|exact|truncate|0.05} and {@code blank: ERROR|WARNING|INFO}. {@code #} starts a comment.
 *
 * @param name    the pack's name
 * @param version the pack's version
 * @param rules   the rules, in order, ids unique
 */
public record RulePack(String name, String version, List<Rule> rules) {
    private static final class Standard {
        static final RulePack PACK = loadResource("gongkai.rules").plus(loadResource("perf.rules"));
    }

    /** Checks for nulls, copies the list and checks that ids are unique. */
    public RulePack {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        rules = List.copyOf(rules);
        Set<String> ids = new java.util.HashSet<>();
        for (Rule r : rules) {
            if (!ids.add(r.id())) {
                throw new IllegalArgumentException("duplicate rule id " + r.id() + " in pack " + name);
            }
        }
    }

    /** The built-in pack: every identity of the 公开 tables and of the 项目支出绩效自评表. */
    public static RulePack standard() {
        return Standard.PACK;
    }

    private static RulePack loadResource(String resource) {
        try (InputStream in = RulePack.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the juesuan jar");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuleSyntaxException e) {
            throw new IllegalStateException("built-in rule pack does not compile: " + e.getMessage(), e);
        }
    }

    /** Compiles a rule pack file (UTF-8). */
    public static RulePack load(Path file) throws IOException, RuleSyntaxException {
        Path name = file.getFileName();
        return parse(Files.readString(file, StandardCharsets.UTF_8), name == null ? file.toString() : name.toString());
    }

    /**
     * Compiles rule-pack text; {@code source} names it in error messages.
     *
     * @throws RuleSyntaxException with the line and column of the first error
     */
    public static RulePack parse(String text, String source) throws RuleSyntaxException {
        String packName = source;
        String packVersion = "";
        List<Rule> rules = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        String[] lines = text.split("\r?\n", -1);
        RuleDraft draft = null;
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String raw = stripComment(lines[i]);
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            int indent = raw.indexOf(line);
            if (line.startsWith("pack ") || line.equals("pack")) {
                String[] parts = line.split("\\s+");
                if (parts.length < 2) {
                    throw new RuleSyntaxException(source, lineNo, indent + 1, "pack 后应为名称和版本 (pack NAME VERSION)");
                }
                packName = parts[1];
                packVersion = parts.length > 2 ? parts[2] : "";
                continue;
            }
            if (line.startsWith("rule ") || line.equals("rule")) {
                if (draft != null) {
                    rules.add(draft.build());
                }
                String[] parts = line.split("\\s+", 4);
                if (parts.length < 4) {
                    throw new RuleSyntaxException(source, lineNo, indent + 1,
                            "rule 行应为：rule 编号 级别 说明 (rule ID SEVERITY MESSAGE)");
                }
                Severity severity;
                try {
                    severity = Severity.valueOf(parts[2].toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new RuleSyntaxException(source, lineNo, raw.indexOf(parts[2]) + 1,
                            "未知的级别「" + parts[2] + "」，应为 ERROR、WARNING 或 INFO (unknown severity)");
                }
                Integer first = seen.putIfAbsent(parts[1], lineNo);
                if (first != null) {
                    throw new RuleSyntaxException(source, lineNo, raw.indexOf(parts[1]) + 1,
                            "规则编号 " + parts[1] + " 与第 " + first + " 行重复 (duplicate rule id)");
                }
                draft = new RuleDraft(source, lineNo, parts[1], severity, parts[3].strip());
                continue;
            }
            int colon = line.indexOf(':');
            String key = colon < 0 ? "" : line.substring(0, colon).strip();
            if (draft == null || colon < 0 || !List.of("check", "en", "tolerance", "when", "grade", "blank").contains(key)) {
                throw new RuleSyntaxException(source, lineNo, indent + 1,
                        "应为 rule、check:、when:、grade:、en:、tolerance: 或 blank: 行 (expected rule, check:, when:, grade:, en:, tolerance: or blank:)");
            }
            String value = line.substring(colon + 1);
            int valueColumn = indent + colon + 1 + (value.length() - value.stripLeading().length());
            value = value.strip();
            switch (key) {
                case "check":
                    if (draft.check != null || draft.grading != null) {
                        throw new RuleSyntaxException(source, lineNo, indent + 1, "一条规则只能有一个 check (one check per rule)");
                    }
                    draft.check = new Parser(source, lineNo, valueColumn, value).check();
                    draft.expression = value;
                    break;
                case "en":
                    draft.english = value;
                    break;
                case "when":
                    draft.whenLine = lineNo;
                    draft.whenColumn = valueColumn;
                    draft.whenText = value;
                    break;
                case "blank":
                    try {
                        draft.blank = Severity.valueOf(value.toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw new RuleSyntaxException(source, lineNo, valueColumn + 1,
                                "未知的级别「" + value + "」，应为 ERROR、WARNING 或 INFO (unknown severity)");
                    }
                    break;
                case "grade":
                    if (draft.check != null || draft.grading != null) {
                        throw new RuleSyntaxException(source, lineNo, indent + 1,
                                "一条规则只能有一个 check 或 grade (one check or grade per rule)");
                    }
                    draft.grading = grading(source, lineNo, valueColumn, value);
                    draft.expression = value;
                    break;
                default:
                    try {
                        draft.tolerance = Tolerance.parse(value);
                    } catch (RuntimeException e) {
                        throw new RuleSyntaxException(source, lineNo, valueColumn + 1,
                                "未知的容差「" + value + "」，应为 round、exact、truncate 或一个数 (unknown tolerance)");
                    }
            }
        }
        if (draft != null) {
            rules.add(draft.build());
        }
        return new RulePack(packName, packVersion, rules);
    }

    /** {@code [PERF] {summary}.{total}; 优 90; 良 80; 中 60; 差}: a score, then bands from the highest down. */
    private static Grading grading(String source, int line, int column, String value) throws RuleSyntaxException {
        String[] parts = value.split("[;；]");
        if (parts.length < 3) {
            throw new RuleSyntaxException(source, line, column + 1,
                    "grade: 的格式为 分数; 等级 最低分; …; 最低等级 (grade: SCORE; LABEL MIN; …; LABEL)");
        }
        Expr score = new Parser(source, line, column, parts[0]).expression();
        List<Grading.Band> bands = new ArrayList<>();
        int at = column + parts[0].length() + 1;
        for (int i = 1; i < parts.length; i++) {
            String[] band = parts[i].strip().split("\\s+");
            boolean last = i == parts.length - 1;
            try {
                if (last && band.length == 1) {
                    bands.add(new Grading.Band(band[0], null));
                } else if (!last && band.length == 2) {
                    bands.add(new Grading.Band(band[0], new java.math.BigDecimal(band[1])));
                } else {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                throw new RuleSyntaxException(source, line, at + 1,
                        "等级「" + parts[i].strip() + "」应写作「等级 最低分」，最后一级只写等级 (a band is LABEL MIN; the last is LABEL)");
            }
            at += parts[i].length() + 1;
        }
        try {
            return new Grading(score, bands);
        } catch (IllegalArgumentException e) {
            throw new RuleSyntaxException(source, line, column + 1, "等级的最低分应从高到低排列 (bands must descend): "
                    + e.getMessage());
        }
    }

    private static String stripComment(String line) {
        int hash = -1;
        boolean inLabel = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '「') {
                inLabel = true;
            } else if (ch == '」') {
                inLabel = false;
            } else if (ch == '#' && !inLabel && (i + 1 >= line.length() || !Character.isDigit(line.charAt(i + 1)))) {
                hash = i;
                break;
            }
        }
        return hash < 0 ? line : line.substring(0, hash);
    }

    private static final class RuleDraft {
        final String source;
        final int line;
        final String id;
        final Severity severity;
        final String message;
        String english = "";
        Tolerance tolerance = Tolerance.ROUND;
        Severity blank;
        Parser.Check check;
        String expression;

        RuleDraft(String source, int line, String id, Severity severity, String message) {
            this.source = source;
            this.line = line;
            this.id = id;
            this.severity = severity;
            this.message = message;
        }

        int whenLine;
        int whenColumn;
        String whenText;
        Grading grading;

        Rule build() throws RuleSyntaxException {
            if (check == null && grading == null) {
                throw new RuleSyntaxException(source, line, 1, "规则 " + id + " 缺少 check: 行 (rule has no check)");
            }
            Condition when = null;
            if (whenText != null) {
                Parser p = new Parser(source, whenLine, whenColumn, whenText);
                when = (check != null && check.scope() != null ? p.in(check.scope().table()) : p).condition(true);
            }
            return new Rule(id, severity, message, english, expression, check == null ? null : check.scope(),
                    check == null ? null : check.condition(), tolerance, when, grading,
                    blank == null ? Rule.defaultBlank(severity) : blank);
        }
    }

    /** The rule with this id, if the pack has it. */
    public java.util.Optional<Rule> rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** This pack and then another's rules (ids must stay unique). */
    public RulePack plus(RulePack other) {
        List<Rule> all = new ArrayList<>(rules);
        all.addAll(other.rules);
        return new RulePack(name + "+" + other.name, version.isEmpty() ? other.version : version, all);
    }

    /** A copy without the rules whose ids are given; an id the pack does not have is an error (a typo). */
    public RulePack without(Collection<String> ids) {
        requireKnown(ids);
        return new RulePack(name, version, rules.stream().filter(r -> !ids.contains(r.id())).toList());
    }

    /** A copy with only the rules whose ids are given, or whose ids start with a given prefix ending in {@code *}. */
    public RulePack only(Collection<String> ids) {
        List<Rule> kept = rules.stream().filter(r -> ids.stream().anyMatch(id -> id.endsWith("*")
                ? r.id().startsWith(id.substring(0, id.length() - 1)) : r.id().equals(id))).toList();
        return new RulePack(name, version, kept);
    }

    /** A copy in which one rule has another severity. */
    public RulePack withSeverity(String id, Severity severity) {
        requireKnown(List.of(id));
        return new RulePack(name, version,
                rules.stream().map(r -> r.id().equals(id) ? r.withSeverity(severity) : r).toList());
    }

    private void requireKnown(Collection<String> ids) {
        for (String id : ids) {
            if (rule(id).isEmpty()) {
                throw new IllegalArgumentException("规则包中没有编号为 " + id + " 的规则 (no rule " + id + " in pack " + name + ")");
            }
        }
    }
}
