/**
 * Checking and reporting: {@link io.github.juesuan.report.Checker} reads a workbook and runs a rule pack,
 * giving an immutable {@link io.github.juesuan.report.Report} of {@link io.github.juesuan.report.Finding}s,
 * written as text ({@link io.github.juesuan.report.TextReport}) or JSON
 * ({@link io.github.juesuan.report.JsonReport}).
 *
 * <pre>{@code
 * Report report = Checker.create().check(Path.of("决算公开.xlsx"));
 * TextReport.write(report, Lang.ZH, System.out);
 * for (Finding f : report.findings()) {
 *     String table = f.table().map(TableId::code).orElse("工作簿");   // empty: the whole workbook
 *     System.out.println(table + " " + f.ruleId() + " " + f.where().map(Source::location).orElse(""));
 * }
 * if (report.hasErrors()) { ... }
 * }</pre>
 *
 * <p>A folder of workbooks is checked by {@link io.github.juesuan.report.Batch} (which files:
 * {@link io.github.juesuan.report.BatchFiles}); each file of a run is a {@link io.github.juesuan.report.FileOutcome},
 * checked or unreadable, and the JSON and HTML reports are written from those. Nothing here prints: the command
 * line draws the progress and the summary.
 *
 * <p>{@link io.github.juesuan.report.Report} and {@link io.github.juesuan.report.Finding} have no public
 * constructor: {@link io.github.juesuan.report.Checker} makes them, so they can gain fields without breaking
 * callers. What may be absent is an {@link java.util.Optional}, never {@code null}. Every public method
 * refuses a {@code null} argument with a {@link NullPointerException} naming it, unless its documentation
 * says what {@code null} means.
 */
package io.github.juesuan.report;
