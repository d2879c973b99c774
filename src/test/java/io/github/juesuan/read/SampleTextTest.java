package io.github.juesuan.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.juesuan.fixtures.SeedText;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's sample text disclosure is the seed as plain text, exactly as the fixture code writes it from the
 * seed's figures and sentences. Regenerate after a deliberate change:
 * {@code mvn -o test -Dtest=SampleTextTest -Djuesuan.sample.write}.
 */
class SampleTextTest {
    private static final Path SAMPLE = Path.of("samples/shanxi-kepu-2024.txt");

    @Test
    void sampleTextIsTheSeedAsText(@TempDir Path dir) throws Exception {
        String text = SeedText.write(dir).text();
        if (System.getProperty("juesuan.sample.write") != null) {
            Files.writeString(SAMPLE, text, StandardCharsets.UTF_8);
        }
        assertEquals(text, Files.readString(SAMPLE, StandardCharsets.UTF_8));
    }
}
