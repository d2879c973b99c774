package io.github.juesuan.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.juesuan.model.Column;
import io.github.juesuan.model.PerformanceEvaluation;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A 绩效自评表 builds its column headers twice, for the funds part and for the indicators, from different
 * header rows: each column's label is the one of its own part (a label remembered from the first part
 * named the indicators' 分值 column 得分 and their 得分 column 偏差原因).
 */
class PerformanceColumnLabelsTest {
    @Test
    void eachPartLabelsItsColumnsFromItsOwnHeader() throws Exception {
        PerformanceEvaluation e = JuesuanReader.create().read(Path.of("samples/shanxi-kepu-2024.xlsx"))
                .disclosure().evaluations().get(0);
        assertEquals(List.of("declared=年初预算数/目标申报数", "planned=年初预算数/预算编制数", "budget=全年预算数",
                        "executed=全年执行数", "balance=资金结(转)余", "rate=执行率", "score=得分", "reason=偏差原因",
                        "weight=分值", "points=得分", "total=总分"),
                e.table().columns().stream().map((Column c) -> c.key() + "=" + c.label()).toList());
    }
}
