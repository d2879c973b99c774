package io.github.juesuan.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.juesuan.fixtures.SeedText;
import io.github.juesuan.fixtures.TextDocumentWriter;
import io.github.juesuan.model.NarrativeParagraph;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed written as Word's plain text, read back: paragraphs, table blocks as sheets, encodings, bad input. */
class PlainTextDisclosureTest {

    private static TextDocumentWriter.TextDocument seed;
    private static PlainTextDisclosure read;

    @BeforeAll
    static void writeSeed(@TempDir Path dir) throws Exception {
        seed = SeedText.write(dir);
        read = PlainTextDisclosure.parse("seed.txt", seed.text().getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<RawCell> cell(RawSheet sheet, int row, int col) {
        return sheet.cells().stream().filter(c -> c.row() == row && c.col() == col).findFirst();
    }

    @Test
    void oneSheetPerTableNamedLikeItsTitle() {
        assertEquals(List.of("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "PERF1", "PERF2"),
                seed.tables());
        assertEquals(List.of("收入支出决算总表", "收入决算表", "支出决算表", "财政拨款收入支出决算总表",
                "一般公共预算财政拨款支出决算表", "一般公共预算财政拨款基本支出决算明细表", "政府性基金预算财政拨款收入支出决算表",
                "国有资本经营预算财政拨款支出决算表", "财政拨款“三公”经费支出决算表", "部门决算公开相关信息统计表", "项目支出绩效自评表",
                "山西省自然科学研究系列科学传播专业职称评审项目项目支出绩效自评表"), read.tableNames());
        for (int i = 0; i < read.sheets().size(); i++) {
            assertEquals(i, read.sheets().get(i).index());
            assertEquals(read.tableNames().get(i), read.sheets().get(i).name());
        }
    }

    /** Every figure the fixture wrote is in its block's sheet at its row and column, printed as written. */
    @Test
    void everyFigureAtItsPlace() {
        assertEquals(487, seed.figures().size());
        for (TextDocumentWriter.TextFigure f : seed.figures()) {
            RawSheet sheet = read.sheets().get(f.block());
            Optional<RawCell> c = cell(sheet, f.row(), f.col());
            String where = f.table() + "/" + f.rowKey() + "/" + f.columnKey() + " at " + sheet.name() + "!"
                    + CellRefs.a1(f.row(), f.col());
            if (f.printed().isEmpty()) {
                assertTrue(c.isEmpty(), where + " should be empty, is " + c);
                continue;
            }
            assertEquals(RawType.TEXT, c.orElseThrow(() -> new AssertionError(where + " missing")).type(), where);
            assertEquals(f.printed(), c.get().text(), where);
            if (f.value() != null) {
                assertEquals(0, f.value().compareTo(CellFigures.parseNumber(c.get().text())), where);
            }
        }
    }

    @Test
    void table01GrandTotalIsOnItsRow() {
        TextDocumentWriter.TextFigure grand = seed.figure("01", "inc.grand", "amount");
        RawSheet s01 = read.sheets().get(0);
        assertEquals("410.33", cell(s01, grand.row(), grand.col()).orElseThrow().text());
        assertEquals("总计", cell(s01, grand.row(), 0).orElseThrow().text());
        assertEquals(new BigDecimal("410.33"), CellFigures.parseNumber(cell(s01, grand.row(), grand.col()).get().text()));
        // the title lines above the table are the first rows of its sheet
        assertEquals("收入支出决算总表", cell(s01, 0, 0).orElseThrow().text());
        assertEquals("公开01表", cell(s01, 1, 0).orElseThrow().text());
    }

    @Test
    void notesUnderATableBelongToItsSheet() {
        RawSheet s05 = read.sheets().get(4);
        assertTrue(s05.cells().stream().anyMatch(c -> "说明：本表无数据".equals(c.text())), "05 keeps its note");
        assertTrue(read.paragraphs().stream().noneMatch(p -> p.text().startsWith("注：")), "no note in the body");
    }

    @Test
    void tableOfContentsIsPassedOver() {
        assertTrue(read.tableNames().stream().noneMatch(n -> n.contains("目 录")));
        assertEquals(List.of("山西省科普服务中心", "2024年度单位决算公开", "第一部分 概况"),
                read.paragraphs().stream().limit(3).map(NarrativeParagraph::text).toList());
        assertTrue(read.paragraphs().stream().noneMatch(p -> p.text().contains("\t") || p.text().contains(".....")),
                "no line of the contents is a body paragraph");
    }

    @Test
    void bodyParagraphsKeepTheirLineAndHeadings() {
        String[] lines = seed.text().split("\n", -1);
        NarrativeParagraph p = read.paragraphs().stream()
                .filter(x -> x.text().startsWith("2024年度收入总计")).findFirst().orElseThrow();
        assertEquals(p.text(), lines[p.source().paragraph() - 1]);
        assertEquals("", p.source().sheet());
        assertEquals(List.of("第三部分 情况说明", "一、收入支出决算总体情况说明"), p.headings());
        NarrativeParagraph sub = read.paragraphs().stream()
                .filter(x -> x.text().startsWith("2024年度“三公”经费财政拨款支出全年预算")).findFirst().orElseThrow();
        assertEquals(List.of("第三部分 情况说明", "九、财政拨款“三公”经费支出决算情况说明", "（一）“三公”经费财政拨款支出决算总体情况说明"),
                sub.headings());
    }

    @Test
    void proseCellsOfATableAreNarrativeWithTheirCell() {
        NarrativeParagraph achievement = read.narrative().stream()
                .filter(x -> x.text().contains("合计190.33万元")).findFirst().orElseThrow();
        assertEquals("项目支出绩效自评表", achievement.source().sheet());
        assertEquals("G11", achievement.source().cell());
        assertEquals(0, achievement.source().paragraph());
        assertEquals(List.of("项目支出绩效自评表"), achievement.headings());
        assertEquals("项目支出绩效自评表!G11[0," + achievement.text().length() + ")", achievement.source().location());
        // indicator values and labels are not prose
        assertTrue(read.narrative().stream().noneMatch(x -> x.text().equals("≥100期") || x.text().equals("资金总额")));
    }

    @Test
    void cellsOfARawSheetAreProseOnlyWhenTheyHoldASentence() {
        RawSheet sheet = new RawSheet("绩效自评1", 0, false, List.of(
                RawCell.text(10, 6, "合计190.33万元。执行情况良好", false),
                RawCell.text(10, 7, "≥100期", false),
                RawCell.text(11, 0, "资金总额", false),
                RawCell.number(11, 2, 336.2, 0, null, false),
                RawCell.text(12, 0, "偏差原因：申报人数数据无法估量,与实际发生金额导致偏差", false)), List.of());
        List<NarrativeParagraph> cells = NarrativeText.cells("a.xlsx", sheet, "项目支出绩效自评表");
        assertEquals(List.of("绩效自评1!G11[0,17)", "绩效自评1!A13[0,27)"),
                cells.stream().map(c -> c.source().location()).toList());
    }

    @Test
    void orderOfNarrativeIsPrintOrder() {
        List<NarrativeParagraph> all = read.narrative();
        int achievement = indexOf(all, "合计190.33万元");
        int situation = indexOf(all, "2024年度收入总计");
        int annex = indexOf(all, "第五部分 附件");
        assertTrue(situation < annex && annex < achievement, situation + " " + annex + " " + achievement);
    }

    private static int indexOf(List<NarrativeParagraph> all, String text) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).text().contains(text)) {
                return i;
            }
        }
        throw new AssertionError(text);
    }

    // ---- encodings ----

    @Test
    void gb18030IsFoundFromTheContent() throws Exception {
        Charset gb = Charset.forName("GB18030");
        PlainTextDisclosure d = PlainTextDisclosure.parse("seed-gbk.txt", seed.text().getBytes(gb));
        assertEquals(gb, d.charset());
        assertEquals(read.paragraphs().stream().map(NarrativeParagraph::text).toList(),
                d.paragraphs().stream().map(NarrativeParagraph::text).toList());
        assertEquals(read.tableNames(), d.tableNames());
    }

    @Test
    void gbkBytesReadAsGb18030() throws Exception {
        byte[] gbk = "2024年度收入总计410.33万元。".getBytes(Charset.forName("GBK"));
        PlainTextDisclosure d = PlainTextDisclosure.parse("gbk.txt", gbk);
        assertEquals("2024年度收入总计410.33万元。", d.paragraphs().get(0).text());
    }

    @Test
    void byteOrderMarksDecide() throws Exception {
        String text = "一、收入\n收入总计410.33万元。\n";
        byte[] utf8 = ("\ufeff" + text).getBytes(StandardCharsets.UTF_8);
        assertEquals("一、收入", PlainTextDisclosure.parse("a.txt", utf8).paragraphs().get(0).text());
        byte[] utf16 = ("\ufeff" + text).getBytes(StandardCharsets.UTF_16LE);
        PlainTextDisclosure d = PlainTextDisclosure.parse("a.txt", utf16);
        assertEquals(StandardCharsets.UTF_16LE, d.charset());
        assertEquals(List.of("一、收入", "收入总计410.33万元。"),
                d.paragraphs().stream().map(NarrativeParagraph::text).toList());
        assertEquals(List.of("一、收入"), d.paragraphs().get(1).headings());
    }

    @Test
    void undecodableBytesAreRefusedNamingTheFile() {
        byte[] bad = {(byte) 0xe5, (byte) 0x8f, 0x41, (byte) 0x80, (byte) 0xff, 0x20};
        ReadException e = assertThrows(ReadException.class, () -> PlainTextDisclosure.parse("坏.txt", bad));
        assertEquals(ReadException.Reason.CORRUPT, e.reason());
        assertEquals("坏.txt: 不是可识别的文本文件：内容既不是UTF-8，也不是GB18030/GBK编码；请在Word中另存为“纯文本”并选择UTF-8编码"
                + " (not a text file in UTF-8 or GB18030/GBK; save it from Word as plain text in UTF-8)", e.getMessage());
    }

    @Test
    void binaryIsRefused() {
        byte[] pdf = {'%', 'P', 'D', 'F', '-', '1', '.', '7', '\n', 0, 1, 2};
        ReadException e = assertThrows(ReadException.class, () -> PlainTextDisclosure.parse("a.pdf", pdf));
        assertEquals(ReadException.Reason.CORRUPT, e.reason());
        byte[] control = "收入\u0001总计".getBytes(StandardCharsets.UTF_8);
        assertEquals(ReadException.Reason.CORRUPT,
                assertThrows(ReadException.class, () -> PlainTextDisclosure.parse("b.txt", control)).reason());
    }

    @Test
    void emptyAndMissingFiles(@TempDir Path dir) throws Exception {
        ReadException empty = assertThrows(ReadException.class, () -> PlainTextDisclosure.parse("e.txt", new byte[0]));
        assertEquals(ReadException.Reason.EMPTY, empty.reason());
        assertEquals("e.txt: 文件为空 (the file is empty)", empty.getMessage());
        ReadException missing = assertThrows(ReadException.class,
                () -> PlainTextDisclosure.read(dir.resolve("无.txt")));
        assertEquals(ReadException.Reason.NOT_FOUND, missing.reason());
        assertEquals("无.txt: 文件不存在 (no such file)", missing.getMessage());
        Path file = dir.resolve("ok.txt");
        Files.writeString(file, "收入总计410.33万元。", StandardCharsets.UTF_8);
        assertEquals("ok.txt", PlainTextDisclosure.read(file).file());
        assertEquals(1, PlainTextDisclosure.read(file).statements().size());
    }

    @Test
    void tooLargeIsRefused() {
        byte[] big = new byte[(int) PlainTextDisclosure.MAX_BYTES + 1];
        ReadException e = assertThrows(ReadException.class, () -> PlainTextDisclosure.parse("big.txt", big));
        assertEquals(ReadException.Reason.LIMIT_EXCEEDED, e.reason());
        assertEquals("big.txt: 文本文件超过32 MB，不像是一份决算公开 (the text file is larger than 32 MB)", e.getMessage());
    }
}
