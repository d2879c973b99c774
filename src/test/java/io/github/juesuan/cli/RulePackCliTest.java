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
        Path deep = dir.resolve("deep.rules");
        Files.writeString(deep, "rule DEEP.001 ERROR 深\n  check: [01] R1 = " + "(".repeat(3000) + "R2"
                + ")".repeat(3000) + "\n", StandardCharsets.UTF_8);
        CliRun r = CliRun.run("check", SAMPLE, "--rules", deep.toString());
        assertEquals(Main.USAGE, r.code(), r.err());
        assertEquals("规则包有误 (rule pack error): deep.rules:2:120: 括号、函数或负号嵌套超过 100 层 "
                + "(nested deeper than 100 levels)\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void aThreeThousandTermSumIsChecked(@TempDir Path dir) throws Exception {
        // The sample's 01: 本年收入合计 R27 400.55 = R5 400.48 + the others (R1–R8 blank or small).
        StringBuilder check = new StringBuilder("[01] R27 = R1 + R2 + R3 + R4 + R5 + R6 + R7 + R8");
        for (int i = 0; i < 2992; i++) {
            check.append(" + 0");
        }
        Path big = dir.resolve("big.rules");
        Files.writeString(big, "rule BIG.001 ERROR 长\n  check: " + check + "\nrule BIG.002 ERROR 长\n  check: "
                + check.toString().replace("R27 =", "R27 + 1 ="), StandardCharsets.UTF_8);
        CliRun r = CliRun.run("check", SAMPLE, "--rules", big.toString(), "--only", "BIG.*");
        assertEquals(Main.FINDINGS, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("[错误] BIG.002 不符"), r.out());
        assertTrue(!r.out().contains("BIG.001"), r.out());
        assertEquals("", r.err());
    }
}
