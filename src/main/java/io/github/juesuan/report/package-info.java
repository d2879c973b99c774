/**
 * Checking and reporting: {@link io.github.juesuan.report.Checker} reads a workbook and runs a rule pack,
 * giving an immutable {@link io.github.juesuan.report.Report} of {@link io.github.juesuan.report.Finding}s,
 * written as text ({@link io.github.juesuan.report.TextReport}) or JSON
 * ({@link io.github.juesuan.report.JsonReport}).
 *
 * <pre>{@code
 * Report report = Checker.create().check(Path.of("决算公开.xlsx"));
 * TextReport.write(report, Lang.ZH, System.out);
 * if (report.hasErrors()) { ... }
 * }</pre>
 */
package io.github.juesuan.report;
