package io.github.juesuan.cli;

import io.github.juesuan.report.BatchFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Refuses, before anything is written, outputs that would destroy an input or another output: an output
 * that is an input or lies where the walk of an input folder would read it, two outputs of one path, two
 * outputs on standard output, annotated copies that would land on the originals.
 */
final class Targets {
    private Targets() {
    }

    /** @throws Main.UsageException naming the output and what it would destroy */
    static void check(Inputs inputs, String json, String html, String perfCsv, String annotate) {
        Map<Path, String> seen = new HashMap<>();
        int onStdout = 0;
        String[][] outputs = {{"--json", json}, {"--html", html}, {"--perf-csv", perfCsv}, {"--annotate", annotate}};
        for (String[] o : outputs) {
            String option = o[0];
            String given = o[1];
            if (given == null) {
                continue;
            }
            if (given.equals(OutputFile.STDOUT) && !option.equals("--annotate")) {
                if (++onStdout > 1) {
                    throw new Main.UsageException(CliWords.both("usage.oneStdout"));
                }
                continue;
            }
            Path path = Locales.pathOrNull(given);
            if (path == null) {
                continue; // reported when it is opened, with how to fix the locale
            }
            Path key = BatchFiles.keyOfNew(path);
            String other = seen.putIfAbsent(key, option);
            if (other != null) {
                throw new Main.UsageException(CliWords.both("usage.samePath", option, given, other));
            }
            if (option.equals("--annotate")) {
                for (Path input : inputs.real()) {
                    Path home = Files.isDirectory(input) ? input : input.toAbsolutePath().getParent();
                    if (home != null && BatchFiles.keyOfNew(home).equals(key)) {
                        throw new Main.UsageException(CliWords.both("usage.annotateInputFolder", given));
                    }
                }
                if (inputs.hasStdin()) {
                    throw new Main.UsageException(CliWords.both("usage.annotateStdin"));
                }
            } else if (BatchFiles.wouldCheck(inputs.real(), path)) {
                throw new Main.UsageException(CliWords.both("usage.outputIsInput", option, given));
            }
        }
    }
}
