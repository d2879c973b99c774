package io.github.juesuan.report;

import io.github.juesuan.fixtures.FindingLines;
import io.github.juesuan.fixtures.FixtureWriter;
import io.github.juesuan.fixtures.Format;
import io.github.juesuan.fixtures.Golden;
import io.github.juesuan.fixtures.Layout;
import io.github.juesuan.fixtures.SeedDocument;
import io.github.juesuan.fixtures.SeedText;
import io.github.juesuan.fixtures.SeedWord;
import io.github.juesuan.fixtures.SyntheticDocument;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every finding of the bundled samples and of the fixtures, against golden files in
 * {@code src/test/resources/fixtures/golden/findings/} (one finding a line; the format is in the README there).
 * A change in what is found, where, with which numbers, shows as a diff of those lines.
 */
class GoldenFindingsTest {

    private static final Checker CHECKER = Checker.create();

    /** The synthetic department's generator seed (as in the rules' and clean-fixture tests). */
    private static final long SYNTHETIC_SEED = 20240101L;

    private static final Path LIBREOFFICE = Path.of("src/test/resources/fixtures/valid/libreoffice");

    private static void check(Path file, String golden) throws IOException {
        Golden.assertMatches("findings/" + golden + ".tsv", FindingLines.of(CHECKER.check(file)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theSamples(String name) throws IOException {
        check(Path.of("samples", name), "samples/" + name);
    }

    static Stream<String> samples() {
        return Stream.of("shanxi-kepu-2024.xlsx", "shanxi-kepu-2024.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("libreOffice")
    void theLibreOfficeFixtures(String name) throws IOException {
        check(LIBREOFFICE.resolve(name), "libreoffice/" + name);
    }

    static Stream<String> libreOffice() throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(LIBREOFFICE)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.matches(".*\\.(xlsx|xls|doc)")).sorted()
                    .forEach(names::add);
        }
        return names.stream();
    }

    /** The seed and the synthetic department, written by the fixture writer in every layout and format. */
    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("written")
    void theWrittenWorkbooks(String document, Layout layout, Format format, @TempDir Path dir) throws IOException {
        Path file = dir.resolve(document + "." + format.extension());
        FixtureWriter.write(document.equals("seed") ? SeedDocument.create() : SyntheticDocument.generate(SYNTHETIC_SEED),
                layout, format, file);
        check(file, "written/" + document + "-" + layout.fileToken() + "." + format.extension());
    }

    static Stream<Arguments> written() {
        List<Arguments> out = new ArrayList<>();
        for (String document : List.of("seed", "synthetic")) {
            for (Layout layout : Layout.values()) {
                for (Format format : Format.values()) {
                    out.add(Arguments.of(document, layout, format));
                }
            }
        }
        return out.stream();
    }

    @Test
    void theSeedAsWord(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("seed.docx");
        SeedWord.write(file);
        check(file, "written/seed.docx");
    }

    @Test
    void theSeedAsText(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("seed.txt");
        Files.writeString(file, SeedText.write(dir).text(), StandardCharsets.UTF_8);
        check(file, "written/seed.txt");
    }
}
