package io.github.juesuan.read;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The reader's short-lived temporary copies (a stream read from standard input, a decrypted or re-packed
 * workbook). Each is deleted when its read ends; one shutdown hook, added with the first copy, deletes those
 * still present when the JVM is stopped mid-read (Ctrl-C, SIGTERM), so an interrupted run leaves none behind.
 */
final class TempFiles {
    private static final Logger LOG = LoggerFactory.getLogger(TempFiles.class);
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();
    private static final AtomicBoolean HOOKED = new AtomicBoolean();
    /**
     * Makes creating-and-recording a copy and the hook's sweep mutually exclusive: a stop signal that came between
     * creating a file and recording it would otherwise leave that file behind.
     */
    private static final Object LOCK = new Object();
    /** Set by the hook: no copy is made once the sweep has run. */
    private static boolean stopping;

    private TempFiles() {
    }

    /** A new empty file in {@code java.io.tmpdir}, deleted at shutdown if {@link #delete} has not run. */
    static Path create(String prefix, String suffix) throws IOException {
        if (HOOKED.compareAndSet(false, true)) {
            try {
                Runtime.getRuntime().addShutdownHook(new Thread(TempFiles::deleteAll, "juesuan-temp-files"));
            } catch (IllegalStateException shuttingDown) {
                // no hook would delete a copy made now (the first one asked for while the JVM stops): make none
                synchronized (LOCK) {
                    stopping = true;
                }
            }
        }
        synchronized (LOCK) {
            if (stopping) {
                throw new IOException("the JVM is stopping: no temporary copy is made");
            }
            Path p = Files.createTempFile(prefix, suffix);
            LIVE.add(p);
            return p;
        }
    }

    /** Fills a temporary copy through a stream {@link TempFiles} opened on it. */
    interface CopyWriter {
        void write(OutputStream out) throws IOException;
    }

    /** Reads a temporary copy. */
    interface CopyReader<T> {
        T read(Path temp) throws IOException;
    }

    /**
     * Makes a copy {@code juesuan-*}{@code suffix}, fills it, reads it and deletes it, whether or not filling or
     * reading succeeds; what either throws is passed on.
     */
    static <T> T readCopy(String suffix, CopyWriter writer, CopyReader<T> reader) throws IOException {
        Path temp = null;
        try {
            temp = create("juesuan-", suffix);
            try (OutputStream out = open(temp)) {
                writer.write(out);
            }
            return reader.read(temp);
        } finally {
            if (temp != null) {
                delete(temp);
            }
        }
    }

    /**
     * Opens a file made by {@link #create} for writing without ever creating it: where the shutdown hook deleted
     * it in between (the JVM stopped while another thread was about to fill it), opening fails instead of making
     * the file again for nobody to delete.
     *
     * @throws java.nio.file.NoSuchFileException when the file is gone
     */
    static OutputStream open(Path temp) throws IOException {
        return Files.newOutputStream(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    }

    /** Deletes a file made by {@link #create}; never throws (a leftover is logged at DEBUG). */
    static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.debug("could not delete {}", p, e);
        } finally {
            LIVE.remove(p);
        }
    }

    private static void deleteAll() {
        synchronized (LOCK) {
            stopping = true;
            for (Path p : LIVE) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // the JVM is going away; nothing else can be done
                }
            }
        }
    }
}
