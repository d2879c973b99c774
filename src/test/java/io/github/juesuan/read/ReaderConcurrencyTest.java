package io.github.juesuan.read;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One reader shared by several threads gives every thread the same result. */
class ReaderConcurrencyTest {
    @Test
    void oneReaderManyThreads() throws Exception {
        JuesuanReader reader = JuesuanReader.create();
        List<Path> files = List.of(Path.of("samples/shanxi-kepu-2024.xlsx"),
                Path.of("src/test/resources/fixtures/valid/libreoffice/lo-synthetic-shanghai.xls"),
                Path.of("src/test/resources/fixtures/valid/libreoffice/lo-synthetic-central.xlsx"));
        List<ReadResult> expected = new ArrayList<>();
        for (Path f : files) {
            expected.add(reader.read(f));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ReadResult>> futures = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                Path f = files.get(i % files.size());
                futures.add(pool.submit(() -> reader.read(f)));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(expected.get(i % files.size()), futures.get(i).get(), "run " + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
