package io.github.juesuan.cli;

import io.github.juesuan.read.JuesuanReader;
import io.github.juesuan.read.ReadException;
import io.github.juesuan.read.ReadResult;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The inputs of a check as given: files, folders, {@code -} for standard input, and names the locale cannot
 * spell as paths. Each of the last stands in the batch under an ASCII stand-in and is reported unreadable with
 * how to fix the locale, so the other inputs are still checked.
 */
final class Inputs {
    /** Standard input; a file named {@code -} is {@code ./-}. */
    static final Path STDIN = Path.of("-");
    /** The name standard input has in messages and reports. */
    static final String STDIN_NAME = "stdin";

    private final List<Path> paths;
    private final List<Path> real;
    private final Map<Path, String> unspellable;

    private Inputs(List<Path> paths, List<Path> real, Map<Path, String> unspellable) {
        this.paths = List.copyOf(paths);
        this.real = List.copyOf(real);
        this.unspellable = Map.copyOf(unspellable);
    }

    static Inputs of(List<String> given) {
        List<Path> paths = new ArrayList<>();
        List<Path> real = new ArrayList<>();
        Map<Path, String> unspellable = new HashMap<>();
        for (String g : given) {
            if (g.equals("-")) {
                paths.add(STDIN);
                continue;
            }
            Path p = Locales.pathOrNull(g);
            if (p != null) {
                paths.add(p);
                real.add(p);
                continue;
            }
            String ascii = g.codePoints().map(c -> c < 0x80 ? c : '?')
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            Path standIn = Path.of(ascii);
            for (int i = 2; unspellable.containsKey(standIn); i++) {
                standIn = Path.of(ascii + "~" + i);
            }
            unspellable.put(standIn, g);
            paths.add(standIn);
        }
        return new Inputs(paths, real, unspellable);
    }

    /** Everything for the batch, in the order given. */
    List<Path> paths() {
        return paths;
    }

    /** The inputs that are paths: neither standard input nor a name the locale cannot spell. */
    List<Path> real() {
        return real;
    }

    boolean hasStdin() {
        return paths.contains(STDIN);
    }

    /** Reads one file of the batch. */
    ReadResult read(JuesuanReader reader, Path path, InputStream stdin) throws ReadException {
        if (path.equals(STDIN)) {
            return reader.read(stdin, STDIN_NAME);
        }
        String given = unspellable.get(path);
        if (given != null) {
            throw new ReadException(ReadException.Reason.NOT_FOUND, given, Locales.zh(), Locales.en());
        }
        return reader.read(path);
    }
}
