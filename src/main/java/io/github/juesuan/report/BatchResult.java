package io.github.juesuan.report;

import io.github.juesuan.model.Severity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a {@link Batch} found: a summary of the files (counts, the rules broken most often, the unreadable files)
 * and, unless the batch handed them over one by one, one {@link FileOutcome} per file in path order (its
 * report, or why it could not be read). Immutable; made only by {@link Batch}.
 *
 * <pre>{@code
 * BatchResult r = Batch.run(List.of(Path.of("山西省2024")), Checker.create(), 4, p -> { });
 * System.out.println(r.read() + " read, " + r.unreadable() + " unreadable, " + r.withErrors() + " with errors");
 * JsonReport.write(r.entries(), writer);
 * }</pre>
 */
public final class BatchResult {
    /**
     * How often one rule fired over the batch (ERROR and WARNING findings only).
     *
     * @param ruleId    the rule id or reading-problem code
     * @param severity  the highest severity it was reported at
     * @param message   its Chinese message (from its first finding in path order)
     * @param messageEn its English message, or ""
     * @param findings  how many ERROR/WARNING findings it gave
     * @param files     in how many files
     */
    public record RuleCount(String ruleId, Severity severity, String message, String messageEn, int findings,
                            int files) {
        /**
         * Checks for nulls.
         *
         * @param ruleId    the rule id or reading-problem code
         * @param severity  the highest severity it was reported at
         * @param message   its Chinese message
         * @param messageEn its English message, or ""
         * @param findings  how many ERROR/WARNING findings it gave
         * @param files     in how many files
         * @throws NullPointerException naming the argument that is null
         */
        public RuleCount {
            Objects.requireNonNull(ruleId, "ruleId");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(messageEn, "messageEn");
        }

        /**
         * The message in a language.
         *
         * @param lang the language
         * @return the Chinese message, or the English one for {@link Lang#EN} where there is one
         */
        public String message(Lang lang) {
            return lang == Lang.EN && !messageEn.isEmpty() ? messageEn : message;
        }
    }

    private static final Comparator<RuleCount> BY_COUNT = Comparator.comparingInt(RuleCount::findings).reversed()
            .thenComparing(RuleCount::ruleId);

    private final List<FileOutcome> entries;
    private final List<FileOutcome.Unreadable> unreadable;
    private final List<RuleCount> rules;
    private final int files;
    private final int withErrors;
    private final int withWarnings;
    private final int[] findings;
    private final Duration elapsed;
    private final int threads;

    /** The totals of a batch whose entries were handed over and not kept. */
    BatchResult(Totals totals, Duration elapsed, int threads) {
        this.entries = List.of();
        this.unreadable = List.copyOf(totals.unreadable);
        this.elapsed = Objects.requireNonNull(elapsed, "elapsed");
        this.threads = threads;
        this.files = totals.files;
        this.withErrors = totals.withErrors;
        this.withWarnings = totals.withWarnings;
        this.findings = totals.findings.clone();
        List<RuleCount> list = new ArrayList<>();
        totals.first.forEach((id, r) -> list.add(new RuleCount(id, r.severity(), r.message(), r.messageEn(),
                totals.counts.get(id)[0], totals.counts.get(id)[1])));
        list.sort(BY_COUNT);
        this.rules = List.copyOf(list);
    }

    /** The same totals with the entries they were made from. */
    BatchResult withEntries(List<FileOutcome> kept) {
        if (kept.size() != files) {
            throw new IllegalArgumentException(kept.size() + " entries for " + files + " files");
        }
        return new BatchResult(List.copyOf(kept), this);
    }

    private BatchResult(List<FileOutcome> entries, BatchResult totals) {
        this.entries = entries;
        this.unreadable = totals.unreadable;
        this.rules = totals.rules;
        this.files = totals.files;
        this.withErrors = totals.withErrors;
        this.withWarnings = totals.withWarnings;
        this.findings = totals.findings;
        this.elapsed = totals.elapsed;
        this.threads = totals.threads;
    }

    /** Sums files up one at a time, keeping only counts and the unreadable files. Not thread-safe. */
    static final class Totals {
        private final List<FileOutcome.Unreadable> unreadable = new ArrayList<>();
        private final Map<String, int[]> counts = new HashMap<>();
        private final Map<String, RuleCount> first = new HashMap<>();
        private final int[] findings = new int[Severity.values().length];
        private int files;
        private int withErrors;
        private int withWarnings;

