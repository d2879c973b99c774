package io.github.juesuan.cli;

import io.github.juesuan.report.Batch;
import io.github.juesuan.report.BatchResult;
import io.github.juesuan.report.FileOutcome;
import io.github.juesuan.report.HtmlReport;
import io.github.juesuan.report.JsonReport;
import io.github.juesuan.report.Lang;
import io.github.juesuan.report.ProjectCsv;
import io.github.juesuan.report.Report;
import io.github.juesuan.report.TextReport;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The outputs a check writes file by file, in path order (see {@link Batch}): the text reports, the JSON
 * report, the CSV, the HTML page. Each report file is an {@link OutputFile}: complete or absent. All are
 * opened before the first file is checked, so one that cannot be created stops the run before any work.
 */
final class Outputs implements AutoCloseable {
    private final boolean single;
    private final Lang lang;
    private final PrintStream text;
    private Path detailsFile;
    private PrintStream details;
    private OutputFile jsonOut;
    private JsonReport.Streaming json;
    private OutputFile csvOut;
    private OutputFile htmlOut;
    private boolean firstText = true;
    /** One summary line per file for the HTML page, or null without one. */
    final List<HtmlReport.Line> lines;

    /**
     * @param text   where the text reports and the summary go: standard output, or standard error when an
     *               output goes to standard output
     * @param stdout standard output, for an output named {@code -}
     * @throws OutputFile.Failure when an output cannot be created; nothing is left behind
     */
    Outputs(boolean single, boolean withDetails, String json, String perfCsv, String html, Lang lang,
            PrintStream text, PrintStream stdout) {
        this.single = single;
        this.lang = lang;
        this.text = text;
        this.lines = html != null ? new ArrayList<>() : null;
        try {
            if (withDetails && !single) {
                try {
                    detailsFile = Files.createTempFile("juesuan-details-", ".txt");
                    Cleanup.register(detailsFile);
                    details = new PrintStream(Files.newOutputStream(detailsFile), false, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new OutputFile.Failure(System.getProperty("java.io.tmpdir"), OutputKind.TEMPORARY_FILE, e);
                }
            }
            if (json != null) {
                jsonOut = OutputFile.open(json, OutputKind.JSON_REPORT, stdout);
                try {
                    this.json = JsonReport.open(jsonOut.writer());
                } catch (IOException e) {
                    throw jsonOut.failure(e);
                }
            }
            if (perfCsv != null) {
                csvOut = OutputFile.open(perfCsv, OutputKind.PROJECTS_CSV, stdout);
                try {
                    ProjectCsv.header(csvOut.writer());
                } catch (IOException e) {
                    throw csvOut.failure(e);
                }
            }
            if (html != null) {
                htmlOut = OutputFile.open(html, OutputKind.HTML_REPORT, stdout);
            }
        } catch (OutputFile.Failure e) {
            close();
            throw e;
        }
    }

    /** One more file, in path order. */
    void accept(FileOutcome e) {
        Report r = e instanceof FileOutcome.Checked c ? c.report() : null;
        if (r != null && (single || details != null)) {
            PrintStream to = single ? text : details;
            if (!firstText) {
                to.println();
            }
            TextReport.write(r, lang, to);
            firstText = false;
        }
        if (json != null) {
            try {
                json.write(e);
            } catch (IOException x) {
                throw jsonOut.failure(x);
            }
        }
        if (csvOut != null && r != null) {
            try {
                ProjectCsv.rows(e.file(), r, csvOut.writer());
            } catch (IOException x) {
                throw csvOut.failure(x);
            }
        }
        if (lines != null) {
            lines.add(HtmlReport.Line.of(e));
        }
    }

    /**
     * After the batch: the full reports, the summary, then each output finished and moved into place.
     *
     * @param sections each file's HTML section by its path, or null
     */
    void finish(BatchResult result, Function<String, String> sections) {
        if (details != null) {
            details.close();
            try {
                Files.copy(detailsFile, text);
            } catch (IOException e) {
                throw new OutputFile.Failure(detailsFile.toString(), OutputKind.DETAILS, e);
            }
            text.flush();
        }
        if (!single) {
            if (!firstText) {
                text.println();
            }
            BatchSummary.print(result, lang, text);
        }
        if (csvOut != null) {
            csvOut.commit();
        }
        if (json != null) {
            try {
                json.finish();
            } catch (IOException e) {
                throw jsonOut.failure(e);
            }
            jsonOut.commit();
        }
        if (htmlOut != null) {
            try {
                HtmlReport.writeSummarised(lines, sections, lang, htmlOut.writer());
            } catch (IOException e) {
                throw htmlOut.failure(e);
            } catch (UncheckedIOException e) {
                throw htmlOut.failure(e.getCause());
            }
            htmlOut.commit();
        }
    }

    /** Closes everything; an output not finished is removed (its temporary file only, never the target). */
    @Override
    public void close() {
        if (details != null) {
            details.close();
        }
        if (detailsFile != null) {
            Cleanup.delete(detailsFile);
            Cleanup.release(detailsFile);
        }
        for (OutputFile o : new OutputFile[] {jsonOut, csvOut, htmlOut}) {
            if (o != null) {
                o.close();
            }
        }
    }
}
