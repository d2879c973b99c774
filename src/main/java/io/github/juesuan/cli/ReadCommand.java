package io.github.juesuan.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.juesuan.i18n.Messages;
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
import io.github.juesuan.report.Lang;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.File;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code read FILE [--json] [--lang en] [--password PW]}: prints every table and figure. */
@Command(name = "read", versionProvider = Commands.Version.class,
        sortOptions = false, footerHeading = "%n")
final class ReadCommand implements Callable<Integer> {
    private final InputStream in;
    private final PrintStream out;

    @Parameters(paramLabel = "FILE", arity = "1")
    private File file;

    @Option(names = "--json")
    private boolean json;

    @Mixin
    private Common common = new Common();

    @Mixin
    private HelpOptions help = new HelpOptions();

    ReadCommand(InputStream in, PrintStream out) {
        this.in = in;
        this.out = out;
    }

    @Override
    public Integer call() throws ReadException {
        Lang lang = common.lang();
        Inputs input = Inputs.of(List.of(file.getPath()));
        ReadResult result = input.read(JuesuanReader.create(common.readerOptions()), input.paths().get(0), in);
        if (json) {
            writeJson(result, out);
        } else {
            writeText(result, lang, out);
        }
        return Main.OK;
    }

    // ---- text ---------------------------------------------------------------------------------------------

    /** The text of every table, its words in {@code lang}; the disclosure's own labels as printed. */
    private static void writeText(ReadResult result, Lang lang, PrintStream out) {
        Messages w = CliWords.of(lang);
        var d = result.disclosure();
        out.println(w.get("read.header", d.file(), nullToDash(d.unitName()), d.year() == null ? "—" : d.year()));
        for (Table t : d.tables()) {
            printTable(t, w, out);
        }
        int n = 0;
        for (PerformanceEvaluation e : d.evaluations()) {
            n++;
            out.println();
            out.println(w.get("read.evaluation", n, e.projectName(), e.table().source().location()));
            out.println(w.get("read.evaluation.units", nullToDash(e.department()), nullToDash(e.unit())));
            printRows(e.table(), "PERF" + n, w, out);
            for (Indicator i : e.indicators()) {
                out.println(w.get("read.indicator", i.level1(), i.level2(), i.level3(), i.initialTarget(), i.actual(),
                        shown(w, i.weight()), shown(w, i.points()),
                        i.reason().isEmpty() ? "" : w.get("read.indicator.reason", i.reason()), i.source().cell()));
            }
            out.println(w.get("read.evaluation.total", e.total().map(f -> shown(w, f)).orElse(w.get("read.notPrinted")),
                    e.grade().text().isEmpty() ? "—" : e.grade().text()));
        }
        out.println();
        out.println(w.get(result.problems().isEmpty() ? "read.problems.none" : "read.problems", result.problems().size()));
        for (Problem p : result.problems()) {
            out.println(w.get("read.problem", CliWords.severity(p.severity(), lang), p.code(),
                    lang == Lang.EN ? p.messageEn() : p.message()));
        }
    }

    private static void printTable(Table t, Messages w, PrintStream out) {
        out.println();
        out.println(w.get("read.table", t.number() == null ? "" : t.number() + " ", t.title(), t.id().code(), t.sheet(),
                t.unit().label().isEmpty() ? w.get("read.unitNotStated") : t.unit().label()));
        printRows(t, t.id().code(), w, out);
        for (String note : t.notes()) {
            out.println("   " + note);
        }
    }

    private static void printRows(Table t, String id, Messages w, PrintStream out) {
        for (Row r : t.rows()) {
            if (r.key().startsWith("ind.") || r.key().equals("summary")) {
                continue; // a self-evaluation's indicators and 总分 are printed on their own lines
            }
            for (var e : r.figures().entrySet()) {
                Column c = t.column(e.getKey()).orElse(new Column(e.getKey(), e.getKey(), null));
                Figure f = e.getValue();
                out.println(w.get("read.figure", id, pad(f.source().cell(), 6) + r.label(),
                        r.line() == null ? "" : w.get("read.figure.line", r.line()),
                        r.code() == null || r.label().startsWith(r.code()) ? "" : w.get("read.figure.code", r.code()),
                        c.label(), c.number() == null ? "" : w.get("read.figure.column", c.number()), shown(w, f)));
            }
        }
    }

    /** A figure as the text output shows it: its printed text, or what kind of non-number it is. */
    private static String shown(Messages w, Figure f) {
        switch (f.kind()) {
            case NUMBER:
                return f.text();
            case BLANK:
                return w.get("read.blank");
            case NOT_APPLICABLE:
                return w.get("read.notApplicable", f.text());
            default:
                return w.get("read.notANumber", f.text());
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
