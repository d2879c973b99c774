package io.github.juesuan.bench;

import io.github.juesuan.read.JuesuanReader;
import io.github.juesuan.read.ReadException;
import io.github.juesuan.read.ReadResult;
import io.github.juesuan.report.Checker;
import io.github.juesuan.report.Report;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * One .xlsx, six ways: the StAX floor (the JDK's parser, and the class path's provider), POI's usermodel,
 * dhatim's fastexcel-reader, juesuan's reader, juesuan's reader and checker. Sampled time: each operation is
 * timed, and docs/bench.sh's report compares medians.
 *
 * <pre>java -jar target/benchmarks.jar XlsxBenchmark -prof gc</pre>
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(java.util.concurrent.TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@Threads(1)
@State(Scope.Thread)
public class XlsxBenchmark {
    /** {@code seed}: samples/shanxi-kepu-2024.xlsx; {@code synthetic}: lo-synthetic-shanxi.xlsx. */
    @Param({"seed", "synthetic"})
    public String workbook;

    private Path path;
    private File file;
    private XMLInputFactory jdkXml;
    private XMLInputFactory providerXml;
    private JuesuanReader reader;
    private Checker checker;

    @Setup(Level.Trial)
    public void setUp() {
        path = Workbooks.copy(workbook);
        file = path.toFile();
        // The JDK's own StAX (newDefaultFactory: never a provider found on the class path), and whatever
        // newFactory() finds on the class path (juesuan depends on Aalto, so Aalto, unless
        // javax.xml.stream.XMLInputFactory says otherwise). Both set up as juesuan's reader sets up its own.
        jdkXml = configure(XMLInputFactory.newDefaultFactory());
        providerXml = configure(XMLInputFactory.newFactory());
        reader = JuesuanReader.create();
        checker = Checker.create();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        Workbooks.delete(path);
    }

    private static XMLInputFactory configure(XMLInputFactory xml) {
        xml.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        xml.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        xml.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        xml.setProperty(XMLInputFactory.IS_COALESCING, false);
        return xml;
    }

    /**
     * The floor: java.util.zip inflates every worksheet part and the shared strings, the JDK's StAX parser
     * reads them, every event is consumed and nothing is built.
     */
    @Benchmark
    public void staxFloor(Blackhole bh) throws IOException, XMLStreamException {
        scan(jdkXml, bh);
    }

    /**
     * The same floor with the StAX provider that {@code XMLInputFactory.newFactory()} finds on the class path
     * (Aalto, which juesuan depends on).
     */
    @Benchmark
    public void staxFloorProvider(Blackhole bh) throws IOException, XMLStreamException {
        scan(providerXml, bh);
    }

    private void scan(XMLInputFactory xml, Blackhole bh) throws IOException, XMLStreamException {
        try (ZipFile zip = new ZipFile(file)) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                String name = entry.getName();
                boolean sheet = name.startsWith("xl/worksheets/") && name.endsWith(".xml")
                        && name.indexOf('/', "xl/worksheets/".length()) < 0;
                if (!sheet && !name.equals("xl/sharedStrings.xml")) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    XMLStreamReader r = xml.createXMLStreamReader(in);
                    long events = 0;
                    while (r.hasNext()) {
                        events += r.next();
                    }
                    r.close();
                    bh.consume(events);
                }
            }
        }
    }

    /** POI's usermodel: the whole workbook opened on the file, every cell's value read. */
    @Benchmark
    public void poiUsermodel(Blackhole bh) throws IOException, InvalidFormatException {
        // new XSSFWorkbook(File) opens the package read-write, and closing it would write the file back:
        // revert() closes it without saving.
        XSSFWorkbook wb = new XSSFWorkbook(file);
        try {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        consume(cell, cell.getCellType(), bh);
                    }
                }
            }
        } finally {
            wb.getPackage().revert();
        }
    }

    /**
     * dhatim's fastexcel-reader (the fastest streaming reader we know of): the workbook opened on the file, every
     * row of every sheet streamed, every cell's value ({@code BigDecimal}, {@code String}, {@code Boolean}; a
     * formula's cached value) consumed.
     */
    @Benchmark
    public void fastexcelReader(Blackhole bh) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(file)) {
            for (org.dhatim.fastexcel.reader.Sheet sheet : wb.getSheets().toList()) {
                try (Stream<org.dhatim.fastexcel.reader.Row> rows = sheet.openStream()) {
                    rows.forEach(row -> {
                        for (org.dhatim.fastexcel.reader.Cell cell : row) {
                            // a row's cells between two present ones are null
                            bh.consume(cell == null ? null : cell.getValue());
                        }
                    });
                }
            }
        }
    }

    static void consume(Cell cell, CellType type, Blackhole bh) {
        switch (type) {
            case NUMERIC -> bh.consume(cell.getNumericCellValue());
            case STRING -> bh.consume(cell.getStringCellValue());
            case BOOLEAN -> bh.consume(cell.getBooleanCellValue());
            case FORMULA -> consume(cell, cell.getCachedFormulaResultType(), bh);
            default -> bh.consume(type);
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
