package io.github.juesuan.report;

import io.github.juesuan.read.ReadException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Checks a whole folder of workbooks (a province's 2,000 units) on several threads, in bounded memory, and
 * sums up what it found. One unreadable or hostile file never stops the batch: it becomes an entry saying
 * why. The order of the entries is the order of the paths, whatever the threads did.
 *
 * <pre>{@code
 * try (Writer w = Files.newBufferedWriter(Path.of("report.json"))) {
 *     JsonReport.Streaming json = JsonReport.open(w);
 *     BatchResult r = Batch.run(List.of(Path.of("山西省2024")), Checker.create()::check, Batch.defaultThreads(),
 *             p -> System.err.println(p.done() + "/" + p.total()), outcome -> {
 *                 try {
 *                     json.write(outcome); // each file as soon as it and those before it are done
 *                 } catch (IOException x) {
 *                     throw new UncheckedIOException(x);
 *                 }
 *             });
 *     json.finish();
 *     System.out.println(r.read() + " read, " + r.unreadable() + " unreadable, " + r.withErrors() + " with errors");
 * }
 * }</pre>
 *
 * <p>Which files the inputs name is {@link BatchFiles}'s business; a batch prints nothing (the command line
 * draws the progress and the summary).
 *
 * <p>The variants without a consumer keep every file's {@link Report} in the result: simpler for a few hundred
 * files, about 50 KB of memory per file with many findings.
 */
public final class Batch {
    private static final Logger LOG = LoggerFactory.getLogger(Batch.class);

    /** The least time between two progress reports. */
    static final long PROGRESS_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    /** Files in flight (queued or being checked) per thread: enough to keep threads busy, few enough for memory. */
    static final int IN_FLIGHT_PER_THREAD = 2;

    private Batch() {
    }

    /**
     * What a batch does with one file: {@link Checker#check(Path)}, or that and more (render the file's
     * HTML section, write its annotated copy) while the file's disclosure is still at hand.
     */
    @FunctionalInterface
    public interface Check {
        /**
         * Checks one file; a file that cannot be read throws.
         *
         * @param file the file
         * @return what checking it found
         * @throws ReadException when the file cannot be read at all
         */
        Report check(Path file) throws ReadException;
    }

