package io.github.juesuan.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The workbooks the benchmarks read, named by a JMH {@code @Param}. Paths are relative to the project root
 * (the working directory, or {@code -Djuesuan.bench.root=DIR}). Each trial copies its workbook into a
 * temporary folder and reads the copy, so that nothing a benchmark does (POI's usermodel opens files
 * read-write) can touch the originals, and another build rewriting them cannot disturb a run.
 */
final class Workbooks {
    private Workbooks() {
    }

    /** The file behind a parameter value. */
    static Path source(String name) {
        Path root = Path.of(System.getProperty("juesuan.bench.root", "."));
        String relative = switch (name) {
            // (a) the bundled seed workbook
            case "seed" -> "samples/shanxi-kepu-2024.xlsx";
            // (b) a generated ten-table workbook of typical size
            case "synthetic" -> "src/test/resources/fixtures/valid/libreoffice/lo-synthetic-shanxi.xlsx";
            // (c) the .xls variants of both
            case "seed-xls" -> "src/test/resources/fixtures/valid/libreoffice/lo-seed-shanxi.xls";
            case "synthetic-xls" -> "src/test/resources/fixtures/valid/libreoffice/lo-synthetic-shanxi.xls";
            default -> throw new IllegalArgumentException("unknown workbook " + name);
        };
        Path p = root.resolve(relative);
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException(p.toAbsolutePath() + " not found: run from the project root or set "
                    + "-Djuesuan.bench.root");
        }
        return p;
    }

    /** A private copy of the named workbook, in a new temporary folder. */
    static Path copy(String name) {
        Path from = source(name);
        try {
            Path dir = Files.createTempDirectory("juesuan-bench");
            return Files.copy(from, dir.resolve(from.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a copy made by {@link #copy} and its folder. */
    static void delete(Path copy) {
        if (copy == null) {
            return;
        }
        try (Stream<Path> s = Files.walk(copy.getParent())) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary file is harmless
        }
    }
}
