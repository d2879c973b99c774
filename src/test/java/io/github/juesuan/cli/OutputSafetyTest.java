package io.github.juesuan.cli;

import io.github.juesuan.fixtures.Links;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Issue 12: an output never destroys an input, another output or an old report, and is complete or absent. */
class OutputSafetyTest {
    private static final Path SAMPLE = Path.of("samples/shanxi-kepu-2024.xlsx");

    @Test
    void anOutputThatIsAnInputIsAUsageErrorAndTheWorkbookIsUntouched(@TempDir Path dir) throws Exception {
        Path v = dir.resolve("v.xlsx");
        Files.copy(SAMPLE, v);
        byte[] before = Files.readAllBytes(v);
        for (String option : List.of("--json", "--perf-csv", "--html")) {
            CliRun r = CliRun.run("check", v.toString(), option, v.toString());
            assertEquals(Main.USAGE, r.code(), option + ": " + r.err());
            assertTrue(r.err().startsWith(option + " " + v + " 是输入文件之一，或位于输入文件夹中会被当作输入读取；请换一个输出路径 ("
                    + option + " names an input, or a workbook inside an input folder: writing it would destroy or be "
                    + "read as an input)\n"), r.err());
            assertArrayEquals(before, Files.readAllBytes(v), option + " left the workbook alone");
        }
        CliRun through = CliRun.run("check", v.toString(), "--json", dir.resolve(".").resolve("v.xlsx").toString());
        assertEquals(Main.USAGE, through.code(), "another spelling of the same file: " + through.err());
        assertArrayEquals(before, Files.readAllBytes(v));
    }

    @Test
    void anOutputTheFolderWalkWouldReadOrTwoOutputsOfOnePathAreUsageErrors(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("上报"));
        Files.copy(SAMPLE, in.resolve("决算.xlsx"));
        Path inside = in.resolve("汇总.xlsx");
        CliRun walked = CliRun.run("check", in.toString(), "--perf-csv", inside.toString());
        assertEquals(Main.USAGE, walked.code(), walked.err());
        assertTrue(Files.notExists(inside));

        Path same = dir.resolve("报告");
        CliRun twice = CliRun.run("check", in.toString(), "--json", same.toString(), "--html", same.toString());
        assertEquals(Main.USAGE, twice.code());
        assertTrue(twice.err().startsWith("--html " + same + " 与 --json 是同一个路径，会互相覆盖 (--html and --json name the same path)\n"),
                twice.err());
        assertTrue(Files.notExists(same));