    /**
     * The default number of threads: one per available processor.
     *
     * @return {@link Runtime#availableProcessors()}
     */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * {@link #run(List, Checker, int, Consumer)} on {@link #defaultThreads()} threads, without progress reports.
     *
     * @param inputs  files and directories
     * @param checker the checker
     * @return every file's report and the totals
     * @throws NullPointerException naming the argument that is null
     */
    public static BatchResult run(List<Path> inputs, Checker checker) {
        return run(inputs, checker, defaultThreads(), p -> {
        });
    }

    /**
     * Checks every workbook of the inputs.
     *
     * <p>An input that is a directory is walked (see {@link BatchFiles#files(List)}); any other input is taken as a
     * file whatever its name, and reported unreadable if it is not there. At most {@code 2 × threads} files
     * are in flight at once and only their {@link Report}s are kept (see the variant with a consumer for keeping
     * none). A file that throws {@link ReadException}
     * is an entry with its message; one whose check fails with a bug (a {@link RuntimeException} or a
     * {@link StackOverflowError}) is an entry too, with reason {@link FileOutcome.Unreadable#INTERNAL}. Other
     * {@link Error}s stop the batch and are rethrown.
     *
     * @param inputs   files and directories
     * @param checker  the checker (immutable, shared by the threads)
     * @param threads  how many files to check at once, 1 or more
     * @param progress told how far the batch has got, at most every 200 ms and once at the end with
     *                 {@link BatchProgress#finished()} set; from any thread, never two calls at once
     * @throws CancellationException when the calling thread is interrupted (its interrupt flag is kept)
     * @return every file's report and the totals
     * @throws NullPointerException naming the argument that is null
     */
    public static BatchResult run(List<Path> inputs, Checker checker, int threads, Consumer<BatchProgress> progress) {
        Objects.requireNonNull(checker, "checker");
        return run(inputs, checker::check, threads, progress);
    }

    /**
     * As {@link #run(List, Checker, int, Consumer)}, doing {@code check} with each file. The result keeps every
     * file's {@link Report} ({@link BatchResult#entries()}); for thousands of files prefer
     * {@link #run(List, Check, int, Consumer, Consumer)}, which hands each one over and keeps only the totals.
     *
     * @param inputs   files and directories
     * @param check    what to do with each file
     * @param threads  how many files to check at once, 1 or more
     * @param progress told how far the batch has got
     * @return every file's entry and the totals
     * @throws NullPointerException naming the argument that is null
     */
    public static BatchResult run(List<Path> inputs, Check check, int threads, Consumer<BatchProgress> progress) {
        List<FileOutcome> entries = new ArrayList<>();
        BatchResult totals = run(inputs, check, threads, progress, entries::add);
        return totals.withEntries(entries);
    }

    /**
     * Checks every workbook of the inputs as {@link #run(List, Checker, int, Consumer)} does, but hands each
     * file's entry to {@code each} as soon as it and every file before it are done, in the order of the paths,
     * from one thread at a time, and keeps none of them: the result has the totals and the unreadable files
     * only ({@link BatchResult#entries()} is empty). Memory stays bounded however many files there are: at most
     * {@code 2 × threads} files are checked or wait for {@code each} at once. An exception from {@code each}
     * stops the batch and is rethrown (wrapped in {@link IllegalStateException} unless it is unchecked).
     *
     * @param each told of every file, in path order: write its report out, count it, …
     * @param inputs   files and directories
     * @param check    what to do with each file
     * @param threads  how many files to check at once, 1 or more
     * @param progress told how far the batch has got
     * @return the totals and the unreadable files
     * @throws NullPointerException naming the argument that is null
     */
    public static BatchResult run(List<Path> inputs, Check check, int threads, Consumer<BatchProgress> progress,
                                  Consumer<FileOutcome> each) {
        return run(inputs, List.of(), check, threads, progress, each);
    }

    /**
     * As {@link #run(List, Check, int, Consumer, Consumer)}, never walking into the folders {@code skipped}
     * (where the run writes its own outputs, such as the annotated copies): a file inside them is not
     * checked unless it is named as an input itself.
     *
     * @param inputs   files and directories
     * @param skipped  folders not to walk into
     * @param check    what to do with each file
     * @param threads  how many files to check at once, 1 or more
     * @param progress told how far the batch has got
     * @param each     told of every file, in path order
     * @return the totals and the unreadable files
     * @throws NullPointerException naming the argument that is null
     */
    public static BatchResult run(List<Path> inputs, Collection<Path> skipped, Check check, int threads,
                                  Consumer<BatchProgress> progress, Consumer<FileOutcome> each) {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(skipped, "skipped");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(each, "each");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be 1 or more, not " + threads);
        }
        long start = System.nanoTime();
        BatchFiles.Collected collected = BatchFiles.collect(inputs, skipped);
        List<Path> paths = collected.paths();
        int n = paths.size();
        Tracker tracker = new Tracker(n, start, progress);
        AtomicReference<Throwable> fatal = new AtomicReference<>();
        Semaphore slots = new Semaphore(IN_FLIGHT_PER_THREAD * threads);
        Delivery delivery = new Delivery(each, slots, fatal);
        ExecutorService pool = Executors.newFixedThreadPool(threads, new Workers());
        try {
            for (int i = 0; i < n && fatal.get() == null; i++) {
                Path path = paths.get(i);
                slots.acquire();
                IOException failed = collected.failures().get(path);
                if (failed != null) {
                    delivery.done(i, new FileOutcome.Unreadable(path.toString(), ReadException.Reason.IO.name(),
                            nameOf(path) + ": " + ReportWords.both("batch.folderUnreadable", failed)));
                    tracker.fileDone();
                    continue;
                }
                int index = i;
                pool.execute(() -> {
                    try {
                        delivery.done(index, checkOne(check, path));
                    } catch (Throwable t) {
                        fatal.compareAndSet(null, t);
                        slots.release(); // the main thread must not wait for a slot nobody will free
                    } finally {
                        tracker.fileDone();
                    }
                });
            }
            pool.shutdown();
            while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                LOG.trace("waiting for the batch's last files");
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
            throw new CancellationException("batch interrupted after " + tracker.done() + " of " + n + " files");
        } finally {
            pool.shutdownNow();
        }
        Throwable t = fatal.get();
        if (t instanceof Error) {
            throw (Error) t;
        }
        if (t instanceof RuntimeException && delivery.failedInEach(t)) {
            throw (RuntimeException) t;
        }
        if (t != null) {
            throw new IllegalStateException("batch stopped: " + t, t);
        }
        tracker.finish();
        return new BatchResult(delivery.totals(), Duration.ofNanos(System.nanoTime() - start), threads);
    }

