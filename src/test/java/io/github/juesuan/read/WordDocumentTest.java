package io.github.juesuan.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.juesuan.fixtures.WordDocumentWriter;
import io.github.juesuan.fixtures.WordMain;
import io.github.juesuan.model.NarrativeParagraph;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;

/** Word documents: the grid of a Word table, the paragraphs' numbers, .doc, damaged files and limits. */
class WordDocumentTest {

    private static final Path LO_DOC = Path.of("src/test/resources/fixtures/valid/libreoffice/lo-seed.doc");

    /** 测试表 / 金额单位 above a 4-column table whose header spans (项目: 2×2, 金额: 1×2), a note below. */
    private static Path synthetic(Path dir) throws Exception {
        Path file = dir.resolve("合成.docx");
        try (XWPFDocument word = new XWPFDocument()) {
            WordDocumentWriter.paragraphs(word, List.of("测试表", "金额单位：万元"));
            WordDocumentWriter.Table table = new WordDocumentWriter.Table(word, 4);
            CTRow r0 = table.row();
            WordDocumentWriter.Table.cell(r0, "项目", 2, "restart");
            WordDocumentWriter.Table.cell(r0, "金额", 2, null);
            CTRow r1 = table.row();
            WordDocumentWriter.Table.cell(r1, "", 2, "continue");
            WordDocumentWriter.Table.cell(r1, "本年", 1, null);
            WordDocumentWriter.Table.cell(r1, "上年", 1, null);
            CTRow r2 = table.row();
            WordDocumentWriter.Table.cell(r2, "收入", 1, null);
            WordDocumentWriter.Table.cell(r2, "小计", 1, null);
            WordDocumentWriter.Table.cell(r2, "1,234.50", 1, null);
            WordDocumentWriter.Table.cell(r2, "2", 1, null);
            WordDocumentWriter.paragraphs(word, List.of("注：本表金额为决算数。", "", "正文第一段。"));
            try (OutputStream out = Files.newOutputStream(file)) {
                word.write(out);
            }
        }
        return file;
    }

    @Test
    void aWordTableIsPlacedOnItsGridWithItsSpansAsMergedRegions(@TempDir Path dir) throws Exception {
        WordDocument d = WordDocument.read(synthetic(dir));
        assertEquals(List.of("测试表"), d.tableNames());
        RawSheet sheet = d.sheets().get(0);
        assertEquals(List.of("A1 测试表", "A2 金额单位：万元", "A3 项目", "C3 金额", "C4 本年", "D4 上年", "A5 收入",
                "B5 小计", "C5 1,234.50", "D5 2", "A6 注：本表金额为决算数。"),
                sheet.cells().stream().map(c -> c.a1() + " " + c.text()).toList());
        assertEquals(List.of(new Merge(2, 0, 3, 1), new Merge(2, 2, 2, 3)), sheet.merges());
    }

    @Test
    void aRowStartingLaterOnTheGridAndANestedTableAreReadAsWordShowsThem(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("嵌套.docx");
        try (XWPFDocument word = new XWPFDocument()) {
            WordDocumentWriter.Table table = new WordDocumentWriter.Table(word, 3);
            CTRow r0 = table.row();
            WordDocumentWriter.Table.cell(r0, "项目", 1, null);
            WordDocumentWriter.Table.cell(r0, "本年", 1, null);
            WordDocumentWriter.Table.cell(r0, "上年", 1, null);
            CTRow r1 = table.row();
            r1.addNewTrPr().addNewGridBefore().setVal(java.math.BigInteger.ONE); // the row starts at grid column 2
            WordDocumentWriter.Table.cell(r1, "1.00", 1, null);
            CTTc holder = WordDocumentWriter.Table.cell(r1, "明细", 1, null);
            CTRow inner = holder.addNewTbl().addNewTr();
            WordDocumentWriter.Table.cell(inner, "甲", 1, null);
            WordDocumentWriter.Table.cell(inner, "2.00", 1, null);
            holder.addNewP(); // a cell ends with a paragraph
            try (OutputStream out = Files.newOutputStream(file)) {
                word.write(out);
            }
        }
        WordDocument d = WordDocument.read(file);
        assertEquals(List.of("表1"), d.tableNames());
        assertEquals(List.of("A1 项目", "B1 本年", "C1 上年", "B2 1.00", "C2 明细\n甲 2.00"),
                d.sheets().get(0).cells().stream().map(c -> c.a1() + " " + c.text()).toList());
        assertEquals(List.of(), d.sheets().get(0).merges());
    }

