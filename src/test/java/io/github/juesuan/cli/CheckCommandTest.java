package io.github.juesuan.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The {@code check} command's outputs beside the text: the 绩效 CSV, folders, several files, outputs that
 * cannot be written. A single file's whole text and JSON output, rule-pack options and exit codes are compared
 * with golden files by {@link CliGoldenTest}.
 */
class CheckCommandTest {
    private static final String SAMPLE = "samples/shanxi-kepu-2024.xlsx";

    @Test
    void perfCsvListsEveryProject(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("perf.csv");
        CliRun r = CliRun.run("check", SAMPLE, "--perf-csv", csv.toString());
        assertEquals(Main.FINDINGS, r.code());
        assertEquals("\ufeff文件,单位,项目序号,项目名称,预算单位,全年预算数,全年执行数,执行率,总分,等级,错误,警告\r\n"
                + "samples/shanxi-kepu-2024.xlsx,山西省科普服务中心,1,山西省公众科学素质提升综合服务及党的创新理论暨党建活动进机关项目,"
                + "322702-山西省科普服务中心,400.545,367.911,91.85,88.19,良,1,0\r\n" // WZ.006 (its G11)
                + "samples/shanxi-kepu-2024.xlsx,山西省科普服务中心,2,山西省自然科学研究系列科学传播专业职称评审项目,"
                + "322702-山西省科普服务中心,380,40.332,10.61,47.06,差,1,1\r\n", // JX.008; JX.007 rests on the assumed 分值
                Files.readString(csv, StandardCharsets.UTF_8));
    }

    @Test
    void aFolderIsCheckedWithAnHtmlReportAndAnnotatedCopies(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("上报/甲单位"));
        Files.copy(Path.of(SAMPLE), in.resolve("决算.xlsx"));
        Files.createDirectories(dir.resolve("上报/乙单位"));
        Files.copy(Path.of(SAMPLE), dir.resolve("上报/乙单位/决算.xlsx"));
        Files.write(dir.resolve("上报/~$决算.xlsx"), new byte[]{1, 2, 3});
        Path html = dir.resolve("report.html");
        Path annotated = dir.resolve("批注");
        CliRun r = CliRun.run("check", dir.resolve("上报").toString(), "--html", html.toString(), "--annotate",
                annotated.toString(), "--threads", "2");
        assertEquals(Main.FINDINGS, r.code(), r.err());
        assertTrue(r.out().startsWith("共 2 个文件：已核对 2 个，无法读取 0 个\n有错误的文件 2 个"), r.out());
        assertTrue(Files.readString(html, StandardCharsets.UTF_8).contains("JX.007"));
        assertTrue(Files.size(annotated.resolve("甲单位/决算.xlsx")) > 0);
        assertTrue(Files.size(annotated.resolve("乙单位/决算.xlsx")) > 0);
        assertEquals(Main.USAGE, CliRun.run("check", SAMPLE, "--threads", "0").code());
    }

    @Test
    void anUnreadableInputExitsTwoAndTheOthersAreStillChecked(@TempDir Path dir) throws Exception {
        Path empty = dir.resolve("空.xlsx");
        Files.write(empty, new byte[0]);
        CliRun r = CliRun.run("check", empty.toString(), SAMPLE, "--details");
        assertEquals(Main.UNREADABLE, r.code());
        assertTrue(r.err().endsWith("空.xlsx: 文件为空（0 字节），请重新导出或上传 (the file is empty (0 bytes))\n"), r.err());
        assertTrue(r.err().startsWith("核对进度 2/2 100%"), r.err());
        assertTrue(r.out().startsWith("文件 shanxi-kepu-2024.xlsx"), r.out());
        assertTrue(r.out().contains("共 2 个文件：已核对 1 个，无法读取 1 个"), r.out());
        assertEquals(Main.USAGE, CliRun.run("check").code());
        assertEquals(Main.USAGE, CliRun.run("check", SAMPLE, "--lang", "fr").code());
    }

    @Test
    void aBatchWritesJsonAndCsvAsItGoesAndJsonOnStandardOutputHasItToItself(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("上报"));
        Files.copy(Path.of(SAMPLE), in.resolve("甲.xlsx"));
        Files.write(in.resolve("乙.xlsx"), new byte[0]);
        Files.copy(Path.of(SAMPLE), in.resolve("丙.xlsx"));
        Path csv = dir.resolve("绩效.csv");
        CliRun r = CliRun.run("check", in.toString(), "--json", "-", "--perf-csv", csv.toString());
        assertEquals(Main.UNREADABLE, r.code(), r.err());
        assertTrue(r.out().startsWith("{\n  \"schemaVersion\" : \"1\""), "standard output is the JSON alone: " + r.out());
        assertTrue(r.out().endsWith("}\n"), r.out());
        assertTrue(r.err().contains("共 3 个文件：已核对 2 个，无法读取 1 个\n"), "the summary goes to standard error: " + r.err());
        String document = r.out();
        assertTrue(document.indexOf("丙.xlsx") < document.indexOf("乙.xlsx")
                && document.indexOf("乙.xlsx") < document.indexOf("甲.xlsx"), "path order: 丙 < 乙 < 甲 in UTF-16");
        assertTrue(document.contains("\"totals\" : {\n    \"files\" : 3,\n    \"unreadable\" : 1,"), document);
        assertTrue(r.err().endsWith("乙.xlsx: 文件为空（0 字节），请重新导出或上传 (the file is empty (0 bytes))\n"), r.err());
        assertEquals(5, Files.readAllLines(csv, StandardCharsets.UTF_8).size(), "a header and two projects per file read");
    }

    @Test
    void anOutputThatCannotBeWrittenExitsSeventyThreeBeforeCheckingAndLeavesNothingHalfWritten(@TempDir Path dir)
            throws Exception {
        Path folder = Files.createDirectories(dir.resolve("已有文件夹"));
        CliRun r = CliRun.run("check", SAMPLE, "--json", folder.toString());
        assertEquals(Main.UNWRITABLE, r.code());
        assertEquals("无法写入JSON 报告 " + folder + " (cannot write the JSON report): 这是一个文件夹 (it is a folder)\n", r.err());
        assertEquals("", r.out(), "nothing checked");
        assertTrue(Files.isDirectory(folder), "the folder is left alone");

        Path json = dir.resolve("report.json");
        CliRun r2 = CliRun.run("check", SAMPLE, "--json", json.toString(), "--perf-csv",
                dir.resolve("没有/这个/目录.csv").toString());
        assertEquals(Main.UNWRITABLE, r2.code());
        assertEquals("无法写入绩效项目 CSV " + dir.resolve("没有/这个/目录.csv") + " (cannot write the CSV): 所在的文件夹 "
                + dir.resolve("没有/这个") + " 不存在 (its folder does not exist)\n", r2.err());
        assertTrue(Files.notExists(json), "the JSON report begun before the CSV failed is removed");
        try (var left = Files.list(dir)) {
            assertEquals(List.of(folder), left.toList(), "no temporary file is left beside the outputs");
        }
    }
}
