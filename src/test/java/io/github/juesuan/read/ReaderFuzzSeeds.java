package io.github.juesuan.read;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.github.juesuan.fixtures.FixtureDocument;
import io.github.juesuan.fixtures.FixtureWriter;
import io.github.juesuan.fixtures.Format;
import io.github.juesuan.fixtures.Layout;
import io.github.juesuan.fixtures.SeedDocument;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionMode;

/**
 * Writes the seed inputs of {@link ReaderFuzzTest#rawBytes}: small workbooks with just enough of the seed
 * disclosure for the layout recognition to find a table, so that byte-level mutation has little else to
 * wade through. See {@code ReaderFuzzTestInputs.README.txt} for how to run it.
 */
public final class ReaderFuzzSeeds {

    private ReaderFuzzSeeds() {
    }

    /** Writes the seeds into {@code args[0]/rawBytes/} (the {@code ReaderFuzzTestInputs} folder). */
    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args[0], "rawBytes"));
        FixtureDocument seed = SeedDocument.create();
        // Table 01 alone, one sheet: the smallest workbook the reader turns into a table.
        FixtureDocument table01 = new FixtureDocument(seed.unitName(), seed.year(), List.of(seed.table("01")),
                List.of());
        // Table 03 and a self-evaluation stacked on one sheet: the block splitting and PerformanceReader.
        FixtureDocument stacked = new FixtureDocument(seed.unitName(), seed.year(), List.of(seed.table("03")),
                List.of(seed.perfs().get(0)));
        Path xlsx = FixtureWriter.write(table01, Layout.SHANXI, Format.XLSX, dir.resolve("shanxi-01.xlsx")).file();
        FixtureWriter.write(table01, Layout.SHANXI, Format.XLS, dir.resolve("shanxi-01.xls"));
        FixtureWriter.write(stacked, Layout.STACKED, Format.XLSX, dir.resolve("stacked-03-perf.xlsx"));
        // Encrypted with Excel's built-in password, which the reader tries by itself: the decryption path.
        Files.write(dir.resolve("shanxi-01-default-password.xlsx"),
                ContainersTest.encrypt(Files.readAllBytes(xlsx), EncryptionMode.standard, Decryptor.DEFAULT_PASSWORD));
    }
}
