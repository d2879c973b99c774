package io.github.juesuan.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static io.github.juesuan.fixtures.Theories.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.juesuan.fixtures.FixtureDocument;
import io.github.juesuan.fixtures.FixtureWriter;
import io.github.juesuan.fixtures.Format;
import io.github.juesuan.fixtures.Layout;
import io.github.juesuan.fixtures.SeedText;
import io.github.juesuan.fixtures.SyntheticDocument;
import io.github.juesuan.fixtures.SyntheticNarrative;
import io.github.juesuan.model.Disclosure;
import io.github.juesuan.model.NarrativeNumber;
import io.github.juesuan.model.NarrativeParagraph;
import io.github.juesuan.model.NarrativeSource;
import io.github.juesuan.model.NarrativeStatement;
import io.github.juesuan.model.NotUnderstood;
import io.github.juesuan.model.StatedAmount;
import io.github.juesuan.model.StatedChange;
import io.github.juesuan.model.StatedEnumeration;
import io.github.juesuan.model.StatedGrade;
import io.github.juesuan.model.StatedShare;
import io.github.juesuan.rules.Evaluation;
import io.github.juesuan.rules.Outcome;
import io.github.juesuan.rules.RuleEngine;
import io.github.juesuan.rules.RulePack;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Consistent words for synthetic departments state nothing the narrative rules (WZ.*) find wrong; one number
 * changed in a sentence fails a rule that quotes that sentence and marks that number. The tables are the synthetic
 * department's as read from its workbook; the words are read by the statement extractor.
 */
class NarrativePropertiesTest {

    private static final RulePack WORDS = RulePack.standard().only(List.of("WZ.*"));

    @TempDir
    static Path dir;

    private static int files;

    /** The department's tables as read from its workbook, with the statements of {@code paragraphs}. */
    private static Disclosure disclosure(Disclosure tables, List<String> paragraphs) {
        return new Disclosure(tables.file(), tables.unitName(), tables.year(), tables.tables(), tables.evaluations(),
                extract(paragraphs));
    }

    private static Disclosure tables(FixtureDocument doc) throws Exception {
        Path file = dir.resolve("synthetic-" + (++files) + ".xlsx");
        FixtureWriter.write(doc, Layout.SHANXI, Format.XLSX, file);
        return JuesuanReader.create().read(file).disclosure();
    }

    private static List<Evaluation> failures(Disclosure d) {
        return RuleEngine.evaluate(WORDS, d).stream().filter(e -> e.outcome() == Outcome.FAIL).toList();
    }

    private static String render(Evaluation e) {
        return e.rule().id() + " " + e.substituted() + " @" + e.quote().place() + " "
                + e.quote().marks().stream().map(NarrativeSource::location).toList();
    }

    private static List<NarrativeStatement> extract(List<String> paragraphs) {
        List<NarrativeParagraph> body = NarrativeText.body("synthetic.txt", paragraphs);
        return StatementExtractor.standard().extract(body);
    }

    /** The seed's words, checked by the rules, fail exactly twice. */
    @Test
    void theSeedsWordsFailExactlyTwice() throws Exception {
        Path file = dir.resolve("seed.txt");
        java.nio.file.Files.writeString(file, SeedText.write(dir).text());
        List<String> found = failures(JuesuanReader.create().read(file).disclosure()).stream()
                .map(NarrativePropertiesTest::render).toList();
        assertEquals(List.of(
                // last year's 收入总计 410.33 − 82.95 = 327.38 but 支出总计 410.33 − 55.54 = 354.79
                "WZ.004 410.33 - 82.95 = 327.38 ≠ 410.33 - 55.54 = 354.79 @第261段 [第261段[44,51), 第261段[67,74)]",
                // 0 + 10 + 5 + 35 + 5 + 3 + 40.33 = 98.33, not 合计190.33
                "WZ.006 0 + 10 + 5 + 35 + 5 + 3 + 40.33 = 98.33 ≠ 190.33 @项目支出绩效自评表!G11"
                        + " [项目支出绩效自评表!G11[75,78), 项目支出绩效自评表!G11[93,97), 项目支出绩效自评表!G11[111,114),"
                        + " 项目支出绩效自评表!G11[132,136), 项目支出绩效自评表!G11[153,156), 项目支出绩效自评表!G11[167,170),"
                        + " 项目支出绩效自评表!G11[179,186), 项目支出绩效自评表!G11[189,197)]"), found);
    }

