package io.github.juesuan.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.juesuan.fixtures.SeedWord;
import io.github.juesuan.model.Severity;
import io.github.juesuan.read.WordDocument;
import io.github.juesuan.report.Checker;
import io.github.juesuan.report.Finding;
import io.github.juesuan.report.Report;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed as a Word .docx is checked like its workbook and its plain text: the same errors, words and tables. */
class WordNarrativeTest {

    @Test
    void theSeedAsWordHasExactlyTheTwoErrorsOfItsWords(@TempDir Path dir) throws Exception {
        Path docx = dir.resolve("seed.docx");
        SeedWord.write(docx);
        Report r = Checker.create().check(docx);
        // the words' findings: as for the seed's plain text, at the Word paragraph (72nd of the body) and the
        // 绩效表's cell
        assertEquals(List.of(
                "WZ.004 ERROR FAIL 第72段 收入总计/支出总计 | 410.33 - 82.95 = 327.38 ≠ 410.33 - 55.54 = 354.79"
                        + " | 第72段 82.95万元[44,51) 55.54万元[67,74)",
                "WZ.006 ERROR FAIL 项目支出绩效自评表!G11 合计 | 0 + 10 + 5 + 35 + 5 + 3 + 40.33 = 98.33 ≠ 190.33"
                        + " | 项目支出绩效自评表!G11 0万元[75,78) 10万元[93,97) 5万元[111,114) 35万元[132,136)"
                        + " 5万元[153,156) 3万元[167,170) 40.33万元[179,186) 190.33万元[189,197)"),
                r.findings().stream().filter(f -> f.quote().isPresent()).map(WordNarrativeTest::line).toList());
        String p72 = WordDocument.read(docx).paragraphs().stream().filter(p -> p.source().paragraph() == 72)
                .findFirst().orElseThrow().text();
        assertEquals("82.95万元", p72.substring(44, 51));
        assertEquals("55.54万元", p72.substring(67, 74));
        // the tables' findings are those of the seed workbook: its 绩效 error (JX.007 rests on the 分值 the form does
        // not print, a warning), nothing from reading
        assertEquals(List.of("JX.008", "WZ.004", "WZ.006"), r.findings().stream()
                .filter(f -> f.severity() == Severity.ERROR).map(Finding::ruleId).toList());
    }

    private static String line(Finding f) {
        return f.ruleId() + " " + f.severity() + " " + f.outcome() + " " + f.instance().orElse("") + " | " + f.substituted()
                + " | " + f.quote().orElseThrow().place() + " " + f.quote().orElseThrow().inside().stream()
                .map(m -> m.text() + "[" + m.start() + "," + m.end() + ")").collect(Collectors.joining(" "));
    }
}
