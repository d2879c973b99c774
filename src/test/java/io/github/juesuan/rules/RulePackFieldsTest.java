package io.github.juesuan.rules;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** A pack line's fields are split without a regular expression, exactly as {@code split("\\s+", limit)} splits them. */
class RulePackFieldsTest {
    @Test
    void fieldsAreWhatSplittingAtRunsOfWhiteSpaceGives() {
        List<String> lines = List.of("", "rule", "pack gongkai 2024.1", "pack\tgongkai", "rule GK01.001 ERROR 本年收入合计 应等于\t各项",
                "rule  A \t B   说明  有  空格", "rule A B", "rule A B C", "优 90", "差", "a\u000Bb\fc\rd\ne", "全角\u3000空格 不分",
                "a b c d e f");
        for (String line : lines) {
            for (int limit : new int[]{0, 1, 2, 4}) {
                assertArrayEquals(line.split("\\s+", limit), PackCompiler.fields(line, limit), "«" + line + "» limit " + limit);
            }
        }
    }
}
