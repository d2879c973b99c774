/**
 * Writing: {@link io.github.juesuan.write.AnnotatedWorkbook} writes the annotated copy of a checked workbook
 * that a finance department sends back to the unit: every cell a finding concerns filled by severity and
 * commented, and a first sheet 校验结果 listing the findings with links to their cells. Besides
 * {@code io.github.juesuan.read}, the only package where Apache POI is used; no POI type appears in its API.
 *
 * <pre>{@code
 * Report report = Checker.create().check(Path.of("决算公开.xlsx"));
 * Path copy = AnnotatedWorkbook.write(Path.of("决算公开.xlsx"), report, Path.of("退回"));   // 退回/决算公开.xlsx
 * }</pre>
 */
package io.github.juesuan.write;
