package io.github.juesuan.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --only}, {@code --disable} and {@code --severity}: patterns, typos and order. */
class RuleOptionsTest {
    private static final String SAMPLE = "samples/shanxi-kepu-2024.xlsx";

    @Test
    void aPatternThatMatchesNoRuleIsAUsageErrorNamingIt() {
        CliRun only = CliRun.run("check", SAMPLE, "--only", "GK99.*");
        assertEquals(Main.USAGE, only.code(), only.out());
        assertEquals("--only：规则包中没有与 GK99.* 相符的规则 (no rule in pack gongkai+perf matches GK99.*)\n", only.err());
        assertEquals("", only.out());
        CliRun disable = CliRun.run("check", SAMPLE, "--disable", "GK01.001,NO.SUCH");
        assertEquals(Main.USAGE, disable.code());
        assertEquals("--disable：规则包中没有编号为 NO.SUCH 的规则 (no rule NO.SUCH in pack gongkai+perf)\n", disable.err());
        CliRun severity = CliRun.run("check", SAMPLE, "--severity", "JX.9*=INFO");
        assertEquals(Main.USAGE, severity.code());
        assertEquals("--severity：规则包中没有与 JX.9* 相符的规则 (no rule in pack gongkai+perf matches JX.9*)\n", severity.err());
    }

    @Test
    void disableTakesAPattern() {
        // The sample's errors are JX.007 and JX.008 (project 2) and WZ.006 (its words): disabling JX.00* and WZ.*
        // leaves none.
        CliRun all = CliRun.run("check", SAMPLE);
        assertEquals(Main.FINDINGS, all.code());
        CliRun r = CliRun.run("check", SAMPLE, "--disable", "JX.00*,WZ.*");
        assertEquals(Main.OK, r.code(), r.out() + r.err());
        assertFalse(r.out().contains("JX.00"), r.out());
    }

    @Test
    void onlyAndDisableWorkInEitherOrder() {
        CliRun a = CliRun.run("check", SAMPLE, "--only", "JX.*", "--disable", "JX.007,JX.008,GK01.001");
        CliRun b = CliRun.run("check", SAMPLE, "--disable", "JX.007,JX.008,GK01.001", "--only", "JX.*");
        assertEquals(Main.OK, a.code(), a.err());
        assertEquals(a.out(), b.out());
        assertEquals(a.code(), b.code());
        assertFalse(a.out().contains("GK"), a.out());
        assertFalse(a.out().contains("JX.007"), a.out());
    }

    @Test
    void severityTakesAPattern() {
        CliRun r = CliRun.run("check", SAMPLE, "--severity", "JX.00*=WARNING", "--severity", "WZ.*=WARNING");
        assertEquals(Main.OK, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("[警告] JX.007"), r.out());
    }
}
