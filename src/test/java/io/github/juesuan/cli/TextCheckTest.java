package io.github.juesuan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code check} on the seed saved as plain text: the tables' findings and both errors of its words, quoted. */
class TextCheckTest {
    private static final String TEXT = "samples/shanxi-kepu-2024.txt";

    @Test
    void theSeedAsTextPrintsBothErrorsOfItsWords() {
        CliRun r = CliRun.run("check", TEXT);
        assertEquals(Main.FINDINGS, r.code(), r.err());
        assertTrue(r.out().startsWith("文件 shanxi-kepu-2024.txt　单位 山西省科普服务中心　年度 2024\n"
                + "结果：错误 3　警告 1　提示 6　（304 项核对如数相符）\n"), r.out());
        assertTrue(r.out().contains("\n【文字（情况说明与表内文字）】\n"
                + "  [错误] WZ.004 不符　第261段 收入总计/支出总计　文字隐含的上年收入总计与上年支出总计应相等\n"
                + "      公式　prior 01:inc.grand = 01:exp.grand\n"
                + "      代入　410.33 - 82.95 = 327.38 ≠ 410.33 - 55.54 = 354.79（差 27.41，容许 ±0.02）\n"
                + "      原文　第261段：与上年相比，收入总计增加【82.95万元】，增长25.34%，支出总计增加【55.54万元】，增长15.65%\n"
                + "  [错误] WZ.006 不符　项目1　项目支出绩效自评表!G11 合计　文字所列各项之和应等于所述合计\n"
                + "      公式　enumeration\n"
                + "      代入　0 + 10 + 5 + 35 + 5 + 3 + 40.33 = 98.33 ≠ 190.33（差 92，容许 ±3.01）\n"
                + "      原文　项目支出绩效自评表!G11：项目资金主要包括科普做信公众平台运营服务项目【0万元】,"), r.out());
        assertTrue(r.out().contains(",自然科学职称评审【40.33万元】,合计【190.33万元】\n\n【绩效自评项目】\n"), r.out());
    }

    @Test
    void theQuoteInEnglish() {
        CliRun r = CliRun.run("check", TEXT, "--lang", "en");
        assertTrue(r.out().contains("\n[Words (情况说明 and text cells)]\n"), r.out());
        assertTrue(r.out().contains("\n      words    第261段: 与上年相比，收入总计增加【82.95万元】，增长25.34%，支出总计增加【55.54万元】，增长15.65%\n"),
                r.out());
    }
}
