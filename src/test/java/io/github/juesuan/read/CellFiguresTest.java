package io.github.juesuan.read;

import io.github.juesuan.model.Figure;
import io.github.juesuan.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Every cell form of a figure, one stored cell at a time. */
class CellFiguresTest {
    private static final Source AT = new Source("f.xlsx", "公开01表", "C9", "");

    private static Figure number(double v, int formatId, String code) {
        return CellFigures.figure(RawCell.number(8, 2, v, formatId, code, false), AT, 2);
    }

    private static Figure text(String t) {
        return CellFigures.figure(RawCell.text(8, 2, t, false), AT, 2);
    }

    private static void assertFigure(Figure f, Figure.Kind kind, String value, int decimals, String printed) {
        assertEquals(kind, f.kind(), "kind of " + f);
        if (value == null) {
            assertNull(f.value());
        } else {
            assertEquals(new BigDecimal(value), f.value(), "value of " + f);
            assertEquals(0, new BigDecimal(value).compareTo(f.amount()));
        }
        assertEquals(decimals, f.decimals(), "decimals of " + f);
        assertEquals(printed, f.text(), "printed form of " + f);
    }

    @Test
    void numberWithTwoDecimalFormat() {
        assertFigure(number(400.55, 4, "#,##0.00"), Figure.Kind.NUMBER, "400.55", 2, "400.55");
    }

    @Test
    void binaryNoiseIsCutAtFifteenDigitsUnderGeneral() {
        assertFigure(number(7553035.259999998, 0, "General"), Figure.Kind.NUMBER, "7553035.26", 2, "7553035.26");
    }

    @Test
    void binaryNoiseIsRoundedToTheFormatsDecimals() {
        assertFigure(number(7553035.259999998, 2, "0.00"), Figure.Kind.NUMBER, "7553035.26", 2, "7553035.26");
        assertFigure(number(0.1 + 0.2, 0, "General"), Figure.Kind.NUMBER, "0.3", 2, "0.3");
    }

    @Test
    void generalKeepsMoreDecimalsThanTheTableWhenPrinted() {
        assertFigure(number(400.545, 0, "General"), Figure.Kind.NUMBER, "400.545", 3, "400.545");
        assertFigure(number(336.2, 0, "General"), Figure.Kind.NUMBER, "336.2", 2, "336.2");
        assertFigure(number(380, 0, null), Figure.Kind.NUMBER, "380", 2, "380");
    }

    @Test
    void percentFormatPrintsHundredfold() {
        assertFigure(number(0.9185, 10, "0.00%"), Figure.Kind.NUMBER, "91.85", 2, "91.85%");
    }

    @Test
    void zeroPrintedAsZeroIsANumberNotABlank() {
        Figure f = number(0, 4, "#,##0.00");
        assertFigure(f, Figure.Kind.NUMBER, "0.00", 2, "0.00");
        assertFigure(number(-0.0, 4, "#,##0.00"), Figure.Kind.NUMBER, "0.00", 2, "0.00");
    }

    @Test
    void zhCnBuiltInDateFormatsAreNotMoney() {
        assertFigure(number(45000, 31, null), Figure.Kind.INVALID, null, 2, "45000");
        assertFigure(number(45000, 57, null), Figure.Kind.INVALID, null, 2, "45000");
        assertFigure(number(45000, 14, "m/d/yy"), Figure.Kind.INVALID, null, 2, "45000");
        assertEquals("READ.DATE_VALUE",
                CellFigures.invalid(RawCell.number(8, 2, 45000, 31, null, false), number(45000, 31, null), "x").code());
    }

