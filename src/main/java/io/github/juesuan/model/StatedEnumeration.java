package io.github.juesuan.model;

import java.util.List;
import java.util.Objects;

/**
 * An enumeration with its total: {@code 项目资金主要包括A 0万元，B 10万元，…，合计190.33万元}. The total should be
 * the sum of the items.
 *
 * @param items    the items in print order, each with its own label
 * @param total    the stated total ({@code 合计}, {@code 共计}, {@code 总计})
 * @param sentence the whole sentence the statement was read from
 */
public record StatedEnumeration(List<StatedAmount> items, StatedAmount total, NarrativeSource sentence)
        implements NarrativeStatement {

    /**
     * Checks for nulls and at least two items.
     *
     * @param items    the items in print order
     * @param total    the total as stated, with its own label
     * @param sentence the whole sentence the statement was read from
     * @throws NullPointerException     if an argument or an item is null
     * @throws IllegalArgumentException if there are fewer than two items
     */
    public StatedEnumeration {
        items = List.copyOf(items);
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(sentence, "sentence");
        if (items.size() < 2) {
            throw new IllegalArgumentException("an enumeration has at least two items");
        }
    }
}
