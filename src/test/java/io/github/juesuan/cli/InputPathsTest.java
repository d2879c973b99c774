package io.github.juesuan.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Issue 12: inputs that are not files are refused clearly, never hang, and standard input is {@code -}. */
class InputPathsTest {
    private static final Path SAMPLE = Path.of("samples/shanxi-kepu-2024.xlsx");
    private static final String NOT_A_FILE = "不是普通文件（设备、命名管道或套接字），无法作为工作簿读取；请给出工作簿文件的路径，"
            + "从标准输入读取请用 - (not a regular file (a device, a named pipe or a socket), so it is not read as a "
            + "workbook; name the workbook's file, or use - for standard input)\n";

    @Test
    void aDeviceIsRefusedAtOnce() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "needs /dev/zero");
        CliRun r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> CliRun.run("check", zero.toString()));
        assertEquals(Main.UNREADABLE, r.code());
        assertEquals("zero: " + NOT_A_FILE, r.err());
    }

    @Test
    void aNamedPipeIsRefusedWithoutWaitingForAWriter(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("管道.xlsx");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (java.io.IOException e) {
            mkfifo = null;
        }
        assumeTrue(mkfifo != null && mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "needs mkfifo");
        CliRun r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> CliRun.run("check", fifo.toString(), SAMPLE.toString()));
        assertEquals(Main.UNREADABLE, r.code());
        assertTrue(r.err().endsWith("管道.xlsx: " + NOT_A_FILE), r.err());
        assertTrue(r.out().contains("共 2 个文件：已核对 1 个，无法读取 1 个"), "the other file is still checked: " + r.out());
    }

    @Test
    void dashReadsStandardInput() throws Exception {
        CliRun r = CliRun.withStdin(Files.readAllBytes(SAMPLE), "check", "-");
        assertEquals(Main.FINDINGS, r.code(), r.err());
        assertTrue(r.out().startsWith("文件 stdin　单位 山西省科普服务中心"), r.out());
        assertTrue(r.out().contains("结果：错误 2　警告 1　提示 6"), r.out());

        CliRun read = CliRun.withStdin(Files.readAllBytes(SAMPLE), "read", "-");
        assertEquals(Main.OK, read.code(), read.err());
        assertTrue(read.out().startsWith("文件 stdin　单位 山西省科普服务中心　年度 2024\n"), read.out());

        CliRun empty = CliRun.withStdin(new byte[0], "check", "-");
        assertEquals(Main.UNREADABLE, empty.code());
        assertEquals("stdin: 文件为空（0 字节），请重新导出或上传 (the file is empty (0 bytes))\n", empty.err());
    }

    @Test
    void devStdinOnAPipeIsRefusedWithAPointerToDashWhichReadsEveryByte(@TempDir Path dir) throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/stdin")), "needs /dev/stdin");
        for (String input : List.of("/dev/stdin", "-")) {
            Path logs = Files.createDirectories(dir.resolve(input.equals("-") ? "dash" : "devstdin"));
            Process p = ChildJvm.start(logs, Map.of(), List.of(), "check", input);
            try (var stdin = p.getOutputStream()) {
                Files.copy(SAMPLE, stdin);
            } catch (java.io.IOException e) {
                // the child may refuse before reading: a closed pipe is expected then
            }
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the child finishes");
            String err = Files.readString(logs.resolve("err.txt"), StandardCharsets.UTF_8);
            String out = Files.readString(logs.resolve("out.txt"), StandardCharsets.UTF_8);
            if (input.equals("-")) {
                assertEquals(Main.FINDINGS, p.exitValue(), err);
                assertTrue(out.contains("结果：错误 2　警告 1　提示 6"), out);
            } else {
                assertEquals(Main.UNREADABLE, p.exitValue(), err);
                assertEquals("stdin: " + NOT_A_FILE, err);
            }
        }
    }

    @Test
    void underAPosixLocaleAChinesePathIsAnInputProblemAndTheRunGoesOn(@TempDir Path dir) throws Exception {
        assumeTrue("UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding")), "the test passes Chinese names as UTF-8");
        Path chinese = Files.createDirectories(dir.resolve("上报")).resolve("决算.xlsx");
        Files.copy(SAMPLE, chinese);
        Path plain = Files.createDirectories(dir.resolve("plain"));
        Files.copy(SAMPLE, plain.resolve("ok.xlsx"));
        Files.copy(SAMPLE, plain.resolve("决算.xlsx"));
        Files.write(plain.resolve("空.xlsx"), new byte[0]);
        Path json = dir.resolve("r.json");
        Path logs = Files.createDirectories(dir.resolve("logs"));
        Process p = ChildJvm.start(logs, Map.of("LANG", "C", "LC_ALL", "C"), List.of("-Dsun.jnu.encoding=ANSI_X3.4-1968"),
                "check", chinese.toString(), plain.toString(), "--json", json.toString(),
                "--annotate", dir.resolve("out").toString());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the child finishes");
        String err = Files.readString(logs.resolve("err.txt"), StandardCharsets.UTF_8);
        String out = Files.readString(logs.resolve("out.txt"), StandardCharsets.UTF_8);
        assertEquals(Main.UNREADABLE, p.exitValue(), err);
        assertTrue(err.contains("当前区域设置的文件名编码（ANSI_X3.4-1968）无法表示此路径中的字符；请在 UTF-8 区域下运行，"
                + "如 export LANG=C.UTF-8 (the locale's file-name encoding ANSI_X3.4-1968 cannot represent this path; "
                + "run under a UTF-8 locale, e.g. export LANG=C.UTF-8)\n"), err);
        assertTrue(out.startsWith("共 4 个文件：已核对 2 个，无法读取 2 个\n"), out);
        assertTrue(out.contains("\uFFFD.xlsx　文件为空（0 字节），请重新导出或上传"), "a walked name the locale cannot spell: " + out);
        assertTrue(Files.readString(json, StandardCharsets.UTF_8).contains("\"unreadable\" : 2,"));
        assertTrue(Files.size(dir.resolve("out/ok.xlsx")) > 0);
        assertTrue(Files.size(dir.resolve("out/决算.xlsx")) > 0, "a walked Chinese name keeps its bytes");
    }

    @Test
    void underAPosixLocaleARulePackWithAChineseNameIsAUsageErrorSayingHowToFixTheLocale(@TempDir Path dir)
            throws Exception {
        assumeTrue("UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding")), "the test passes Chinese names as UTF-8");
        Path rules = Files.writeString(dir.resolve("规则.rules"), "pack mine 1\n", StandardCharsets.UTF_8);
        Path logs = Files.createDirectories(dir.resolve("logs"));
        Process p = ChildJvm.start(logs, Map.of("LANG", "C", "LC_ALL", "C"), List.of("-Dsun.jnu.encoding=ANSI_X3.4-1968"),
                "check", SAMPLE.toAbsolutePath().toString(), "--rules", rules.toString());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the child finishes");
        String err = Files.readString(logs.resolve("err.txt"), StandardCharsets.UTF_8);
        assertEquals(Main.USAGE, p.exitValue(), err);
        assertTrue(err.contains("：当前区域设置的文件名编码（ANSI_X3.4-1968）无法表示此路径中的字符；请在 UTF-8 区域下运行，"
                + "如 export LANG=C.UTF-8 (the locale's file-name encoding ANSI_X3.4-1968 cannot represent this path; "
                + "run under a UTF-8 locale, e.g. export LANG=C.UTF-8)"), err);
        assertTrue(err.startsWith("--rules "), err);
    }
}