    @ParameterizedTest(name = "text «{0}» → {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "1,234.56|NUMBER|1234.56|2",
            "１，２３４．５６|NUMBER|1234.56|2",
            "12,345,678.90|NUMBER|12345678.90|2",
            "- 5|NUMBER|-5|2",
            "91.85 %|NUMBER|91.85|2",
            "400,48|TEXT||2",
            "４００，４８|TEXT||2",
            "400 48|TEXT||2",
            "4,00.48|TEXT||2",
            "--400.48|TEXT||2",
            "400-|TEXT||2",
            "1.2.3|TEXT||2",
            "４００．５５|NUMBER|400.55|2",
            "' 400.55\u3000'|NUMBER|400.55|2",
            "(12.30)|NUMBER|-12.30|2",
            "−5|NUMBER|-5|2",
            "91.85%|NUMBER|91.85|2",
            "0.00|NUMBER|0.00|2",
            "12.3456|NUMBER|12.3456|4",
            "———|NOT_APPLICABLE||2",
            "——|NOT_APPLICABLE||2",
            "-|NOT_APPLICABLE||2",
            "－|NOT_APPLICABLE||2",
            "'  '|BLANK||2",
            "''|BLANK||2",
            "未填报|TEXT||2",
            "12a|TEXT||2",
    })
    void textForms(String stored, Figure.Kind kind, String value, int decimals) {
        Figure f = text(stored);
        assertEquals(kind, f.kind(), "kind of «" + stored + "»");
        assertEquals(value == null ? null : new BigDecimal(value), f.value());
        assertEquals(decimals, f.decimals());
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @CsvSource(delimiter = '|', value = {
            "400,48|READ.AMBIGUOUS_NUMBER|逗号可能是小数点（400.48），也可能是打错的千位分隔符（40048）",
            "1234,5|READ.AMBIGUOUS_NUMBER|逗号可能是小数点（1234.5），也可能是打错的千位分隔符（12345）",
            "400 48|READ.NOT_A_NUMBER|数字中间有空格",
            "4,00.48|READ.NOT_A_NUMBER|千位分隔符的位置不对（应每三位一个）",
            "1,234,5|READ.NOT_A_NUMBER|千位分隔符的位置不对（应每三位一个）",
            "1,234.567,8|READ.NOT_A_NUMBER|千位分隔符的位置不对（应每三位一个）",
            "--400.48|READ.NOT_A_NUMBER|正负号重复或位置不对",
            "(-5)|READ.NOT_A_NUMBER|正负号重复或位置不对",
            "5-|READ.NOT_A_NUMBER|正负号重复或位置不对",
            "1.2.3|READ.NOT_A_NUMBER|有多个小数点",
            "4(00)|READ.NOT_A_NUMBER|括号或百分号的位置不对",
    })
    void mistypedNumbersSayWhatIsWrong(String typed, String code, String why) {
        CellFigures.Typed t = CellFigures.typed(typed);
        assertNull(t.value());
        assertEquals(code, t.code());
        assertEquals(why, t.why());
    }

    @Test
    void ordinaryTextIsNoMistypedNumber() {
        assertEquals(new CellFigures.Typed(null, null, null, null), CellFigures.typed("未填报"));
        assertEquals(new CellFigures.Typed(null, null, null, null), CellFigures.typed("12a"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "4004800|0!.0000|400.4800|4|400.4800",
            "-4004800|0!.0000|-400.4800|4|-400.4800",
            "4004800|0\".\"0000|400.4800|4|400.4800",
            "4004812.6|0!.0000|400.4813|4|400.4813",
            "400550|#,##0.00,|400.55|2|400.55",
            "400554|#,##0.00,|400.55|2|400.55",
            "400550000|#,##0.00,,|400.55|2|400.55",
            "4005500|#,##0!.0,|400.6|1|400.6",
            "0.0400555|0.00%|4.01|2|4.01%",
    })
    void displayScalingGivesTheFigureShown(double stored, String code, String shown, int decimals, String printed) {
        assertFigure(number(stored, 164, code), Figure.Kind.NUMBER, shown, decimals, printed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"NaN", "Infinity", "-Infinity"})
    void nonFiniteNumberIsNotANumberAndNoDate(double stored) {
        RawCell c = RawCell.number(8, 2, stored, 0, "General", false);
        Figure f = CellFigures.figure(c, AT, 2);
        assertEquals(Figure.Kind.INVALID, f.kind());
        assertEquals(Double.toString(stored), f.text());
        assertEquals("READ.NOT_A_NUMBER", CellFigures.invalid(c, f, "x").code());
        assertEquals("公开01表!C9（x）：单元格存的是 " + stored + "，不是有限的数字", CellFigures.invalid(c, f, "x").message());
        assertEquals(Double.toString(stored), Grid.text(c), "a label position does not fail on it either");
    }

    @Test
    void blankAndDashCountAsZeroButStayDistinct() {
        Figure blank = CellFigures.figure(null, AT, 2);
        Figure dash = text("———");
        assertEquals(Figure.Kind.BLANK, blank.kind());
        assertEquals(0, BigDecimal.ZERO.compareTo(blank.amount()));
        assertEquals(0, BigDecimal.ZERO.compareTo(dash.amount()));
        assertEquals("———", dash.text());
    }

    @Test
    void formulaWithoutCachedValueIsReportedNotZero() {
        RawCell c = RawCell.of(8, 2, RawType.NO_CACHED_VALUE, null, true);
        Figure f = CellFigures.figure(c, AT, 2);
        assertEquals(Figure.Kind.INVALID, f.kind());
        assertNull(f.amount());
        assertEquals("READ.NO_CACHED_VALUE", CellFigures.invalid(c, f, "本年收入合计").code());
        assertEquals("公开01表!C9（本年收入合计）：公式没有保存计算结果，无法得知其数值；请在 Excel/WPS 中打开并重新计算后保存",
                CellFigures.invalid(c, f, "本年收入合计").message());
    }

    @Test
    void errorValueIsReported() {
        RawCell c = RawCell.of(8, 2, RawType.ERROR, "#REF!", true);
        Figure f = CellFigures.figure(c, AT, 2);
        assertEquals(Figure.Kind.INVALID, f.kind());
        assertEquals("READ.FORMULA_ERROR", CellFigures.invalid(c, f, "x").code());
    }
}
