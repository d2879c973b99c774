package io.github.juesuan.read;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NumberFormatsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "General|-1|false|false",
            "0|0|false|false",
            "0.00|2|false|false",
            "#,##0.00|2|false|false",
            "#,##0.00_ |2|false|false",
            "#,##0.00_);[Red](#,##0.00)|2|false|false",
            "[Red]#,##0.000;-#,##0.000|3|false|false",
            "0.00%|2|true|false",
            "0%|0|true|false",
            "\"￥\"#,##0.00|2|false|false",
            "#,##0.00\"万元\"|2|false|false",
            "yyyy\"年\"m\"月\"d\"日\"|0|false|true",
            "[$-804]yyyy\"年\"m\"月\"|0|false|true",
            "m/d/yy|0|false|true",
            "h:mm:ss|0|false|true",
    })
    void parse(String code, int decimals, boolean percent, boolean date) {
        NumberFormats.Style s = NumberFormats.parse(code);
        assertEquals(decimals, s.decimals(), "decimals");
        assertEquals(percent, s.percent(), "percent");
        assertEquals(date, s.date(), "date");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "#,##0.00|2|0|0",
            "#,##0.00,|2|1|0",
            "0.00,,|2|2|0",
            "#,##0,\"千元\"|0|1|0",
            "0!.0000|0|0|4",
            "0\\.0000|0|0|4",
            "0\".\"0000|0|0|4",
            "#,##0!.0,|0|1|1",
            "0!.000!.000|0|0|0",
            "0.00!.00|4|0|0",
            "0.00\"万元\"|2|0|0",
    })
    void displayScaling(String code, int decimals, int thousands, int pointDigits) {
        NumberFormats.Style s = NumberFormats.parse(code);
        assertEquals(decimals, s.decimals(), "decimals");
        assertEquals(thousands, s.thousands(), "thousands");
        assertEquals(pointDigits, s.pointDigits(), "pointDigits");
    }

    @org.junit.jupiter.api.Test
    void damagedCodesCannotMakeRoundingCostly() {
        NumberFormats.Style s = NumberFormats.parse("0." + "0".repeat(100_000) + ",".repeat(100_000));
        assertEquals(30, s.decimals());
        assertEquals(110, s.thousands());
        assertEquals(0, NumberFormats.parse("0!." + "0".repeat(100_000)).pointDigits());
        assertEquals(true, NumberFormats.parse("[" + "[".repeat(100_000) + ";;").hides(-1), "no quadratic scan either");
        RawCell c = RawCell.number(0, 0, 1.7e308, 164, "0." + "0".repeat(100_000) + ",".repeat(100_000), false);
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5), () ->
                CellFigures.figure(c, new io.github.juesuan.model.Source("f", "s", "A1", ""), 2));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            ";;;|true|true|true",
            ";;|true|true|true",
            "0.00;;|false|true|true",
            "0.00;-0.00;|false|false|true",
            "0;-0;;@|false|false|true",
            ";0.00|true|false|true",
            "0.00|false|false|false",
            "[>100]0;;|false|false|false",
            "\";\"0|false|false|false",
    })
    void emptySectionsHideValues(String code, boolean positive, boolean negative, boolean zero) {
        NumberFormats.Style s = NumberFormats.parse(code);
        assertEquals(positive, s.hides(400.55), "positive");
        assertEquals(negative, s.hides(-400.55), "negative");
        assertEquals(zero, s.hides(0), "zero");
    }

    @ParameterizedTest(name = "{0} hides text: {1}")
    @CsvSource(delimiter = '|', value = {";;;|true", "0;-0;0;|true", ";;|false", "0;-0;;@|false", "@|false"})
    void anEmptyFourthSectionHidesText(String code, boolean hidden) {
        assertEquals(hidden, NumberFormats.parse(code).hidesText());
    }

    @ParameterizedTest(name = "built-in id {0} is a date")
    @CsvSource({"27", "28", "29", "30", "31", "32", "33", "34", "35", "36", "50", "51", "52", "53", "54", "55", "56", "57", "58"})
    void zhCnBuiltInsAreDates(int id) {
        assertEquals(true, NumberFormats.style(id, NumberFormats.builtIn(id)).date());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2|0.00", "4|#,##0.00", "10|0.00%", "49|@"})
    void builtIns(int id, String code) {
        assertEquals(code, NumberFormats.builtIn(id));
    }
}
