package io.github.juesuan.bench;

import io.github.juesuan.read.JuesuanReader;
import io.github.juesuan.read.ReadException;
import io.github.juesuan.read.ReadResult;
import io.github.juesuan.report.Checker;
import io.github.juesuan.report.Report;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;

/**
 * One .xls, four ways: POI's HSSF event API (the floor), POI's HSSF usermodel, juesuan's reader, juesuan's
 * reader and checker. Sampled time, as {@link XlsxBenchmark}.
 *
 * <pre>java -jar target/benchmarks.jar XlsBenchmark -prof gc</pre>
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(java.util.concurrent.TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@Threads(1)
@State(Scope.Thread)
public class XlsBenchmark {
    /** {@code seed-xls}: lo-seed-shanxi.xls; {@code synthetic-xls}: lo-synthetic-shanxi.xls. */
    @Param({"seed-xls", "synthetic-xls"})
    public String workbook;

    private Path path;
    private File file;
    private JuesuanReader reader;
    private Checker checker;

    @Setup(Level.Trial)
    public void setUp() {
        path = Workbooks.copy(workbook);
        file = path.toFile();
        reader = JuesuanReader.create();
        checker = Checker.create();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        Workbooks.delete(path);
    }

    /** The floor: POIFS opens the file, the HSSF event API decodes every record of the Workbook stream into
     *  a listener that consumes it and builds nothing. */
    @Benchmark
    public void hssfEventFloor(Blackhole bh) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file, true)) {
            HSSFRequest request = new HSSFRequest();
            request.addListenerForAllRecords(bh::consume);
            new HSSFEventFactory().processWorkbookEvents(request, fs);
        }
    }

    /** POI's HSSF usermodel: the whole workbook opened on the file, every cell's value read. */
    @Benchmark
    public void hssfUsermodel(Blackhole bh) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file, true); HSSFWorkbook wb = new HSSFWorkbook(fs)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        XlsxBenchmark.consume(cell, cell.getCellType(), bh);
                    }
                }
            }
        }
    }

    /** juesuan, reading only. */
    @Benchmark
    public ReadResult juesuanRead() throws ReadException {
        return reader.read(path);
    }

    /** juesuan, reading and checking with the built-in rule pack. */
    @Benchmark
    public Report juesuanCheck() throws ReadException {
        return checker.check(path);
    }
}
