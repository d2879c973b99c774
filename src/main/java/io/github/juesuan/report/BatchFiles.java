package io.github.juesuan.report;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Which files a {@link Batch} of some inputs checks: the workbooks under the folders named, and every file
 * named, each once in path order. The command line also asks it whether an output would land among them.
 */
public final class BatchFiles {
    private static final Logger LOG = LoggerFactory.getLogger(BatchFiles.class);

    private BatchFiles() {
    }

    /**
     * The files a batch of these inputs checks, sorted by path, each once. A directory is walked recursively
     * without following symbolic links (a link inside it is skipped, so there are no loops), taking files
     * named {@code .xlsx} or {@code .xls} in any case, except Office lock files ({@code ~$…}) and hidden files
     * and folders ({@code .…}). Any other input is taken as it is, whatever its name. A file reached twice (named
     * and inside a named folder, or through a named link) is taken once. A folder that cannot be listed is left
     * out here; {@link Batch#run(List, Checker, int, java.util.function.Consumer)}
     * reports it as unreadable.
     *
     * @param inputs files and directories
     * @return the files a batch would check, in path order
     * @throws NullPointerException when {@code inputs} is null
     */
    public static List<Path> files(List<Path> inputs) {
        Objects.requireNonNull(inputs, "inputs");
        Collected c = collect(inputs, List.of());
        return c.paths().stream().filter(p -> !c.failures().containsKey(p)).toList();
    }

    /** The sorted paths, with the folders that could not be listed among them (and why). */
    record Collected(List<Path> paths, Map<Path, IOException> failures) {
    }

    /**
     * Whether a batch of these inputs would check a file at {@code file}, whether or not it exists yet: it
     * is one of the inputs (by whatever path), or a workbook's name that the walk of an input folder would
     * reach. An output path for which this holds would replace an input or be read as one.
     *
     * @param inputs files and directories
     * @param file   a file that may not exist yet
     * @return whether a batch would check it
     * @throws NullPointerException naming the argument that is null
     */
    public static boolean wouldCheck(List<Path> inputs, Path file) {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(file, "file");
        Path target = keyOfNew(file);
        for (Path input : inputs) {
            Path root = key(input);
            if (root.equals(target)) {
                return true;
            }
            if (Files.isDirectory(input) && target.startsWith(root) && workbook(target)) {
                Path below = root.relativize(target);
                boolean hiddenFolder = false;
                for (int i = 0; i < below.getNameCount() - 1; i++) {
                    hiddenFolder |= below.getName(i).toString().startsWith(".");
                }
                if (!hiddenFolder) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The identity of a path that may not exist yet: its real path, or its real folder and its name, or
     * failing those its absolute form. Two paths to the same (future) file have the same key.
     *
     * @param p a path that may not exist yet
     * @return the key
     * @throws NullPointerException when {@code p} is null
     */
    public static Path keyOfNew(Path p) {
        Objects.requireNonNull(p, "p");
        if (Files.exists(p)) {
            return key(p);
        }
        Path abs = p.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        Path name = abs.getFileName();
        if (parent != null && name != null) {
            return keyOfNew(parent).resolve(name);
        }
        return abs;
    }

    /** The inputs' files, sorted, each once, never walking into {@code skipped}; see {@link #files}. */
    static Collected collect(List<Path> inputs, Collection<Path> skipped) {
        Map<Path, Path> found = new LinkedHashMap<>();
        Map<Path, IOException> failures = new LinkedHashMap<>();
        Set<Path> skip = new HashSet<>();
        skipped.forEach(p -> skip.add(keyOfNew(p)));
        for (Path input : inputs) {
            Objects.requireNonNull(input, "input");
            if (Files.isDirectory(input)) {
                walk(input, skip, found, failures);
            } else {
                found.putIfAbsent(key(input), input);
            }
        }
        failures.keySet().forEach(p -> found.putIfAbsent(key(p), p));
        List<Path> paths = new ArrayList<>(found.values());
        paths.sort(null);
        return new Collected(List.copyOf(paths), Map.copyOf(failures));
    }

    /** Identifies a file whatever path reaches it, so a file named twice (or through a link) is checked once. */
    private static Path key(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException | SecurityException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    private static void walk(Path root, Set<Path> skip, Map<Path, Path> found, Map<Path, IOException> failures) {
        try {
            // A named folder may itself be a link (walkFileTree would not enter it): walk its target, show
            // the paths under the name given. Links below it are never followed.
            Path start = Files.isSymbolicLink(root) ? root.toRealPath() : root;
            Function<Path, Path> shown = p -> start == root ? p : root.resolve(start.relativize(p).toString());
            Files.walkFileTree(start, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            boolean skipped = !skip.isEmpty() && skip.contains(key(dir));
                            return dir.equals(start) || !hidden(dir) && !skipped ? FileVisitResult.CONTINUE
                                    : FileVisitResult.SKIP_SUBTREE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile() && workbook(file)) {
                                Path p = shown.apply(file);
                                found.putIfAbsent(key(p), p);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            LOG.debug("cannot visit {}", file, e);
                            failures.putIfAbsent(shown.apply(file), e);
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                            if (e != null) {
                                LOG.debug("cannot list {}", dir, e);
                                failures.putIfAbsent(shown.apply(dir), e);
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            failures.putIfAbsent(root, e);
        }
    }

    /** A workbook's name: .xlsx or .xls in any case, not a lock file, not hidden. */
    static boolean workbook(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return false;
        }
        String s = name.toString().toLowerCase(Locale.ROOT);
        return (s.endsWith(".xlsx") || s.endsWith(".xls")) && !s.startsWith("~$") && !hidden(file);
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        if (name != null && name.toString().startsWith(".")) {
            return true;
        }
        try {
            return Files.isHidden(p);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }
}
