package io.github.juesuan.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Typed view of 公开10表 部门决算公开相关信息统计表 (Shanxi).
 *
 * @param table the generic table, column {@code amount}
 */
public record OtherInfoTable(Table table) {
    /**
     * Checks for null.
     *
     * @param table the table viewed
     * @throws NullPointerException when {@code table} is null
     */
    public OtherInfoTable {
        Objects.requireNonNull(table, "table");
    }

    /**
     * 政府采购 合计.
     *
     * @return the figure in column {@code amount}, or empty when the table has no such row
     */
    public Optional<Figure> procurementTotal() {
        return table.figure("procurement.total", "amount");
    }

    /**
     * 车辆数合计.
     *
     * @return the number of vehicles in column {@code amount}, or empty when the table has no such row
     */
    public Optional<Figure> vehicleCount() {
        return table.figure("vehicles.total", "amount");
    }

    /**
     * Any row by its catalogue key, e.g. {@code running.admin} or {@code equipment}.
     *
     * @param key the row key of the table catalogue
     * @return the figure in column {@code amount}, or empty when the table has no such row
     */
    public Optional<Figure> figure(String key) {
        return table.figure(key, "amount");
    }
}
