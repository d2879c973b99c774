package io.github.juesuan.read;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import io.github.juesuan.fixtures.FixtureWriter;
import io.github.juesuan.fixtures.Format;
import io.github.juesuan.fixtures.Layout;
import io.github.juesuan.fixtures.SeedDocument;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Damages seed workbooks where their readers look: one XML part of an .xlsx, or the BIFF records of an
 * .xls, then packs them again so that the container itself stays whole. Mutating a deflated zip byte by
 * byte almost never gets past the inflater; mutating the XML inside it reaches the StAX pass and the layout
 * recognition on nearly every run. The same goes for the records inside an .xls's OLE2 container.
 *
 * <p>Every choice is taken from a {@link FuzzedDataProvider}; when it runs dry each choice takes its
 * smallest value, so the empty input reads the first seed workbook unchanged. The stored regression inputs
 * are such choices: changing the order or the range of the choices here (or the seeds) changes what each of
 * them does, so they still run but no longer as their names say.
 */
final class FuzzedWorkbooks {

    private static final int MAX_REPEAT = 1 << 20;
    private static final Path LIBREOFFICE = Path.of("src/test/resources/fixtures/valid/libreoffice");

    /** The .xlsx seeds: the bundled sample first, then other layouts and writers. */
    static final List<Xlsx> XLSX_SEEDS;
    /** The .xls seeds: the POI-written seed first, then the LibreOffice-saved ones. */
    static final List<Xls> XLS_SEEDS;

