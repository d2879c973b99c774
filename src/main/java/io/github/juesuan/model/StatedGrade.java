package io.github.juesuan.model;

import java.util.Objects;

/**
 * A count of projects with a grade: {@code 1个项目自评等级为“良”}. The figure named is the number of 项目支出绩效自评表
 * whose 等级 is {@link #grade()} (reference {@code PERF:grade}).
 *
 * @param grade    the grade as printed (优, 良, 中, 差, 合格 …)
 * @param count    the number of projects as printed
 * @param sentence the whole sentence the statement was read from
 */
public record StatedGrade(String grade, NarrativeNumber count, NarrativeSource sentence)
        implements NarrativeStatement {

    /**
     * Checks for nulls.
     *
     * @param grade    the grade as printed
     * @param count    the number of projects as printed
     * @param sentence the whole sentence the statement was read from
     * @throws NullPointerException if any argument is null
     */
    public StatedGrade {
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(count, "count");
        Objects.requireNonNull(sentence, "sentence");
    }
}
