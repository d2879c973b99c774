package io.github.juesuan.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The launcher {@code target/juesuan} that the build writes beside {@code target/juesuan.jar} (a POSIX shell
 * script, so not on Windows), with the class-data sharing archive {@code target/juesuan.jsa} from its training
 * run: README's first command through it prints the sample's findings and exits 1, from any folder, with spaces
 * in the paths, without the archive or with one made for another jar, and nothing ever reaches standard error.
 * Run by Failsafe after {@code package}.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class LauncherIT {
    private static final Path TARGET = Path.of("target").toAbsolutePath();
    private static final Path SAMPLE = Path.of("samples", "shanxi-kepu-2024.xlsx").toAbsolutePath();
    /** The first two lines of the sample's report: its three ERRORs are real (CheckCommandTest). */
    private static final String FINDINGS = "文件 shanxi-kepu-2024.xlsx　单位 山西省科普服务中心　年度 2024\n结果：错误 2　警告 1　提示 6";

    @BeforeAll
    static void notOnWindows() {
        assumeFalse(System.getProperty("os.name").startsWith("Windows"), "the launcher is a POSIX shell script");
    }

    @Test
    void readmesFirstCommandPrintsTheFindingsAndExitsOne() throws Exception {
        assertTrue(Files.isRegularFile(TARGET.resolve("juesuan.jsa")), "the training run wrote no archive");
        Run r = run(TARGET.getParent(), Map.of(), TARGET.resolve("juesuan"), "check", "samples/shanxi-kepu-2024.xlsx");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.out().startsWith(FINDINGS), r.out());
        assertEquals("", r.err());
    }

    @Test
    void runsFromAnotherFolderWithSpacesInItsPathAndTheFileName(@TempDir Path tmp) throws Exception {
        Path launcher = copyLauncher(tmp.resolve("有 空格"), true);
        Path input = Files.copy(SAMPLE, tmp.resolve("样本 1.xlsx"));
        Path cwd = Files.createDirectories(tmp.resolve("elsewhere"));
        Run r = run(cwd, Map.of(), launcher, "check", input.toString());
        // The archive names the jar in target/, so this copy's JVM ignores it, silently.
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.out().startsWith(FINDINGS.replace("shanxi-kepu-2024.xlsx", "样本 1.xlsx")), r.out());
        assertEquals("", r.err());
    }

    @Test
    void runsWithoutTheArchive(@TempDir Path tmp) throws Exception {
        Path launcher = copyLauncher(tmp, false);
        Run r = run(tmp, Map.of(), launcher, "check", SAMPLE.toString());
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.out().startsWith(FINDINGS), r.out());
        assertEquals("", r.err());
    }

    @Test
    void juesuanJavaOptsComeAfterTheLaunchersOwnAndOverrideThem() throws Exception {
        String flags = flagsOfACheckWith("-Xmx300m");
        assertTrue(flags.contains("-XX:MaxHeapSize=314572800 "), flags); // not the launcher's 1g
        assertTrue(flags.contains("-XX:TieredStopAtLevel=1 "), flags);
        assertTrue(flags.contains("-XX:+UseParallelGC"), flags);
    }

    @Test
    void aCollectorInJuesuanJavaOptsReplacesTheLaunchersOwn() throws Exception {
        String flags = flagsOfACheckWith("-XX:+UseSerialGC");
        assertTrue(flags.contains("-XX:+UseSerialGC"), flags);
        assertFalse(flags.contains("-XX:+UseParallelGC"), flags);
    }

    /** The JVM's options (its first line of output) for a check of the sample with these JUESUAN_JAVA_OPTS. */
    private static String flagsOfACheckWith(String opts) throws IOException, InterruptedException {
        Run r = run(TARGET.getParent(), Map.of("JUESUAN_JAVA_OPTS", "-XX:+PrintCommandLineFlags " + opts),
                TARGET.resolve("juesuan"), "check", SAMPLE.toString());
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.out().contains("\n" + FINDINGS), r.out());
        assertEquals("", r.err());
        return r.out().lines().findFirst().orElseThrow();
    }

    @Test
    void exitCodesPassThrough() throws Exception {
        Run missing = run(TARGET.getParent(), Map.of(), TARGET.resolve("juesuan"), "check", "没有这个文件.xlsx");
        assertEquals(2, missing.exit(), missing.err());
        assertEquals("没有这个文件.xlsx: 文件不存在 (no such file)\n", missing.err());
        Run usage = run(TARGET.getParent(), Map.of(), TARGET.resolve("juesuan"), "check");
        assertEquals(64, usage.exit(), usage.err());
        Run version = run(TARGET.getParent(), Map.of(), TARGET.resolve("juesuan"), "--version");
        assertEquals(0, version.exit(), version.err());
        assertEquals("juesuan " + System.getProperty("juesuan.version") + "\n", version.out());
    }

    /** The launcher and the jar (and the archive if asked) copied into {@code dir}. */
    private static Path copyLauncher(Path dir, boolean archive) throws IOException {
        Files.createDirectories(dir);
        List<String> files = new ArrayList<>(List.of("juesuan", "juesuan.jar"));
        if (archive) {
            files.add("juesuan.jsa");
        }
        for (String f : files) {
            Files.copy(TARGET.resolve(f), dir.resolve(f), StandardCopyOption.COPY_ATTRIBUTES);
        }
        return dir.resolve("juesuan");
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(Path cwd, Map<String, String> env, Path launcher, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
        // The JDK running this test, as a user's JAVA_HOME; no options from the environment but the test's own.
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().remove("JUESUAN_JAVA_OPTS");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("JDK_JAVA_OPTIONS");
        pb.environment().putAll(env);
        Path err = Files.createTempFile("juesuan-launcher-it", ".err");
        try {
            Process p = pb.redirectError(err.toFile()).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = p.waitFor();
            return new Run(exit, out, Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.delete(err);
        }
    }
}
