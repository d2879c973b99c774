package io.github.juesuan.report;

import io.github.juesuan.model.Severity;
import io.github.juesuan.model.TableId;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What checking one workbook found, immutable, in a fixed order: by table (workbook-level findings
 * first), then by the row of the first cell concerned, then by rule id.
 *
 * <p>Reports are made by {@link Checker} only, so the class has no public constructor and can gain fields
 * without breaking code compiled against it. What may be absent is an {@link Optional}, never {@code null}.
 */
public final class Report {
    private final String file;
    private final Path path;
    private final String unitName;
    private final Integer year;
    private final List<TableId> tables;
    private final List<ProjectSummary> projects;
    private final List<Finding> findings;
    private final int passed;

    /* Package-private: path, unitName and year may be null here, and only here. */
    Report(String file, Path path, String unitName, Integer year, List<TableId> tables, List<ProjectSummary> projects,
           List<Finding> findings, int passed) {
        this.file = Objects.requireNonNull(file, "file");
        this.path = path;
        this.unitName = unitName;
        this.year = year;
        this.tables = List.copyOf(Objects.requireNonNull(tables, "tables"));
        this.projects = List.copyOf(Objects.requireNonNull(projects, "projects"));
        this.findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
        if (passed < 0) {
            throw new IllegalArgumentException("passed " + passed + " < 0");
        }
        this.passed = passed;
    }

    /**
     * The workbook's name, as reports show it.
     *
     * @return the file name given to the reader (for a stream, the name given with it)
     */
    public String file() {
        return file;
    }

    /**
     * Where the workbook was read from.
     *
     * @return the path as given to {@link Checker#check(Path)} or {@link Checker#check(io.github.juesuan.read.ReadResult,
     *         Path)}, or empty when the workbook was read from a stream
     */
    public Optional<Path> path() {
        return Optional.ofNullable(path);
    }

    /**
     * The unit the tables name.
     *
     * @return the 部门名称 / 单位名称 most tables print, or empty when none does
     */
    public Optional<String> unitName() {
        return Optional.ofNullable(unitName);
    }

    /**
     * The year the tables name.
     *
     * @return the year most tables print, or empty when none does
     */
    public Optional<Integer> year() {
        return Optional.ofNullable(year);
    }

    /**
     * The 公开 tables found.
     *
     * @return their ids in canonical order, immutable
     */
    public List<TableId> tables() {
        return tables;
    }

    /**
     * One line per 项目支出绩效自评表 found.
     *
     * @return the summaries in printed order, immutable
     */
    public List<ProjectSummary> projects() {
        return projects;
    }

    /**
     * Every finding; rule instances that held as printed are counted in {@link #passed()}, not listed.
     *
     * @return the findings in report order, immutable
     */
    public List<Finding> findings() {
        return findings;
    }

    /**
     * How many rule instances held as printed.
     *
     * @return the count
     */
    public int passed() {
        return passed;
    }

    /**
     * How many findings of each severity.
     *
     * @return a count for every severity, zero included
     */
    public Map<Severity, Integer> counts() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        return counts;
    }

    /**
     * How many findings have this severity.
     *
     * @param severity the severity
     * @return the count
     */
    public int count(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        return (int) findings.stream().filter(f -> f.severity() == severity).count();
    }

    /**
     * Whether any finding is an ERROR: whether the printed numbers provably disagree somewhere.
     *
     * @return true when there is an ERROR
     */
    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    /**
     * The findings of one rule or problem code.
     *
     * @param ruleId the rule's id or the problem's code, e.g. {@code GK01.002}
     * @return those findings in report order
     */
    public List<Finding> findings(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof Report r && passed == r.passed && file.equals(r.file) && Objects.equals(path, r.path)
                && Objects.equals(unitName, r.unitName) && Objects.equals(year, r.year) && tables.equals(r.tables)
                && projects.equals(r.projects) && findings.equals(r.findings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, path, unitName, year, tables, projects, findings, passed);
    }

    /**
     * The report in one line, for logs: the file and its counts.
     *
     * @return e.g. {@code 决算.xlsx: 1 ERROR, 0 WARNING, 3 INFO, 212 passed}
     */
    @Override
    public String toString() {
        return file + ": " + count(Severity.ERROR) + " ERROR, " + count(Severity.WARNING) + " WARNING, "
                + count(Severity.INFO) + " INFO, " + passed + " passed";
    }
}
