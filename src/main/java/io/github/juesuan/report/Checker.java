package io.github.juesuan.report;

import io.github.juesuan.model.CellRef;
import io.github.juesuan.model.Disclosure;
import io.github.juesuan.model.Figure;
import io.github.juesuan.model.PerformanceEvaluation;
import io.github.juesuan.model.Problem;
import io.github.juesuan.model.Severity;
import io.github.juesuan.model.Source;
import io.github.juesuan.model.Table;
import io.github.juesuan.model.TableId;
import io.github.juesuan.read.JuesuanReader;
import io.github.juesuan.read.ReadException;
import io.github.juesuan.read.ReadResult;
import io.github.juesuan.rules.Evaluation;
import io.github.juesuan.rules.Outcome;
import io.github.juesuan.rules.RuleEngine;
import io.github.juesuan.rules.RulePack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Reads a workbook and checks it: reading problems, Bean Validation findings and rule findings in one
 * {@link Report}. Immutable and thread-safe; the rule pack is compiled once, when it is made.
 *
 * <pre>{@code
 * Checker checker = Checker.create();                 // the built-in rule pack
 * Report report = checker.check(Path.of("决算公开.xlsx"));
 * report.findings().forEach(f -> System.out.println(f.ruleId() + " " + f.substituted()));
 * }</pre>
 */
public final class Checker {
    private final JuesuanReader reader;
    private final RulePack pack;

    private Checker(JuesuanReader reader, RulePack pack) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.pack = Objects.requireNonNull(pack, "pack");
    }

    /**
     * A checker with the default reader and the built-in rule pack.
     *
     * @return the checker
     */
    public static Checker create() {
        return new Checker(JuesuanReader.create(), RulePack.standard());
    }

    /**
     * A checker with the given reader and rule pack.
     *
     * @param reader the reader that reads workbooks for {@link #check(Path)}
     * @param pack   the rules to check
     * @return the checker
     * @throws NullPointerException naming the argument that is null
     */
    public static Checker create(JuesuanReader reader, RulePack pack) {
        return new Checker(reader, pack);
    }

    /**
     * The rule pack this checker applies.
     *
     * @return the pack
     */
    public RulePack pack() {
        return pack;
    }

    /**
     * Reads and checks a workbook.
     *
     * @param file the workbook; the report keeps it as its {@link Report#path()}
     * @return what the check found
     * @throws ReadException        when the file cannot be read at all
     * @throws NullPointerException when {@code file} is null
     */
    public Report check(Path file) throws ReadException {
        Objects.requireNonNull(file, "file");
        return report(reader.read(file), file);
    }

    /**
     * Checks what a reader returned; the report has no {@link Report#path()}.
     *
     * @param read what the reader returned
     * @return what the check found
     * @throws NullPointerException when {@code read} is null
     */
    public Report check(ReadResult read) {
        Objects.requireNonNull(read, "read");
        return report(read, null);
    }

    /**
     * Checks what a reader returned for a file.
     *
     * @param read what the reader returned
     * @param file the file it was read from, kept as the report's {@link Report#path()}
     * @return what the check found
     * @throws NullPointerException naming the argument that is null
     */
    public Report check(ReadResult read, Path file) {
        Objects.requireNonNull(read, "read");
        Objects.requireNonNull(file, "file");
        return report(read, file);
    }

    /* The check itself; path is null when the workbook was read from a stream. */
    private Report report(ReadResult read, Path path) {
        Disclosure d = read.disclosure();
        List<Finding> findings = new ArrayList<>();
        for (Problem p : read.problems()) {
            findings.add(Finding.of(p, tableAt(d, p.where().orElse(null))));
        }
        int passed = 0;
        for (Evaluation e : RuleEngine.evaluate(pack, d, true)) {
            if (e.outcome() == Outcome.PASS) {
                passed++;
                continue;
            }
            TableId table = e.rule().scope() != null ? e.rule().scope().table()
                    : e.cells().isEmpty() ? firstTable(e) : e.cells().get(0).table();
            findings.add(Finding.of(e, table));
        }
        findings.sort(ORDER);
        List<ProjectSummary> projects = new ArrayList<>();
        int n = 0;
        for (PerformanceEvaluation p : d.evaluations()) {
            int project = ++n;
            int errors = (int) findings.stream().filter(f -> f.project().orElse(0) == project && f.severity() == Severity.ERROR).count();
            int warnings = (int) findings.stream().filter(f -> f.project().orElse(0) == project && f.severity() == Severity.WARNING).count();
            projects.add(new ProjectSummary(project, p.projectName(), p.unit(), value(p.funds().budget()),
                    value(p.funds().executed()), value(p.funds().executionRate()), value(p.total().orElse(null)), p.grade().text(),
                    errors, warnings));
        }
        return new Report(d.file(), path, d.unitName(), d.year(), d.tables().stream().map(Table::id).toList(),
                projects, findings, passed);
    }

    private static java.math.BigDecimal value(Figure f) {
        return f == null ? null : f.amount();
    }

    private static TableId firstTable(Evaluation e) {
        String expression = e.rule().expression();
        int open = expression.indexOf('[');
        int close = expression.indexOf(']', open + 1);
        return open >= 0 && close > open ? TableId.ofCode(expression.substring(open + 1, close)).orElse(null) : null;
    }

    /** The table whose title is the last one at or above a cell of the same sheet. */
    private static TableId tableAt(Disclosure d, Source s) {
        if (s == null) {
            return null;
        }
        TableId best = null;
        int bestRow = -1;
        int row = rowOf(s.cell());
        List<Table> all = new ArrayList<>(d.tables());
        d.evaluations().forEach(p -> all.add(p.table()));
        for (Table t : all) {
            int titleRow = rowOf(t.source().cell());
            if (t.sheet().equals(s.sheet()) && titleRow <= row && titleRow > bestRow) {
                best = t.id();
                bestRow = titleRow;
            }
        }
        return best;
    }

    private static int rowOf(String a1) {
        return CellRef.tryParse(a1).map(r -> r.row() + 1).orElse(0);
    }

    private static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.quote().isPresent()) // the words' findings after the tables'
            .thenComparing((Finding f) -> f.table().orElse(null), Comparator.nullsFirst(Comparator.<TableId>naturalOrder()))
            .thenComparingInt(f -> f.project().orElse(0))
            .thenComparing((Finding f) -> f.where().map(Source::sheet).orElse(""))
            .thenComparingInt(f -> f.where().map(s -> rowOf(s.cell())).orElse(0))
            .thenComparing(Finding::ruleId)
            .thenComparing(f -> f.instance().orElse(""));
}