        void add(FileOutcome outcome) {
            files++;
            if (outcome instanceof FileOutcome.Unreadable u) {
                unreadable.add(u);
                return;
            }
            Report r = ((FileOutcome.Checked) outcome).report();
            withErrors += r.count(Severity.ERROR) > 0 ? 1 : 0;
            withWarnings += r.count(Severity.WARNING) > 0 ? 1 : 0;
            Set<String> seen = new HashSet<>();
            for (Finding f : r.findings()) {
                findings[f.severity().ordinal()]++;
                if (f.severity() == Severity.INFO) {
                    continue;
                }
                int[] c = counts.computeIfAbsent(f.ruleId(), k -> new int[2]);
                c[0]++;
                if (seen.add(f.ruleId())) {
                    c[1]++;
                }
                RuleCount known = first.get(f.ruleId());
                if (known == null || f.severity().compareTo(known.severity()) < 0) {
                    first.put(f.ruleId(), new RuleCount(f.ruleId(), f.severity(),
                            known == null ? f.message() : known.message(),
                            known == null ? f.messageEn() : known.messageEn(), 0, 0));
                }
            }
        }
    }

    /**
     * One entry per file, in path order: its report, or why it could not be read. Empty when the batch handed
     * its entries over one by one ({@link Batch#run(List, Batch.Check, int, java.util.function.Consumer,
     * java.util.function.Consumer)}).
     *
     * @return the entries, immutable
     */
    public List<FileOutcome> entries() {
        return entries;
    }

    /**
     * The reports of the files read, in path order.
     *
     * @return the reports, immutable
     */
    public List<Report> reports() {
        return entries.stream().filter(FileOutcome.Checked.class::isInstance)
                .map(e -> ((FileOutcome.Checked) e).report()).toList();
    }

    /**
     * The files that gave no report, in path order.
     *
     * @return the files, immutable
     */
    public List<FileOutcome.Unreadable> unreadableFiles() {
        return unreadable;
    }

    /**
     * How many files the batch took.
     *
     * @return the number of files
     */
    public int files() {
        return files;
    }

    /**
     * How many files were read and checked.
     *
     * @return the number of files read
     */
    public int read() {
        return files - unreadable.size();
    }

    /**
     * How many files gave no report (unreadable, or a bug met while checking them).
     *
     * @return the number of files without a report
     */
    public int unreadable() {
        return unreadable.size();
    }

    /**
     * How many of the {@link #unreadable()} files met a bug rather than a {@code ReadException}.
     *
     * @return the number of files that met a bug
     */
    public int internalErrors() {
        return (int) unreadable.stream().filter(u -> u.reason().equals(FileOutcome.Unreadable.INTERNAL)).count();
    }

    /**
     * How many findings of this severity all the files have together.
     *
     * @param severity the severity
     * @return the number of findings
     */
    public int findings(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        return findings[severity.ordinal()];
    }

    /**
     * How many files have at least one ERROR finding.
     *
     * @return the number of files
     */
    public int withErrors() {
        return withErrors;
    }

    /**
     * How many files have at least one WARNING finding.
     *
     * @return the number of files
     */
    public int withWarnings() {
        return withWarnings;
    }

    /**
     * Every rule with an ERROR or WARNING finding, most findings first, ties by rule id.
     *
     * @return the rules, immutable
     */
    public List<RuleCount> rules() {
        return rules;
    }

    /**
     * The first {@code n} of {@link #rules()}.
     *
     * @param n how many; 0 or less for none
     * @return at most {@code n} rules
     */
    public List<RuleCount> topRules(int n) {
        return rules.subList(0, Math.min(Math.max(n, 0), rules.size()));
    }

    /**
     * Wall-clock time of the batch, from walking the inputs to the last file.
     *
     * @return the time taken
     */
    public Duration elapsed() {
        return elapsed;
    }

    /**
     * How many threads checked the files.
     *
     * @return the number of threads
     */
    public int threads() {
        return threads;
    }

    /**
     * Files per second over the whole batch.
     *
     * @return the rate, 0 when no time has passed
     */
    public double filesPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : files / seconds;
    }

    /**
     * Whether any file has an ERROR finding.
     *
     * @return true when a file has an ERROR
     */
    public boolean hasErrors() {
        return withErrors > 0;
    }

    @Override
    public String toString() {
        return "BatchResult[files=" + files() + ", read=" + read() + ", unreadable=" + unreadable() + ", withErrors="
                + withErrors + ", withWarnings=" + withWarnings + ", elapsed=" + elapsed + "]";
    }
}
