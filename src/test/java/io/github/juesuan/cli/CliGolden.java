package io.github.juesuan.cli;

import io.github.juesuan.fixtures.Golden;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One single-file command line run in process, compared whole — arguments, exit code, standard output and
 * standard error — with {@code fixtures/golden/cli/NAME.out} (see the README there). Only what truly varies is
 * replaced: the test's temporary directory by {@code TMP}, the version by {@code VERSION}.
 */
final class CliGolden {
    private CliGolden() {
    }

    /** Runs {@code args} and compares the whole run with {@code cli/NAME.out}; returns the run. */
    static CliRun assertRun(String name, Path tmp, String... args) {
        CliRun r = CliRun.run(args);
        Golden.assertMatches("cli/" + name + ".out", render(r, tmp, args));
        return r;
    }

    static String render(CliRun r, Path tmp, String... args) {
        String text = "$ juesuan " + Stream.of(args).map(a -> a.contains(" ") ? "'" + a + "'" : a)
                .collect(Collectors.joining(" ")) + "\n"
                + "exit " + r.code() + "\n"
                + "--- stdout\n" + r.out() + (r.out().isEmpty() || r.out().endsWith("\n") ? "" : "\n(no line break)\n")
                + "--- stderr\n" + r.err() + (r.err().isEmpty() || r.err().endsWith("\n") ? "" : "\n(no line break)\n");
        if (tmp != null) {
            text = text.replace(tmp.toString(), "TMP");
        }
        return text.replace(version(), "VERSION");
    }

    /** The version the build wrote into the command line's resources. */
    static String version() {
        try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
