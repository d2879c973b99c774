package io.github.juesuan.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Writes the 绩效自评 summary of many workbooks as CSV (UTF-8 with a byte-order mark, so Excel and WPS
 * open it with the Chinese intact): one line per project.
 */
public final class ProjectCsv {
    private ProjectCsv() {
    }

    /**
     * Writes a header line and one line per project of each report.
     *
     * @param reports the reports, in order
     * @param out     where the CSV goes; not closed
     * @throws IOException when writing fails
     */
    public static void write(List<Report> reports, Writer out) throws IOException {
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(out, "out");
        header(out);
        for (Report r : reports) {
            rows(r, out);
        }
        out.flush();
    }

    /**
     * Writes the byte-order mark and the header line, for a file written one report at a time with {@link #rows}.
     *
     * @param out where the CSV goes; not closed
     * @throws IOException when writing fails
     */
    public static void header(Writer out) throws IOException {
        Objects.requireNonNull(out, "out");
        out.write('\ufeff');
        out.write("文件,单位,项目序号,项目名称,预算单位,全年预算数,全年执行数,执行率,总分,等级,错误,警告\r\n");
    }

    /**
     * Writes one line per project of the report (none when it has no 绩效自评表), naming it by its file name.
     *
     * @param r   the report
     * @param out where the CSV goes; not closed
     * @throws IOException when writing fails
     */
    public static void rows(Report r, Writer out) throws IOException {
        Objects.requireNonNull(r, "r");
        Objects.requireNonNull(out, "out");
        rows(r.file(), r, out);
    }

    /**
     * Writes one line per project of the report, naming it {@code file}: the path it was found at, so two
     * units' files of the same name stay apart.
     *
     * @param file the name of the file in the first column
     * @param r    the report
     * @param out  where the CSV goes; not closed
     * @throws IOException when writing fails
     */
    public static void rows(String file, Report r, Writer out) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(r, "r");
        Objects.requireNonNull(out, "out");
        for (ProjectSummary p : r.projects()) {
            out.write(String.join(",", cell(file), cell(r.unitName().orElse(null)), String.valueOf(p.project()),
                    cell(p.name()), cell(p.unit()), number(p.budget()), number(p.executed()), number(p.rate()),
                    number(p.total()), cell(p.grade()), String.valueOf(p.errors()), String.valueOf(p.warnings())));
            out.write("\r\n");
        }
    }

    private static String number(BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }

    /**
     * Quotes a field when it holds a comma, a quote or a line break (RFC 4180). A field a spreadsheet would
     * take for a formula (it begins with {@code = + - @}, a tab or a carriage return: a unit or project named
     * {@code =HYPERLINK(…)}) gets a leading apostrophe and quotes, as OWASP's advice on CSV injection says,
     * so Excel and WPS show it as text and never run it.
     */
    static String cell(String s) {
        if (s == null) {
            return "";
        }
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            return "\"'" + s.replace("\"", "\"\"") + '"';
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
