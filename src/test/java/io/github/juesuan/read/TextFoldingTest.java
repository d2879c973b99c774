package io.github.juesuan.read;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextFoldingTest {
    @ParameterizedTest(name = "fold «{0}» = «{1}»")
    @CsvSource(delimiter = '|', value = {
            "一、一般公共预算财政拨款收入|一般公共预算财政拨款收入",
            "二十六、抗疫特别国债安排的支出|抗疫特别国债安排的支出",
            "（一）行政单位|行政单位",
            "(二) 参照公务员法管理事业单位|参照公务员法管理事业单位",
            "1. 副部(省)级及以上领导用车|副部(省)级及以上领导用车",
            "8、其他用车|其他用车",
            "其中：公务用车购置费|公务用车购置费",
            "2060799|2060799",
            "'\u3000\u3000科学技术普及'|科学技术普及",
            "财政拨款“三公”经费支出决算表|财政拨款三公经费支出决算表",
            "使用非财政拨款结余（含专用结余）|使用非财政拨款结余(含专用结余)",
            "单价100万元(含)以上设备(不含车辆)|单价100万元(含)以上设备(不含车辆)",
            "金额单位：万元|金额单位:万元",
            "1.5|1.5",
    })
    void fold(String in, String out) {
        assertEquals(out, TextFolding.fold(in));
    }

    @org.junit.jupiter.api.Test
    void lineBreaksInsideACellAreIgnored() {
        assertEquals("公开02表", TextFolding.fold("公开02\n表"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "车辆数合计(辆)|车辆数合计",
            "单价100万元(含)以上设备(不含车辆)|单价100万元(含)以上设备",
            "总计|总计",
    })
    void withoutParenthetical(String in, String out) {
        assertEquals(out, TextFolding.withoutParenthetical(in));
    }

    /** {@link TextFolding#isSpace}'s shortcuts for Latin and CJK text change nothing, for any char. */
    @org.junit.jupiter.api.Test
    void spaceIsJavaWhiteSpaceAndTheWideAndNonBreakingSpaces() {
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            boolean expected = Character.isWhitespace(ch) || ch == '\u3000' || ch == '\u00a0' || ch == '\u2007'
                    || ch == '\u202f' || ch == '\ufeff' || ch == '\u200b' || ch == '\u2060';
            assertEquals(expected, TextFolding.isSpace(ch), Integer.toHexString(c));
        }
        assertEquals("合计", TextFolding.trim("\u3000 合计\u00a0\ufeff\t"));
        assertEquals("", TextFolding.trim("\u2007\u202f "));
        assertEquals("400.55", TextFolding.trim("\u200b400.55\u2060"));
    }
}
