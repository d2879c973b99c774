package io.github.juesuan.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Issue 12: a run stopped by SIGTERM leaves each report complete or absent, and no temporary files. */
class InterruptedRunTest {
    @Test
    void sigtermMidRunLeavesNoReportAndNoTemporaryFiles(@TempDir Path dir) throws Exception {
        assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "needs SIGTERM");
        Path in = Files.createDirectories(dir.resolve("上报"));
        Files.copy(Path.of("samples/shanxi-kepu-2024.xlsx"), in.resolve("甲.xlsx"));
        Path out = Files.createDirectories(dir.resolve("out"));
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path logs = Files.createDirectories(dir.resolve("logs"));
        // "-" comes first in path order and waits on a standard input that never ends: the run is caught
        // with every output open and 甲.xlsx's HTML section already on disk.
        Process p = ChildJvm.start(logs, Map.of(), List.of("-Djava.io.tmpdir=" + tmp),
                "check", "-", in.toString(), "--threads", "2", "--details",
                "--json", out.resolve("r.json").toString(), "--perf-csv", out.resolve("r.csv").toString(),
                "--html", out.resolve("r.html").toString());
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!sectionWritten(tmp) && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertTrue(p.isAlive(), "the run waits for standard input: "
                    + Files.readString(logs.resolve("err.txt"), StandardCharsets.UTF_8));
            assertTrue(sectionWritten(tmp), "甲.xlsx's HTML section is on disk");
            assertEquals(3, all(out).size(), "three outputs under way: " + all(out));
            p.destroy();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "SIGTERM ends the run");
        } finally {
            p.destroyForcibly();
        }
        assertEquals(143, p.exitValue(), "128 + SIGTERM");
        assertEquals(List.of(), all(out), "no report, half-written or temporary");
        assertEquals(List.of(), all(tmp), "nothing left in the temporary directory");
    }

    @Test
    void sigtermWhileStandardInputIsCopiedLeavesNoCopy(@TempDir Path dir) throws Exception {
        assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "needs SIGTERM");
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path logs = Files.createDirectories(dir.resolve("logs"));
        Process p = ChildJvm.start(logs, Map.of(), List.of("-Djava.io.tmpdir=" + tmp), "check", "-");
        try {
            // the first bytes of a workbook, and then a writer that never finishes: the reader is copying
            byte[] sample = Files.readAllBytes(Path.of("samples/shanxi-kepu-2024.xlsx"));
            p.getOutputStream().write(sample, 0, sample.length / 2);
            p.getOutputStream().flush();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (all(tmp).isEmpty() && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertEquals(1, all(tmp).size(), "the reader's copy of standard input is on disk: " + all(tmp)
                    + " " + Files.readString(logs.resolve("err.txt"), StandardCharsets.UTF_8));
            p.destroy();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "SIGTERM ends the run");
        } finally {
            p.destroyForcibly();
        }
        assertEquals(List.of(), all(tmp), "the copy is removed by the shutdown hook");
    }

    private static boolean sectionWritten(Path tmp) throws Exception {
        return all(tmp).stream().anyMatch(p -> p.getFileName().toString().startsWith("section-"));
    }

    private static List<Path> all(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> !p.equals(dir)).sorted().toList();
        }
    }
}
