package io.github.juesuan.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a value came from: file, sheet, A1 reference and the text as stored.
 *
 * @param file  the file name as given to the reader
 * @param sheet the sheet name as the workbook spells it
 * @param cell  the A1 reference, e.g. {@code C27}
 * @param raw   the cell's content as stored (the cached value for formulas), or "" for an empty cell
 */
public record Source(String file, String sheet, String cell, String raw) {
    /**
     * Checks for nulls.
     *
     * @param file  the file name as given to the reader
     * @param sheet the sheet name as the workbook spells it
     * @param cell  the A1 reference, e.g. {@code C27}
     * @param raw   the cell's content as stored, or "" for an empty cell
     * @throws NullPointerException if any argument is null
     */
    public Source {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(raw, "raw");
    }

    /**
     * A source at a cell given by position; its A1 text is shared with every other source of that cell.
     *
     * @param file  the file name as given to the reader
     * @param sheet the sheet name as the workbook spells it
     * @param cell  the cell
     * @param raw   the cell's content as stored, or "" for an empty cell
     * @throws NullPointerException if any argument is null
     */
    public Source(String file, String sheet, CellRef cell, String raw) {
        this(file, sheet, Objects.requireNonNull(cell, "cell").toString(), raw);
    }

    /**
     * The cell as a position.
     *
     * @return the cell, or empty when {@link #cell()} is no A1 reference
     */
    public Optional<CellRef> ref() {
        return CellRef.tryParse(cell);
    }

    /**
     * The sheet and cell, as a spreadsheet user writes them.
     *
     * @return {@code SHEET!CELL}, e.g. {@code 公开01表!C27} (the sheet name is not quoted)
     */
    public String location() {
        return sheet + "!" + cell;
    }

    @Override
    public String toString() {
        return file + " " + location();
    }
}
