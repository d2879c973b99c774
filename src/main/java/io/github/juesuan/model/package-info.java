/**
 * The disclosure as immutable records: {@link io.github.juesuan.model.Disclosure} holds the
 * {@link io.github.juesuan.model.Table}s (rows, columns, {@link io.github.juesuan.model.Figure}s that remember
 * their {@link io.github.juesuan.model.Source} cell) and the
 * {@link io.github.juesuan.model.PerformanceEvaluation}s, with typed views on top.
 *
 * <pre>{@code
 * Disclosure d = JuesuanReader.create().read(path).disclosure();
 * Figure income = d.summary().flatMap(SummaryTable::totalIncome).orElseThrow();
 * // income.value() = 400.55, income.source().location() = "公开01表!C27"
 * d.income().ifPresent(t -> t.rows().forEach(r -> System.out.println(r.code() + " " + r.label())));
 * d.threePublic().flatMap(t -> t.actual().hospitality());
 * BigDecimal rate = d.evaluations().get(0).funds().executionRate().value();   // 91.85 (printed 91.85%)
 * }</pre>
 */
package io.github.juesuan.model;
