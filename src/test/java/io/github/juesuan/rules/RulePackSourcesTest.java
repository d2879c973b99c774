package io.github.juesuan.rules;

import io.github.juesuan.model.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A pack compiles the same from a string, a reader, a file and a resource; each names its source in errors. */
class RulePackSourcesTest {
    private static String resourceText() throws IOException {
        try (InputStream in = RulePackSourcesTest.class.getResourceAsStream("mine.rules")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void assertMine(RulePack p) {
        assertEquals("mine", p.name());
        assertEquals("2", p.version());
        assertEquals(1, p.rules().size());
        Rule r = p.rules().get(0);
        assertEquals("MY.001", r.id());
        assertEquals("收入总计不超过四百", r.message());
        assertEquals("total income at most 400", r.messageEn());
        assertEquals("[01] R31 <= 400", r.expression());
    }

    @Test
    void aReaderAFileAndAResourceGiveTheSamePackAsTheText(@TempDir Path dir) throws Exception {
        String text = resourceText();
        RulePack fromText = RulePack.parse(text, "mine.rules");
        assertMine(fromText);
        assertMine(RulePack.parse(new StringReader(text), "mine.rules"));
        assertMine(RulePack.fromResource(RulePackSourcesTest.class, "mine.rules"));
        assertMine(RulePack.fromResource(RulePackSourcesTest.class, "/io/github/juesuan/rules/mine.rules", Vocabulary.ANY));
        Path file = Files.writeString(dir.resolve("mine.rules"), text);
        assertMine(RulePack.fromPath(file));
        assertMine(RulePack.fromPath(file, Vocabulary.ANY));
        assertMine(RulePack.load(file));
    }

    @Test
    void aReaderIsReadToItsEndAndLeftOpen() throws Exception {
        boolean[] closed = {false};
        Reader in = new StringReader(resourceText()) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        assertMine(RulePack.parse(in, "mine.rules"));
        assertEquals(-1, in.read());
        assertEquals(false, closed[0], "the caller closes what it opened");
    }

    @Test
    void anErrorNamesTheSourceGiven() {
        RuleSyntaxException e = assertThrows(RuleSyntaxException.class,
                () -> RulePack.parse(new StringReader("rule MY.001 ERROR 测试\n  check: [01] R31 <=\n"), "mine.rules"));
        assertEquals("mine.rules", e.source());
        assertEquals(2, e.line());
    }

    @Test
    void aResourceThatIsNotUtf8IsRefusedAtItsFirstBadByte() {
        RuleSyntaxException e = assertThrows(RuleSyntaxException.class,
                () -> RulePack.fromResource(RulePackSourcesTest.class, "gbk.rules"));
        assertEquals("gbk.rules:2:19: 规则包不是 UTF-8 编码，看起来是 GBK 编码，请用 UTF-8 另存后再用 "
                + "(the rule pack is not UTF-8 (it reads as GBK); save it as UTF-8)", e.getMessage());
    }

    @Test
    void aMissingResourceIsAnIoErrorNamingItAndTheClass() {
        FileNotFoundException e = assertThrows(FileNotFoundException.class,
                () -> RulePack.fromResource(RulePackSourcesTest.class, "none.rules"));
        assertEquals("找不到规则包资源 none.rules（相对于类 io.github.juesuan.rules.RulePackSourcesTest） "
                + "(no rule pack resource none.rules next to class io.github.juesuan.rules.RulePackSourcesTest)",
                e.getMessage());
    }
}
