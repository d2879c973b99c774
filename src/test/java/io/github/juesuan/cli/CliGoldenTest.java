package io.github.juesuan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.juesuan.fixtures.FixtureWriter;
import io.github.juesuan.fixtures.Format;
import io.github.juesuan.fixtures.Layout;
import io.github.juesuan.fixtures.SyntheticDocument;
import io.github.juesuan.fixtures.WrittenFigure;
import io.github.juesuan.fixtures.WrittenWorkbook;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Single-file {@code check} and {@code read}, and the command line's own answers, compared whole with golden
 * files ({@code fixtures/golden/cli/}): every line of text and JSON, standard error and the exit code.
 */
class CliGoldenTest {
    private static final String SAMPLE = "samples/shanxi-kepu-2024.xlsx";

    /** Command lines on the bundled samples and without a file: name of the golden file, then the arguments. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            check-sample              | check samples/shanxi-kepu-2024.xlsx
            check-sample-en           | check samples/shanxi-kepu-2024.xlsx --lang en
            check-sample-json         | check samples/shanxi-kepu-2024.xlsx --json -
            check-sample-json-en      | check samples/shanxi-kepu-2024.xlsx --json - --lang en
            check-sample-only         | check samples/shanxi-kepu-2024.xlsx --only GK01.*
            check-sample-disable      | check samples/shanxi-kepu-2024.xlsx --disable JX.007,JX.008,WZ.006
            check-sample-severity     | check samples/shanxi-kepu-2024.xlsx --severity JX.007=WARNING --severity JX.008=INFO
            check-sample-unknown-rule | check samples/shanxi-kepu-2024.xlsx --disable NO.SUCH
            check-sample-bad-lang     | check samples/shanxi-kepu-2024.xlsx --lang fr
            check-sample-threads-0    | check samples/shanxi-kepu-2024.xlsx --threads 0
            check-sample-text         | check samples/shanxi-kepu-2024.txt
            check-no-file             | check
            check-missing             | check no-such-file.xlsx
            read-sample               | read samples/shanxi-kepu-2024.xlsx
            read-sample-json          | read samples/shanxi-kepu-2024.xlsx --json
            read-missing              | read no-such-file.xlsx
            read-no-file              | read
            read-bogus-option         | read samples/shanxi-kepu-2024.xlsx --bogus
            no-command                |
            unknown-command           | frobnicate
            help                      | --help
            help-en                   | --help --lang en
            version                   | --version
            """)
    void wholeOutput(String name, String args) {
        CliGolden.assertRun(name, null, args == null ? new String[0] : args.strip().split(" +"));
    }

    @Test
    void anEmptyFile(@TempDir Path dir) throws Exception {
        Path empty = dir.resolve("空.xlsx");
        Files.write(empty, new byte[0]);
        CliGolden.assertRun("check-empty", dir, "check", empty.toString());
        CliGolden.assertRun("read-empty", dir, "read", empty.toString());
    }

    @Test
    void aPdfNamedXlsx(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("决算 公开.xlsx");
        Files.write(pdf, "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII));
        CliGolden.assertRun("check-pdf", dir, "check", pdf.toString());
        CliGolden.assertRun("read-pdf", dir, "read", pdf.toString());
    }

    @Test
    void aPathWithSpacesAndChineseIsNamedAsGiven(@TempDir Path dir) throws Exception {
        Path file = Files.createDirectories(dir.resolve("山西 省/2024 年")).resolve("科普 服务中心 决算.xlsx");
        Files.copy(Path.of(SAMPLE), file);
        CliGolden.assertRun("check-path-with-spaces", dir, "check", file.toString());
        CliGolden.assertRun("check-missing-with-spaces", dir, "check", dir.resolve("山西 省/没有 这个.xlsx").toString());
    }

    @Test
    void aUsersRulePack(@TempDir Path dir) throws Exception {
        Path mine = dir.resolve("mine.rules");
        Files.writeString(mine, "pack mine 1\nrule MY.001 ERROR 收入总计不应超过400\n  check: [01] R31 <= 400\n",
                StandardCharsets.UTF_8);
        CliGolden.assertRun("check-sample-rules", dir, "check", SAMPLE, "--rules", mine.toString(), "--disable",
                "JX.007,JX.008");
        Files.writeString(mine, "rule MY.002 ERROR 坏规则\n  check: [01] R31 =\n", StandardCharsets.UTF_8);
        CliGolden.assertRun("check-sample-bad-rules", dir, "check", SAMPLE, "--rules", mine.toString());
    }

    /**
     * The synthetic department with 01's 收入总计 one 万元 too high: GK01.002 and GK01.005 fail, exit 1; exit 0
     * once they are disabled or demoted, or only other rules run.
     */
    @Test
    void aBrokenWorkbook(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.xlsx");
        WrittenWorkbook w = FixtureWriter.write(SyntheticDocument.generate(20240101L), Layout.SHANXI, Format.XLSX, file);
        WrittenFigure total = w.find("01", "inc.grand", "amount").orElseThrow();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            CellReference ref = new CellReference(total.a1());
            wb.getSheet(total.sheet()).getRow(ref.getRow()).getCell(ref.getCol())
                    .setCellValue(total.value().doubleValue() + 1);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        CliRun text = CliGolden.assertRun("check-broken", dir, "check", file.toString());
        CliGolden.assertRun("check-broken-json", dir, "check", file.toString(), "--json", "-");
        Path json = dir.resolve("report.json");
        CliRun toFile = CliRun.run("check", file.toString(), "--json", json.toString());
        assertEquals(text, toFile, "with --json FILE the run prints what it prints without");
        assertEquals(CliRun.run("check", file.toString(), "--json", "-").out(),
                Files.readString(json, StandardCharsets.UTF_8), "the JSON file holds what --json - prints");
        // the two ERRORs switched off or demoted: exit 0
        CliGolden.assertRun("check-broken-disable", dir, "check", file.toString(), "--disable", "GK01.002,GK01.005");
        CliGolden.assertRun("check-broken-severity", dir, "check", file.toString(), "--severity", "GK01.002=WARNING",
                "--severity", "GK01.005=WARNING");
        CliGolden.assertRun("check-broken-only", dir, "check", file.toString(), "--only", "GK02.*");
    }
}
