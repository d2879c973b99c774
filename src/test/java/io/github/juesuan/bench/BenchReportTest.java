package io.github.juesuan.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/bench.sh's report over small results committed in src/test/resources/bench/ (JMH's JSON and the shell
 * steps' TSV files, in the formats bench.sh writes): the tables and issue 15's targets it prints.
 */
class BenchReportTest {
    private static final Path SAMPLES = Path.of("src/test/resources/bench");

    private static String report(Path dir) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BenchReport.report(dir, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Every table of a full run, compared with the whole expected text (report.md beside the inputs). */
    @Test
    void aFullRunPrintsEveryTableAndEveryTargetOfTheIssue() throws IOException {
        Path dir = SAMPLES.resolve("sample");
        assertEquals(Files.readString(dir.resolve("report.md"), StandardCharsets.UTF_8), report(dir));
    }

    @Test
    void targetsCompareMediansOfTheSampledTimes() throws IOException {
        String out = report(SAMPLES.resolve("sample"));
        // every iteration: 3 samples at 0.95 s, 5 at s and 2 at 1.4 s, s = 0.97, 0.99, 1.01, 1.03 times the
        // figure (3.18 ms for juesuanCheck seed): the median of the 40 samples is 0.99 times it, 3.1482 ms
        assertTrue(out.contains("| warm read+check, seed .xlsx, median | 3.15 ms | ≤ 2.0 ms | **not met** |\n"), out);
        assertTrue(out.contains("| warm read+check ÷ Aalto floor (`staxFloorProvider`), seed, medians "
                + "| 2.72× (3.15 ÷ 1.16 ms) | ≤ 2× | **not met** |\n"), out);
        assertTrue(out.contains("| warm read+check ÷ fastexcel-reader reading every cell, seed, medians "
                + "| 1.84× (3.15 ÷ 1.71 ms) | < 1× (juesuan faster) | **not met** |\n"), out);
        assertTrue(out.contains("| allocation per read+check ÷ Aalto floor, seed | 7.15× (2,796 ÷ 391 KB) | ≤ 2× "
                + "| **not met** |\n"), out);
        assertTrue(out.contains("| .xls read+check ÷ HSSF event floor, seed-xls, medians | 4.30× (2.06 ÷ 0.48 ms) "
                + "| ≤ 2× | **not met** |\n"), out);
    }

    @Test
    void endToEndTargetsComeFromTheLauncherRuns() throws IOException {
        String out = report(SAMPLES.resolve("sample"));
        // folder: POI 4.75 s (median of 4.51, 4.75, 4.95) ÷ the launcher's 1.88 s (1.86, 1.88, 1.91)
        assertTrue(out.contains("| folder of 200 workbooks, one thread, JVM start included: POI usermodel ÷ "
                + "`target/juesuan check DIR --threads 1`, median walls | 2.53× (4.75 ÷ 1.88 s) | ≥ 4× "
                + "| **not met** |\n"), out);
        assertTrue(out.contains("| cold `check` of the sample through the launcher, JDK 17, median wall | 0.434 s "
                + "| ≤ 0.6 s (aim 0.4) | met |\n"), out);
        assertTrue(out.contains("| the same on JDK 25 with an AOT cache (`-XX:AOTCache`), median wall | 0.381 s "
                + "| state it |  |\n"), out);
        // 1,000 files in 6.024 and 6.353 s: median 6.1885 s
        assertTrue(out.contains("| batch of 1,000, README's command as written (`target/juesuan check DIR`), files/s "
                + "| 161.6 | ≥ 300 | **not met** |\n"), out);
    }

    /** An older run in average time (one score per iteration, one in µs) and no JDK 25: the note says so. */
    @Test
    void averageTimeResultsAndAMissingJdk25() throws IOException {
        String out = report(SAMPLES.resolve("average-time"));
        // iterations 1.8 1.9 1.95 2.0 2.1 2.6 ms: median 1.975; the floor's 985…1020 µs: median 0.9975 ms
        assertTrue(out.contains("| warm read+check, seed .xlsx, median | 1.98 ms | ≤ 2.0 ms | met |\n"), out);
        assertTrue(out.contains("| warm read+check ÷ Aalto floor (`staxFloorProvider`), seed, medians "
                + "| 1.98× (1.98 ÷ 1.00 ms) | ≤ 2× | met |\n"), out);
        assertTrue(out.contains("| cold `check` of the sample through the launcher, JDK 17, median wall | 0.610 s "
                + "| ≤ 0.6 s (aim 0.4) | **not met** |\n"), out);
        assertTrue(out.contains("| the same on JDK 25 with an AOT cache | skipped: no JDK 25 at "
                + "/usr/lib/jvm/temurin-25-jdk-amd64 | state it |  |\n"), out);
    }

    @Test
    void anEmptyFolderPrintsNothing(@TempDir Path dir) throws IOException {
        assertEquals("", report(dir));
    }

    /** JMH's estimate: position p × (n + 1), interpolated; an even count's median is the middle two's mean. */
    @Test
    void percentileOfWeightedSamples() {
        double[] pairs = {3.0, 1, 1.0, 2, 2.0, 1}; // sorted: 1, 1, 2, 3
        assertEquals(1.5, BenchReport.percentile(pairs, 0.5));
        assertEquals(2.75, BenchReport.percentile(pairs, 0.75));
        assertEquals(3.0, BenchReport.percentile(pairs, 0.9));
        assertEquals(1.0, BenchReport.percentile(pairs, 0.1));
        assertEquals(527.171584, BenchReport.percentile(new double[]{339.214336, 1, 715.128832, 1}, 0.5), 1e-9);
        assertTrue(Double.isNaN(BenchReport.percentile(new double[0], 0.5)));
    }
}
