package io.github.juesuan.cli;

import io.github.juesuan.i18n.Messages;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One output of a run (a report, a CSV, an annotated copy), written so that it is complete or absent.
 *
 * <p>The content goes to a temporary file beside the target (a short, hidden name: {@code .juesuan-…tmp}) and
 * is moved into place by {@link #commit()}; until then an existing file of that name is untouched, and a
 * failed or interrupted run removes the temporary file only. A target that is a link is followed, so the
 * file it points to is replaced and the link stays. A target that exists and is neither a file nor a folder
 * (a device such as {@code /dev/null}, a pipe such as {@code >(jq .)}) is written straight, and never
 * removed. {@code -} is standard output: the content waits in a temporary file and is copied out at
 * {@link #commit()}, so standard output gets a whole report or nothing.
 */
final class OutputFile implements AutoCloseable {
    /** The name that stands for standard output. */
    static final String STDOUT = "-";

    private final String given;
    private final OutputKind what;
    private final Path target;
    private final Path temp;
    private final PrintStream stdout;
    private OutputStream stream;
    private Writer writer;
    private boolean done;

    private OutputFile(String given, OutputKind what, Path target, Path temp, PrintStream stdout, OutputStream stream) {
        this.given = given;
        this.what = what;
        this.target = target;
        this.temp = temp;
        this.stdout = stdout;
        this.stream = stream;
    }

    /**
     * Opens the output {@code given} ({@code -} for {@code stdout}).
     *
     * @param what what it is, named in messages
     * @throws Failure when it cannot be created: its message names {@code given}
     */
    static OutputFile open(String given, OutputKind what, PrintStream stdout) {
        try {
            if (given.equals(STDOUT)) {
                Path temp = Files.createTempFile("juesuan-", ".tmp");
                Cleanup.register(temp);
                return new OutputFile(given, what, null, temp, stdout, Files.newOutputStream(temp));
            }
            return open(given, what, Path.of(given));
        } catch (InvalidPathException e) {
            throw new Failure(given, what, Locales.bothLanguages());
        } catch (IOException e) {
            throw new Failure(given, what, e);
        }
    }

    /** Opens the output at {@code path}; {@code given} names it in messages. */
    static OutputFile open(String given, OutputKind what, Path path) {
        try {
            Path target = path;
            if (Files.exists(path)) {
                target = path.toRealPath();
                if (Files.isDirectory(target)) {
                    throw new Failure(given, what, CliWords.both("output.isFolder"));
                }
                if (!Files.isRegularFile(target)) {
                    return new OutputFile(given, what, target, null, null, Files.newOutputStream(target));
                }
            }
            Path dir = target.toAbsolutePath().getParent();
            if (!Files.isDirectory(dir)) {
                throw new Failure(given, what, CliWords.both("output.noFolder", dir));
            }
            Path temp;
            OutputStream out;
            for (int attempt = 1; ; attempt++) {
                // Short: a file system allows 255 bytes, which a long Chinese target name nearly fills alone.
                temp = dir.resolve(String.format(".juesuan-%08x.tmp", ThreadLocalRandom.current().nextInt()));
                try {
                    out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    break;
                } catch (FileAlreadyExistsException e) {
                    if (attempt == 3) {
                        throw e;
                    }
                }
            }
            Cleanup.register(temp);
            return new OutputFile(given, what, target, temp, null, out);
        } catch (InvalidPathException e) {
            throw new Failure(given, what, Locales.bothLanguages());
        } catch (IOException e) {
            throw new Failure(given, what, e);
        }
    }

    /** The bytes of the output. */
    OutputStream stream() {
        return stream;
    }

    /** The output as UTF-8 text. */
    Writer writer() {
        if (writer == null) {
            writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        }
        return writer;
    }

    /** What a failure to write this output says: {@code 无法写入 OUT (cannot write the …): why}. */
    Failure failure(IOException cause) {
        return new Failure(given, what, cause);
    }

    /**
     * Finishes the output: the temporary file is moved into place (or copied to standard output). Nothing
     * is moved once the run is being shut down.
     *
     * @throws Failure when it cannot be finished; the temporary file is then removed by {@link #close()}
     */
    void commit() {
        try {
            if (writer != null) {
                writer.close();
            } else {
                stream.close();
            }
            stream = null;
            if (temp == null) {
                done = true;
                return;
            }
            if (target == null) {
                Files.copy(temp, stdout);
                stdout.flush();
                return; // close() removes the temporary file
            }
            done = Cleanup.commit(temp, () -> {
                try {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            });
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** Removes the temporary file unless the output was moved into place; never touches the target. */
    @Override
    public void close() {
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException e) {
                // already reported by whatever failed first
            }
            stream = null;
        }
        if (temp != null && !done) {
            Cleanup.delete(temp);
            Cleanup.release(temp);
        }
        done = true;
    }

    /** An output that could not be written: its message names it as given and says so in both languages. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failure(String target, OutputKind what, IOException cause) {
            super(cannotWrite(target, what) + ": " + cause.getMessage(), cause);
        }

        Failure(String target, OutputKind what, String why) {
            super(cannotWrite(target, what) + ": " + why);
        }

        /** 无法写入JSON 报告 x.json (cannot write the JSON report): each language names the output in its words. */
        private static String cannotWrite(String target, OutputKind what) {
            return CliWords.both("output.cannotWrite", target, new Messages.Word("output.what." + what.name()));
        }
    }
}
