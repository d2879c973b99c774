package io.github.juesuan.report;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How far a {@link Batch} has got: handed to its progress consumer at most every 200 ms, and once more at
 * the end with {@code finished} set.
 *
 * @param done     files checked so far (read, unreadable or failed alike)
 * @param total    files in the batch
 * @param elapsed  time since the batch started checking
 * @param finished whether this is the last report of the batch
 */
public record BatchProgress(int done, int total, Duration elapsed, boolean finished) {
    /**
     * Checks the counts.
     *
     * @param done     files checked so far
     * @param total    files in the batch
     * @param elapsed  time since the batch started checking
     * @param finished whether this is the last report
     * @throws IllegalArgumentException when {@code done} is negative or more than {@code total}
     * @throws NullPointerException     when {@code elapsed} is null
     */
    public BatchProgress {
        Objects.requireNonNull(elapsed, "elapsed");
        if (done < 0 || total < 0 || done > total) {
            throw new IllegalArgumentException("done " + done + " of " + total);
        }
    }

    /**
     * Files checked per second so far, 0 before the first one.
     *
     * @return the rate, 0 before the first file is done
     */
    public double filesPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return done == 0 || seconds <= 0 ? 0 : done / seconds;
    }

    /**
     * The share done, 0 to 1 (1 for an empty batch).
     *
     * @return {@code done / total}, 1 for an empty batch
     */
    public double fraction() {
        return total == 0 ? 1 : (double) done / total;
    }

    /**
     * The time left at the rate so far; empty before the first file is done.
     *
     * @return the estimate, zero when done, empty before the first file is done
     */
    public Optional<Duration> eta() {
        if (done == total) {
            return Optional.of(Duration.ZERO);
        }
        double rate = filesPerSecond();
        if (rate <= 0) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofMillis(Math.round((total - done) / rate * 1000)));
    }
}
