package io.github.juesuan.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a run has created and not yet finished: temporary files and folders, and outputs not yet moved into
 * place. A shutdown hook (SIGTERM, Ctrl-C, {@code System.exit} from elsewhere) removes them, so an interrupted
 * run leaves each report complete or absent and nothing in the temporary directory. Once the hook has begun,
 * no output is moved into place any more: {@link #commit} refuses.
 */
final class Cleanup {
    private static final Set<Path> PENDING = new LinkedHashSet<>();
    private static boolean hooked;
    private static boolean closing;

    private Cleanup() {
    }

    /** Removes {@code path} (a file, or a folder with everything in it) at shutdown unless it is released first. */
    static synchronized void register(Path path) {
        if (!hooked) {
            Runtime.getRuntime().addShutdownHook(new Thread(Cleanup::atShutdown, "juesuan-cleanup"));
            hooked = true;
        }
        PENDING.add(path);
    }

    /** {@code path} is gone or finished: no longer removed at shutdown. */
    static synchronized void release(Path path) {
        PENDING.remove(path);
    }

    /**
     * Runs {@code step} (moving an output into place) unless the run is being shut down, and then forgets
     * {@code temp}; the lock keeps the hook from removing a file halfway through the move.
     *
     * @return false when shutting down: nothing was moved
     */
    static synchronized boolean commit(Path temp, IoStep step) throws IOException {
        if (closing) {
            return false;
        }
        step.run();
        PENDING.remove(temp);
        return true;
    }

    /** One step of file work that may fail. */
    @FunctionalInterface
    interface IoStep {
        void run() throws IOException;
    }

    /** Deletes {@code path} and, if it is a folder, what is in it; quietly: a leftover is not worth failing for. */
    static void delete(Path path) {
        if (path == null) {
            return;
        }
        // A worker may still be adding a file to the folder: a few rounds catch it.
        for (int round = 0; round < 3 && Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS); round++) {
            if (Files.isDirectory(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                List<Path> inside = new ArrayList<>();
                try (Stream<Path> files = Files.list(path)) {
                    files.forEach(inside::add);
                } catch (IOException e) {
                    // listed as far as possible
                }
                inside.forEach(Cleanup::delete);
            }
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // another round, or left behind
            }
        }
    }

    private static void atShutdown() {
        List<Path> left;
        synchronized (Cleanup.class) {
            closing = true;
            left = new ArrayList<>(PENDING);
            PENDING.clear();
        }
        left.forEach(Cleanup::delete);
    }
}
