package io.github.juesuan.read;

import io.github.juesuan.model.Disclosure;
import io.github.juesuan.model.Problem;
import io.github.juesuan.model.Severity;

import java.util.List;
import java.util.Objects;

/**
 * What reading a workbook produced: the disclosure, and every problem met on the way (in sheet and cell
 * order). A read that returns always returns everything it could read.
 *
 * <p>A class rather than a record, so that it can gain fields without breaking code compiled against it;
 * nothing in it is ever absent.
 */
public final class ReadResult {
    private final Disclosure disclosure;
    private final List<Problem> problems;

    /**
     * A disclosure and the problems met reading it, e.g. for checking a disclosure built by other means
     * with {@code Checker.check(ReadResult)}.
     *
     * @param disclosure the tables and self-evaluations found
     * @param problems   reading problems and Bean Validation findings, copied
     * @throws NullPointerException naming the argument that is null, or when a problem is null
     */
    public ReadResult(Disclosure disclosure, List<Problem> problems) {
        this.disclosure = Objects.requireNonNull(disclosure, "disclosure");
        this.problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
    }

    /**
     * The tables and self-evaluations found.
     *
     * @return the disclosure
     */
    public Disclosure disclosure() {
        return disclosure;
    }

    /**
     * Every problem met reading, in sheet and cell order.
     *
     * @return the problems, immutable
     */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * The problems of at least the given severity.
     *
     * @param atLeast the least severity, e.g. {@link Severity#WARNING} for warnings and errors
     * @return those problems, in order
     */
    public List<Problem> problems(Severity atLeast) {
        Objects.requireNonNull(atLeast, "atLeast");
        return problems.stream().filter(p -> p.severity().compareTo(atLeast) <= 0).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof ReadResult r && disclosure.equals(r.disclosure) && problems.equals(r.problems);
    }

    @Override
    public int hashCode() {
        return Objects.hash(disclosure, problems);
    }

    /**
     * The result in one line, for logs.
     *
     * @return the file name and the number of tables and problems
     */
    @Override
    public String toString() {
        return disclosure.file() + ": " + disclosure.tables().size() + " tables, "
                + disclosure.evaluations().size() + " 绩效自评表, " + problems.size() + " problems";
    }
}
