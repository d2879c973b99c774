package io.github.juesuan.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads the data files shipped in the jar beside the reader (the table catalogue, the narrative vocabulary). */
final class BundledData {
    /** Parses one bundled file. */
    interface Parser<T> {
        T parse(BufferedReader reader) throws IOException;
    }

    private BundledData() {
    }

    /**
     * Parses the UTF-8 resource {@code name} next to this class. A missing or unreadable file is a broken jar,
     * not a user's mistake: it fails the class's initialisation.
     */
    static <T> T load(String name, Parser<T> parser) {
        try (InputStream in = BundledData.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " missing from the juesuan jar");
            }
            return parser.parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