    @Test
    void bodyParagraphsAreNumberedInDocumentOrderWithTheTitleAndNoteLinesTakenByTheTable(@TempDir Path dir)
            throws Exception {
        WordDocument d = WordDocument.read(synthetic(dir));
        // 测试表 1, 金额单位 2, (the table), 注 3, the empty paragraph 4, 正文第一段 5
        NarrativeParagraph p = d.paragraphs().get(0);
        assertEquals(1, d.paragraphs().size());
        assertEquals("正文第一段。", p.text());
        assertEquals(5, p.source().paragraph());
        assertEquals("", p.source().sheet());
        assertEquals(0, p.source().start());
        assertEquals(6, p.source().end());
        assertEquals("合成.docx", p.source().file());
        // the note is a prose cell of the table's sheet, in print order before the body paragraph
        assertEquals(List.of("测试表!A6", "!"), d.narrative().stream()
                .map(n -> n.source().sheet() + "!" + n.source().cell()).toList());
    }

    @Test
    void aDocSavedByLibreOfficeHasEveryFigureInItsTableAtItsPlace(@TempDir Path dir) throws Exception {
        WordDocument d = WordDocument.read(LO_DOC);
        List<io.github.juesuan.fixtures.TextDocumentWriter.TextFigure> figures =
                WordMain.figures(Path.of(LO_DOC + ".figures.tsv"));
        assertEquals("收入支出决算总表", d.tableNames().get(0));
        for (io.github.juesuan.fixtures.TextDocumentWriter.TextFigure f : figures) {
            RawSheet sheet = d.sheets().get(f.block());
            String at = sheet.cells().stream().filter(c -> c.row() == f.row() && c.col() == f.col())
                    .map(RawCell::text).findFirst().orElse("");
            assertEquals(f.printed().strip(), at.strip(), f.table() + "/" + f.rowKey() + "/" + f.columnKey() + " at "
                    + sheet.name() + "!" + CellRefs.a1(f.row(), f.col()));
        }
        SeedTables.assertRead("lo-seed.doc", d.sheets(), figures);
        assertTrue(d.paragraphs().stream().anyMatch(p -> p.text().startsWith("2024年度收入总计410.33万元")));
        // the words read from the .doc claim what the seed's plain text claims, sentence by sentence
        PlainTextDisclosure text = PlainTextDisclosure.parse("seed.txt", io.github.juesuan.fixtures.SeedText
                .write(dir).text().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(WordTablesTest.claims(text.statements()), WordTablesTest.claims(d.statements()));
        ReadResult r = JuesuanReader.create().read(LO_DOC);
        assertEquals(io.github.juesuan.model.TableId.standard().subList(0, 10),
                r.disclosure().tables().stream().map(t -> t.id()).toList());
        assertEquals(2, r.disclosure().evaluations().size());
        assertTrue(r.problems().stream().noneMatch(p -> p.severity() == io.github.juesuan.model.Severity.ERROR),
                r.problems().toString());
    }

    @Test
    void aDeviceIsRefusedBeforeItIsReadAsWordOrText() {
        // /dev/zero reports size 0 and never ends: read whole, it exhausted the heap
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero), "needs /dev/zero");
        for (org.junit.jupiter.api.function.Executable read : List.<org.junit.jupiter.api.function.Executable>of(
                () -> WordDocument.read(zero), () -> PlainTextDisclosure.read(zero))) {
            ReadException e = assertThrows(ReadException.class, read);
            assertEquals(ReadException.Reason.NOT_A_WORKBOOK, e.reason());
            assertTrue(e.getMessage().startsWith("zero: 不是普通文件（设备、命名管道或套接字）"), e.getMessage());
        }
    }

    @Test
    void aDamagedDocxIsACorruptFileNamingIt(@TempDir Path dir) throws Exception {
        byte[] whole = Files.readAllBytes(synthetic(dir));
        Path cut = dir.resolve("坏.docx");
        Files.write(cut, Arrays.copyOf(whole, whole.length / 2));
        ReadException e = assertThrows(ReadException.class, () -> WordDocument.read(cut));
        assertEquals(ReadException.Reason.CORRUPT, e.reason());
        assertEquals("坏.docx", e.file());
        assertTrue(e.getMessage().startsWith("坏.docx: 文件已损坏或不完整，无法读取为 .docx 文档"), e.getMessage());
    }

    @Test
    void aDocPoiCannotReadIsACorruptFileSayingSaveAsDocx(@TempDir Path dir) throws Exception {
        Path doc = dir.resolve("坏.doc");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[600]), "WordDocument");
            try (OutputStream out = Files.newOutputStream(doc)) {
                fs.writeFilesystem(out);
            }
        }
        for (ReadException e : List.of(assertThrows(ReadException.class, () -> WordDocument.read(doc)),
                assertThrows(ReadException.class, () -> JuesuanReader.create().read(doc)))) {
            assertEquals(ReadException.Reason.CORRUPT, e.reason());
            assertTrue(e.getMessage().startsWith("坏.doc: 无法读取这份 .doc 文档（Word 97-2003 格式，已损坏或读取器不支持）；"
                    + "请在 Word 中打开并另存为 .docx 后再试"), e.getMessage());
        }
    }

    @Test
    void aZipWithoutAWordBodyIsNoWordDocument() throws Exception {
        ReadException e = assertThrows(ReadException.class,
                () -> WordDocument.read(Path.of("samples/shanxi-kepu-2024.xlsx")));
        assertEquals(ReadException.Reason.NOT_A_WORKBOOK, e.reason());
        assertTrue(e.getMessage().contains("压缩包中没有 Word 正文（word/document.xml），不是 .docx 文档"), e.getMessage());
    }

    @Test
    void theTablesCellsCountAgainstTheCellLimits(@TempDir Path dir) throws Exception {
        Path file = synthetic(dir);
        overLimit(file, ReaderOptions.DEFAULTS.withMaxCellsPerSheet(7), "表格的非空单元格数超过上限 7");
        overLimit(file, ReaderOptions.DEFAULTS.withMaxCells(5), "文档表格的非空单元格总数超过上限 5");
        overLimit(file, ReaderOptions.DEFAULTS.withMaxMerges(1), "表格的合并单元格数超过上限 1");
        overLimit(file, ReaderOptions.DEFAULTS.withMaxExtent(100, 3), "表格的行数或列数超过上限（100 行，3 列）");
    }

    @Test
    void theZipBudgetsApplyToADocx(@TempDir Path dir) throws Exception {
        Path file = synthetic(dir);
        overLimit(file, ReaderOptions.DEFAULTS.withMaxZipEntries(3), "压缩包的条目超过 3 个的上限");
        overLimit(file, ReaderOptions.DEFAULTS.withMaxUncompressedBytes(1000), "压缩包解压后超过 1000 字节的上限");
        overLimit(file, ReaderOptions.DEFAULTS.withMaxFileBytes(100), "文件大小");
    }

    /** Both the Word reader and the disclosure reader refuse the file as over a limit, saying which. */
    private static void overLimit(Path file, ReaderOptions options, String message) {
        for (ReadException e : List.of(assertThrows(ReadException.class, () -> WordDocument.read(file, options)),
                assertThrows(ReadException.class, () -> JuesuanReader.create(options).read(file)))) {
            assertEquals(ReadException.Reason.LIMIT_EXCEEDED, e.reason(), e.getMessage());
            assertTrue(e.getMessage().startsWith("合成.docx"), e.getMessage());
            if (message != null) {
                assertTrue(e.getMessage().contains(message), e.getMessage());
            }
        }
    }
}
