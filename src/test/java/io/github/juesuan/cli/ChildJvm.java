package io.github.juesuan.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The command line in a JVM of its own, with this test run's class path: for signals and locales. */
final class ChildJvm {
    private ChildJvm() {
    }

    /**
     * Starts {@code Main} with {@code args}; its standard output and error go to files in {@code logs}.
     *
     * @param env   added to the child's environment
     * @param props system properties for the child ({@code -Dkey=value})
     */
    static Process start(Path logs, Map<String, String> env, List<String> props, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xshare:auto");
        command.add("-XX:TieredStopAtLevel=1");
        command.addAll(props);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(env);
        pb.redirectOutput(logs.resolve("out.txt").toFile());
        pb.redirectError(logs.resolve("err.txt").toFile());
        return pb.start();
    }
}
