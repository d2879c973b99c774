package io.github.juesuan.rules;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** docs/rules.md lists every built-in rule with its id, severity, message and check, as the pack has them. */
class RulesDocTest {
    @Test
    void everyBuiltInRuleIsDocumented() throws Exception {
        String doc = Files.readString(Path.of("docs/rules.md"), StandardCharsets.UTF_8);
        List<String> missing = new ArrayList<>();
        for (Rule r : RulePack.standard().rules()) {
            String row = "| `" + r.id() + "` | " + r.severity() + " | " + r.message() + " | `"
                    + r.expression().replace("|", "\\|") + "` |";
            if (!doc.contains(row)) {
                missing.add(row);
            }
        }
        assertEquals(List.of(), missing, "rows to add to (or correct in) docs/rules.md");
    }
}
