package io.github.juesuan.read;

import io.github.juesuan.model.Claim;
import io.github.juesuan.model.NarrativeNumber;
import io.github.juesuan.model.NarrativeStatement;
import io.github.juesuan.model.NotUnderstood;
import io.github.juesuan.model.StatedAmount;
import io.github.juesuan.model.StatedChange;
import io.github.juesuan.model.StatedEnumeration;
import io.github.juesuan.model.StatedGrade;
import io.github.juesuan.model.StatedShare;
import io.github.juesuan.model.StatedZero;

import java.util.List;
import java.util.stream.Collectors;

/** One line per statement, for golden files and assertion messages: kind, where, what, numbers as printed. */
final class Statements {
    private Statements() {
    }

    static String render(List<NarrativeStatement> statements) {
        return statements.stream().map(Statements::render).collect(Collectors.joining("\n", "", "\n"));
    }

    static String render(NarrativeStatement s) {
        if (s instanceof StatedAmount a) {
            return "AMOUNT " + claim(a.claim()) + " " + number(a.number());
        }
        if (s instanceof StatedShare sh) {
            return "SHARE " + claim(sh.part()) + " " + number(sh.partNumber()) + " of "
                    + (sh.whole() == null ? "?" : claim(sh.whole()) + " "
                    + (sh.wholeNumber() == null ? "(not printed)" : number(sh.wholeNumber())))
                    + " = " + number(sh.percent());
        }
        if (s instanceof StatedChange c) {
            return "CHANGE " + claim(c.claim()) + " " + c.direction() + " current="
                    + (c.current() == null ? "?" : number(c.current()))
                    + (c.change() == null ? "" : " change=" + number(c.change()))
                    + (c.rate() == null ? "" : " rate=" + number(c.rate()))
                    + " @" + c.sentence().location();
        }
        if (s instanceof StatedEnumeration e) {
            return "ENUMERATION " + e.items().stream().map(i -> claim(i.claim()) + " " + number(i.number()))
                    .collect(Collectors.joining("; ", "[", "]")) + " total " + claim(e.total().claim()) + " "
                    + number(e.total().number());
        }
        if (s instanceof StatedGrade g) {
            return "GRADE " + g.grade() + " " + number(g.count());
        }
        if (s instanceof StatedZero z) {
            return "ZERO " + claim(z.subject()) + " @" + z.sentence().location();
        }
        NotUnderstood n = (NotUnderstood) s;
        return "NOT_UNDERSTOOD " + n.reason() + " «" + n.fragment().text() + "» @" + n.fragment().location();
    }

    private static String claim(Claim c) {
        return c.label() + (c.reference() == null ? "" : "→" + c.reference());
    }

    private static String number(NarrativeNumber n) {
        return n.text() + "(" + n.value().toPlainString() + ",d" + n.decimals() + "," + n.unit() + ")@"
                + n.source().location();
    }
}
