package io.github.juesuan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class OutputKindTest {

    /** Each output is named in each language in its own words, in the message that it cannot be written. */
    @Test
    void eachOutputIsNamedInEachLanguage() {
        List<String> messages = Arrays.stream(OutputKind.values())
                .map(k -> CliWords.both("output.cannotWrite", "/a/b", k)).toList();
        assertEquals(List.of(
                "无法写入JSON 报告 /a/b (cannot write the JSON report)",
                "无法写入HTML 报告 /a/b (cannot write the HTML report)",
                "无法写入绩效项目 CSV /a/b (cannot write the CSV)",
                "无法写入带批注的副本 /a/b (cannot write the annotated copy)",
                "无法写入带批注的副本 /a/b (cannot write the annotated copies)",
                "无法写入临时文件夹 /a/b (cannot write the temporary folder)",
                "无法写入临时文件 /a/b (cannot write the temporary file)",
                "无法写入逐个文件的完整报告 /a/b (cannot write the full reports)"), messages);
    }
}
