package io.github.juesuan.report;

import io.github.juesuan.read.ReadException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Checks a whole folder of workbooks (a province's 2,000 units) on several threads, in bounded memory, and
 * sums up what it found. One unreadable or hostile file never stops the batch: it becomes an entry saying
 * why. The order of the entries is the order of the paths, whatever the threads did.
 *
 * <pre>{@code
 * try (Writer w = Files.newBufferedWriter(Path.of("report.json"))) {
 *     JsonReport.Streaming json = JsonReport.open(w);
 *     BatchResult r = Batch.run(List.of(Path.of("山西省2024")), Checker.create()::check, Batch.defaultThreads(),
 *             Batch.progressPrinter(System.err, System.console() != null, Lang.ZH), e -> {
 *                 try {
 *                     json.write(e); // each file as soon as it and those before it are done
 *                 } catch (IOException x) {
 *                     throw new UncheckedIOException(x);
 *                 }
 *             });
 *     json.finish();
 *     Batch.printSummary(r, Lang.ZH, System.out);
 * }
 * }</pre>
 *
 * <p>The variants without a consumer keep every file's {@link Report} in the result: simpler for a few hundred
 * files, about 50 KB of memory per file with many findings.
 */
public final class Batch {
    private static final Logger LOG = LoggerFactory.getLogger(Batch.class);

    /** The least time between two progress reports. */
    static final long PROGRESS_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    /** The least time between two plain (non-terminal) progress lines. */
    static final Duration PLAIN_INTERVAL = Duration.ofSeconds(2);

    /** Files in flight (queued or being checked) per thread: enough to keep threads busy, few enough for memory. */
    static final int IN_FLIGHT_PER_THREAD = 2;

    /** How many rules {@link #printSummary} lists. */
    static final int TOP_RULES = 10;

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
     * <p>An input that is a directory is walked (see {@link #files(List)}); any other input is taken as a
     * file whatever its name, and reported unreadable if it is not there. At most {@code 2 × threads} files
     * are in flight at once and only their {@link Report}s are kept (see the variant with a consumer for keeping
     * none). A file that throws {@link ReadException}
     * is an entry with its message; one whose check fails with a bug (a {@link RuntimeException} or a
     * {@link StackOverflowError}) is an entry too, with reason {@link BatchResult#INTERNAL}. Other
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
        List<JsonReport.Entry> entries = new ArrayList<>();
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
                                  Consumer<JsonReport.Entry> each) {
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
                                  Consumer<BatchProgress> progress, Consumer<JsonReport.Entry> each) {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(skipped, "skipped");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(each, "each");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be 1 or more, not " + threads);
        }
        long start = System.nanoTime();
        Collected collected = collect(inputs, skipped);
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
                    delivery.done(i, path, new BatchResult.Unreadable(path.toString(), ReadException.Reason.IO.name(),
                            nameOf(path) + ": 无法读取此文件夹，请检查权限 (cannot list the folder: " + failed + ")"));
                    tracker.fileDone();
                    continue;
                }
                int index = i;
                pool.execute(() -> {
                    try {
                        delivery.done(index, path, checkOne(check, path));
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
        private final Consumer<JsonReport.Entry> each;
        private final Semaphore slots;
        private final AtomicReference<Throwable> fatal;
        /** Files done before an earlier one: each its path and its {@link Report} or {@link BatchResult.Unreadable}. */
        private final Map<Integer, Done> waiting = new HashMap<>();
        private final BatchResult.Totals totals = new BatchResult.Totals();
        private int next;
        private Throwable fromEach;

        Delivery(Consumer<JsonReport.Entry> each, Semaphore slots, AtomicReference<Throwable> fatal) {
            this.each = each;
            this.slots = slots;
            this.fatal = fatal;
        }

        /** File {@code index} is done: its {@link Report} or {@link BatchResult.Unreadable}. */
        synchronized void done(int index, Path path, Object outcome) {
            waiting.put(index, new Done(path, outcome));
            Done d;
            while ((d = waiting.remove(next)) != null) {
                String file = d.path().toString();
                Object o = d.outcome();
                next++;
                try {
                    if (fatal.get() == null) {
                        JsonReport.Entry e = o instanceof Report r ? new JsonReport.Entry(file, r, null)
                                : new JsonReport.Entry(file, null, ((BatchResult.Unreadable) o).message());
                        totals.add(e, o instanceof BatchResult.Unreadable u ? u : null);
                        each.accept(e);
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

        private record Done(Path path, Object outcome) {
        }
    }

    private static Object checkOne(Check check, Path path) {
        try {
            return Objects.requireNonNull(check.check(path), "the check gave no report");
        } catch (ReadException e) {
            return new BatchResult.Unreadable(path.toString(), e.reason().name(), e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // A bug, or a file crafted to hit one: one file's failure must not cost the other 1,999.
            LOG.debug("internal error checking {}", path, e);
            return new BatchResult.Unreadable(path.toString(), BatchResult.INTERNAL,
                    nameOf(path) + ": 检查时发生内部错误，请把此文件报告给开发者 (internal error: " + e + ")");
        }
    }

    private static String nameOf(Path path) {
        Path name = path.getFileName();
        return (name == null ? path : name).toString();
    }

    // ---------------------------------------------------------------------------------------------- files

    /**
     * The files a batch of these inputs checks, sorted by path, each once. A directory is walked recursively
     * without following symbolic links (a link inside it is skipped, so there are no loops), taking files
     * named {@code .xlsx} or {@code .xls} in any case, except Office lock files ({@code ~$…}) and hidden files
     * and folders ({@code .…}). Any other input is taken as it is, whatever its name. A file reached twice (named
     * and inside a named folder, or through a named link) is taken once. A folder that cannot be listed is left
     * out here; {@link #run} reports it as unreadable.
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

    /** The sorted paths, with the folders that could not be listed among them. */
    private record Collected(List<Path> paths, Map<Path, IOException> failures) {
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

    private static Collected collect(List<Path> inputs, Collection<Path> skipped) {
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

    /**
     * A progress consumer that draws on {@code err}. On a terminal it redraws one line with {@code \r}: a bar,
     * the count, the rate and the time left, ending the line when the batch ends. Otherwise (a log file, CI)
     * it prints a plain line at most every 2 seconds of the batch, and one at the end.
     *
     * @param err      where to draw, usually {@code System.err}
     * @param terminal whether {@code err} is a terminal
     * @param lang     the language of the words
     * @return the consumer, to pass to {@code run}
     * @throws NullPointerException naming the argument that is null
     */
    public static Consumer<BatchProgress> progressPrinter(PrintStream err, boolean terminal, Lang lang) {
        return new Printer(Objects.requireNonNull(err, "err"), terminal, Objects.requireNonNull(lang, "lang"));
    }

    private static final class Printer implements Consumer<BatchProgress> {
        private static final int BAR = 24;
        private final PrintStream err;
        private final boolean terminal;
        private final boolean zh;
        private Duration lastPlain = Duration.ZERO;
        private int lastWidth;

        Printer(PrintStream err, boolean terminal, Lang lang) {
            this.err = err;
            this.terminal = terminal;
            this.zh = lang == Lang.ZH;
        }

        @Override
        public synchronized void accept(BatchProgress p) {
            if (terminal) {
                String line = bar(p) + " " + counts(p);
                StringBuilder sb = new StringBuilder("\r").append(line);
                sb.append(" ".repeat(Math.max(0, lastWidth - line.length())));
                lastWidth = line.length();
                if (p.finished()) {
                    sb.append(System.lineSeparator());
                    lastWidth = 0;
                }
                err.print(sb);
                err.flush();
                return;
            }
            if (p.finished() || p.elapsed().minus(lastPlain).compareTo(PLAIN_INTERVAL) >= 0) {
                lastPlain = p.elapsed();
                err.println((zh ? "核对进度 " : "progress ") + counts(p));
                err.flush();
            }
        }

        private static String bar(BatchProgress p) {
            int full = (int) Math.floor(p.fraction() * BAR);
            return "[" + "#".repeat(full) + "-".repeat(BAR - full) + "]";
        }

        private String counts(BatchProgress p) {
            String rate = String.format(Locale.ROOT, "%.1f", p.filesPerSecond());
            String percent = (int) Math.floor(p.fraction() * 100) + "%";
            if (p.finished()) {
                return p.done() + "/" + p.total() + " " + percent + (zh ? "　" : "  ") + rate
                        + (zh ? " 个/秒　用时 " : " files/s  took ") + clock(p.elapsed());
            }
            String eta = p.eta().map(Batch::clock).orElse("--:--");
            return p.done() + "/" + p.total() + " " + percent + (zh ? "　" : "  ") + rate
                    + (zh ? " 个/秒　剩余 " : " files/s  ETA ") + eta;
        }
    }

    /** m:ss, or h:mm:ss from an hour. */
    static String clock(Duration d) {
        long s = Math.max(0, (d.toMillis() + 500) / 1000);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    // -------------------------------------------------------------------------------------------- summary

    /**
     * Prints what a batch found: how many files were read, unreadable, with errors and with warnings, the
     * time it took, the rules that fired most, and every file that could not be read with why.
     *
     * @param lang {@link Lang#ZH} (the default) or {@link Lang#EN}
     * @param r   what the batch found
     * @param out where to print
     * @throws NullPointerException naming the argument that is null
     */
    public static void printSummary(BatchResult r, Lang lang, PrintStream out) {
        Objects.requireNonNull(r, "r");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(out, "out");
        boolean zh = lang != Lang.EN;
        String seconds = String.format(Locale.ROOT, "%.1f", r.elapsed().toMillis() / 1000.0);
        String rate = String.format(Locale.ROOT, "%.1f", r.filesPerSecond());
        if (zh) {
            out.println("共 " + r.files() + " 个文件：已核对 " + r.read() + " 个，无法读取 " + r.unreadable() + " 个"
                    + (r.internalErrors() > 0 ? "（其中内部错误 " + r.internalErrors() + " 个）" : ""));
            out.println("有错误的文件 " + r.withErrors() + " 个，有警告的文件 " + r.withWarnings() + " 个");
            out.println("用时 " + seconds + " 秒，每秒 " + rate + " 个文件（" + r.threads() + " 个线程）");
        } else {
            out.println(r.files() + " files: " + r.read() + " checked, " + r.unreadable() + " unreadable"
                    + (r.internalErrors() > 0 ? " (" + r.internalErrors() + " internal errors)" : ""));
            out.println(r.withErrors() + " files with errors, " + r.withWarnings() + " files with warnings");
            out.println("took " + seconds + " s, " + rate + " files/s (" + r.threads() + " threads)");
        }
        List<BatchResult.RuleCount> top = r.topRules(TOP_RULES);
        if (!top.isEmpty()) {
            out.println();
            out.println(zh ? "出现最多的问题（按规则）：" : "Most frequent findings (by rule):");
            for (BatchResult.RuleCount c : top) {
                out.println(zh
                        ? "  " + c.ruleId() + "　" + c.severity().chinese() + "　" + c.findings() + " 处，" + c.files()
                                + " 个文件　" + c.message(lang)
                        : "  " + c.ruleId() + "  " + c.severity().name() + "  " + c.findings() + " findings in "
                                + c.files() + " files  " + c.message(lang));
            }
        }
        if (!r.unreadableFiles().isEmpty()) {
            out.println();
            out.println(zh ? "无法读取的文件：" : "Files that could not be read:");
            for (BatchResult.Unreadable u : r.unreadableFiles()) {
                out.println("  " + u.file() + (zh ? "　" : "  ") + withoutName(u));
            }
        }
    }

    /** The message without the leading file name, which the path before it already gives. */
    private static String withoutName(BatchResult.Unreadable u) {
        // By text, not Path.of: under a POSIX locale a walked Chinese name prints with U+FFFD, which no path takes.
        String file = u.file();
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf(java.io.File.separatorChar));
        String prefix = (slash >= 0 && slash < file.length() - 1 ? file.substring(slash + 1) : file) + ": ";
        return u.message().startsWith(prefix) ? u.message().substring(prefix.length()) : u.message();
    }
}
