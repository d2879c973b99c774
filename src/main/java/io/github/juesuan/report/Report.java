package io.github.juesuan.report;

import io.github.juesuan.model.Severity;
import io.github.juesuan.model.TableId;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What checking one workbook found, immutable, in a fixed order: by table (workbook-level findings
 * first), then by the row of the first cell concerned, then by rule id.
 *
 * @param file     the file name
 * @param unitName the unit the tables name, or {@code null}
 * @param year     the year the tables name, or {@code null}
 * @param tables   the tables found
 * @param projects one line per 绩效自评表 found
 * @param findings every finding (PASS instances are counted, not listed)
 * @param passed   how many rule instances held as printed
 */
public record Report(String file, String unitName, Integer year, List<TableId> tables, List<ProjectSummary> projects,
                     List<Finding> findings, int passed) {
    /** Checks for nulls and copies the lists. */
    public Report {
        Objects.requireNonNull(file, "file");
        tables = List.copyOf(tables);
        projects = List.copyOf(projects);
        findings = List.copyOf(findings);
    }

    /** How many findings of each severity. */
    public Map<Severity, Integer> counts() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        return counts;
    }

    /** How many findings have this severity. */
    public int count(Severity severity) {
        return (int) findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** Whether any finding is an ERROR. */
    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    /** The findings of one rule or problem code. */
    public List<Finding> findings(String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }
}
