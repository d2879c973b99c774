package io.github.juesuan.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.juesuan.model.NarrativeQuote;
import io.github.juesuan.model.NarrativeSource;
import io.github.juesuan.model.Severity;
import io.github.juesuan.model.Source;
import io.github.juesuan.model.TableId;
import io.github.juesuan.rules.Interval;
import io.github.juesuan.rules.Participant;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** Writes reports as JSON (one object per run: files with their findings, then totals). */
public final class JsonReport {
    /** The version of the JSON layout; it changes when a field is removed or changes meaning. */
    public static final String SCHEMA_VERSION = "1";

    private JsonReport() {
    }

    /**
     * Writes the files' outcomes and their totals.
     *
     * @param entries the files, in order (a {@link BatchResult#entries()}, or made one by one)
     * @param out     where the document goes; flushed, not closed
     * @throws IOException when writing fails
     */
    public static void write(List<? extends FileOutcome> entries, Writer out) throws IOException {
        Objects.requireNonNull(entries, "entries");
        Objects.requireNonNull(out, "out");
        Streaming s = open(out);
        for (FileOutcome e : entries) {
            s.write(e);
        }
        s.finish();
    }

    /**
     * Starts a report to be written one entry at a time, for a batch too large to keep: {@link Streaming#write}
     * each entry, then {@link Streaming#finish} (the totals); the document is the one {@link #write} makes.
     *
     * @param out where the document goes; flushed, not closed
     * @return the report being written
     * @throws IOException when writing fails
     */
    public static Streaming open(Writer out) throws IOException {
        Objects.requireNonNull(out, "out");
        return new Streaming(out);
    }

    /** A report being written entry by entry; not thread-safe. */
    public static final class Streaming {
        private final Writer out;
        private final JsonGenerator g;
        private final int[] totals = new int[Severity.values().length];
        private int files;
        private int unreadable;

        private Streaming(Writer out) throws IOException {
            this.out = Objects.requireNonNull(out, "out");
            g = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("schemaVersion", SCHEMA_VERSION);
            g.writeArrayFieldStart("files");
        }

        /**
         * Writes one file's outcome.
         *
         * @param e the next file's outcome
         * @throws IOException when writing fails
         */
        public void write(FileOutcome e) throws IOException {
            Objects.requireNonNull(e, "e");
            files++;
            g.writeStartObject();
            g.writeStringField("file", e.file());
            if (e instanceof FileOutcome.Unreadable u) {
                unreadable++;
                g.writeStringField("status", "unreadable");
                g.writeStringField("reason", u.message());
                g.writeEndObject();
                return;
            }
            Report r = ((FileOutcome.Checked) e).report();
            g.writeStringField("status", r.findings().isEmpty() ? "ok" : "findings");
            g.writeStringField("unit", r.unitName().orElse(null));
            if (r.year().isEmpty()) {
                g.writeNullField("year");
            } else {
                g.writeNumberField("year", r.year().get());
            }
            g.writeArrayFieldStart("tables");
            for (TableId t : r.tables()) {
                g.writeString(t.code());
            }
            g.writeEndArray();
            g.writeArrayFieldStart("projects");
            for (ProjectSummary p : r.projects()) {
                g.writeStartObject();
                g.writeNumberField("project", p.project());
                g.writeStringField("name", p.name());
                g.writeStringField("unit", p.unit());
                number(g, "budget", p.budget());
                number(g, "executed", p.executed());
                number(g, "rate", p.rate());
                number(g, "total", p.total());
                g.writeStringField("grade", p.grade());
                g.writeNumberField("errors", p.errors());
                g.writeNumberField("warnings", p.warnings());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeNumberField("passed", r.passed());
            g.writeObjectFieldStart("counts");
            for (Severity s : Severity.values()) {
                g.writeNumberField(s.name(), r.count(s));
                totals[s.ordinal()] += r.count(s);
            }
            g.writeEndObject();
            g.writeArrayFieldStart("findings");
            for (Finding f : r.findings()) {
                finding(g, f);
            }
            g.writeEndArray();
            g.writeEndObject();
        }

        /**
         * Writes the totals and ends the document; the writer is flushed, not closed.
         *
         * @throws IOException when writing fails
         */
        public void finish() throws IOException {
            g.writeEndArray();
            g.writeObjectFieldStart("totals");
            g.writeNumberField("files", files);
            g.writeNumberField("unreadable", unreadable);
            for (Severity s : Severity.values()) {
                g.writeNumberField(s.name(), totals[s.ordinal()]);
            }
            g.writeEndObject();
            g.writeEndObject();
            g.flush();
            out.write(System.lineSeparator());
            out.flush();
        }
    }

