package io.github.juesuan.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.juesuan.fixtures.FixtureDocument;
import io.github.juesuan.fixtures.SyntheticDocument;
import io.github.juesuan.fixtures.SyntheticNarrative;
import io.github.juesuan.model.NarrativeNumber;
import io.github.juesuan.model.NarrativeParagraph;
import io.github.juesuan.model.NarrativeStatement;
import io.github.juesuan.model.NotUnderstood;
import io.github.juesuan.model.StatedAmount;
import io.github.juesuan.model.StatedChange;
import io.github.juesuan.model.StatedEnumeration;
import io.github.juesuan.model.StatedGrade;
import io.github.juesuan.model.StatedShare;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Consistent words for synthetic departments state nothing the tables or the words themselves contradict (under
 * interval arithmetic); one number changed in a sentence is contradicted, citing that number. The contradiction
 * check here is a test oracle over the statements, standing in for the narrative rule pack.
 */
class NarrativePropertiesTest {

    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** [lo, hi] of a printed number. */
    private record Range(BigDecimal lo, BigDecimal hi) {
        static Range of(NarrativeNumber n) {
            BigDecimal half = BigDecimal.ONE.movePointLeft(n.decimals()).divide(BigDecimal.valueOf(2));
            return new Range(n.value().subtract(half), n.value().add(half));
        }

        static Range table(BigDecimal v) {
            BigDecimal half = new BigDecimal("0.005");
            return new Range(v.subtract(half), v.add(half));
        }

        boolean overlaps(Range o) {
            return lo.compareTo(o.hi) <= 0 && o.lo.compareTo(hi) <= 0;
        }

        Range plus(Range o) {
            return new Range(lo.add(o.lo), hi.add(o.hi));
        }

        Range minus(Range o) {
            return new Range(lo.subtract(o.hi), hi.subtract(o.lo));
        }

        /** this ÷ o × 100 for positive ranges; null when o may be 0. */
        Range percentOf(Range o) {
            if (o.lo.signum() <= 0) {
                return null;
            }
            return new Range(lo.max(BigDecimal.ZERO).multiply(HUNDRED).divide(o.hi, MC),
                    hi.multiply(HUNDRED).divide(o.lo, MC));
        }
    }

    private static final Map<String, String[]> TABLE_REFS = Map.of(
            "01:inc.grand", new String[] {"01", "inc.grand", "amount"},
            "01:exp.grand", new String[] {"01", "exp.grand", "amount"},
            "01:inc.total", new String[] {"01", "inc.total", "amount"},
            "01:exp.total", new String[] {"01", "exp.total", "amount"},
            "01:inc.business", new String[] {"01", "inc.business", "amount"},
            "01:inc.operating", new String[] {"01", "inc.operating", "amount"},
            "01:inc.upper", new String[] {"01", "inc.upper", "amount"},
            "01:inc.other", new String[] {"01", "inc.other", "amount"});

    /** Locations (paragraph, start) of numbers in a statement that disagrees. */
    static List<String> contradictions(FixtureDocument doc, List<NarrativeStatement> statements) {
        List<String> out = new ArrayList<>();
        List<StatedChange> changes = new ArrayList<>();
        int graded = 0;
        for (NarrativeStatement s : statements) {
            if (s instanceof NotUnderstood n) {
                out.add("not understood " + n.fragment().location());
            } else if (s instanceof StatedAmount a && a.claim().reference() != null) {
                BigDecimal expected = expected(doc, a.claim().reference());
                if (expected != null && !Range.of(a.number()).overlaps(Range.table(expected))) {
                    out.add(a.number().source().location());
                }
            } else if (s instanceof StatedShare sh && sh.wholeNumber() != null) {
                Range ratio = Range.of(sh.partNumber()).percentOf(Range.of(sh.wholeNumber()));
                if (ratio != null && !ratio.overlaps(Range.of(sh.percent()))) {
                    out.add(sh.percent().source().location() + " / " + sh.partNumber().source().location() + " / "
                            + sh.wholeNumber().source().location());
                }
            } else if (s instanceof StatedChange c && c.change() != null && c.current() != null) {
                changes.add(c);
                Range prior = prior(c);
                Range rate = c.rate() == null ? null : Range.of(c.change()).percentOf(prior);
                if (rate != null && !rate.overlaps(Range.of(c.rate()))) {
                    out.add(c.rate().source().location() + " / " + c.change().source().location());
                }
            } else if (s instanceof StatedEnumeration e) {
                Range sum = new Range(BigDecimal.ZERO, BigDecimal.ZERO);
                for (StatedAmount item : e.items()) {
                    sum = sum.plus(Range.of(item.number()));
                }
                if (!sum.overlaps(Range.of(e.total().number()))) {
                    StringBuilder all = new StringBuilder(e.total().number().source().location());
                    e.items().forEach(i -> all.append(" / ").append(i.number().source().location()));
                    out.add(all.toString());
                }
            } else if (s instanceof StatedGrade g) {
                long actual = doc.perfs().stream().filter(p -> p.grade().equals(g.grade())).count();
                graded += g.count().value().intValue();
                if (g.count().value().compareTo(BigDecimal.valueOf(actual)) != 0) {
                    out.add(g.count().source().location());
                }
            }
        }
        // last year's 收入总计 and 支出总计 balance, like this year's
        if (changes.size() == 2) {
            if (!prior(changes.get(0)).overlaps(prior(changes.get(1)))) {
                out.add(changes.get(0).change().source().location() + " / " + changes.get(1).change().source().location());
            }
        }
        return out;
    }

