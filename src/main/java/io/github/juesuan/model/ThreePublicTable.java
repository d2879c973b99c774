package io.github.juesuan.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Typed view of 公开09表 财政拨款“三公”经费支出决算表: the 预算数 and 决算数 of each item, whichever way the
 * table lays them out.
 *
 * @param table the generic table: rows {@code total}, {@code overseas}, {@code vehicle},
 *              {@code vehicle.purchase}, {@code vehicle.operation}, {@code hospitality}; columns
 *              {@code budget} and {@code actual}
 */
public record ThreePublicTable(Table table) {
    /**
     * Checks for null.
     *
     * @param table the table viewed
     * @throws NullPointerException when {@code table} is null
     */
    public ThreePublicTable {
        Objects.requireNonNull(table, "table");
    }

    /**
     * The 预算数 side.
     *
     * @return the items in column {@code budget}
     */
    public Items budget() {
        return new Items(table, "budget");
    }

    /**
     * The 决算数 side.
     *
     * @return the items in column {@code actual}
     */
    public Items actual() {
        return new Items(table, "actual");
    }

    /**
     * One side (预算数 or 决算数) of the table.
     *
     * @param table  the generic table
     * @param column {@code budget} or {@code actual}
     */
    public record Items(Table table, String column) {
        /**
         * Checks for nulls.
         *
         * @param table  the 三公 table
         * @param column the column read: {@code budget} or {@code actual}
         * @throws NullPointerException naming the argument that is null
         */
        public Items {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(column, "column");
        }

        /**
         * 合计.
         *
         * @return the figure on this side, or empty when the table does not print it
         */
        public Optional<Figure> total() {
            return table.figure("total", column);
        }

        /**
         * 因公出国（境）费.
         *
         * @return the figure on this side, or empty when the table does not print it
         */
        public Optional<Figure> overseas() {
            return table.figure("overseas", column);
        }

        /**
         * 公务用车购置及运行维护费 小计.
         *
         * @return the figure on this side, or empty when the table does not print it
         */
        public Optional<Figure> vehicles() {
            return table.figure("vehicle", column);
        }

        /**
         * 公务用车购置费.
         *
         * @return the figure on this side, or empty when the table does not print it
         */
        public Optional<Figure> vehiclePurchase() {
            return table.figure("vehicle.purchase", column);
        }

        /**
         * 公务用车运行维护费.
         *
         * @return the figure on this side, or empty when the table does not print it
         */
        public Optional<Figure> vehicleOperation() {
            return table.figure("vehicle.operation", column);
        }

        /**
         * 公务接待费.
         *
         * @return the figure on this side, or empty when the table does not print it
         */
        public Optional<Figure> hospitality() {
            return table.figure("hospitality", column);
        }
    }
}
