package io.github.juesuan.read;

import io.github.juesuan.fixtures.FixtureDocument;
import io.github.juesuan.fixtures.FixtureWriter;
import io.github.juesuan.fixtures.Format;
import io.github.juesuan.fixtures.Layout;
import io.github.juesuan.fixtures.SeedDocument;
import io.github.juesuan.fixtures.SyntheticDocument;
import io.github.juesuan.fixtures.WrittenFigure;
import io.github.juesuan.fixtures.WrittenWorkbook;
import io.github.juesuan.model.Disclosure;
import io.github.juesuan.model.Figure;
import io.github.juesuan.model.Problem;
import io.github.juesuan.model.Severity;
import io.github.juesuan.read.XlsxVariants.Variant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * End to end: the seed and the synthetic document, written in the SHANXI and SHANGHAI layouts and rewritten
 * into every XML-level variant other writers produce ({@link XlsxVariants}: no {@code r=}, prefixed, inline
 * strings, Strict, WPS properties, shuffled rows), read exactly like the POI-written originals; and a
 * workbook read from a path and from a stream gives the same result.
 */
class ReaderVariantsTest {
    private static final List<String> DOCUMENTS = List.of("seed", "synthetic");
    private static final List<Layout> LAYOUTS = List.of(Layout.SHANXI, Layout.SHANGHAI);

    @TempDir
    static Path dir;

    /** The written originals by "doc-layout" (each in its own directory, under the same file name). */
    private static final Map<String, WrittenWorkbook> ORIGINALS = new LinkedHashMap<>();
    /** What the reader made of each original. */
    private static final Map<String, ReadResult> ORIGINAL_RESULTS = new LinkedHashMap<>();

    @BeforeAll
    static void writeOriginals() throws IOException {
        for (String doc : DOCUMENTS) {
            for (Layout layout : LAYOUTS) {
                String key = key(doc, layout);
                Path file = dir.resolve("original").resolve(key).resolve(fileName(doc, layout, Format.XLSX));
                WrittenWorkbook w = FixtureWriter.write(document(doc), layout, Format.XLSX, file);
                ORIGINALS.put(key, w);
                ORIGINAL_RESULTS.put(key, JuesuanReader.create().read(file));
            }
        }
    }