        CliRun annotateOverInputs = CliRun.run("check", in.toString(), "--annotate", in.toString());
        assertEquals(Main.USAGE, annotateOverInputs.code(), annotateOverInputs.err());
        assertTrue(annotateOverInputs.err().startsWith("--annotate " + in + " 是输入文件所在的文件夹"), annotateOverInputs.err());
    }

    @Test
    void outputsInsideAnInputFolderAreNeverWalkedAsInputs(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("上报"));
        Files.copy(SAMPLE, in.resolve("决算.xlsx"));
        Path copies = in.resolve("批注");
        Path json = in.resolve("报告.json");
        for (int run = 0; run < 2; run++) {
            CliRun r = CliRun.run("check", in.toString(), "--annotate", copies.toString(), "--json", json.toString());
            assertEquals(Main.FINDINGS, r.code(), r.err());
            assertTrue(r.out().startsWith("共 1 个文件：已核对 1 个"), "run " + run + ": " + r.out());
        }
        assertTrue(Files.size(copies.resolve("决算.xlsx")) > 0);
    }

    @Test
    void aFailedWriteLeavesALinkToADeviceInPlaceAndExitsSeventyThree(@TempDir Path dir) throws Exception {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full), "needs /dev/full");
        Path link = Links.symbolic(dir.resolve("report.json"), full);
        CliRun r = CliRun.run("check", SAMPLE.toString(), "--json", link.toString());
        assertEquals(Main.UNWRITABLE, r.code(), r.err());
        assertTrue(r.err().startsWith("无法写入JSON 报告 " + link + " (cannot write the JSON report): "), r.err());
        assertTrue(Files.isSymbolicLink(link), "the link is not the tool's to delete");
        assertEquals(full, Files.readSymbolicLink(link));
    }

    @Test
    void anOldReportIsUntouchedUntilTheNewOneIsCompleteAndALinkedReportStaysALink(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("report.json");
        Files.writeString(json, "old report", StandardCharsets.UTF_8);
        CliRun failed = CliRun.run("check", SAMPLE.toString(), "--json", json.toString(), "--perf-csv",
                dir.resolve("没有/这个/目录.csv").toString());
        assertEquals(Main.UNWRITABLE, failed.code(), failed.err());
        assertEquals("old report", Files.readString(json, StandardCharsets.UTF_8));
        assertEquals(List.of(json), list(dir), "nothing else left beside it");

        Path real = dir.resolve("real.json");
        Files.writeString(real, "old report", StandardCharsets.UTF_8);
        Path link = Links.symbolic(dir.resolve("link.json"), real.getFileName());
        CliRun ok = CliRun.run("check", SAMPLE.toString(), "--json", link.toString());
        assertEquals(Main.FINDINGS, ok.code(), ok.err());
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.readString(real, StandardCharsets.UTF_8).startsWith("{\n  \"schemaVersion\" : \"1\""));
    }

    @Test
    void sameNamedFilesUnderTwoRootsGetTwoCopiesAndCsvRowsNameThePath(@TempDir Path dir) throws Exception {
        Path taiyuan = Files.createDirectories(dir.resolve("太原/单位"));
        Path datong = Files.createDirectories(dir.resolve("大同/单位"));
        Files.copy(SAMPLE, taiyuan.resolve("决算.xlsx"));
        Files.copy(SAMPLE, datong.resolve("决算.xlsx"));
        Path out = dir.resolve("批注");
        Path csv = dir.resolve("绩效.csv");
        CliRun r = CliRun.run("check", dir.resolve("太原").toString(), dir.resolve("大同").toString(),
                "--annotate", out.toString(), "--perf-csv", csv.toString());
        assertEquals(Main.FINDINGS, r.code(), r.err());
        assertEquals(List.of(out.resolve("大同/单位/决算.xlsx"), out.resolve("太原/单位/决算.xlsx")), files(out));
        List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals(5, rows.size(), String.join("\n", rows));
        assertTrue(rows.get(1).startsWith(datong.resolve("决算.xlsx") + ",山西省科普服务中心,1,"), rows.get(1));
        assertTrue(rows.get(3).startsWith(taiyuan.resolve("决算.xlsx") + ",山西省科普服务中心,1,"), rows.get(3));

        Path out2 = dir.resolve("批注2");
        CliRun direct = CliRun.run("check", taiyuan.resolve("决算.xlsx").toString(), datong.resolve("决算.xlsx").toString(),
                "--annotate", out2.toString());
        assertEquals(Main.FINDINGS, direct.code(), direct.err());
        assertEquals(List.of(out2.resolve("单位-2/决算.xlsx"), out2.resolve("单位/决算.xlsx")), files(out2),
                "two roots of one name: the second is 单位-2");
    }

    @Test
    void aLongChineseFileNameIsAnnotated(@TempDir Path dir) throws Exception {
        String name = "山西省".repeat(24) + ".xlsx"; // 72 characters before the extension, 216 bytes in UTF-8
        Path file = dir.resolve(name);
        Files.copy(SAMPLE, file);
        Path out = dir.resolve("批注");
        CliRun r = CliRun.run("check", file.toString(), "--annotate", out.toString());
        assertEquals(Main.FINDINGS, r.code(), r.err());
        assertEquals("", r.err());
        assertEquals(List.of(out.resolve(name)), files(out));
    }

    @Test
    void aCopyThatCannotBeWrittenExitsSeventyThree(@TempDir Path dir) throws Exception {
        Path out = Files.createDirectories(dir.resolve("批注/决算.xlsx"));
        Path file = dir.resolve("决算.xlsx");
        Files.copy(SAMPLE, file);
        CliRun r = CliRun.run("check", file.toString(), "--annotate", dir.resolve("批注").toString());
        assertEquals(Main.UNWRITABLE, r.code(), r.err());
        assertEquals("无法写入带批注的副本 " + out + " (cannot write the annotated copy): 这是一个文件夹 (it is a folder)\n", r.err());
        assertTrue(Files.isDirectory(out));
    }

    @Test
    void anOutputOnStandardOutputHasItToItselfAndNoFileNamedDashIsMade(@TempDir Path dir) throws Exception {
        Path dash = Path.of("-");
        assumeTrue(Files.notExists(dash));
        try {
            CliRun html = CliRun.run("check", SAMPLE.toString(), "--html", "-");
            assertEquals(Main.FINDINGS, html.code(), html.err());
            assertTrue(html.out().startsWith("<!DOCTYPE html>"), html.out());
            assertTrue(html.err().startsWith("文件 shanxi-kepu-2024.xlsx"), "the text report goes to standard error");
            CliRun csv = CliRun.run("check", SAMPLE.toString(), "--perf-csv", "-");
            assertEquals(Main.FINDINGS, csv.code(), csv.err());
            assertTrue(csv.out().startsWith("\ufeff文件,单位,项目序号"), csv.out());
            assertEquals(3, csv.out().split("\r\n").length);
            assertTrue(Files.notExists(dash), "no file named -");
            CliRun both = CliRun.run("check", SAMPLE.toString(), "--json", "-", "--perf-csv", "-");
            assertEquals(Main.USAGE, both.code());
            assertTrue(both.err().startsWith("只能有一个输出写到标准输出 (-) (only one output can go to standard output)\n"));
        } finally {
            Files.deleteIfExists(dash);
        }
    }

    private static List<Path> list(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    private static List<Path> files(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
