package io.github.juesuan.read;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.juesuan.report.Checker;
import io.github.juesuan.report.FileOutcome;
import io.github.juesuan.report.JsonReport;
import io.github.juesuan.report.Lang;
import io.github.juesuan.report.Report;
import io.github.juesuan.report.TextReport;
import org.junit.jupiter.api.Timeout;

/**
 * The reader's contract under hostile input: whatever the bytes, {@link JuesuanReader#read(java.io.InputStream,
 * String)} returns a result or throws a {@link ReadException} whose message starts with the file name; and a
 * result goes through the {@link Checker} and both report writers without throwing. Anything else (another
 * exception, a {@link StackOverflowError}, running out of memory, or one input taking longer than
 * {@link #SECONDS_PER_INPUT} seconds) is a finding.
 *
 * <p>In the normal test run each fuzz test reads the empty input and its regression inputs under
 * {@code src/test/resources/io/github/juesuan/read/ReaderFuzzTestInputs/<method>/}. With {@code JAZZER_FUZZ=1}
 * one of them fuzzes instead: see {@code docs/fuzzing.md}. The {@code @Timeout} is also libFuzzer's
 * per-input {@code -timeout} while fuzzing.
 */
class ReaderFuzzTest {

    /** Longest a single input may take, read and check together. */
    static final int SECONDS_PER_INPUT = 10;

    private static final JuesuanReader READER = JuesuanReader.create();
    private static final Checker CHECKER = Checker.create();
    // Made when the class is, before any input's time limit starts: writing the POI seeds takes seconds
    // while fuzzing, with POI instrumented.
    private static final List<FuzzedWorkbooks.Xlsx> XLSX_SEEDS = FuzzedWorkbooks.XLSX_SEEDS;
    private static final List<FuzzedWorkbooks.Xls> XLS_SEEDS = FuzzedWorkbooks.XLS_SEEDS;

    /** Whole files as Jazzer mutates them: the container and everything in it. */
    @FuzzTest
    @Timeout(value = SECONDS_PER_INPUT, unit = TimeUnit.SECONDS)
    void rawBytes(byte[] data) {
        readAndCheck(data, "fuzz.bin");
    }

    /** A seed .xlsx with its XML parts edited, zipped again (see {@link FuzzedWorkbooks.Xlsx#mutate}). */
    @FuzzTest
    @Timeout(value = SECONDS_PER_INPUT, unit = TimeUnit.SECONDS)
    void xlsxParts(FuzzedDataProvider data) {
        FuzzedWorkbooks.Xlsx seed = data.pickValue(XLSX_SEEDS);
        readAndCheck(seed.mutate(data), "fuzz.xlsx");
    }

    /** A seed .xls with its BIFF records edited, packed again (see {@link FuzzedWorkbooks.Xls#mutate}). */
    @FuzzTest
    @Timeout(value = SECONDS_PER_INPUT, unit = TimeUnit.SECONDS)
    void xlsRecords(FuzzedDataProvider data) {
        FuzzedWorkbooks.Xls seed = data.pickValue(XLS_SEEDS);
        readAndCheck(seed.mutate(data), "fuzz.xls");
    }

    /**
     * Reads a workbook and, if it could be read, checks it and writes both reports. Only {@link ReadException}
     * is an allowed way out, and it must say which file it is about.
     */
    static void readAndCheck(byte[] workbook, String name) {
        ReadResult result;
        try {
            result = READER.read(new ByteArrayInputStream(workbook), name);
        } catch (ReadException e) {
            assertNotNull(e.reason());
            assertTrue(e.getMessage().startsWith(name), e.getMessage());
            return;
        }
        Report report = CHECKER.check(result);
        TextReport.write(report, Lang.ZH, new PrintStream(OutputStream.nullOutputStream(), false,
                StandardCharsets.UTF_8));
        try {
            JsonReport.write(List.of(new FileOutcome.Checked(name, report)), Writer.nullWriter());
        } catch (IOException e) {
            throw new AssertionError("the null writer failed", e);
        }
    }
}
