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
 * @param disclosure the tables and self-evaluations found
 * @param problems   reading problems and Bean Validation findings
 */
public record ReadResult(Disclosure disclosure, List<Problem> problems) {
    /** Checks for nulls and copies the list. */
    public ReadResult {
        Objects.requireNonNull(disclosure, "disclosure");
        problems = List.copyOf(problems);
    }

    /** The problems of at least the given severity. */
    public List<Problem> problems(Severity atLeast) {
        return problems.stream().filter(p -> p.severity().compareTo(atLeast) <= 0).toList();
    }
}
