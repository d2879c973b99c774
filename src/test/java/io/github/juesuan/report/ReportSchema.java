package io.github.juesuan.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** docs/report-schema.json, loaded once, and what validating against it says. */
final class ReportSchema {
    static final Path FILE = Path.of("docs/report-schema.json");
    static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final JsonSchema SCHEMA = load();

    private ReportSchema() {
    }

    private static JsonSchema load() {
        try (InputStream in = Files.newInputStream(FILE)) {
            return FACTORY.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every violation of the report schema, as "path: message", sorted; empty when the document is valid. */
    static List<String> violations(JsonNode report) {
        return messages(SCHEMA.validate(report));
    }

    /** Every violation of the 2020-12 meta-schema by the report schema itself. */
    static List<String> schemaViolations() throws IOException {
        JsonSchema meta = FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        return messages(meta.validate(JSON.readTree(FILE.toFile())));
    }

    /** What {@link JsonReport#write} writes for these entries, parsed. */
    static JsonNode write(List<FileOutcome> entries) throws IOException {
        return JSON.readTree(text(entries));
    }

    /** What {@link JsonReport#write} writes for these entries. */
    static String text(List<FileOutcome> entries) throws IOException {
        StringWriter w = new StringWriter();
        JsonReport.write(entries, w);
        return w.toString();
    }

    private static List<String> messages(Set<ValidationMessage> messages) {
        return messages.stream().map(ValidationMessage::toString).sorted().toList();
    }
}
