package io.github.juesuan.read;

import io.github.juesuan.model.AmountUnit;
import io.github.juesuan.model.Figure;
import io.github.juesuan.model.Problem;
import io.github.juesuan.model.Severity;
import io.github.juesuan.model.Source;
import io.github.juesuan.model.TableId;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every {@code READ.*} problem the layout readers report, with its Chinese and English text: one place to read
 * what the reader can say, and one wording per code. (Cell-value problems are {@link Values#invalid}'s.)
 */
final class ReadingProblems {
    private ReadingProblems() {
    }

    static Problem unrecognisedSheet(Source at, String sheet) {
        return new Problem("READ.UNRECOGNISED_SHEET", Severity.WARNING, at,
                at.location() + "：工作表「" + sheet + "」含有数字，但找不到可识别的表名（如「收入支出决算总表」），未读取",
                at.location() + ": sheet \"" + sheet + "\" holds numbers but no recognisable table title; not read");
    }

    static Problem tableUnreadable(Source at, TableId id, RuntimeException e) {
        return new Problem("READ.TABLE_UNREADABLE", Severity.ERROR, at,
                "无法读取表「" + id.title() + "」：版式无法识别（" + e.getClass().getSimpleName() + "）",
                "table " + id.code() + " could not be read: unrecognised layout (" + e + ")");
    }

    static Problem noHeader(Source at, TableId id) {
        return new Problem("READ.NO_HEADER", Severity.WARNING, at,
                at.location() + "：找到表名「" + id.title() + "」，但其下没有可识别的表头，未读取此表",
                at.location() + ": found the title of table " + id.code()
                        + " but no recognisable header below it; table not read");
    }

    /** A table whose title the catalogue does not know, read as a generic 科目代码 table. */
    static Problem genericTable(Source at, String title) {
        return new Problem("READ.GENERIC_TABLE", Severity.INFO, at,
                at.location() + "：表「" + title + "」不在表样目录中，按科目代码表读取（列按表头文字），只核对上下级科目之和",
                at.location() + ": table \"" + title + "\" is not in the catalogue; read as a generic table of 科目代码 rows "
                        + "(columns by their header text), checked for parent codes adding up only");
    }

    /** A table whose title the catalogue does not know and whose rows are not 科目代码: named, not read. */
    static Problem unknownTable(Source at, String title) {
        return new Problem("READ.UNKNOWN_TABLE", Severity.INFO, at,
                at.location() + "：表「" + title + "」不在表样目录中，且其行不是科目代码，未读取",
                at.location() + ": table \"" + title + "\" is not in the catalogue and its rows are not 科目代码; not read");
    }

    static Problem columnByPosition(Source at, String label) {
        return new Problem("READ.COLUMN_BY_POSITION", Severity.INFO, at,
                at.location() + "：列「" + label + "」的表头无法识别，作为本表唯一的金额栏读取",
                at.location() + ": column \"" + label + "\" is not recognised; read as the table's only value column");
    }

    static Problem columnByNumber(Source at, String label, int number, Catalogue.ColumnDef def) {
        return new Problem("READ.COLUMN_BY_NUMBER", Severity.INFO, at,
                at.location() + "：列「" + label + "」的表头无法识别，按栏次 " + number + " 视为「"
                        + def.aliases().get(0).text() + "」",
                at.location() + ": column \"" + label + "\" taken as " + def.key() + " by its 栏次 " + number);
    }

    static Problem unknownColumn(Source at, TableId id, String label, boolean hasFigures) {
        return new Problem("READ.UNKNOWN_COLUMN", hasFigures ? Severity.WARNING : Severity.INFO, at,
                at.location() + "：表「" + id.title() + "」的列「" + label + "」无法识别"
                        + (hasFigures ? "，其中的数字未读取" : ""),
                at.location() + ": column \"" + label + "\" of table " + id.code()
                        + " is not recognised" + (hasFigures ? "; its figures were not read" : ""));
    }

    static Problem unknownRow(Source at, TableId id, String label, boolean hasFigures) {
        return new Problem("READ.UNKNOWN_ROW", hasFigures ? Severity.WARNING : Severity.INFO, at,
                at.location() + "：表「" + id.title() + "」中的行「" + label + "」与标准表样中的任何项目都不对应"
                        + (hasFigures ? "，其中的数字未读取" : ""),
                at.location() + ": row \"" + label + "\" of table " + id.code()
                        + " matches nothing in the catalogue" + (hasFigures ? "; its figures were not read" : ""));
    }

    static Problem duplicateRow(Source at, TableId id, String shown) {
        return new Problem("READ.DUPLICATE_ROW", Severity.ERROR, at,
                at.location() + "：表「" + id.title() + "」中「" + shown + "」出现了不止一次，只读取第一次",
                at.location() + ": row " + shown + " appears more than once in table " + id.code()
                        + "; only the first is read");
    }

    static Problem rowByLine(Source at, int line, Catalogue.RowDef def) {
        return new Problem("READ.ROW_BY_LINE", Severity.INFO, at,
                at.location() + "：行次 " + line + " 未印项目名称，按标准表样视为「" + def.aliases().get(0) + "」",
                at.location() + ": line " + line + " has no label; taken as " + def.key()
                        + " by the standard numbering");
    }

    static Problem unlabelledTotal(Source at, Catalogue.RowDef def) {
        return new Problem("READ.UNLABELLED_TOTAL", Severity.INFO, at,
                at.location() + "：此行未印项目名称，视为「" + def.aliases().get(0) + "」（本表未印该行）",
                at.location() + ": a row without a label is taken as " + def.key() + ", which the table prints nowhere else");
    }

    static Problem lineMismatch(Source at, String label, int printed, int standard) {
        return new Problem("READ.LINE_MISMATCH", Severity.WARNING, at,
                at.location() + "：行「" + label + "」的行次为 " + printed + "，标准表样为 " + standard
                        + "，请核对是否错行",
                at.location() + ": row \"" + label + "\" is printed as line " + printed
                        + " where the standard layout has " + standard + "; check for a shifted row");
    }

    /** More decimals than the unit has (12.3456 万元: the conversion was not rounded). */
    static Problem excessDecimals(Figure f, String what, String unit, int unitDecimals) {
        String at = f.source().location() + "（" + what + "）";
        return new Problem("READ.EXCESS_DECIMALS", Severity.WARNING, f.source(),
                at + "：印出 " + f.text() + "，小数位多于" + unit + "应有的 " + unitDecimals + " 位；请四舍五入到 "
                        + BigDecimal.ONE.movePointLeft(unitDecimals).toPlainString() + " 后再公开",
                at + ": prints " + f.text() + ", more decimals than the " + unitDecimals
                        + " its unit has; round it before publishing");
    }

    /** A negative amount: possible after an adjustment, so a warning to verify, not an error. */
    static Problem negative(Figure f, String what) {
        String at = f.source().location() + "（" + what + "）";
        return new Problem("READ.NEGATIVE", Severity.WARNING, f.source(),
                at + "：金额为负数 " + f.text() + "；决算公开表的金额通常不为负，请核实",
                at + ": the amount " + f.text() + " is negative; amounts in these tables rarely are, please verify");
    }

    static Problem duplicateTable(Source at, TableId id, Source first) {
        return new Problem("READ.DUPLICATE_TABLE", Severity.ERROR, at,
                at.location() + "：表「" + id.title() + "」出现了两次（第一次在 " + first.location() + "），只读取第一次",
                at.location() + ": table " + id.code() + " appears twice (first at " + first.location()
                        + "); only the first is read");
    }

    static Problem unitMismatch(Source at, TableId id, String name, String majority) {
        return new Problem("READ.UNIT_MISMATCH", Severity.WARNING, at,
                at.location() + "：表「" + id.title() + "」的单位名称「" + name + "」与其他表的「" + majority + "」不一致",
                at.location() + ": table " + id.code() + " names the unit \"" + name + "\" where the other tables say \""
                        + majority + "\"");
    }

    static Problem amountUnitMismatch(Source at, TableId id, AmountUnit unit, AmountUnit majority) {
        return new Problem("READ.AMOUNT_UNIT_MISMATCH", Severity.WARNING, at,
                at.location() + "：表「" + id.title() + "」的金额单位为" + unit.label() + "，其他表为" + majority.label()
                        + "；跨表核对时换算为万元比较",
                at.location() + ": table " + id.code() + " prints amounts in " + unit.label()
                        + " where the other tables use " + majority.label() + "; rules across tables compare them in 万元");
    }

    static Problem yearMismatch(Source at, TableId id, int year, int majority) {
        return new Problem("READ.YEAR_MISMATCH", Severity.WARNING, at,
                at.location() + "：表「" + id.title() + "」的年度 " + year + " 与其他表的 " + majority + " 不一致",
                at.location() + ": table " + id.code() + " is for " + year + " where the other tables say " + majority);
    }

    /**
     * The standard tables a workbook of the 01–09 set does not hold, in one note: a unit may publish only some
     * tables, and an empty table should still be published with its note, so this informs rather than warns.
     */
    static Problem tablesAbsent(String file, List<TableId> absent) {
        String zh = absent.stream().map(id -> "公开" + id.code() + "表「" + id.title() + "」").collect(Collectors.joining("、"));
        String en = absent.stream().map(TableId::code).collect(Collectors.joining(", "));
        return new Problem("READ.TABLES_ABSENT", Severity.INFO, null,
                file + "：工作簿中没有" + zh + "；若单位确无此项数据，也应保留表样并注明「本表无数据」",
                file + ": the workbook does not hold table" + (absent.size() > 1 ? "s " : " ") + en
                        + "; an empty table should still be published with a note that it has no data");
    }

    static Problem noTables(String file) {
        return new Problem("READ.NO_TABLES", Severity.ERROR, null,
                file + "：工作簿中没有找到任何决算公开表或绩效自评表",
                file + ": no disclosure table or performance self-evaluation was found in the workbook");
    }
}
