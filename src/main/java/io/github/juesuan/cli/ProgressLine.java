package io.github.juesuan.cli;

import io.github.juesuan.i18n.Messages;
import io.github.juesuan.report.BatchProgress;
import io.github.juesuan.report.Lang;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A batch's progress on standard error. On a terminal it redraws one line with {@code \r}: a bar, the count,
 * the rate and the time left, ending the line when the batch ends. Otherwise (a log file, CI) it prints a
 * plain line at most every 2 seconds of the batch, and one at the end.
 */
final class ProgressLine implements Consumer<BatchProgress> {
    /** The least time between two plain (non-terminal) progress lines. */
    static final Duration PLAIN_INTERVAL = Duration.ofSeconds(2);

    private static final int BAR = 24;
    private final PrintStream err;
    private final boolean terminal;
    private final Messages words;
    private Duration lastPlain = Duration.ZERO;
    private int lastWidth;

    /**
     * @param err      where to draw, usually {@code System.err}
     * @param terminal whether {@code err} is a terminal
     * @param lang     the language of the words
     */
    ProgressLine(PrintStream err, boolean terminal, Lang lang) {
        this.err = err;
        this.terminal = terminal;
        this.words = CliWords.of(lang);
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
            err.println(words.get("progress.plain", counts(p)));
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
            return words.get("progress.finished", p.done(), p.total(), percent, rate, clock(p.elapsed()));
        }
        String eta = p.eta().map(ProgressLine::clock).orElse("--:--");
        return words.get("progress.running", p.done(), p.total(), percent, rate, eta);
    }

    /** m:ss, or h:mm:ss from an hour. */
    static String clock(Duration d) {
        long s = Math.max(0, (d.toMillis() + 500) / 1000);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