    static Stream<Arguments> variants() {
        List<Arguments> out = new ArrayList<>();
        for (String doc : DOCUMENTS) {
            for (Layout layout : LAYOUTS) {
                for (Variant v : Variant.values()) {
                    if (v != Variant.FORMULAS_NO_CACHE) {
                        out.add(Arguments.of(doc, layout, v));
                    }
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("variants")
    void variantReadsExactlyLikeTheOriginal(String doc, Layout layout, Variant variant) throws Exception {
        WrittenWorkbook original = ORIGINALS.get(key(doc, layout));
        byte[] rewritten = XlsxVariants.rewrite(Files.readAllBytes(original.file()), variant);
        assertNotEquals(0, rewritten.length);
        // Same file name as the original, so every Source (file, sheet, cell) can be compared as is.
        Path file = dir.resolve(variant.name()).resolve(key(doc, layout)).resolve(original.file().getFileName());
        Files.createDirectories(file.getParent());
        Files.write(file, rewritten);

        ReadResult result = JuesuanReader.create().read(file);
        Disclosure d = result.disclosure();

        List<String> errors = Oracle.mismatches(d, original.figures());
        List<Problem> serious = result.problems(Severity.WARNING);
        if (!errors.isEmpty() || !serious.isEmpty()) {
            fail(variant + ": " + errors.size() + " figure mismatches, " + serious.size() + " problems:\n"
                    + String.join("\n", errors.subList(0, Math.min(40, errors.size()))) + "\n"
                    + serious.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        }
        assertEquals(tablesWritten(original), d.tables().size(), "tables read");
        assertEquals(document(doc).perfs().size(), d.evaluations().size(), "evaluations read");

        ReadResult expected = ORIGINAL_RESULTS.get(key(doc, layout));
        assertEquals(expected.problems(), result.problems(), "the same problems (INFO included) as the original");
        assertEquals(figures(expected.disclosure()), figures(d), "the same figures as the original");
        assertEquals(expected.disclosure(), d, "the same disclosure as the original, texts and notes included");
    }

    static Stream<Arguments> workbooks() {
        List<Arguments> out = new ArrayList<>();
        for (String doc : DOCUMENTS) {
            for (Layout layout : LAYOUTS) {
                for (Format format : Format.values()) {
                    out.add(Arguments.of(doc, layout, format));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("workbooks")
    void pathAndStreamGiveTheSameResult(String doc, Layout layout, Format format) throws Exception {
        Path file = dir.resolve("stream").resolve(fileName(doc, layout, format));
        WrittenWorkbook written = FixtureWriter.write(document(doc), layout, format, file);

        ReadResult fromPath = JuesuanReader.create().read(file);
        ReadResult fromStream;
        try (InputStream in = Files.newInputStream(file)) {
            fromStream = JuesuanReader.create().read(in, file.getFileName().toString());
        }

        assertEquals(List.of(), Oracle.mismatches(fromStream.disclosure(), written.figures()));
        assertEquals(figures(fromPath.disclosure()), figures(fromStream.disclosure()), "figures");
        assertEquals(fromPath.problems(), fromStream.problems(), "problems");
        assertEquals(fromPath, fromStream, "the whole result");
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("variants")
    void variantFromAStreamReadsLikeFromAPath(String doc, Layout layout, Variant variant) throws Exception {
        WrittenWorkbook original = ORIGINALS.get(key(doc, layout));
        byte[] rewritten = XlsxVariants.rewrite(Files.readAllBytes(original.file()), variant);
        Path file = dir.resolve("stream-" + variant.name()).resolve(original.file().getFileName());
        Files.createDirectories(file.getParent());
        Files.write(file, rewritten);

        ReadResult fromPath = JuesuanReader.create().read(file);
        ReadResult fromStream;
        try (InputStream in = new java.io.ByteArrayInputStream(rewritten)) {
            fromStream = JuesuanReader.create().read(in, file.getFileName().toString());
        }
        assertEquals(fromPath, fromStream);
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private static FixtureDocument document(String name) {
        return name.equals("seed") ? SeedDocument.create() : SyntheticDocument.generate(20240101L);
    }

    private static String key(String doc, Layout layout) {
        return doc + "-" + layout.fileToken();
    }

    private static String fileName(String doc, Layout layout, Format format) {
        return key(doc, layout) + "." + format.extension();
    }

    private static long tablesWritten(WrittenWorkbook w) {
        return w.figures().stream().map(WrittenFigure::table).filter(t -> !t.startsWith("PERF")).distinct().count();
    }

    /** Every figure of every table and self-evaluation, one line each: where it is, what it holds. */
    private static List<String> figures(Disclosure d) {
        List<String> out = new ArrayList<>();
        d.tables().forEach(t -> t.rows().forEach(r -> r.figures().forEach((c, f) ->
                out.add(t.id().code() + "/" + r.key() + "/" + c + " " + describe(f)))));
        for (int i = 0; i < d.evaluations().size(); i++) {
            String id = "PERF" + (i + 1);
            d.evaluations().get(i).table().rows().forEach(r -> r.figures().forEach((c, f) ->
                    out.add(id + "/" + r.key() + "/" + c + " " + describe(f))));
        }
        return out;
    }

    private static String describe(Figure f) {
        return f.source().location() + " " + f.kind() + " "
                + (f.value() == null ? "" : f.value().toPlainString()) + " «" + f.text() + "» d=" + f.decimals()
                + " raw=" + Arrays.toString(new String[]{f.source().raw()});
    }
}
