package io.github.juesuan.cli;

import io.github.juesuan.fixtures.FixtureWriter;
import io.github.juesuan.fixtures.Format;
import io.github.juesuan.fixtures.Layout;
import io.github.juesuan.fixtures.SyntheticDocument;
import io.github.juesuan.fixtures.WrittenFigure;
import io.github.juesuan.fixtures.WrittenWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The {@code check} command: output, rule-pack options and exit codes. */
class CheckCommandTest {
    private static final String SAMPLE = "samples/shanxi-kepu-2024.xlsx";

    @Test
    void seedHasTheRoundingTailAndTheTwoRealErrorsOfProjectTwo() {
        CliRun r = CliRun.run("check", SAMPLE);
        assertEquals(Main.FINDINGS, r.code(), r.err());
        assertTrue(r.out().contains("结果：错误 3　警告 0　提示 6"), r.out()); // JX.007, JX.008 and WZ.006 (绩效自评1!G11)
        // the execution weight is not printed on this form: the template's 10 is assumed, and the finding says so
        assertTrue(r.out().contains("  [错误] JX.007 不符　项目2　各指标分值与预算执行分值之和应为100\n"
                + "      公式　[PERF] sum({ind.*}.{weight}) + {total}.{weight} = 100\n"
                + "      代入　20 + 5 + 4 + 1 + 5 + 5 + 2 + 4 + 4 + 15 + 1 + 5 + 5 + 10 = 86 ≠ 100（差 14，容许 ±0.07）\n"), r.out());
        assertTrue(r.out().contains("；绩效自评2!B7 资金总额/分值 10（未列示，按默认）\n"), r.out());
        assertTrue(r.out().contains("  [错误] JX.008 不符　项目2　总分应等于执行率得分与各指标得分之和\n"
                + "      公式　[PERF] {summary}.{total} = {total}.{score} + sum({ind.*}.{points})\n"
                + "      代入　47.06 ≠ 1.06 + 5 + 3 + 2 + 1 + 5 + 5 + 2 + 2 + 2 + 5 + 1 + 5 + 2 = 41.06（差 6，容许 ±0.075）\n"),
                r.out());
        assertTrue(r.out().contains("代入　32.635 ≠ 400.545 - 367.911 = 32.634（差 0.001，容许 ±0.0015）"), r.out());
        assertTrue(r.out().contains("  [提示] GK01.002 尾差　收入总计应等于本年收入合计、使用非财政拨款结余与年初结转和结余之和\n"
                + "      公式　[01] R27 + R28 + R29 = R31\n"
                + "      代入　400.55 + 0 + 9.79 = 410.34 ≠ 410.33（差 0.01，容许 ±0.015）\n"), r.out());
        assertTrue(r.out().contains("公开01表!C33 本年收入合计/金额 400.55"), r.out());
    }

    @Test
    void englishOnRequest() {
        CliRun r = CliRun.run("check", SAMPLE, "--lang", "en");
        assertEquals(Main.FINDINGS, r.code());
        assertTrue(r.out().contains("values   400.55 + 0 + 9.79 = 410.34 ≠ 410.33 (difference 0.01, allowed ±0.015)"), r.out());
    }

    @Test
    void anErrorExitsOneAndNamesTheCells(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.xlsx");
        WrittenWorkbook w = FixtureWriter.write(SyntheticDocument.generate(20240101L), Layout.SHANXI, Format.XLSX, file);
        WrittenFigure total = w.find("01", "inc.grand", "amount").orElseThrow();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            CellReference ref = new CellReference(total.a1());
            wb.getSheet(total.sheet()).getRow(ref.getRow()).getCell(ref.getCol())
                    .setCellValue(total.value().doubleValue() + 1);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        Path json = dir.resolve("report.json");
        CliRun r = CliRun.run("check", file.toString(), "--json", json.toString());
        assertEquals(Main.FINDINGS, r.code(), r.out());
        assertTrue(r.out().contains("[错误] GK01.002 不符"), r.out());
        assertTrue(r.out().contains("[错误] GK01.005 不符"), r.out());
        assertTrue(r.out().contains(total.sheet() + "!" + total.a1()), r.out());
        String report = Files.readString(json, StandardCharsets.UTF_8);
        assertTrue(report.contains("\"rule\" : \"GK01.005\""), report);
        assertTrue(report.contains("\"outcome\" : \"FAIL\""), report);
        assertTrue(report.contains("\"cell\" : \"" + total.a1() + "\""), report);

        CliRun disabled = CliRun.run("check", file.toString(), "--disable", "GK01.002,GK01.005");
        assertEquals(Main.OK, disabled.code(), disabled.out());
        CliRun demoted = CliRun.run("check", file.toString(), "--severity", "GK01.002=WARNING", "--severity", "GK01.005=WARNING");
        assertEquals(Main.OK, demoted.code(), demoted.out());
        assertTrue(demoted.out().contains("[警告] GK01.005 不符"), demoted.out());
        CliRun only = CliRun.run("check", file.toString(), "--only", "GK02.*");
        assertEquals(Main.OK, only.code(), only.out());
        assertTrue(!only.out().contains("GK01."), only.out());
    }