    /**
     * Hands finished files to the consumer in path order: a file done early waits (holding its slot) until
     * every file before it is handed over, so at most as many entries wait as there are slots.
     */
    private static final class Delivery {
        private final Consumer<FileOutcome> each;
        private final Semaphore slots;
        private final AtomicReference<Throwable> fatal;
        /** Files done before an earlier one, by index. */
        private final Map<Integer, FileOutcome> waiting = new HashMap<>();
        private final BatchResult.Totals totals = new BatchResult.Totals();
        private int next;
        private Throwable fromEach;

        Delivery(Consumer<FileOutcome> each, Semaphore slots, AtomicReference<Throwable> fatal) {
            this.each = each;
            this.slots = slots;
            this.fatal = fatal;
        }

        /** File {@code index} is done. */
        synchronized void done(int index, FileOutcome outcome) {
            waiting.put(index, outcome);
            FileOutcome o;
            while ((o = waiting.remove(next)) != null) {
                next++;
                try {
                    if (fatal.get() == null) {
                        totals.add(o);
                        each.accept(o);
                    }
                } catch (RuntimeException | Error t) {
                    fromEach = t;
                    fatal.compareAndSet(null, t);
                } finally {
                    slots.release();
                }
            }
        }

        synchronized boolean failedInEach(Throwable t) {
            return t == fromEach;
        }

        synchronized BatchResult.Totals totals() {
            return totals;
        }
    }

    private static FileOutcome checkOne(Check check, Path path) {
        try {
            return new FileOutcome.Checked(path.toString(),
                    Objects.requireNonNull(check.check(path), "the check gave no report"));
        } catch (ReadException e) {
            return FileOutcome.Unreadable.of(path.toString(), e);
        } catch (RuntimeException | StackOverflowError e) {
            // A bug, or a file crafted to hit one: one file's failure must not cost the other 1,999.
            LOG.debug("internal error checking {}", path, e);
            return new FileOutcome.Unreadable(path.toString(), FileOutcome.Unreadable.INTERNAL,
                    nameOf(path) + ": " + ReportWords.both("batch.internalError", e));
        }
    }

    private static String nameOf(Path path) {
        Path name = path.getFileName();
        return (name == null ? path : name).toString();
    }

    // ------------------------------------------------------------------------------------------- progress

    /** Counts files done and reports progress at most every 200 ms, serialised. */
    private static final class Tracker {
        private final int total;
        private final long start;
        private final Consumer<BatchProgress> consumer;
        private final AtomicInteger done = new AtomicInteger();
        private final Object lock = new Object();
        private volatile long last;
        private boolean finished;

        Tracker(int total, long start, Consumer<BatchProgress> consumer) {
            this.total = total;
            this.start = start;
            this.consumer = consumer;
            this.last = start;
        }

        int done() {
            return done.get();
        }

        void fileDone() {
            done.incrementAndGet();
            if (System.nanoTime() - last < PROGRESS_INTERVAL_NANOS) {
                return;
            }
            synchronized (lock) {
                long now = System.nanoTime();
                if (finished || now - last < PROGRESS_INTERVAL_NANOS) {
                    return;
                }
                last = now;
                tell(new BatchProgress(done.get(), total, Duration.ofNanos(now - start), false));
            }
        }

        void finish() {
            synchronized (lock) {
                finished = true;
                tell(new BatchProgress(done.get(), total, Duration.ofNanos(System.nanoTime() - start), true));
            }
        }

        private void tell(BatchProgress p) {
            try {
                consumer.accept(p);
            } catch (RuntimeException e) {
                // Progress is a courtesy: a failing display must not fail the batch.
                LOG.debug("progress consumer failed", e);
            }
        }
    }

    private static final class Workers implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "juesuan-batch-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
