package io.github.juesuan.report;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The 绩效 CSV's fields: RFC 4180 quoting, and no field a spreadsheet would run as a formula (issue 12). */
class ProjectCsvTest {
    @Test
    void aFieldThatWouldBeAFormulaIsNeutralisedAsOwaspAdvises() {
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\",\"\"点此\"\")\"", ProjectCsv.cell("=HYPERLINK(\"http://x\",\"点此\")"));
        assertEquals("\"'+1+2\"", ProjectCsv.cell("+1+2"));
        assertEquals("\"'-2+3\"", ProjectCsv.cell("-2+3"));
        assertEquals("\"'@SUM(A1:A9)\"", ProjectCsv.cell("@SUM(A1:A9)"));
        assertEquals("\"'\t=1\"", ProjectCsv.cell("\t=1"));
        assertEquals("\"'\r=1\"", ProjectCsv.cell("\r=1"));
    }

    @Test
    void otherFieldsAreQuotedOnlyWhenRfc4180NeedsIt() {
        assertEquals("山西省科普服务中心", ProjectCsv.cell("山西省科普服务中心"));
        assertEquals("322702-山西省科普服务中心", ProjectCsv.cell("322702-山西省科普服务中心"));
        assertEquals("\"甲,乙\"", ProjectCsv.cell("甲,乙"));
        assertEquals("\"说\"\"明\"\"\"", ProjectCsv.cell("说\"明\""));
        assertEquals("", ProjectCsv.cell(null));
    }
}
