package io.github.juesuan.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

/** The in-place parses of sheet XML values: each equals the String parse it stands in for, or declines. */
class XmlCharsTest {

    private static double decimal(String s) {
        return XmlChars.parseDecimal(s.toCharArray(), 0, s.length());
    }

    /** Bit for bit: -0.0 and 0.0 differ, as they do for Double.parseDouble. */
    private static void assertSameDouble(String text) {
        double want = Double.parseDouble(text.trim());
        double got = decimal(text);
        assertEquals(Double.doubleToRawLongBits(want), Double.doubleToRawLongBits(got),
                () -> "«" + text + "»: " + want + " vs " + got);
    }

    @Test
    void plainDecimalsAreExactlyWhatParseDoubleReads() {
        for (String s : new String[]{"0", "1", "12.5", " 12.5 ", "\t-3.25\n", "-0", "-0.0", "0.0", "1234567.891",
                "-.5", ".5", "5.", "007", "1.50", "999999999999999", "0.00000000000001", "123456789.012345",
                "0.1", "0.7", "2.675", "1.005", "4.35", "8.2", "100.03", "-99999999999999.9", "900719925.474099"}) {
            assertSameDouble(s);
        }
        assertEquals(-0.0, decimal("-0"));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(decimal("-0")));
        assertEquals(12.5, decimal(" 12.5 "));
        assertEquals(1234567.891, decimal("1234567.891"));
    }

    @Test
    void anythingElseIsLeftToParseDouble() {
        for (String s : new String[]{"", "  ", ".", "-", "-.", "+1", "1e5", "1.5E3", "1..2", "1.2.3", "--1", "1-",
                "NaN", "Infinity", "0x10", "1d", "1f", "1 2", "1,000.5", "١٢", "0.10000000000000001",
                "1234567890123456", "123456789012345678", "12３"}) {
            assertTrue(Double.isNaN(decimal(s)), "«" + s + "» should be declined");
        }
    }

    @Test
    void randomDecimalsAgreeWithParseDouble() {
        qt().withExamples(5000).withShrinkCycles(50)
                .forAll(strings().betweenCodePoints('0', '9').ofLengthBetween(0, 16),
                        strings().betweenCodePoints('0', '9').ofLengthBetween(0, 16), integers().between(0, 7))
                .checkAssert((whole, fraction, shape) -> {
                    String s = ((shape & 1) != 0 ? "-" : "") + whole + ((shape & 2) != 0 ? "." + fraction : "")
                            + ((shape & 4) != 0 ? " " : "");
                    double got = decimal(s);
                    if (Double.isNaN(got)) {
                        return; // declined: the String way reads it
                    }
                    assertSameDouble(s);
                });
    }

    @Test
    void digitsAreIntegerParseIntOrDeclined() {
        assertEquals(0, XmlChars.parseDigits("0".toCharArray(), 0, 1));
        assertEquals(42, XmlChars.parseDigits("042".toCharArray(), 0, 3));
        assertEquals(999_999_999, XmlChars.parseDigits("999999999".toCharArray(), 0, 9));
        assertEquals(17, XmlChars.parseDigits("x17y".toCharArray(), 1, 3));
        for (String s : new String[]{"", "+1", "-1", "1 ", "1234567890", "١", "1a"}) {
            assertEquals(-1, XmlChars.parseDigits(s.toCharArray(), 0, s.length()), s);
        }
        assertEquals(-1, XmlChars.parseDigits(null, 0, 0));
    }

    @Test
    void zeroHeightsAreFoundWithoutParsing() {
        assertEquals(Boolean.TRUE, XmlChars.isZero("0".toCharArray(), 0, 1));
        assertEquals(Boolean.TRUE, XmlChars.isZero("0.00".toCharArray(), 0, 4));
        assertEquals(Boolean.TRUE, XmlChars.isZero(".0".toCharArray(), 0, 2));
        assertEquals(Boolean.FALSE, XmlChars.isZero("12.75".toCharArray(), 0, 5));
        assertEquals(Boolean.FALSE, XmlChars.isZero("0.001".toCharArray(), 0, 5));
        for (String s : new String[]{"", ".", "0e0", "-0", "1..0", "0 0"}) {
            assertNull(XmlChars.isZero(s.toCharArray(), 0, s.length()), s);
        }
        assertNull(XmlChars.isZero(null, 0, 0));
    }

    @Test
    void aCaptureFromAnotherBufferIsNeverTakenForUntrimmed() {
        XmlChars chars = new XmlChars();
        chars.decode("s");
        assertEquals(false, chars.untrimmed());
        chars.decode(" s ".toCharArray(), 1, 2);
        assertEquals(false, chars.untrimmed());
        assertTrue(chars.is("s"));
        chars.decode("rs4".toCharArray(), 1, 2);
        assertTrue(chars.untrimmed());
        chars.handleEmptyValue();
        assertEquals(false, chars.untrimmed());
        assertEquals(false, chars.is(""));
    }
}
