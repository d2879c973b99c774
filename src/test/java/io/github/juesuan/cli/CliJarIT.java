package io.github.juesuan.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the build leaves beside the library jar for the command line: {@code target/juesuan.jar} with picocli
 * bundled, the completion script {@code target/juesuan_completion}, and the command line on the module path
 * (module-info opens the commands to picocli). Run by Failsafe after {@code package}.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class CliJarIT {
    private static final Path TARGET = Path.of("target").toAbsolutePath();
    private static final String VERSION = "juesuan " + System.getProperty("juesuan.version") + "\n";

    @Test
    void commandLineJarPrintsItsVersion() throws Exception {
        assertEquals(VERSION, java("-jar", TARGET.resolve("juesuan.jar").toString(), "--version"));
    }

    @Test
    void completionScriptLiesBesideTheJar() throws IOException {
        String script = Files.readString(TARGET.resolve("juesuan_completion"), StandardCharsets.UTF_8);
        assertTrue(script.contains("\ncomplete -F _complete_juesuan -o default juesuan juesuan.sh juesuan.bash\n"),
                script);
        assertTrue(script.contains("'--perf-csv'"), script);
    }

    @Test
    void commandLineRunsOnTheModulePath() throws Exception {
        Path consumer = Path.of(System.getProperty("juesuan.consumer.dir"));
        String modulePath = String.join(File.pathSeparator, System.getProperty("juesuan.jar"),
                Files.readString(consumer.resolve("dependencies.path")).strip(),
                Files.readString(consumer.resolve("picocli.path")).strip());
        // picocli is required statically: a module path resolves it only when asked to.
        assertEquals(VERSION, java("--module-path", modulePath, "--add-modules", "info.picocli", "--module", "io.github.juesuan/io.github.juesuan.cli.Main",
                "check", "--version"));
    }

    /** Standard output of a child JVM that must exit 0 with nothing on standard error. */
    private static String java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8"));
        command.addAll(List.of(args));
        Path err = Files.createTempFile("juesuan-cli-it", ".err");
        try {
            Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), Files.readString(err));
            assertEquals("", Files.readString(err));
            return out;
        } finally {
            Files.delete(err);
        }
    }
}