    @Test
    void consistentWordsAreNotContradicted() {
        qt().withExamples(25).forAll(longs().between(1, 1_000_000)).checkAssert(seed -> {
            FixtureDocument doc = SyntheticDocument.generate(seed);
            List<String> paragraphs = SyntheticNarrative.paragraphs(doc, seed);
            Disclosure d = disclosure(uncheckedTables(doc), paragraphs);
            assertTrue(d.statements().size() >= 12, "seed " + seed + ": " + Statements.render(d.statements()));
            assertEquals(List.of(), failures(d).stream().map(NarrativePropertiesTest::render).toList(),
                    "seed " + seed + "\n" + Statements.render(d.statements()));
            assertTrue(d.statements().stream().noneMatch(s -> s instanceof NotUnderstood),
                    "seed " + seed + ": " + Statements.render(d.statements()));
        });
    }

    /** Every number of consistent words, changed, fails a rule that quotes its sentence and marks it. */
    @Test
    void oneChangedNumberIsFoundAtItsPlace() {
        qt().withExamples(40).forAll(longs().between(1, 1_000_000), integers().between(0, 10_000),
                integers().between(1, 50)).checkAssert((seed, pick, by) -> {
                    FixtureDocument doc = SyntheticDocument.generate(seed);
                    Disclosure tables = uncheckedTables(doc);
                    List<String> paragraphs = new ArrayList<>(SyntheticNarrative.paragraphs(doc, seed));
                    List<NarrativeNumber> numbers = numbers(extract(paragraphs));
                    NarrativeNumber target = numbers.get(pick % numbers.size());
                    int line = target.source().paragraph() - 1;
                    String text = paragraphs.get(line);
                    String changed = target.value().add(BigDecimal.valueOf(by)).toPlainString();
                    String unit = target.text().substring(target.text().length()
                            - (target.text().length() - digitsLength(target.text())));
                    paragraphs.set(line, text.substring(0, target.source().start()) + changed + unit
                            + text.substring(target.source().end()));
                    List<Evaluation> found = failures(disclosure(tables, paragraphs));
                    int paragraph = target.source().paragraph();
                    int start = target.source().start();
                    assertTrue(found.stream().anyMatch(e -> e.quote().marks().stream()
                                    .anyMatch(m -> m.paragraph() == paragraph && m.start() == start)),
                            "seed " + seed + ": changed " + target.text() + " to " + changed + " at 第" + paragraph
                                    + "段[" + start + "; found " + found.stream().map(NarrativePropertiesTest::render)
                                    .toList() + "\n" + paragraphs.get(line));
                });
    }

    private static Disclosure uncheckedTables(FixtureDocument doc) {
        try {
            return tables(doc);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int digitsLength(String text) {
        int i = 0;
        while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
            i++;
        }
        return i;
    }

    /** Every printed number the statements hold, each once. */
    private static List<NarrativeNumber> numbers(List<NarrativeStatement> statements) {
        List<NarrativeNumber> out = new ArrayList<>();
        for (NarrativeStatement s : statements) {
            if (s instanceof StatedAmount a) {
                out.add(a.number());
            } else if (s instanceof StatedShare sh) {
                out.add(sh.percent());
            } else if (s instanceof StatedChange c) {
                if (c.change() != null) {
                    out.add(c.change());
                }
                if (c.rate() != null) {
                    out.add(c.rate());
                }
            } else if (s instanceof StatedEnumeration e) {
                e.items().forEach(i -> out.add(i.number()));
                out.add(e.total().number());
            } else if (s instanceof StatedGrade g) {
                out.add(g.count());
            }
        }
        return out;
    }
}