    /** Last year's amount: this year's minus an increase, plus a decrease. */
    private static Range prior(StatedChange c) {
        return c.direction() == StatedChange.Direction.UP ? Range.of(c.current()).minus(Range.of(c.change()))
                : Range.of(c.current()).plus(Range.of(c.change()));
    }

    private static BigDecimal expected(FixtureDocument doc, String ref) {
        String[] t = TABLE_REFS.get(ref);
        if (t != null) {
            return doc.table(t[0]).figure(t[1], t[2]).orZero();
        }
        switch (ref) {
            case "03:total/basic":
                return doc.table("03").figure("total", "basic").orZero();
            case "03:total/project":
                return doc.table("03").figure("total", "project").orZero();
            case "04:inc.grand":
                return doc.table("04").figure("inc.grand", "amount").orZero();
            case "04:exp.grand":
                return doc.table("04").figure("exp.grand", "total").orZero();
            case "09:total/budget":
                return doc.table("09").figure("total", "budget").orZero();
            case "09:total/actual":
                return doc.table("09").figure("total", "actual").orZero();
            case "10:vehicles.total":
                return doc.table("10").figure("vehicles.total", "amount").orZero();
            case "PERF:count":
                return BigDecimal.valueOf(doc.perfs().size());
            case "PERF:total/planned":
                return doc.perfs().stream().map(p -> p.funds().get(0).figure("planned").orZero())
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
            default:
                return null;
        }
    }

    private static List<NarrativeStatement> extract(List<String> paragraphs) {
        List<NarrativeParagraph> body = NarrativeText.body("synthetic.txt", paragraphs);
        return StatementExtractor.standard().extract(body);
    }

    /** The seed's words, checked the same way, contradict its tables and themselves exactly twice. */
    @Test
    void theSeedsWordsContradictExactlyTwice(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        PlainTextDisclosure d = PlainTextDisclosure.parse("seed.txt", io.github.juesuan.fixtures.SeedText.write(dir)
                .text().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        List<String> found = contradictions(io.github.juesuan.fixtures.SeedDocument.create(), d.statements())
                .stream().filter(f -> !f.startsWith("not understood")).toList();
        assertEquals(List.of(
                // 0 + 10 + 5 + 35 + 5 + 3 + 40.33 = 98.33, not 合计190.33
                "项目支出绩效自评表!G11[189,197) / 项目支出绩效自评表!G11[75,78) / 项目支出绩效自评表!G11[93,97)"
                        + " / 项目支出绩效自评表!G11[111,114) / 项目支出绩效自评表!G11[132,136)"
                        + " / 项目支出绩效自评表!G11[153,156) / 项目支出绩效自评表!G11[167,170)"
                        + " / 项目支出绩效自评表!G11[179,186)",
                // last year's 收入总计 410.33 − 82.95 = 327.38 but 支出总计 410.33 − 55.54 = 354.79
                "第261段[44,51) / 第261段[67,74)"), found);
    }

    @Test
    void consistentWordsAreNotContradicted() {
        qt().withExamples(40).forAll(longs().between(1, 1_000_000)).checkAssert(seed -> {
            FixtureDocument doc = SyntheticDocument.generate(seed);
            List<NarrativeStatement> statements = extract(SyntheticNarrative.paragraphs(doc, seed));
            assertTrue(statements.size() >= 12, "seed " + seed + ": " + Statements.render(statements));
            assertEquals(List.of(), contradictions(doc, statements), "seed " + seed + "\n"
                    + Statements.render(statements));
        });
    }

    /** Every number of consistent words, changed, is contradicted at its own place. */
    @Test
    void oneChangedNumberIsFoundAtItsPlace() {
        qt().withExamples(60).forAll(longs().between(1, 1_000_000), integers().between(0, 10_000),
                integers().between(1, 50)).checkAssert((seed, pick, by) -> {
                    FixtureDocument doc = SyntheticDocument.generate(seed);
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
                    List<String> found = contradictions(doc, extract(paragraphs));
                    String at = "第" + target.source().paragraph() + "段[" + target.source().start() + ",";
                    assertTrue(found.stream().anyMatch(f -> f.contains(at)),
                            "seed " + seed + ": changed " + target.text() + " to " + changed + " at " + at + "; found "
                                    + found + "\n" + paragraphs.get(line));
                });
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
