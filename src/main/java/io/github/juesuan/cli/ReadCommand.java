package io.github.juesuan.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.juesuan.model.Column;
import io.github.juesuan.model.Figure;
import io.github.juesuan.model.Indicator;
import io.github.juesuan.model.PerformanceEvaluation;
import io.github.juesuan.model.Problem;
import io.github.juesuan.model.Row;
import io.github.juesuan.model.Source;
import io.github.juesuan.model.Table;
import io.github.juesuan.read.JuesuanReader;
import io.github.juesuan.read.ReadException;
import io.github.juesuan.read.ReadResult;
import io.github.juesuan.read.ReaderOptions;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** {@code read FILE [--json] [--password PW]}: prints every table and figure. */
final class ReadCommand {
    private ReadCommand() {
    }

    static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws ReadException {
        boolean json = false;
        String password = null;
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--json")) {
                json = true;
            } else if (a.equals("--password")) {
                if (i + 1 >= args.size()) {
                    throw new Main.UsageException("--password 需要一个参数 (--password needs a value)");
                }
                password = args.get(++i);
            } else if (a.startsWith("--")) {
                throw new Main.UsageException("未知选项 " + a + " (unknown option)");
            } else {
                files.add(a);
            }
        }
        if (files.size() != 1) {
            throw new Main.UsageException("read 需要且只需要一个文件 (read takes exactly one FILE)");
        }
        ReaderOptions options = password == null ? ReaderOptions.DEFAULTS : ReaderOptions.DEFAULTS.withPassword(password);
        Inputs input = Inputs.of(files);
        ReadResult result = input.read(JuesuanReader.create(options), input.paths().get(0), in);
        if (json) {
            writeJson(result, out);
        } else {
            writeText(result, out);
        }
        return Main.OK;
    }

    // ---- text ---------------------------------------------------------------------------------------------

    private static void writeText(ReadResult result, PrintStream out) {
        var d = result.disclosure();
        out.println("文件 " + d.file() + "　单位 " + nullToDash(d.unitName()) + "　年度 " + (d.year() == null ? "—" : d.year()));
        for (Table t : d.tables()) {
            printTable(t, "", out);
        }
        int n = 0;
        for (PerformanceEvaluation e : d.evaluations()) {
            n++;
            out.println();
            out.println("== 绩效自评表 " + n + "：" + e.projectName() + "　" + e.table().source().location());
            out.println("   主管部门 " + nullToDash(e.department()) + "　预算单位 " + nullToDash(e.unit()));
            printRows(e.table(), "PERF" + n, out);
            for (Indicator i : e.indicators()) {
                out.println("   指标 " + i.level1() + " / " + i.level2() + " / " + i.level3() + "　年初 " + i.initialTarget()
                        + "　实际 " + i.actual() + "　分值 " + shown(i.weight()) + "　得分 " + shown(i.points())
                        + (i.reason().isEmpty() ? "" : "　偏差原因 " + i.reason()) + "　@" + i.source().cell());
            }
            out.println("   总分 " + e.total().map(ReadCommand::shown).orElse("（未列示）") + "　等级 " + (e.grade().text().isEmpty() ? "—" : e.grade().text()));
        }
        out.println();
        out.println("读取问题 " + result.problems().size() + " 条" + (result.problems().isEmpty() ? "" : "："));
        for (Problem p : result.problems()) {
            out.println("  [" + p.severity().chinese() + "] " + p.code() + "　" + p.message());
        }
    }

    private static void printTable(Table t, String prefix, PrintStream out) {
        out.println();
        out.println("== " + (t.number() == null ? "" : t.number() + " ") + t.title() + "　[" + t.id().code() + "]　工作表「"
                + t.sheet() + "」　金额单位 " + (t.unit().label().isEmpty() ? "未注明" : t.unit().label()));
        printRows(t, t.id().code(), out);
        for (String note : t.notes()) {
            out.println("   " + note);
        }
    }

    private static void printRows(Table t, String id, PrintStream out) {
        for (Row r : t.rows()) {
            if (r.key().startsWith("ind.") || r.key().equals("summary")) {
                continue; // a self-evaluation's indicators and 总分 are printed on their own lines
            }
            for (var e : r.figures().entrySet()) {
                Column c = t.column(e.getKey()).orElse(new Column(e.getKey(), e.getKey(), null));
                Figure f = e.getValue();
                out.println("   " + id + "　" + pad(f.source().cell(), 6) + r.label()
                        + (r.line() == null ? "" : "［行次" + r.line() + "］")
                        + (r.code() == null || r.label().startsWith(r.code()) ? "" : "［" + r.code() + "］")
                        + "　" + c.label() + (c.number() == null ? "" : "［栏次" + c.number() + "］")
                        + "　" + shown(f));
            }
        }
    }

    private static String shown(Figure f) {
        switch (f.kind()) {
            case NUMBER:
                return f.text();
            case BLANK:
                return "（空）";
            case NOT_APPLICABLE:
                return f.text() + "（不适用）";
            default:
                return "「" + f.text() + "」（非数字）";
        }
    }

    private static String pad(String s, int width) {
        StringBuilder sb = new StringBuilder(s);
        while (sb.length() < width) {
            sb.append(' ');
        }
        return sb.toString();
    }

    private static String nullToDash(String s) {
        return s == null || s.isEmpty() ? "—" : s;
    }

    // ---- JSON ---------------------------------------------------------------------------------------------

    private static void writeJson(ReadResult result, PrintStream out) {
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            JsonGenerator g = new JsonFactory().createGenerator(w).useDefaultPrettyPrinter();
            var d = result.disclosure();
            g.writeStartObject();
            g.writeStringField("file", d.file());
            g.writeStringField("unit", d.unitName());
            if (d.year() == null) {
                g.writeNullField("year");
            } else {
                g.writeNumberField("year", d.year());
            }
            g.writeArrayFieldStart("tables");
            for (Table t : d.tables()) {
                g.writeStartObject();
                tableFields(g, t);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("evaluations");
            for (PerformanceEvaluation e : d.evaluations()) {
                g.writeStartObject();
                g.writeStringField("projectName", e.projectName());
                g.writeStringField("department", e.department());
                g.writeStringField("budgetUnit", e.unit());
                g.writeStringField("grade", e.grade().text());
                tableFields(g, e.table());
                g.writeArrayFieldStart("indicators");
                for (Indicator i : e.indicators()) {
                    g.writeStartObject();
                    g.writeStringField("level1", i.level1());
                    g.writeStringField("level2", i.level2());
                    g.writeStringField("level3", i.level3());
                    g.writeStringField("initialTarget", i.initialTarget());
                    g.writeStringField("adjustedTarget", i.adjustedTarget());
                    g.writeStringField("actual", i.actual());
                    g.writeStringField("weight", i.weight().text());
                    g.writeStringField("points", i.points().text());
                    g.writeStringField("reason", i.reason());
                    g.writeStringField("cell", i.source().cell());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("problems");
            for (Problem p : result.problems()) {
                g.writeStartObject();
                g.writeStringField("code", p.code());
                g.writeStringField("severity", p.severity().name());
                g.writeStringField("sheet", p.where().map(Source::sheet).orElse(null));
                g.writeStringField("cell", p.where().map(Source::cell).orElse(null));
                g.writeStringField("message", p.message());
                g.writeStringField("messageEn", p.messageEn());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.flush();
            w.write(System.lineSeparator());
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void tableFields(JsonGenerator g, Table t) throws IOException {
        g.writeStringField("id", t.id().code());
        g.writeStringField("title", t.title());
        g.writeStringField("number", t.number());
        g.writeStringField("sheet", t.sheet());
        g.writeStringField("unitName", t.unitName());
        g.writeStringField("amountUnit", t.unit().label());
        g.writeArrayFieldStart("notes");
        for (String n : t.notes()) {
            g.writeString(n);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("figures");
        for (Row r : t.rows()) {
            for (var e : r.figures().entrySet()) {
                Column c = t.column(e.getKey()).orElse(new Column(e.getKey(), e.getKey(), null));
                Figure f = e.getValue();
                g.writeStartObject();
                g.writeStringField("table", t.id().code());
                g.writeStringField("row", r.key());
                g.writeStringField("rowLabel", r.label());
                if (r.line() != null) {
                    g.writeNumberField("line", r.line());
                }
                if (r.code() != null) {
                    g.writeStringField("code", r.code());
                }
                g.writeStringField("column", c.key());
                g.writeStringField("columnLabel", c.label());
                if (c.number() != null) {
                    g.writeNumberField("columnNumber", c.number());
                }
                g.writeStringField("kind", f.kind().name());
                if (f.value() != null) {
                    g.writeNumberField("value", f.value());
                }
                g.writeStringField("printed", f.text());
                g.writeNumberField("decimals", f.decimals());
                g.writeStringField("sheet", f.source().sheet());
                g.writeStringField("cell", f.source().cell());
                g.writeEndObject();
            }
        }
        g.writeEndArray();
    }
}
