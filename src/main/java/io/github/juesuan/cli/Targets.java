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
                    throw new Main.UsageException("只能有一个输出写到标准输出 (-) (only one output can go to standard output)");
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
                throw new Main.UsageException(option + " " + given + " 与 " + other + " 是同一个路径，会互相覆盖 ("
                        + option + " and " + other + " name the same path)");
            }
            if (option.equals("--annotate")) {
                for (Path input : inputs.real()) {
                    Path home = Files.isDirectory(input) ? input : input.toAbsolutePath().getParent();
                    if (home != null && BatchFiles.keyOfNew(home).equals(key)) {
                        throw new Main.UsageException("--annotate " + given + " 是输入文件所在的文件夹，带批注的副本会覆盖原文件；"
                                + "请另选一个文件夹 (--annotate names the folder of an input: the copies would replace the originals)");
                    }
                }
                if (inputs.hasStdin()) {
                    throw new Main.UsageException("标准输入 (-) 没有文件名，不能写带批注的副本 (--annotate cannot copy standard input)");
                }
            } else if (BatchFiles.wouldCheck(inputs.real(), path)) {
                throw new Main.UsageException(option + " " + given + " 是输入文件之一，或位于输入文件夹中会被当作输入读取；"
                        + "请换一个输出路径 (" + option + " names an input, or a workbook inside an input folder: "
                        + "writing it would destroy or be read as an input)");
            }
        }
    }
}
