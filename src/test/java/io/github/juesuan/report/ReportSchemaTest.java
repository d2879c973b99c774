package io.github.juesuan.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.juesuan.fixtures.FixtureDocument;
import io.github.juesuan.fixtures.FixtureWriter;
import io.github.juesuan.fixtures.Format;
import io.github.juesuan.fixtures.Layout;
import io.github.juesuan.fixtures.SyntheticDocument;
import io.github.juesuan.read.ReadException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/report-schema.json describes what {@link JsonReport#write} writes: real reports validate, and each of a
 * set of small corruptions of them does not.
 */
class ReportSchemaTest {
    @TempDir
    static Path dir;

    /**
     * The bundled sample, a clean synthetic workbook, one without table 04, an empty file, and one whose 04 shades
     * its fund columns on rows 60–64 (分项未填 / 合计未填), in one report.
     */
    private static JsonNode report;

    @BeforeAll
    static void report() throws IOException {
        Checker checker = Checker.create();
        List<FileOutcome> entries = new ArrayList<>();
        Path sample = Path.of("samples/shanxi-kepu-2024.xlsx");
        entries.add(new FileOutcome.Checked(sample.toString(), checker.check(sample)));

        Path clean = dir.resolve("clean.xlsx");
        FixtureWriter.write(SyntheticDocument.generate(20240101L), Layout.SHANXI, Format.XLSX, clean);
        entries.add(new FileOutcome.Checked(clean.toString(), checker.check(clean)));

        FixtureDocument full = SyntheticDocument.generate(7L);
        FixtureDocument no04 = new FixtureDocument(full.unitName(), full.year(),
                full.tables().stream().filter(t -> !t.id().equals("04")).toList(), full.perfs());
        Path missing = dir.resolve("no-04.xls");
        FixtureWriter.write(no04, Layout.CENTRAL, Format.XLS, missing);
        entries.add(new FileOutcome.Checked(missing.toString(), checker.check(missing)));

        Path empty = Files.write(dir.resolve("空.xlsx"), new byte[0]);
        ReadException e = assertThrows(ReadException.class, () -> checker.check(empty));
        entries.add(FileOutcome.Unreadable.of(empty.toString(), e));

        Path shaded = dir.resolve("shaded-04.xls");
        FixtureWriter.write(SyntheticDocument.generate(20240101L).shaded04(), Layout.SHANXI, Format.XLS, shaded);
        entries.add(new FileOutcome.Checked(shaded.toString(), checker.check(shaded)));
        report = ReportSchema.write(entries);
    }

    @Test
    void theSchemaIsAValidDraft202012Schema() throws IOException {
        assertEquals(List.of(), ReportSchema.schemaViolations());
        JsonNode schema = ReportSchema.JSON.readTree(ReportSchema.FILE.toFile());
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
        assertTrue(schema.get("$id").asText().endsWith("/docs/report-schema.json"));
        assertEquals(JsonReport.SCHEMA_VERSION, schema.at("/properties/schemaVersion/const").asText());
    }

    @Test
    void realOutputIsValid() {
        assertEquals(List.of(), ReportSchema.violations(report));
    }

    @Test
    void theReportCoversEveryKindOfEntry() {
        Set<String> statuses = new TreeSet<>();
        Set<String> outcomes = new TreeSet<>();
        boolean location = false;
        boolean nullInterval = false;
        boolean project = false;
        for (JsonNode file : report.get("files")) {
            statuses.add(file.get("status").asText());
            for (JsonNode f : file.path("findings")) {
                outcomes.add(f.get("outcome").asText());
                location |= f.has("location");
                nullInterval |= f.get("computed").isNull();
                project |= f.has("project");
            }
        }
        assertEquals(Set.of("findings", "unreadable"), statuses);
        assertEquals(Set.of("FAIL", "NOT_EVALUABLE", "PARTS_BLANK", "ROUNDING", "STRUCTURAL", "TOTAL_BLANK"), outcomes);
        assertTrue(location && nullInterval && project);
        assertEquals(5, report.at("/totals/files").asInt());
        assertEquals(1, report.at("/totals/unreadable").asInt());
    }

    /** The sample's words finding: the sentence of 绩效自评1!G11 with its offsets and the numbers that took part. */
    @Test
    void aWordsFindingQuotesItsSentence() {
        JsonNode wz = null;
        int index = -1;
        JsonNode findings = report.at("/files/0/findings");
        for (int i = 0; i < findings.size(); i++) {
            if (findings.get(i).get("rule").asText().equals("WZ.006")) {
                wz = findings.get(i);
                index = i;
            }
        }
        assertTrue(wz != null, "the sample's 190.33 error");
        JsonNode q = wz.get("quote");
        assertEquals("shanxi-kepu-2024.xlsx", q.get("file").asText());
        assertEquals("绩效自评1", q.get("sheet").asText());
        assertEquals("G11", q.get("cell").asText());
        assertFalse(q.has("paragraph"));
        assertEquals(53, q.get("start").asInt());
        assertEquals(197, q.get("end").asInt());
        assertTrue(q.get("sentence").asText().endsWith("合计190.33万元"), q.toString());
        assertEquals(8, q.get("marks").size());
        assertEquals("{\"start\":189,\"end\":197,\"text\":\"190.33万元\"}", q.get("marks").get(7).toString());
        ObjectNode both = report.deepCopy();
        ((ObjectNode) both.at("/files/0/findings/" + index + "/quote")).put("paragraph", 3);
        List<String> violations = ReportSchema.violations(both);
        assertFalse(violations.isEmpty(), "a quote from a paragraph and a cell at once");
        for (String v : violations) {
            assertTrue(v.startsWith("$.files[0].findings[" + index + "].quote: "), v);
        }
    }

    /** A words finding from a paragraph of a text disclosure quotes it by paragraph number. */
    @Test
    void aQuoteFromAParagraphIsValid() throws Exception {
        Path text = Path.of("samples/shanxi-kepu-2024.txt");
        JsonNode r = ReportSchema.write(List.of(new FileOutcome.Checked(text.toString(), Checker.create().check(text))));
        assertEquals(List.of(), ReportSchema.violations(r));
        JsonNode q = null;
        for (JsonNode f : r.at("/files/0/findings")) {
            if (f.get("rule").asText().equals("WZ.004")) {
                q = f.get("quote");
            }
        }
        assertEquals("{\"file\":\"shanxi-kepu-2024.txt\",\"paragraph\":261,\"start\":32,\"end\":83,"
                + "\"sentence\":\"与上年相比，收入总计增加82.95万元，增长25.34%，支出总计增加55.54万元，增长15.65%\","
                + "\"marks\":[{\"start\":44,\"end\":51,\"text\":\"82.95万元\"},{\"start\":67,\"end\":74,"
                + "\"text\":\"55.54万元\"}]}", String.valueOf(q));
    }

    @Test
    void aCleanFileIsOk() throws IOException {
        Report clean = new Report("a.xlsx", null, null, null, List.of(), List.of(), List.of(), 3);
        JsonNode ok = ReportSchema.write(List.of(new FileOutcome.Checked("a.xlsx", clean)));
        assertEquals("ok", ok.at("/files/0/status").asText());
        assertTrue(ok.at("/files/0/unit").isNull());
        assertEquals(List.of(), ReportSchema.violations(ok));
    }

    static Stream<Arguments> corruptions() {
        return Stream.of(
                broken("a finding without its rule", "$.files[0].findings[0]",
                        r -> finding(r).remove("rule")),
                broken("a rule id with a space", "$.files[0].findings[0].rule",
                        r -> finding(r).put("rule", "GK01 002")),
                broken("an unknown severity", "$.files[0].findings[0].severity",
                        r -> finding(r).put("severity", "FATAL")),
                broken("PASS listed as a finding", "$.files[0].findings[0].outcome",
                        r -> finding(r).put("outcome", "PASS")),
                broken("a rounding tail at ERROR", "$.files[0].findings[0].severity",
                        r -> finding(r).put("severity", "ERROR")),
                broken("an interval of three numbers", "$.files[0].findings[0].computed",
                        r -> ((ArrayNode) finding(r).get("computed")).add(1)),
                broken("an interval of one number", "$.files[0].findings[0].printed",
                        r -> ((ArrayNode) finding(r).get("printed")).remove(1)),
                broken("an interval given as a string", "$.files[0].findings[0].computed",
                        r -> finding(r).put("computed", "[410.33, 410.35]")),
                broken("a cell without its A1 reference", "$.files[0].findings[0].cells[0]",
                        r -> ((ObjectNode) finding(r).get("cells").get(0)).remove("cell")),
                broken("a cell reference that is not A1", "$.files[0].findings[0].cells[0].cell",
                        r -> ((ObjectNode) finding(r).get("cells").get(0)).put("cell", "R33C3")),
                broken("an unknown table", "$.files[0].findings[0].table",
                        r -> finding(r).put("table", "11")),
                broken("project 0", "$.files[0].findings[0].project",
                        r -> finding(r).put("project", 0)),
                broken("a field the writer never writes", "$.files[0].findings[0]",
                        r -> finding(r).put("note", "x")),
                broken("status ok with findings", "$.files[0].findings",
                        r -> file(r, 0).put("status", "ok")),
                broken("an unknown status", "$.files[0].status",
                        r -> file(r, 0).put("status", "error")),
                broken("a year as text", "$.files[0].year",
                        r -> file(r, 0).put("year", "2024")),
                broken("counts without INFO", "$.files[0].counts",
                        r -> ((ObjectNode) file(r, 0).get("counts")).remove("INFO")),
                broken("a negative count", "$.files[0].counts.ERROR",
                        r -> ((ObjectNode) file(r, 0).get("counts")).put("ERROR", -1)),
                broken("a project without its name", "$.files[0].projects[0]",
                        r -> ((ObjectNode) file(r, 0).get("projects").get(0)).remove("name")),
                broken("an unreadable file without its reason", "$.files[3]",
                        r -> file(r, 3).remove("reason")),
                broken("an unreadable file with findings", "$.files[3]",
                        r -> file(r, 3).putArray("findings")),
                broken("a reason that is null", "$.files[3].reason",
                        r -> file(r, 3).putNull("reason")),
                broken("totals without unreadable", "$.totals",
                        r -> ((ObjectNode) r.get("totals")).remove("unreadable")),
                broken("another schemaVersion", "$.schemaVersion",
                        r -> r.put("schemaVersion", "2")),
                broken("no files", "$",
                        r -> r.remove("files")));
    }

    private static Arguments broken(String what, String where, Consumer<ObjectNode> change) {
        return Arguments.of(what, where, change);
    }

    /** The sample's first finding: GK01.002, a rounding tail with both intervals and four cells. */
    private static ObjectNode finding(ObjectNode r) {
        ObjectNode f = (ObjectNode) r.at("/files/0/findings/0");
        assertEquals("GK01.002", f.get("rule").asText());
        return f;
    }

    private static ObjectNode file(ObjectNode r, int i) {
        return (ObjectNode) r.get("files").get(i);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corruptions")
    void aCorruptedReportIsRejectedWhereItIsCorrupt(String what, String where, Consumer<ObjectNode> change) {
        ObjectNode copy = report.deepCopy();
        change.accept(copy);
        assertFalse(copy.equals(report), "the change changed nothing: " + what);
        List<String> violations = ReportSchema.violations(copy);
        assertFalse(violations.isEmpty(), what + " passed the schema");
        for (String v : violations) {
            assertTrue(v.startsWith(where + ":") || v.startsWith(where + "."), what + ": " + v);
        }
    }

    /** The shaded 04's first 分项未填 finding, as {@code /files/4/findings/N}. */
    private static String firstBlank(JsonNode r) {
        JsonNode findings = r.at("/files/4/findings");
        for (int i = 0; i < findings.size(); i++) {
            if (findings.get(i).get("outcome").asText().equals("PARTS_BLANK")) {
                return "/files/4/findings/" + i;
            }
        }
        throw new AssertionError("no PARTS_BLANK finding in the shaded 04");
    }

    @Test
    void aBlankFindingCarriesNoComparison() {
        String at = firstBlank(report);
        JsonNode f = report.at(at);
        assertEquals("WARNING", f.get("severity").asText());
        assertEquals("", f.get("substituted").asText());
        assertTrue(f.get("reason").asText().startsWith("合计已填（"), f::toString);
        String where = "$" + at.replace("/files/4/findings/", ".files[4].findings[") + "]";
        ObjectNode compared = report.deepCopy();
        ((ObjectNode) compared.at(at)).put("substituted", "1653.66 ≠ 0");
        assertEquals(List.of(where + ".substituted: must be the constant value ''"), ReportSchema.violations(compared));
        ObjectNode noReason = report.deepCopy();
        ((ObjectNode) noReason.at(at)).put("reason", "");
        assertFalse(ReportSchema.violations(noReason).isEmpty());
    }

    @Test
    void aMissingRuleIsNamedInTheViolation() {
        ObjectNode copy = report.deepCopy();
        finding(copy).remove("rule");
        List<String> violations = ReportSchema.violations(copy);
        assertTrue(violations.stream().anyMatch(v -> v.startsWith("$.files[0].findings[0]") && v.contains("'rule'")),
                violations.toString());
        assertEquals(1, violations.size(), violations.toString());
    }
}
