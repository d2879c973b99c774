package io.github.juesuan.i18n;

import io.github.juesuan.model.NotUnderstood;
import io.github.juesuan.model.Severity;
import io.github.juesuan.rules.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every bundle family ({@code Messages_zh}/{@code Messages_en} of a package): both languages have the same keys
 * and, but for the keys listed here, the same arguments; every key the package's code names exists, and every
 * key is named by the code (itself, or a key it extends, or a prefix the code completes with an enum's name).
 * The code scanned is every file of the package that names the package's accessor of its bundle.
 */
class MessagesTest {
    private static final Path SOURCES = Path.of("src/main/java/io/github/juesuan");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d{1,2})}");

    /**
     * Keys whose languages take different arguments, neither a subset of the other's, on purpose: the Chinese
     * names a table by its title, the English by its code; the Chinese gives an exception's class, the English
     * its message; the Chinese names an output by its path, the English by what it is; a list joined with each
     * language's separator, or a reason already said in each language, is one argument per language. (One
     * language may always say less than the other: the Chinese leaves out POI's detail, the English a
     * description of the file.)
     */
    private static final Set<String> DIFFERENT_ARGUMENTS = Set.of(
            "read:READ.TABLE_UNREADABLE", "read:READ.NO_HEADER", "read:READ.COLUMN_BY_NUMBER",
            "read:READ.UNKNOWN_COLUMN", "read:READ.UNKNOWN_COLUMN.figures", "read:READ.UNKNOWN_ROW",
            "read:READ.UNKNOWN_ROW.figures", "read:READ.DUPLICATE_ROW", "read:READ.ROW_BY_LINE",
            "read:READ.UNLABELLED_TOTAL", "read:READ.DUPLICATE_TABLE",
            "read:READ.UNIT_MISMATCH", "read:READ.AMOUNT_UNIT_MISMATCH", "read:READ.YEAR_MISMATCH",
            "read:READ.HIDDEN_SHEET", "read:READ.HIDDEN_ROW", "read:READ.HIDDEN_COLUMN",
            "read:READ.AMBIGUOUS_NUMBER", "read:READ.NOT_A_NUMBER.malformed");

    /** How a package's code reads its bundle (a regular expression): the files using it are scanned for keys. */
    private static final Map<String, String> ACCESSOR = Map.of("report", "ReportWords", "cli", "CliWords",
            "write", "CopyMessages", "read", "ReadMessages|ReadException\\.of\\(", "model", "ModelWords", "rules", "RulesMessages");

    @ParameterizedTest
    @ValueSource(strings = {"report", "cli", "write", "read", "model", "rules"})
    void bothLanguagesHaveTheSameKeysAndArguments(String pkg) {
        Messages zh = Messages.of("io.github.juesuan." + pkg, false);
        Messages en = Messages.of("io.github.juesuan." + pkg, true);
        assertEquals(new TreeSet<>(zh.keys()), new TreeSet<>(en.keys()), pkg);
        List<String> differ = new ArrayList<>();
        for (String key : new TreeSet<>(zh.keys())) {
            Set<String> a = arguments(zh.get(key));
            Set<String> b = arguments(en.get(key));
            boolean oneSaysLess = a.containsAll(b) || b.containsAll(a);
            if (oneSaysLess == DIFFERENT_ARGUMENTS.contains(pkg + ":" + key)) {
                differ.add(key + " " + a + " / " + b);
            }
        }
        assertEquals(List.of(), differ, pkg + ": keys whose languages take different arguments (neither a subset of"
                + " the other's) but are not listed, or are listed but do not");
    }

    @ParameterizedTest
    @ValueSource(strings = {"report", "cli", "write", "read", "model", "rules"})
    void everyKeyTheCodeNamesExistsAndEveryKeyIsNamed(String pkg) throws IOException {
        Messages zh = Messages.of("io.github.juesuan." + pkg, false);
        Set<String> prefixes = zh.keys().stream().map(k -> k.substring(0, k.indexOf('.'))).collect(Collectors.toSet());
        Pattern literal = Pattern.compile("\"((?:" + String.join("|", prefixes) + ")\\.[A-Za-z0-9_.]*)\"");
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.list(SOURCES.resolve(pkg))) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                String code = Files.readAllLines(f, StandardCharsets.UTF_8).stream()
                        .filter(line -> !line.trim().startsWith("*") && !line.trim().startsWith("//"))
                        .collect(Collectors.joining("\n"));
                if (!Pattern.compile(ACCESSOR.get(pkg)).matcher(code).find()) {
                    continue;
                }
                Matcher m = literal.matcher(code);
                while (m.find()) {
                    named.add(m.group(1));
                }
            }
        }
        List<String> missing = named.stream()
                .filter(k -> k.endsWith(".") ? zh.keys().stream().noneMatch(x -> x.startsWith(k)) : !zh.keys().contains(k))
                .collect(Collectors.toList());
        assertEquals(List.of(), missing, pkg + ": keys the code names that the bundle lacks");
        List<String> unnamed = zh.keys().stream().filter(k -> !isNamed(k, named)).sorted().collect(Collectors.toList());
        assertEquals(List.of(), unnamed, pkg + ": keys no code names");
    }

    private static boolean isNamed(String key, Set<String> named) {
        for (String k = key; ; k = k.substring(0, k.lastIndexOf('.'))) {
            if (named.contains(k) || named.contains(k + ".")) {
                return true;
            }
            if (k.indexOf('.') < 0) {
                return false;
            }
        }
    }

    @Test
    void everyEnumValueTheCodeCompletesAKeyWithHasOne() {
        for (boolean english : new boolean[]{false, true}) {
            for (Severity s : Severity.values()) {
                assertTrue(Messages.of("io.github.juesuan.model", english).keys().contains("Severity." + s.name()), s.name());
            }
            for (Outcome o : Outcome.values()) {
                assertTrue(Messages.of("io.github.juesuan.rules", english).keys().contains("outcome." + o.name()), o.name());
            }
            for (NotUnderstood.Reason r : NotUnderstood.Reason.values()) {
                assertTrue(Messages.of("io.github.juesuan.model", english).keys().contains("NotUnderstood." + r.name()), r.name());
            }
        }
    }

    @Test
    void argumentsAreFilledInOnePassAndNeverReadAsPatterns() {
        assertEquals("a {1} b 'x' {9} {a}", Messages.fill("a {0} b 'x' {9} {a}", "{1}", "never"));
        assertEquals("12345.6 '", Messages.fill("{0} '", 12345.6));
        assertEquals("no arguments {0}", Messages.fill("no arguments {0}"));
    }

    @Test
    void bothLanguagesAtOnceAreChineseThenEnglishInParentheses() {
        assertEquals("检查时发生内部错误，请把此文件报告给开发者 (internal error: boom)",
                Messages.both("io.github.juesuan.report", "batch.internalError", "boom"));
        assertEquals("列「合计」(column 合计)", Messages.join("列「合计」", "column 合计"),
                "no space after a full-width closing bracket");
        assertEquals("只有中文", Messages.join("只有中文", ""));
    }

    /** A word given as an argument is filled in from the message's own bundle: each language says it its way. */
    @Test
    void aWordArgumentIsNamedInEachLanguage() {
        Messages.Word pdf = new Messages.Word("format.pdfDocument");
        assertEquals("不是 Excel 工作簿（.xlsx 或 .xls），看起来是PDF 文档；请上传从决算软件导出的 Excel 文件"
                        + " (not an Excel workbook (.xlsx or .xls) but a PDF document)",
                Messages.both("io.github.juesuan.read", "unreadable.notAWorkbook", pdf));
    }

    private static Set<String> arguments(String pattern) {
        Set<String> args = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            args.add(m.group(1));
        }
        return args;
    }
}
