package io.github.juesuan.cli;

import io.github.juesuan.i18n.Messages;
import io.github.juesuan.report.BatchResult;
import io.github.juesuan.report.FileOutcome;
import io.github.juesuan.report.Lang;

import java.io.File;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * What a batch found, printed after its progress line: how many files were read, unreadable, with errors and
 * with warnings, the time it took, the rules that fired most, and every file that could not be read with why.
 */
final class BatchSummary {
    /** How many rules the summary lists. */
    static final int TOP_RULES = 10;

    private BatchSummary() {
    }

    static void print(BatchResult r, Lang lang, PrintStream out) {
        Messages words = CliWords.of(lang);
        String seconds = String.format(Locale.ROOT, "%.1f", r.elapsed().toMillis() / 1000.0);
        String rate = String.format(Locale.ROOT, "%.1f", r.filesPerSecond());
        out.println(words.get("summary.files", r.files(), r.read(), r.unreadable())
                + (r.internalErrors() > 0 ? words.get("summary.internal", r.internalErrors()) : ""));
        out.println(words.get("summary.flagged", r.withErrors(), r.withWarnings()));
        out.println(words.get("summary.time", seconds, rate, r.threads()));
        List<BatchResult.RuleCount> top = r.topRules(TOP_RULES);
        if (!top.isEmpty()) {
            out.println();
            out.println(words.get("summary.rules"));
            for (BatchResult.RuleCount c : top) {
                out.println("  " + words.get("summary.rule", c.ruleId(), CliWords.severity(c.severity(), lang),
                        c.findings(), c.files(), c.message(lang)));
            }
        }
        if (!r.unreadableFiles().isEmpty()) {
            out.println();
            out.println(words.get("summary.unreadable"));
            for (FileOutcome.Unreadable u : r.unreadableFiles()) {
                out.println("  " + words.get("summary.unreadableFile", u.file(), withoutName(u)));
            }
        }
    }

    /** The message without the leading file name, which the path before it already gives. */
    private static String withoutName(FileOutcome.Unreadable u) {
        // By text, not Path.of: under a POSIX locale a walked Chinese name prints with U+FFFD, which no path takes.
        String file = u.file();
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf(File.separatorChar));
        String prefix = (slash >= 0 && slash < file.length() - 1 ? file.substring(slash + 1) : file) + ": ";
        return u.message().startsWith(prefix) ? u.message().substring(prefix.length()) : u.message();
    }
}
