package io.github.juesuan.report;

import io.github.juesuan.model.Severity;
import io.github.juesuan.model.TableId;
import io.github.juesuan.rules.Outcome;
import io.github.juesuan.rules.Participant;

import java.nio.file.Path;
import java.util.List;

/**
 * Builds reports and findings for tests of other packages: their constructors are package-private, since
 * only {@link Checker} makes them in the library.
 */
public final class TestReports {
    private TestReports() {
    }

    /** A report of a file read from a stream (no path), with no unit, year, tables or projects. */
    public static Report report(String file, List<Finding> findings, int passed) {
        return new Report(file, null, null, null, List.of(), List.of(), findings, passed);
    }

    /** A copy of a report with other findings. */
    public static Report withFindings(Report r, List<Finding> findings) {
        return new Report(r.file(), r.path().orElse(null), r.unitName().orElse(null), r.year().orElse(null), r.tables(),
                r.projects(), findings, r.passed());
    }

    /** A rule finding with only a message and cells, as a rule FAIL without values. */
    public static Finding failure(String ruleId, Severity severity, TableId table, String message, String messageEn,
                                  List<Participant> cells) {
        return new Finding(ruleId, severity, Outcome.FAIL, table, 0, "", message, messageEn, "", "", null, null, null,
                null, cells, "", "", null, null);
    }
}
