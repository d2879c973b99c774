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
                .map(k -> new OutputFile.Failure("/a/b", k, "x").getMessage()).toList();
        assertEquals(List.of(
                "无法写入JSON 报告 /a/b (cannot write the JSON report): x",
                "无法写入HTML 报告 /a/b (cannot write the HTML report): x",
                "无法写入绩效项目 CSV /a/b (cannot write the CSV): x",
                "无法写入带批注的副本 /a/b (cannot write the annotated copy): x",
                "无法写入带批注的副本 /a/b (cannot write the annotated copies): x",
                "无法写入临时文件夹 /a/b (cannot write the temporary folder): x",
                "无法写入临时文件 /a/b (cannot write the temporary file): x",
                "无法写入逐个文件的完整报告 /a/b (cannot write the full reports): x"), messages);
    }
}
