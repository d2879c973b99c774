package io.github.juesuan.read;

import io.github.juesuan.i18n.Messages;
import io.github.juesuan.model.AmountUnit;
import io.github.juesuan.model.Figure;
import io.github.juesuan.model.Problem;
import io.github.juesuan.model.Severity;
import io.github.juesuan.model.Source;
import io.github.juesuan.model.TableId;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import static io.github.juesuan.read.ReadMessages.problem;

/**
 * Every {@code READ.*} problem the layout readers report; its Chinese and English text is the message of its
 * code in {@link ReadMessages}' bundles: one place to read what the reader can say, and one wording per code. (Cell-value problems are {@link CellFigures#invalid}'s.)
 */
final class ReadingProblems {
    private ReadingProblems() {
    }

    static Problem unrecognisedSheet(Source at, String sheet) {
        return problem("READ.UNRECOGNISED_SHEET", Severity.WARNING, at, at.location(), sheet);
    }

    static Problem tableUnreadable(Source at, TableId id, RuntimeException e) {
        return problem("READ.TABLE_UNREADABLE", Severity.ERROR, at, id.title(), id.code(), e.getClass().getSimpleName(), e);
    }

    static Problem noHeader(Source at, TableId id) {
        return problem("READ.NO_HEADER", Severity.WARNING, at, at.location(), id.title(), id.code());
    }

    /** A table whose title the catalogue does not know, read as a generic 科目代码 table. */
    static Problem genericTable(Source at, String title) {
        return problem("READ.GENERIC_TABLE", Severity.INFO, at, at.location(), title);
    }

    /** A table whose title the catalogue does not know and whose rows are not 科目代码: named, not read. */
    static Problem unknownTable(Source at, String title) {
        return problem("READ.UNKNOWN_TABLE", Severity.INFO, at, at.location(), title);
    }

    static Problem columnByPosition(Source at, String label) {
        return problem("READ.COLUMN_BY_POSITION", Severity.INFO, at, at.location(), label);
    }

    static Problem columnByNumber(Source at, String label, int number, Catalogue.ColumnDef def) {
        return problem("READ.COLUMN_BY_NUMBER", Severity.INFO, at, at.location(), label, number,
                def.aliases().get(0).text(), def.key());
    }

    static Problem unknownColumn(Source at, TableId id, String label, boolean hasFigures) {
        String code = "READ.UNKNOWN_COLUMN";
        return problem(code, hasFigures ? code + ".figures" : code, hasFigures ? Severity.WARNING : Severity.INFO, at,
                at.location(), id.title(), label, id.code());
    }

    static Problem unknownRow(Source at, TableId id, String label, boolean hasFigures) {
        String code = "READ.UNKNOWN_ROW";
        return problem(code, hasFigures ? code + ".figures" : code, hasFigures ? Severity.WARNING : Severity.INFO, at,
                at.location(), id.title(), label, id.code());
    }

    static Problem duplicateRow(Source at, TableId id, String shown) {
        return problem("READ.DUPLICATE_ROW", Severity.ERROR, at, at.location(), id.title(), shown, id.code());
    }

    static Problem rowByLine(Source at, int line, Catalogue.RowDef def) {
        return problem("READ.ROW_BY_LINE", Severity.INFO, at, at.location(), line, def.aliases().get(0), def.key());
    }

    static Problem unlabelledTotal(Source at, Catalogue.RowDef def) {
        return problem("READ.UNLABELLED_TOTAL", Severity.INFO, at, at.location(), def.aliases().get(0), def.key());
    }

    static Problem lineMismatch(Source at, String label, int printed, int standard) {
        return problem("READ.LINE_MISMATCH", Severity.WARNING, at, at.location(), label, printed, standard);
    }

    /** More decimals than the unit has (12.3456 万元: the conversion was not rounded). */
    static Problem excessDecimals(Figure f, String what, String unit, int unitDecimals) {
        return problem("READ.EXCESS_DECIMALS", Severity.WARNING, f.source(), f.source().location(), what, f.text(),
                unit, unitDecimals, BigDecimal.ONE.movePointLeft(unitDecimals).toPlainString());
    }

    /** A negative amount: possible after an adjustment, so a warning to verify, not an error. */
    static Problem negative(Figure f, String what) {
        return problem("READ.NEGATIVE", Severity.WARNING, f.source(), f.source().location(), what, f.text());
    }

    static Problem duplicateTable(Source at, TableId id, Source first) {
        return problem("READ.DUPLICATE_TABLE", Severity.ERROR, at, at.location(), id.title(), first.location(), id.code());
    }

    static Problem unitMismatch(Source at, TableId id, String name, String majority) {
        return problem("READ.UNIT_MISMATCH", Severity.WARNING, at, at.location(), id.title(), name, majority, id.code());
    }

    static Problem amountUnitMismatch(Source at, TableId id, AmountUnit unit, AmountUnit majority) {
        return problem("READ.AMOUNT_UNIT_MISMATCH", Severity.WARNING, at, at.location(), id.title(), unit.label(),
                majority.label(), id.code());
    }

    static Problem yearMismatch(Source at, TableId id, int year, int majority) {
        return problem("READ.YEAR_MISMATCH", Severity.WARNING, at, at.location(), id.title(), year, majority, id.code());
    }

    /**
     * The standard tables a workbook of the 01–09 set does not hold, in one note: a unit may publish only some
     * tables, and an empty table should still be published with its note, so this informs rather than warns.
     */
    static Problem tablesAbsent(String file, List<TableId> absent) {
        String code = "READ.TABLES_ABSENT";
        return new Problem(code, Severity.INFO, null,
                ReadMessages.ZH.get(code, file, list(ReadMessages.ZH, absent)),
                ReadMessages.EN.get(absent.size() > 1 ? code : code + ".one", file, list(ReadMessages.EN, absent)));
    }

    private static String list(Messages words, List<TableId> tables) {
        return tables.stream().map(id -> words.get("READ.TABLES_ABSENT.item", id.code(), id.title()))
                .collect(Collectors.joining(words.get("READ.TABLES_ABSENT.separator")));
    }

    static Problem noTables(String file) {
        return problem("READ.NO_TABLES", Severity.ERROR, null, file);
    }
}
