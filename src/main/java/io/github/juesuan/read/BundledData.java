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

    /** What a bundled INI-style file holds, line by line: {@code [SECTION]} headers and {@code KEY = VALUE} entries. */
    interface Sections {
        /** A {@code [name]} line, at 1-based line {@code n}. */
        void section(String name, int n);

        /** A {@code key = value} line (both stripped; the value may be empty), at 1-based line {@code n}. */
        void entry(String key, String value, int n);
    }

    private BundledData() {
    }

    /**
     * Reads an INI-style bundled file: blank lines and {@code #} comments skipped, {@code [SECTION]} lines and
     * {@code KEY = VALUE} lines handed to {@code to} in order. Any other line is a broken jar.
     */
    static void readSections(BufferedReader reader, String file, Sections to) throws IOException {
        String line;
        int n = 0;
        while ((line = reader.readLine()) != null) {
            n++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            if (t.startsWith("[") && t.endsWith("]")) {
                to.section(t.substring(1, t.length() - 1).strip(), n);
                continue;
            }
            int eq = t.indexOf('=');
            if (eq <= 0) {
                throw new IllegalStateException(file + " line " + n + ": expected [section] or KEY = value: «" + t + "»");
            }
            to.entry(t.substring(0, eq).strip(), t.substring(eq + 1).strip(), n);
        }
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