    @Test
    void aUsersRulePackIsAddedAndItsErrorsAreReportedWithLineAndColumn(@TempDir Path dir) throws Exception {
        Path mine = dir.resolve("mine.rules");
        Files.writeString(mine, "pack mine 1\nrule MY.001 ERROR 收入总计不应超过400\n  check: [01] R31 <= 400\n",
                StandardCharsets.UTF_8);
        CliRun r = CliRun.run("check", SAMPLE, "--rules", mine.toString(), "--disable", "JX.007,JX.008");
        assertEquals(Main.FINDINGS, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("[错误] MY.001 不符　收入总计不应超过400"), r.out());
        assertTrue(r.out().contains("代入　410.33 > 400（差 10.33，容许 ±0.005）"), r.out());

        Files.writeString(mine, "rule MY.002 ERROR 坏规则\n  check: [01] R31 =\n", StandardCharsets.UTF_8);
        CliRun bad = CliRun.run("check", SAMPLE, "--rules", mine.toString());
        assertEquals(Main.USAGE, bad.code());
        assertEquals("规则包有误 (rule pack error): mine.rules:2:20: 此处应为单元格引用，如 R27、#206、{inc.total}、C1 或数字 "
                + "(a cell reference or a number)，却是行尾 (end of line)\n", bad.err());
        assertEquals(Main.USAGE, CliRun.run("check", SAMPLE, "--disable", "NO.SUCH").code());
    }

    @Test
    void perfCsvListsEveryProject(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("perf.csv");
        CliRun r = CliRun.run("check", SAMPLE, "--perf-csv", csv.toString());
        assertEquals(Main.FINDINGS, r.code());
        assertEquals("\ufeff文件,单位,项目序号,项目名称,预算单位,全年预算数,全年执行数,执行率,总分,等级,错误,警告\r\n"
                + "samples/shanxi-kepu-2024.xlsx,山西省科普服务中心,1,山西省公众科学素质提升综合服务及党的创新理论暨党建活动进机关项目,"
                + "322702-山西省科普服务中心,400.545,367.911,91.85,88.19,良,1,0\r\n" // WZ.006 (its G11)
                + "samples/shanxi-kepu-2024.xlsx,山西省科普服务中心,2,山西省自然科学研究系列科学传播专业职称评审项目,"
                + "322702-山西省科普服务中心,380,40.332,10.61,47.06,差,2,0\r\n",
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
        assertEquals("无法写入 " + folder + " (cannot write the JSON report): 这是一个文件夹 (it is a folder)\n", r.err());
        assertEquals("", r.out(), "nothing checked");
        assertTrue(Files.isDirectory(folder), "the folder is left alone");

        Path json = dir.resolve("report.json");
        CliRun r2 = CliRun.run("check", SAMPLE, "--json", json.toString(), "--perf-csv",
                dir.resolve("没有/这个/目录.csv").toString());
        assertEquals(Main.UNWRITABLE, r2.code());
        assertEquals("无法写入 " + dir.resolve("没有/这个/目录.csv") + " (cannot write the CSV): 所在的文件夹 "
                + dir.resolve("没有/这个") + " 不存在 (its folder does not exist)\n", r2.err());
        assertTrue(Files.notExists(json), "the JSON report begun before the CSV failed is removed");
        try (var left = Files.list(dir)) {
            assertEquals(List.of(folder), left.toList(), "no temporary file is left beside the outputs");
        }
    }

    @Test
    void aPathWithSpacesAndChineseIsNamedAsGiven(@TempDir Path dir) throws Exception {
        Path file = Files.createDirectories(dir.resolve("山西 省/2024 年")).resolve("科普 服务中心 决算.xlsx");
        Files.copy(Path.of(SAMPLE), file);
        CliRun r = CliRun.run("check", file.toString());
        assertEquals(Main.FINDINGS, r.code(), r.err());
        assertTrue(r.out().startsWith("文件 科普 服务中心 决算.xlsx"), r.out());
        CliRun missing = CliRun.run("check", dir.resolve("山西 省/没有 这个.xlsx").toString());
        assertEquals(Main.UNREADABLE, missing.code());
        assertEquals("没有 这个.xlsx: 文件不存在 (no such file)\n", missing.err());
    }
}
