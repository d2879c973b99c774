package io.github.juesuan.read;

import io.github.juesuan.rules.RulePack;
import io.github.juesuan.rules.RuleSyntaxException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A rule pack naming a row, column, key, label or code no table has is refused at its line and column. */
class PackVocabularyTest {

    /** The message of compiling one rule with this check against the catalogue. */
    private static String refused(String check) {
        String text = "pack mine 1\nrule MY.001 ERROR 测试\n  check: " + check + "\n";
        return assertThrows(RuleSyntaxException.class,
                () -> RulePack.parse(text, "mine.rules", JuesuanReader.vocabulary())).getMessage();
    }

    private static void accepted(String check) {
        String text = "rule MY.001 ERROR 测试\n  check: " + check + "\n";
        assertDoesNotThrow(() -> RulePack.parse(text, "mine.rules", JuesuanReader.vocabulary()), check);
    }

    @Test
    void everyWayOfLoadingAPackChecksItsNamesAgainstTheVocabulary(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        String expected = "unknown-line.rules:3:21: 表01中没有行次 R999 的行 (table 01 has no line R999)";
        assertEquals(expected, assertThrows(RuleSyntaxException.class, () -> RulePack.fromResource(
                PackVocabularyTest.class, "unknown-line.rules", JuesuanReader.vocabulary())).getMessage());
        String text;
        try (java.io.InputStream in = PackVocabularyTest.class.getResourceAsStream("unknown-line.rules")) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertEquals(expected, assertThrows(RuleSyntaxException.class, () -> RulePack.parse(
                new java.io.StringReader(text), "unknown-line.rules", JuesuanReader.vocabulary())).getMessage());
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("unknown-line.rules"), text);
        assertEquals(expected, assertThrows(RuleSyntaxException.class,
                () -> RulePack.fromPath(file, JuesuanReader.vocabulary())).getMessage());
        assertDoesNotThrow(() -> RulePack.fromResource(PackVocabularyTest.class, "unknown-line.rules"),
                "without a vocabulary only the syntax is checked");
    }

    @Test
    void anUnknownLine() {
        assertEquals("mine.rules:3:21: 表01中没有行次 R999 的行 (table 01 has no line R999)", refused("[01] R27 = R999"));
        assertEquals("mine.rules:3:28: 表02中没有行次 R1 的行 (table 02 has no line R1)", refused("[02] {total}.C1 = R1"),
                "a coded table has no standard 行次");
    }

    @Test
    void anUnknownRange() {
        assertEquals("mine.rules:3:25: 表01中没有行次在 R90..R99 之间的行 (table 01 has no line in R90..99)",
                refused("[01] R27 = sum(R90..R99)"));
        assertEquals("mine.rules:3:25: 行次范围 R8..R1 应从小到大 (a range of lines goes up)", refused("[01] R27 = sum(R8..R1)"));
    }

    @Test
    void anUnknownRowKey() {
        assertEquals("mine.rules:3:21: 表01中没有键为 {nope} 的行 (table 01 has no row {nope})", refused("[01] R27 = {nope}"));
        assertEquals("mine.rules:3:21: 表PERF中没有键以 nope. 开头的行 (table PERF has no row whose key starts with nope.)",
                refused("[PERF] sum({nope.*}.{weight}) = 100"));
    }

    @Test
    void anUnknownLabel() {
        assertEquals("mine.rules:3:21: 表01中没有「不存在的行」这一行 (table 01 has no row 「不存在的行」)",
                refused("[01] R27 = 「不存在的行」"));
    }

    @Test
    void anUnknownOrMalformedCode() {
        assertEquals("mine.rules:3:21: 表01中没有科目代码 #299 的行 (table 01 has no row for the code #299)",
                refused("[01] R58 = #299"));
        assertEquals("mine.rules:3:34: 表09中没有科目代码 #301 的行 (table 09 has no row for the code #301)",
                refused("[09] {total}.{actual} = #301"));
        assertEquals("mine.rules:3:28: 「#2060」不是科目代码：科目代码为 3、5 或 7 位数字 (#2060 is not a 科目代码 of 3, 5 or 7 digits)",
                refused("[03] {total}.C1 = #2060.C1"));
    }

    @Test
    void anUnknownColumn() {
        assertEquals("mine.rules:3:38: 表02中没有栏次 C9 的栏 (table 02 has no column C9)",
                refused("each row in [02]: C1 = C2 + C9"));
        assertEquals("mine.rules:3:36: 表05中没有键为 {nope} 的栏 (table 05 has no column {nope})",
                refused("[05] {total}.C1 = {total}.{nope}"));
        assertEquals("mine.rules:3:36: 表05中没有「无此栏」这一栏 (table 05 has no column 「无此栏」)",
                refused("[05] {total}.C1 = {total}.「无此栏」"));
        assertEquals("mine.rules:3:25: 表PERF中没有键为 {nope} 的栏 (table PERF has no column {nope})",
                refused("[PERF] {total}.{declared,nope} = 0"));
    }

    @Test
    void whatTheTablesHaveIsAccepted() {
        accepted("[01] 「本年收入合计」 = R27");
        accepted("[01] 「使用非财政拨款结余（含专用结余）」 = R28");
        accepted("[01] #206 = R37");
        accepted("[02] 「行政运行」.C1 = #2010101.C1"); // a coded table's 科目名称 are open
        accepted("[02] {2010101}.C1 >= 0");
        accepted("[05] {total}.「基本支出」 = {total}.C2");
        accepted("[07] {total}.「本年支出/小计」 = {total}.{expense}");
        accepted("[PERF] {ind.1}.{points} <= {ind.1}.{weight}");
        accepted("[PERF] 「总分」.「总分」 <= 100");
        accepted("each row in [PERF] {ind.*}: filled(.{reason}) = 1");
    }
}