    private static void finding(JsonGenerator g, Finding f) throws IOException {
        g.writeStartObject();
        g.writeStringField("rule", f.ruleId());
        g.writeStringField("severity", f.severity().name());
        g.writeStringField("outcome", f.outcome().name());
        g.writeStringField("table", f.table().map(TableId::code).orElse(null));
        if (f.project().isPresent()) {
            g.writeNumberField("project", f.project().getAsInt());
        }
        g.writeStringField("instance", f.instance().orElse(""));
        g.writeStringField("message", f.message());
        g.writeStringField("messageEn", f.messageEn());
        g.writeStringField("expression", f.expression());
        g.writeStringField("substituted", f.substituted());
        interval(g, "computed", f.computed().orElse(null));
        interval(g, "printed", f.printed().orElse(null));
        number(g, "difference", f.difference().orElse(null));
        number(g, "allowed", f.allowed().orElse(null));
        g.writeStringField("reason", f.reason());
        g.writeStringField("reasonEn", f.reasonEn());
        if (f.location().isPresent()) {
            g.writeFieldName("location");
            source(g, f.location().get());
        }
        if (f.quote().isPresent()) {
            quote(g, f.quote().get());
        }
        g.writeArrayFieldStart("cells");
        for (Participant p : f.cells()) {
            g.writeStartObject();
            g.writeStringField("file", p.source().file());
            g.writeStringField("sheet", p.source().sheet());
            g.writeStringField("cell", p.source().cell());
            g.writeStringField("table", p.table().code());
            g.writeStringField("row", p.rowKey());
            g.writeStringField("rowLabel", p.rowLabel());
            g.writeStringField("column", p.columnKey());
            g.writeStringField("columnLabel", p.columnLabel());
            g.writeStringField("printed", p.printed());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** The sentence of the words a finding is about, with the numbers it concerns. */
    private static void quote(JsonGenerator g, NarrativeQuote q) throws IOException {
        NarrativeSource s = q.sentence();
        g.writeObjectFieldStart("quote");
        g.writeStringField("file", s.file());
        if (s.inCell()) {
            g.writeStringField("sheet", s.sheet());
            g.writeStringField("cell", s.cell());
        } else {
            g.writeNumberField("paragraph", s.paragraph());
        }
        g.writeNumberField("start", s.start());
        g.writeNumberField("end", s.end());
        g.writeStringField("sentence", s.text());
        g.writeArrayFieldStart("marks");
        for (NarrativeSource m : q.marks()) {
            g.writeStartObject();
            g.writeNumberField("start", m.start());
            g.writeNumberField("end", m.end());
            g.writeStringField("text", m.text());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void source(JsonGenerator g, Source s) throws IOException {
        g.writeStartObject();
        g.writeStringField("file", s.file());
        g.writeStringField("sheet", s.sheet());
        g.writeStringField("cell", s.cell());
        g.writeStringField("raw", s.raw());
        g.writeEndObject();
    }

    private static void interval(JsonGenerator g, String name, Interval i) throws IOException {
        if (i == null) {
            g.writeNullField(name);
            return;
        }
        g.writeArrayFieldStart(name);
        g.writeNumber(i.lo().stripTrailingZeros().toPlainString());
        g.writeNumber(i.hi().stripTrailingZeros().toPlainString());
        g.writeEndArray();
    }

    private static void number(JsonGenerator g, String name, BigDecimal v) throws IOException {
        if (v == null) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, v);
        }
    }
}
