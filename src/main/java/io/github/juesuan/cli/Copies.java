package io.github.juesuan.cli;

import io.github.juesuan.report.BatchFiles;
import io.github.juesuan.report.Report;
import io.github.juesuan.write.AnnotatedWorkbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where {@code --annotate} puts each copy: at the file's place below its input root (a folder given, or the
 * folder of a file given), so {@code 太原/单位/决算.xlsx} and {@code 大同/单位/决算.xlsx} never meet. With one
 * root the copies go straight into the output folder; with several each root gets a folder of its name
 * ({@code 太原/}, {@code 大同/}; a second root of the same name {@code 上报-2/}). A copy is never written
 * over another copy of the same run, nor over an input.
 */
final class Copies {
    private final Path dir;
    private final List<Path> inputs;
    /** Each input's folder below {@link #dir}, by the input. */
    private final Map<Path, Path> homes = new LinkedHashMap<>();
    private final Set<Path> written = ConcurrentHashMap.newKeySet();

    Copies(Path dir, List<Path> inputs) {
        this.dir = dir;
        this.inputs = inputs;
        Set<Path> roots = new LinkedHashSet<>();
        for (Path input : inputs) {
            roots.add(BatchFiles.keyOfNew(root(input)));
        }
        Map<Path, Path> byRoot = new HashMap<>();
        Set<String> names = new HashSet<>();
        for (Path root : roots) {
            Path name = root.getFileName();
            String base = name == null ? "root" : name.toString();
            String unique = base;
            for (int i = 2; !names.add(unique); i++) {
                unique = base + "-" + i;
            }
            Path folder = Locales.pathOrNull(unique);
            byRoot.put(root, roots.size() == 1 ? dir : dir.resolve(folder != null ? folder : Path.of("root-" + names.size())));
        }
        for (Path input : inputs) {
            homes.put(input, byRoot.get(BatchFiles.keyOfNew(root(input))));
        }
    }

    private static Path root(Path input) {
        Path parent = input.toAbsolutePath().getParent();
        return Files.isDirectory(input) || parent == null ? input : parent;
    }

    /** Where the copy of {@code file} (a path the batch was given or found) goes. */
    Path target(Path file) {
        for (Path input : inputs) {
            if (file.equals(input)) {
                return homes.get(input).resolve(file.getFileName());
            }
            if (Files.isDirectory(input) && file.startsWith(input)) {
                return homes.get(input).resolve(input.relativize(file));
            }
        }
        return dir.resolve(file.getFileName());
    }

    /**
     * Writes the annotated copy of {@code file}: complete or not at all.
     *
     * @throws IOException          when the copy cannot be made (its message names the file)
     * @throws OutputFile.Failure   when it cannot be written
     */
    void write(Path file, Report report) throws IOException {
        Path target = target(file);
        Path key = BatchFiles.keyOfNew(target);
        if (key.equals(BatchFiles.keyOfNew(file))) {
            throw new OutputFile.Failure(target.toString(), OutputKind.ANNOTATED_COPY,
                    CliWords.both("copy.wouldReplace"));
        }
        if (!written.add(key)) {
            throw new OutputFile.Failure(target.toString(), OutputKind.ANNOTATED_COPY,
                    CliWords.both("copy.writtenThisRun"));
        }
        byte[] copy = AnnotatedWorkbook.annotated(file, report);
        Files.createDirectories(target.toAbsolutePath().getParent());
        try (OutputFile out = OutputFile.open(target.toString(), OutputKind.ANNOTATED_COPY, target)) {
            out.stream().write(copy);
            out.commit();
        } catch (IOException e) {
            throw new OutputFile.Failure(target.toString(), OutputKind.ANNOTATED_COPY, e);
        }
    }
}
