package io.github.juesuan.write;

import io.github.juesuan.text.Labels;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the 校验结果 sheet may show the reader: no table title, no number. */
class SheetTextTest {
    @Test
    void tableTitlesAreBrokenInvisibly() {
        for (String text : new String[] {"收入决算表合计应等于收支总表本年收入合计", "收入支出决算总表!C33",
                "项目支出绩效自评表", "一般公共预算财政拨款基本支出决算明细表（共 3 格）", "部门决算公开相关信息统计表"}) {
            String safe = SheetText.safe(text);
            assertEquals(text, safe.replace("\u200B", ""), "only zero-width spaces are added");
            assertNull(SheetText.titleEnding(safe), safe);
            assertFalse(Labels.fold(safe).contains("决算表"), safe);
        }
    }

    @Test
    void textWithoutTitlesIsLeftAlone() {
        for (String text : new String[] {"公开01表!C33", "GK01.002", "绩效自评 项目2", "收入总计应等于本年收入合计", "第1条",
                "400.55 + 0 + 9.79 = 410.34 ≠ 410.33（差 0.01，容许 ±0.015）"}) {
            assertEquals(text, SheetText.safe(text));
        }
    }

    @Test
    void numbersAreBracketed() {
        assertTrue(SheetText.looksLikeNumber("1,234.56"));
        assertTrue(SheetText.looksLikeNumber("（１２）"));
        assertTrue(SheetText.looksLikeNumber("-5%"));
        assertFalse(SheetText.looksLikeNumber("1 + 2 = 3"));
        assertFalse(SheetText.looksLikeNumber("第1条"));
        assertFalse(SheetText.looksLikeNumber("—"));
        assertEquals("〔32.635〕", SheetText.safe("32.635"));
    }
}