    static {
        try {
            Path dir = Files.createTempDirectory("juesuan-fuzz-seeds-");
            try {
                XLSX_SEEDS = List.of(
                        Xlsx.of(Files.readAllBytes(Path.of("samples/shanxi-kepu-2024.xlsx"))),
                        Xlsx.of(written(Format.XLSX, dir)),
                        Xlsx.of(Files.readAllBytes(LIBREOFFICE.resolve("lo-seed-stacked.xlsx"))),
                        Xlsx.of(Files.readAllBytes(LIBREOFFICE.resolve("lo-synthetic-central.xlsx"))),
                        Xlsx.of(Files.readAllBytes(LIBREOFFICE.resolve("lo-synthetic-shanghai.xlsx"))));
                XLS_SEEDS = List.of(
                        Xls.of(written(Format.XLS, dir)),
                        Xls.of(Files.readAllBytes(LIBREOFFICE.resolve("lo-seed-shanxi.xls"))),
                        Xls.of(Files.readAllBytes(LIBREOFFICE.resolve("lo-seed-stacked.xls"))),
                        Xls.of(Files.readAllBytes(LIBREOFFICE.resolve("lo-synthetic-central.xls"))),
                        Xls.of(Files.readAllBytes(LIBREOFFICE.resolve("lo-synthetic-shanghai.xls"))));
            } finally {
                try (var files = Files.list(dir)) {
                    for (Path p : files.toList()) {
                        Files.delete(p);
                    }
                }
                Files.delete(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private FuzzedWorkbooks() {
    }

    private static byte[] written(Format format, Path dir) throws IOException {
        Path file = dir.resolve("seed." + format.extension());
        FixtureWriter.write(SeedDocument.create(), Layout.SHANXI, format, file);
        return Files.readAllBytes(file);
    }

    // ---------------------------------------------------------------- .xlsx

    /** An .xlsx as its parts, in archive order. */
    record Xlsx(Map<String, byte[]> parts) {

        static Xlsx of(byte[] zip) throws IOException {
            Map<String, byte[]> parts = new LinkedHashMap<>();
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
                for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    parts.put(e.getName(), in.readAllBytes());
                }
            }
            return new Xlsx(Collections.unmodifiableMap(parts));
        }

        /**
         * Up to four rounds, each on a part the data picks: an edit of its XML ({@link #mutateXml}), or
         * dropping the part, or giving it another part's content. Then zipped, stored or deflated.
         */
        byte[] mutate(FuzzedDataProvider data) {
            Map<String, byte[]> out = new LinkedHashMap<>(parts);
            List<String> names = new ArrayList<>(parts.keySet());
            int rounds = data.consumeInt(0, 4);
            for (int i = 0; i < rounds && !out.isEmpty(); i++) {
                String name = data.pickValue(names);
                int kind = data.consumeInt(0, 9);
                if (kind == 8) {
                    out.remove(name);
                } else if (kind == 9) {
                    out.put(name, parts.get(data.pickValue(names)));
                } else if (out.containsKey(name)) {
                    out.put(name, mutateXml(out.get(name), data));
                }
            }
            return zip(out, data.consumeBoolean());
        }

        static byte[] zip(Map<String, byte[]> parts, boolean deflate) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                zip.setLevel(Deflater.BEST_SPEED);
                for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                    ZipEntry entry = new ZipEntry(part.getKey());
                    if (!deflate) {
                        CRC32 crc = new CRC32();
                        crc.update(part.getValue());
                        entry.setMethod(ZipEntry.STORED);
                        entry.setSize(part.getValue().length);
                        entry.setCrc(crc.getValue());
                    }
                    zip.putNextEntry(entry);
                    zip.write(part.getValue());
                    zip.closeEntry();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        }
    }

    /**
     * Replaces one region of an XML part: any bytes, a number, an attribute value, a text node, a whole
     * element or everything to the end; by nothing, fuzzer bytes, a string, a number, or the region
     * repeated (rows and cells twice, sheets with thousands of merges).
     */
    static byte[] mutateXml(byte[] xml, FuzzedDataProvider data) {
        int[] region = switch (data.consumeInt(0, 5)) {
            case 0 -> {
                int from = data.consumeInt(0, xml.length);
                yield new int[] {from, from + data.consumeInt(0, Math.min(64, xml.length - from))};
            }
            case 1 -> nth(numbers(xml), data);
            case 2 -> nth(attributeValues(xml), data);
            case 3 -> nth(texts(xml), data);
            case 4 -> nth(elements(xml), data);
            default -> new int[] {data.consumeInt(0, xml.length), xml.length};
        };
        if (region == null) {
            return xml;
        }
        byte[] replacement = switch (data.consumeInt(0, 4)) {
            case 0 -> new byte[0];
            case 1 -> data.consumeBytes(data.consumeInt(0, 64));
            case 2 -> data.consumeString(32).getBytes(UTF_8);
            case 3 -> (data.consumeBoolean() ? Long.toString(data.consumeLong())
                    : Double.toString(data.consumeDouble())).getBytes(UTF_8);
            default -> {
                byte[] repeated = Arrays.copyOfRange(xml, region[0], region[1]);
                // At most about a megabyte: enough for every limit check, and fast enough to zip on each run.
                int most = Math.max(2, Math.min(2000, MAX_REPEAT / Math.max(1, repeated.length)));
                yield repeat(repeated, data.consumeInt(2, most));
            }
        };
        return splice(xml, region[0], region[1], replacement);
    }

    private static int[] nth(List<int[]> regions, FuzzedDataProvider data) {
        return regions.isEmpty() ? null : regions.get(data.consumeInt(0, regions.size() - 1));
    }

    /** Runs of digits, with a leading minus sign and a fraction or exponent. */
    private static List<int[]> numbers(byte[] xml) {
        List<int[]> found = new ArrayList<>();
        int i = 0;
        while (i < xml.length) {
            if (isDigit(xml[i])) {
                int start = i > 0 && xml[i - 1] == '-' ? i - 1 : i;
                while (i < xml.length && (isDigit(xml[i]) || xml[i] == '.' || xml[i] == 'E' || xml[i] == 'e')) {
                    i++;
                }
                found.add(new int[] {start, i});
            } else {
                i++;
            }
        }
        return found;
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    /** What is between {@code ="} and the next {@code "}. */
    private static List<int[]> attributeValues(byte[] xml) {
        List<int[]> found = new ArrayList<>();
        for (int i = 1; i < xml.length; i++) {
            if (xml[i] == '"' && xml[i - 1] == '=') {
                int end = indexOf(xml, (byte) '"', i + 1);
                if (end < 0) {
                    break;
                }
                found.add(new int[] {i + 1, end});
                i = end;
            }
        }
        return found;
    }

    /** Non-empty text between {@code >} and {@code <}. */
    private static List<int[]> texts(byte[] xml) {
        List<int[]> found = new ArrayList<>();
        for (int i = 0; i < xml.length; i++) {
            if (xml[i] == '>') {
                int end = indexOf(xml, (byte) '<', i + 1);
                if (end < 0) {
                    break;
                }
                if (end > i + 1) {
                    found.add(new int[] {i + 1, end});
                }
                i = end - 1;
            }
        }
        return found;
    }

    /** A start tag up to the first end tag of its name (or its own {@code />}); nesting is not tracked. */
    private static List<int[]> elements(byte[] xml) {
        List<int[]> found = new ArrayList<>();
        for (int i = 0; i + 1 < xml.length; i++) {
            if (xml[i] != '<' || xml[i + 1] == '/' || xml[i + 1] == '?' || xml[i + 1] == '!') {
                continue;
            }
            int nameEnd = i + 1;
            while (nameEnd < xml.length && xml[nameEnd] != ' ' && xml[nameEnd] != '>' && xml[nameEnd] != '/') {
                nameEnd++;
            }
            int tagEnd = indexOf(xml, (byte) '>', nameEnd);
            if (tagEnd < 0) {
                break;
            }
            if (xml[tagEnd - 1] == '/') {
                found.add(new int[] {i, tagEnd + 1});
                continue;
            }
            byte[] close = ("</" + new String(xml, i + 1, nameEnd - i - 1, UTF_8) + ">").getBytes(UTF_8);
            int end = indexOf(xml, close, tagEnd);
            if (end >= 0) {
                found.add(new int[] {i, end + close.length});
            }
        }
        return found;
    }

    // ---------------------------------------------------------------- .xls

    /** The workbook stream of an .xls as its BIFF records, each with its four-byte header. */
    record Xls(List<byte[]> records) {

        static Xls of(byte[] xls) throws IOException {
            byte[] stream;
            try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(xls));
                 InputStream in = fs.getRoot().createDocumentInputStream(Containers.workbookEntry(fs.getRoot()))) {
                stream = in.readAllBytes();
            }
            List<byte[]> records = new ArrayList<>();
            int at = 0;
            while (at < stream.length) {
                int end = at + 4 <= stream.length
                        ? Math.min(stream.length, at + 4 + u16(stream, at + 2))
                        : stream.length;
                records.add(Arrays.copyOfRange(stream, at, end));
                at = end;
            }
            return new Xls(List.copyOf(records));
        }

        /**
         * Up to four rounds on records the data picks (a record type first, so that the few cell and sheet
         * records are as likely as the many formatting ones), then the stream is packed into a new OLE2 file.
         */
        byte[] mutate(FuzzedDataProvider data) {
            List<byte[]> out = new ArrayList<>(records);
            Map<Integer, List<Integer>> bySid = new TreeMap<>();
            for (int i = 0; i < records.size(); i++) {
                bySid.computeIfAbsent(sid(records.get(i)), k -> new ArrayList<>()).add(i);
            }
            List<List<Integer>> kinds = new ArrayList<>(bySid.values());
            int rounds = data.consumeInt(0, 4);
            for (int i = 0; i < rounds && !out.isEmpty(); i++) {
                int index = Math.min(data.pickValue(data.pickValue(kinds)), out.size() - 1);
                mutateRecord(out, index, data);
            }
            ByteArrayOutputStream stream = new ByteArrayOutputStream();
            out.forEach(stream::writeBytes);
            return pack(stream.toByteArray());
        }

        static byte[] pack(byte[] workbookStream) {
            try (POIFSFileSystem fs = new POIFSFileSystem()) {
                fs.createDocument(new ByteArrayInputStream(workbookStream), "Workbook");
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                fs.writeFilesystem(bytes);
                return bytes.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Changes record {@code index}: its body (any bytes, a 16- or 32-bit field such as a row, column, XF
     * or string index, grown or cut, with its length kept consistent), its length field alone (the rest
     * of the stream then reads out of step), its place (dropped, doubled, moved), a new record before it,
     * or the stream cut short inside it.
     */
    static void mutateRecord(List<byte[]> records, int index, FuzzedDataProvider data) {
        byte[] record = records.get(index);
        if (record.length < 4) {
            return;
        }
        int body = record.length - 4;
        switch (data.consumeInt(0, 7)) {
            case 0 -> {
                int at = 4 + data.consumeInt(0, body);
                int length = data.consumeInt(0, Math.min(32, record.length - at));
                byte[] bytes = data.consumeBytes(data.consumeInt(0, 32));
                records.set(index, withLength(splice(record, at, at + length, bytes)));
            }
            case 1, 2 -> {
                int width = data.consumeInt(0, 1) == 0 ? 2 : 4;
                if (body >= width) {
                    byte[] copy = record.clone();
                    int at = 4 + data.consumeInt(0, body - width);
                    int value = width == 2 ? data.consumeShort() : data.consumeInt();
                    for (int b = 0; b < width; b++) {
                        copy[at + b] = (byte) (value >>> (8 * b));
                    }
                    records.set(index, copy);
                }
            }
            case 3 -> records.remove(index);
            case 4 -> records.add(data.consumeInt(0, records.size()), record);
            case 5 -> {
                records.remove(index);
                records.add(data.consumeInt(0, records.size()), record);
            }
            case 6 -> {
                byte[] copy = record.clone();
                int length = data.consumeInt(0, 0xFFFF);
                copy[2] = (byte) length;
                copy[3] = (byte) (length >>> 8);
                records.set(index, copy);
            }
            default -> {
                if (data.consumeBoolean()) {
                    records.subList(index + 1, records.size()).clear();
                    records.set(index, Arrays.copyOf(record, data.consumeInt(0, record.length)));
                } else {
                    int sid = data.consumeInt(0, 0xFFFF);
                    byte[] added = data.consumeBytes(data.consumeInt(0, 64));
                    byte[] header = {(byte) sid, (byte) (sid >>> 8), 0, 0};
                    records.add(index, withLength(splice(header, 4, 4, added)));
                }
            }
        }
    }

    private static byte[] withLength(byte[] record) {
        if (record.length >= 4) {
            int length = Math.min(0xFFFF, record.length - 4);
            record[2] = (byte) length;
            record[3] = (byte) (length >>> 8);
        }
        return record;
    }

    private static int sid(byte[] record) {
        return record.length >= 2 ? u16(record, 0) : -1;
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    // ---------------------------------------------------------------- bytes

    static byte[] splice(byte[] bytes, int from, int to, byte[] replacement) {
        byte[] out = new byte[bytes.length - (to - from) + replacement.length];
        System.arraycopy(bytes, 0, out, 0, from);
        System.arraycopy(replacement, 0, out, from, replacement.length);
        System.arraycopy(bytes, to, out, from + replacement.length, bytes.length - to);
        return out;
    }

    private static byte[] repeat(byte[] bytes, int times) {
        byte[] out = new byte[bytes.length * times];
        for (int i = 0; i < times; i++) {
            System.arraycopy(bytes, 0, out, i * bytes.length, bytes.length);
        }
        return out;
    }

    private static int indexOf(byte[] bytes, byte wanted, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(byte[] bytes, byte[] wanted, int from) {
        outer:
        for (int i = from; i + wanted.length <= bytes.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (bytes[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
