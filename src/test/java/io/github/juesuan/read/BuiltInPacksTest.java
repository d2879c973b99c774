package io.github.juesuan.read;

import io.github.juesuan.rules.RulePack;
import io.github.juesuan.rules.RuleSyntaxException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The built-in rule packs name only rows and columns the catalogue defines. */
class BuiltInPacksTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = RulePack.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theBuiltInPacksLoadCleanAgainstTheCatalogue() throws IOException, RuleSyntaxException {
        RulePack gongkai = RulePack.parse(resource("gongkai.rules"), "gongkai.rules", JuesuanReader.vocabulary());
        RulePack perf = RulePack.parse(resource("perf.rules"), "perf.rules", JuesuanReader.vocabulary());
        RulePack words = RulePack.parse(resource("narrative.rules"), "narrative.rules", JuesuanReader.vocabulary());
        assertEquals(RulePack.standard().rules(), gongkai.plus(perf).plus(words).rules());
    }
}
