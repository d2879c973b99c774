package io.github.juesuan.read;

import io.github.juesuan.model.NarrativeNumber;
import io.github.juesuan.model.NarrativeSource;
import io.github.juesuan.model.NarrativeUnit;

import java.math.BigDecimal;

/**
 * The number and unit of a figure printed in a sentence, as found by {@link StatementExtractor#figures}: a
 * figure is {start, end, number start, number end, unit start, unit end} in the paragraph's text. Digits may be
 * ASCII or full-width, the decimal point . or ．, and ASCII commas separate thousands (1,234.56).
 */
final class PrintedFigures {
    private PrintedFigures() {
    }

    /** The unit a figure is printed in; 台, 套 and 台（套） count equipment. */
    static NarrativeUnit unit(String text, int[] f) {
        return switch (text.substring(f[4], f[5])) {
            case "万元" -> NarrativeUnit.WAN_YUAN;
            case "亿元" -> NarrativeUnit.YI_YUAN;
            case "元" -> NarrativeUnit.YUAN;
            case "%", "％" -> NarrativeUnit.PERCENT;
            case "个" -> NarrativeUnit.ITEM;
            case "辆" -> NarrativeUnit.VEHICLE;
            case "人次" -> NarrativeUnit.PERSON_TIME;
            case "批次" -> NarrativeUnit.BATCH;
            default -> NarrativeUnit.EQUIPMENT;
        };
    }

    /** A figure as printed with its value, decimals and unit; {@code at} is where it stands. */
    static NarrativeNumber number(String text, int[] f, NarrativeSource at) {
        StringBuilder digits = new StringBuilder();
        for (int i = f[2]; i < f[3]; i++) {
            char ch = text.charAt(i);
            if (ch >= '０' && ch <= '９') {
                digits.append((char) ('0' + ch - '０'));
            } else if (ch == '．' || ch == '.') {
                digits.append('.');
            } else if (ch != ',') {
                digits.append(ch);
            }
        }
        BigDecimal value = new BigDecimal(digits.toString());
        return new NarrativeNumber(text.substring(f[0], f[1]), value, Math.max(0, value.scale()), unit(text, f), at);
    }
}
