package io.github.juesuan.read;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

class TempFilesTest {

    /**
     * The shutdown hook may delete a copy between its creation and its filling (SIGTERM while standard input is
     * about to be copied, the stream then closed by whoever stopped the run): filling must then fail, never make
     * the file again where no hook is left to delete it.
     */
    @Test
    void aCopyDeletedBeforeItIsFilledIsNotMadeAgain() throws IOException {
        Path temp = TempFiles.create("juesuan-test-", ".bin");
        TempFiles.delete(temp);
        assertThrows(NoSuchFileException.class, () -> TempFiles.open(temp).close());
        assertFalse(Files.exists(temp), temp.toString());
    }

    @Test
    void aCopyIsFilledReadAndDeletedWhateverHappens() throws IOException {
        AtomicReference<Path> seen = new AtomicReference<>();
        byte[] read = TempFiles.readCopy(".bin", out -> out.write(new byte[]{1, 2, 3}), temp -> {
            seen.set(temp);
            return Files.readAllBytes(temp);
        });
        assertArrayEquals(new byte[]{1, 2, 3}, read);
        assertFalse(Files.exists(seen.get()), "deleted after reading");
        IOException boom = assertThrows(IOException.class, () -> TempFiles.readCopy(".bin", out -> {
            throw new IOException("boom");
        }, temp -> {
            seen.set(temp);
            return null;
        }));
        assertEquals("boom", boom.getMessage());
    }
}
