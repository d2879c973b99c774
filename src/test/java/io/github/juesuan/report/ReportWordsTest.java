package io.github.juesuan.report;

import io.github.juesuan.rules.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReportWordsTest {
    @ParameterizedTest(name = "«{0}»")
    @CsvSource(delimiter = '|', value = {
            "1412.62 + 123.30 = 1535.92 ≠ 1535.93|1,412.62 + 123.30 = 1,535.92 ≠ 1,535.93",
            "400.55 + 0 + 9.79 = 410.34 ≠ 410.33|400.55 + 0 + 9.79 = 410.34 ≠ 410.33",
            "-12345.6|-12,345.6",
            "7553035.26|7,553,035.26",
            "公开01表!C1234 1234567|公开01表!C1234 1,234,567",
            "0.00123456|0.00123456",
    })
    void thousandsSeparators(String in, String out) {
        assertEquals(out, ThousandsSeparators.numbers(in));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"ZH|report.band|（差 0.01，容许 ±0.015）", "EN|report.band|' (difference 0.01, allowed ±0.015)'"})
    void bundlesInBothLanguages(Lang lang, String key, String expected) {
        assertEquals(expected, ReportWords.of(lang).get(key, "0.01", "0.015"));
    }

    /** One word per outcome, the rules bundle's, for the text report, the HTML page and the annotated copy alike. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "PASS|''|''", "ROUNDING|尾差|rounding", "FAIL|不符|fails", "PARTS_BLANK|分项未填|parts not filled",
            "TOTAL_BLANK|合计未填|total not filled", "NOT_EVALUABLE|无法核对|not evaluable",
            "STRUCTURAL|读取问题|reading problem"})
    void oneWordPerOutcome(Outcome outcome, String chinese, String english) {
        assertEquals(chinese, outcome.chinese());
        assertEquals(english, outcome.english());
        assertEquals(chinese, ReportWords.of(Lang.ZH).outcome(outcome));
        assertEquals(english, ReportWords.of(Lang.EN).outcome(outcome));
    }
}
