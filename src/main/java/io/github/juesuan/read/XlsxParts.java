package io.github.juesuan.read;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.codehaus.stax2.XMLStreamReader2;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The parts of an open .xlsx package, looked up by name case-insensitively and each parsed by one secure StAX
 * reader; the inflated bytes of all parts together count against {@link ReaderOptions#maxUncompressedBytes()}.
 * Also the workbook-wide errors: a damaged part, a limit exceeded.
 */
final class XlsxParts {
    private static final XMLInputFactory XML = secureFactory();

    private final ZipSecureFile zip;
    /** The file's name used in messages. */
    final String file;
    final ReaderOptions options;
    private final Map<String, ZipArchiveEntry> entries = new HashMap<>();
    private long uncompressed;

    XlsxParts(ZipSecureFile zip, String file, ReaderOptions options) {
        this.zip = zip;
        this.file = file;
        this.options = options;
        for (Enumeration<ZipArchiveEntry> e = zip.getEntries(); e.hasMoreElements(); ) {
            ZipArchiveEntry entry = e.nextElement();
            entries.put(entry.getName().toLowerCase(Locale.ROOT), entry);
        }
    }

    private static XMLInputFactory secureFactory() {
        // Aalto, not XMLInputFactory.newFactory(): about twice as fast over sheet XML, and instantiated here so
        // the choice does not depend on which StAX providers the application has on its class path.
        XMLInputFactory factory = new com.fasterxml.aalto.stax.InputFactoryImpl();
        // No DTDs, no external entities: an .xlsx never needs them, and they are how XXE and
        // entity-expansion bombs get in.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }

    /** Parses one part. */
    interface PartHandler {
        void handle(XMLStreamReader2 reader) throws XMLStreamException, ReadException;
    }

    /** The entry of {@code part}, its name compared case-insensitively; null for none. */
    ZipArchiveEntry entry(String part) {
        return entries.get(part.toLowerCase(Locale.ROOT));
    }

    /** Whether the package has an entry of exactly this lower-case name. */
    boolean hasEntryNamed(String lowerCaseName) {
        return entries.containsKey(lowerCaseName);
    }

    /** Parses {@code part} (of sheet {@code sheet}, null for a workbook part) with {@code handler}. */
    void parse(String part, String sheet, PartHandler handler) throws ReadException {
        ZipArchiveEntry entry = entry(part);
        try (InputStream in = new Budget(zip.getInputStream(entry), sheet)) {
            // Aalto's reader, created above, is a Stax2 reader: attribute values can be read in place.
            XMLStreamReader2 reader = (XMLStreamReader2) XML.createXMLStreamReader(in);
            try {
                handler.handle(reader);
            } finally {
                reader.close();
            }
        } catch (ReadException e) {
            throw e;
        } catch (IOException e) {
            throw zipProblem(sheet, part, e);
        } catch (XMLStreamException e) {
            // The StAX parser wraps what our input stream threw (the byte budget) in its own exception.
            Throwable nested = e.getNestedException() != null ? e.getNestedException() : e.getCause();
            if (nested instanceof ReadException re) {
                throw re;
            }
            if (nested instanceof IOException io) {
                throw zipProblem(sheet, part, io);
            }
            throw corrupt(file, sheet == null ? part : sheet, e);
        } catch (RuntimeException e) {
            throw corrupt(file, sheet == null ? part : sheet, e);
        }
    }

    private ReadException zipProblem(String sheet, String part, IOException e) {
        String msg = String.valueOf(e.getMessage());
        if (msg.contains("Zip bomb") || msg.contains("exceeds the max")) {
            return ReadException.of(ReadException.Reason.LIMIT_EXCEEDED, file, sheet, null, e,
                    "unreadable.xlsx.zipBomb", part, msg);
        }
        return corrupt(file, sheet == null ? part : sheet, e);
    }

    static ReadException corrupt(String file, String where, Exception e) {
        return ReadException.of(ReadException.Reason.CORRUPT, file, where, null, e,
                "unreadable.xlsx.damaged", e.getMessage());
    }

    ReadException limit(String sheet, String cell, String key, Object... args) {
        return ReadException.of(ReadException.Reason.LIMIT_EXCEEDED, file, sheet, cell, null, key, args);
    }

    void checkText(int length, String sheet, String cell) throws ReadException {
        if (length > options.maxTextLength()) {
            throw limit(sheet, cell, "unreadable.xlsx.limit.stringLength", options.maxTextLength());
        }
    }

    /** Counts inflated bytes against {@link ReaderOptions#maxUncompressedBytes()} across all parts. */
    private final class Budget extends FilterInputStream {
        private final String sheet;
        private long run;

        Budget(InputStream in, String sheet) {
            super(in);
            this.sheet = sheet;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
                run = b == '<' || b == '>' ? 0 : run + 1;
                checkRun();
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                count(n);
                markup(buf, off, n);
            }
            return n;
        }

        /**
         * Follows the run of bytes since the last {@code <} or {@code >}: a text or a tag longer than the
         * parser should ever hold (it buffers a whole text node, however long) is refused before it is parsed.
         * Real sheet XML has a bracket every few bytes, so each chunk is scanned only near its ends.
         */
        private void markup(byte[] buf, int off, int n) throws ReadException {
            int first = off;
            int end = off + n;
            while (first < end && buf[first] != '<' && buf[first] != '>') {
                first++;
            }
            run += first - off;
            checkRun();
            if (first < end) {
                int last = end - 1;
                while (buf[last] != '<' && buf[last] != '>') {
                    last--;
                }
                run = end - 1 - last;
            }
        }

        private void checkRun() throws ReadException {
            if (run > options.maxMarkupRun()) {
                throw limit(sheet, null, "unreadable.xlsx.limit.xmlTextLength", options.maxTextLength());
            }
        }

        private void count(int n) throws ReadException {
            uncompressed += n;
            if (uncompressed > options.maxUncompressedBytes()) {
                throw limit(sheet, null, "unreadable.xlsx.limit.uncompressed", options.maxUncompressedBytes());
            }
        }
    }
}
