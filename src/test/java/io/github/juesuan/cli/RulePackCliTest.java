package io.github.juesuan.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A user's rule pack on the command line: its problems are exit 64 with file:line:column. */
class RulePackCliTest {
    private static final String SAMPLE = "samples/shanxi-kepu-2024.xlsx";

    @Test
    void deepNestingIsARulePackErrorNotAStackTrace(@TempDir Path dir) throws Exception {
        assertRefused("deep.rules:2:120: 括号、函数或负号嵌套超过 100 层 (nested deeper than 100 levels)",
                withPack(dir, "deep.rules", utf8("rule DEEP.001 ERROR 深\n  check: [01] R1 = " + "(".repeat(3000) + "R2"
                        + ")".repeat(3000) + "\n")));
    }

    @Test
    void aThreeThousandTermSumIsChecked(@TempDir Path dir) throws Exception {
        // The sample's 01: 本年收入合计 R27 400.55 = R5 400.48 + the others (R1–R8 blank or small).
        StringBuilder check = new StringBuilder("[01] R27 = R1 + R2 + R3 + R4 + R5 + R6 + R7 + R8");
        for (int i = 0; i < 2992; i++) {
            check.append(" + 0");
        }
        CliRun r = withPack(dir, "big.rules", utf8("rule BIG.001 ERROR 长\n  check: " + check
                + "\nrule BIG.002 ERROR 长\n  check: " + check.toString().replace("R27 =", "R27 + 1 =")), "--only", "BIG.*");
        assertEquals(Main.FINDINGS, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("[错误] BIG.002 不符"), r.out());
        assertTrue(!r.out().contains("BIG.001"), r.out());
        assertEquals("", r.err());
    }

    /** Checks the sample with a pack file of these bytes added (and any further options). */
    private static CliRun withPack(Path dir, String name, byte[] pack, String... options) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, pack);
        String[] args = new String[4 + options.length];
        System.arraycopy(new String[]{"check", SAMPLE, "--rules", file.toString()}, 0, args, 0, 4);
        System.arraycopy(options, 0, args, 4, options.length);
        return CliRun.run(args);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Asserts a refused pack: exit 64, nothing on standard output, and exactly this message. */
    private static void assertRefused(String message, CliRun r) {
        assertEquals(Main.USAGE, r.code(), r.out());
        assertEquals("", r.out());
        assertEquals("规则包有误 (rule pack error): " + message + "\n", r.err());
    }

    @Test
    void aRuleNamingARowNoTableHasIsRefusedWhenLoaded(@TempDir Path dir) throws Exception {
        assertRefused("mine.rules:2:21: 表01中没有行次 R999 的行 (table 01 has no line R999)",
                withPack(dir, "mine.rules", utf8("rule MY.001 ERROR 测试\n  check: [01] R27 = R999\n")));
    }

    @Test
    void aPackInGbkSaysSoWithItsLine(@TempDir Path dir) throws Exception {
        assertRefused("gbk.rules:2:19: 规则包不是 UTF-8 编码，看起来是 GBK 编码，请用 UTF-8 另存后再用 "
                + "(the rule pack is not UTF-8 (it reads as GBK); save it as UTF-8)", withPack(dir, "gbk.rules",
                "pack mine 1\nrule MY.001 ERROR 收入总计\n  check: [01] R31 <= 400\n".getBytes(java.nio.charset.Charset.forName("GBK"))));
        assertRefused("bad.rules:2:3: 规则包不是 UTF-8 编码，请用 UTF-8 另存后再用 (the rule pack is not UTF-8; save it as UTF-8)",
                withPack(dir, "bad.rules", new byte[]{'p', 'a', 'c', 'k', ' ', 'm', '\n', '#', ' ', (byte) 0xff, (byte) 0xfe, '\n'}));
    }

    @Test
    void aByteOrderMarkAndTabsBetweenFieldsAreAccepted(@TempDir Path dir) throws Exception {
        CliRun r = withPack(dir, "bom.rules",
                utf8("\ufeffpack\tmine\t1\nrule\tMY.001\tERROR\t收入总计不应超过400\n\tcheck:\t[01] R31 <= 400\n"),
                "--only", "MY.001");
        assertEquals(Main.FINDINGS, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("[错误] MY.001 不符　收入总计不应超过400"), r.out());
    }

    @Test
    void reusingABuiltInIdNamesTheLine(@TempDir Path dir) throws Exception {
        assertRefused("mine.rules:3:6: 规则编号 GK01.001 已是规则包 gongkai+perf 中的规则，请换一个编号 "
                + "(rule id GK01.001 is already used by pack gongkai+perf: choose another id)", withPack(dir, "mine.rules",
                utf8("pack mine 1\n\nrule GK01.001 ERROR 重复\n  check: [01] R31 <= 400\n")));
    }
}
