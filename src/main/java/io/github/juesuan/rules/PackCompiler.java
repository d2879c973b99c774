package io.github.juesuan.rules;

import io.github.juesuan.model.Severity;
import io.github.juesuan.model.Vocabulary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Compiles the text of a rule pack: its lines ({@code pack}, {@code rule}, {@code check}, {@code tolerance},
 * {@code when}, {@code grade}, {@code blank}, {@code words}), each checked against the vocabulary, into a
 * {@link RulePack}; a syntax error names its line and column.
 */
final class PackCompiler {
    private PackCompiler() {
    }

    static RulePack compile(String text, String source, Vocabulary vocabulary, RulePack base)
            throws RuleSyntaxException {
        if (text.startsWith("\ufeff")) {
            text = text.substring(1); // a byte-order mark, as Windows editors write
        }
        String packName = source;
        String packVersion = "";
        List<Rule> rules = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        List<String> lines = lines(text);
        RuleDraft draft = null;
        for (int i = 0; i < lines.size(); i++) {
            int lineNo = i + 1;
            String raw = stripComment(lines.get(i));
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            int indent = raw.indexOf(line);
            String word = firstWord(line); // fields may be separated by spaces or tabs
            if (word.equals("pack")) {
                String[] parts = fields(line, 0);
                if (parts.length < 2) {
                    throw new RuleSyntaxException(source, lineNo, indent + 1, RulesMessages.both("pack.packLine"));
                }
                packName = parts[1];
                packVersion = parts.length > 2 ? parts[2] : "";
                continue;
            }
            if (word.equals("rule")) {
                if (draft != null) {
                    rules.add(draft.build());
                }
                String[] parts = fields(line, 4);
                if (parts.length < 4) {
                    throw new RuleSyntaxException(source, lineNo, indent + 1,
                            RulesMessages.both("pack.ruleLine"));
                }
                Severity severity;
                try {
                    severity = Severity.valueOf(parts[2].toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new RuleSyntaxException(source, lineNo, raw.indexOf(parts[2]) + 1,
                            RulesMessages.both("pack.unknownSeverity", parts[2]));
                }
                if (base != null && base.rule(parts[1]).isPresent()) {
                    throw new RuleSyntaxException(source, lineNo, raw.indexOf(parts[1]) + 1, RulesMessages.both("pack.idOfBase",
                            parts[1], base.name()));
                }
                Integer first = seen.putIfAbsent(parts[1], lineNo);
                if (first != null) {
                    throw new RuleSyntaxException(source, lineNo, raw.indexOf(parts[1]) + 1,
                            RulesMessages.both("pack.idRepeated", parts[1], first));
                }
                draft = new RuleDraft(source, lineNo, parts[1], severity, parts[3].strip(), vocabulary);
                continue;
            }
            int colon = line.indexOf(':');
            String key = colon < 0 ? "" : line.substring(0, colon).strip();
            if (draft == null || colon < 0 || !List.of("check", "en", "tolerance", "when", "grade", "blank", "words").contains(key)) {
                throw new RuleSyntaxException(source, lineNo, indent + 1,
                        RulesMessages.both("pack.expectedLine"));
            }
            String value = line.substring(colon + 1);
            int valueColumn = indent + colon + 1 + (value.length() - value.stripLeading().length());
            value = value.strip();
            switch (key) {
                case "words":
                    if (draft.check != null || draft.grading != null || draft.words != null) {
                        throw new RuleSyntaxException(source, lineNo, indent + 1,
                                RulesMessages.both("pack.oneCheckGradeOrWords"));
                    }
                    try {
                        draft.words = Words.parse(value);
                    } catch (IllegalArgumentException e) {
                        throw new RuleSyntaxException(source, lineNo, valueColumn + 1, e.getMessage());
                    }
                    draft.expression = draft.words.toString();
                    break;
                case "check":
                    if (draft.check != null || draft.grading != null || draft.words != null) {
                        throw new RuleSyntaxException(source, lineNo, indent + 1, RulesMessages.both("pack.oneCheck"));
                    }
                    draft.check = new Parser(source, lineNo, valueColumn, value, vocabulary).check();
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
                                RulesMessages.both("pack.unknownSeverity", value));
                    }
                    break;
                case "grade":
                    if (draft.check != null || draft.grading != null || draft.words != null) {
                        throw new RuleSyntaxException(source, lineNo, indent + 1,
                                RulesMessages.both("pack.oneCheckOrGrade"));
                    }
                    draft.grading = grading(source, lineNo, valueColumn, value, vocabulary);
                    draft.expression = value;
                    break;
                default:
                    try {
                        draft.tolerance = Tolerance.parse(value);
                    } catch (RuntimeException e) {
                        throw new RuleSyntaxException(source, lineNo, valueColumn + 1,
                                RulesMessages.both("pack.unknownTolerance", value));
                    }
            }
        }
        if (draft != null) {
            rules.add(draft.build());
        }
        return new RulePack(packName, packVersion, rules);
    }

    /** {@code [PERF] {summary}.{total}; 优 90; 良 80; 中 60; 差}: a score, then bands from the highest down. */
    private static Grading grading(String source, int line, int column, String value, Vocabulary vocabulary)
            throws RuleSyntaxException {
        String[] parts = SEMICOLON.split(value);
        if (parts.length < 3) {
            throw new RuleSyntaxException(source, line, column + 1,
                    RulesMessages.both("pack.gradeLine"));
        }
        Expr score = new Parser(source, line, column, parts[0], vocabulary).expression();
        List<Grading.Band> bands = new ArrayList<>();
        int at = column + parts[0].length() + 1;
        for (int i = 1; i < parts.length; i++) {
            String[] band = fields(parts[i].strip(), 0);
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
                        RulesMessages.both("pack.band", parts[i].strip()));
            }
            at += parts[i].length() + 1;
        }
        try {
            return new Grading(score, bands);
        } catch (IllegalArgumentException e) {
            throw new RuleSyntaxException(source, line, column + 1, RulesMessages.both("pack.bandsDescend") + ": "
                    + e.getMessage());
        }
    }

    /** The bands of a grade: separated by ; or ；. */
    private static final Pattern SEMICOLON = Pattern.compile("[;；]");

    /** The lines of a text, split at \n or \r\n (a trailing empty line kept), with no regular expression. */
    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
            out.add(text.substring(start, nl > start && text.charAt(nl - 1) == '\r' ? nl - 1 : nl));
            start = nl + 1;
        }
        out.add(text.substring(start));
        return out;
    }

    /** A line's first field: up to its first ASCII white space. */
    private static String firstWord(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (space(line.charAt(i))) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    /** ASCII white space, as {@code \\s} matches it: space, tab, line feed, \u000B, form feed, carriage return. */
    private static boolean space(char ch) {
        return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\u000B' || ch == '\f' || ch == '\r';
    }

    /**
     * The fields of a text that neither starts nor ends with white space, separated by runs of ASCII white space:
     * what {@code text.split("\\s+", limit)} gives (at most {@code limit} fields, the last the rest of the text,
     * where limit &gt; 0), without a regular expression.
     */
    static String[] fields(String text, int limit) {
        if (text.isEmpty()) {
            return new String[]{""};
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (limit > 0 && out.size() == limit - 1) {
                out.add(text.substring(i));
                break;
            }
            int j = i;
            while (j < n && !space(text.charAt(j))) {
                j++;
            }
            out.add(text.substring(i, j));
            while (j < n && space(text.charAt(j))) {
                j++;
            }
            i = j;
        }
        return out.toArray(new String[0]);
    }

    private static String stripComment(String line) {
        if (line.indexOf('#') < 0) {
            return line; // most lines: no comment
        }
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
        final Vocabulary vocabulary;
        String english = "";
        Tolerance tolerance = Tolerance.ROUND;
        Severity blank;
        Parser.Check check;
        String expression;

        RuleDraft(String source, int line, String id, Severity severity, String message, Vocabulary vocabulary) {
            this.source = source;
            this.vocabulary = vocabulary;
            this.line = line;
            this.id = id;
            this.severity = severity;
            this.message = message;
        }

        int whenLine;
        int whenColumn;
        String whenText;
        Grading grading;
        Words words;

        Rule build() throws RuleSyntaxException {
            if (check == null && grading == null && words == null) {
                throw new RuleSyntaxException(source, line, 1, RulesMessages.both("pack.noCheck", id));
            }
            Condition when = null;
            if (whenText != null) {
                Parser p = new Parser(source, whenLine, whenColumn, whenText, vocabulary);
                when = (check != null && check.scope() != null ? p.in(check.scope().table()) : p).condition(true);
            }
            return new Rule(id, severity, message, english, expression, check == null ? null : check.scope(),
                    check == null ? null : check.condition(), tolerance, when, grading,
                    blank == null ? Rule.defaultBlank(severity) : blank, words);
        }
    }
}
