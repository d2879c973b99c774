package io.github.juesuan.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Workbooks built to exhaust a reader, at the sizes an attacker or a broken exporter produces: each is refused
 * quickly, naming the file, the sheet and cell where known, the limit and its value, or (with the limit
 * raised) read within it. The .xlsx files are written here, part by part, as a zip library would.
 */
class HostileWorkbooksTest {
    private static final Duration QUICK = Duration.ofSeconds(20);
    private static final String SHEET_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";

    @TempDir
    Path dir;

    @Test
    void aMillionRowsAreRefusedAtTheRowLimit() throws IOException {
        Path file = xlsx("百万行.xlsx", 1, sheet -> {
            for (int r = 1; r <= 1_000_000; r++) {
                sheet.write("<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>" + r + "</v></c></row>");
            }
        }, null, null);
        ReadException e = refused(file, ReaderOptions.DEFAULTS);
        assertEquals("A100001", e.cell().orElse(null));
        assertEquals("百万行.xlsx [Sheet1!A100001]: 单元格位置超出上限（最多 100000 行、1000 列） "
                + "(cell beyond row 100000 or column 1000 (ReaderOptions.maxRows / maxColumns))", e.getMessage());

        ReadException cells = refused(file, ReaderOptions.DEFAULTS.withMaxExtent(1_048_576, 1000));
        assertEquals("百万行.xlsx [Sheet1!A200001]: 工作表的非空单元格数超过上限 200000 "
                + "(the sheet has more than 200000 non-empty cells (ReaderOptions.maxCellsPerSheet))", cells.getMessage());
    }

    @Test
    void sixteenThousandColumnsAreRefusedOrReadWithTheLimitRaised() throws IOException {
        Path file = xlsx("宽表.xlsx", 1, sheet -> {
            sheet.write("<row r=\"1\">");
            for (int c = 0; c < 16_384; c++) {
                sheet.write("<c r=\"" + CellRefs.a1(0, c) + "\"><v>1</v></c>");
            }
            sheet.write("</row>");
        }, null, null);
        ReadException e = refused(file, ReaderOptions.DEFAULTS);
        assertEquals("ALM1", e.cell().orElse(null), "column 1,001");

        ReadResult wide = assertTimeoutPreemptively(QUICK,
                () -> JuesuanReader.create(ReaderOptions.DEFAULTS.withMaxExtent(100_000, 16_384)).read(file));
        assertEquals(0, wide.disclosure().tables().size(), "read to the end: numbers, but no table");
        assertTrue(wide.problems().stream().anyMatch(p -> p.code().equals("READ.UNRECOGNISED_SHEET")), wide.problems().toString());
    }

    @Test
    void aThirtyMegabyteStringIsRefusedBeforeTheParserHoldsIt() throws IOException {
        Path shared = xlsx("长文本.xlsx", 1, sheet -> sheet.write("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"),
                strings -> {
                    strings.write("<si><t>");
                    writeRandom(strings, 10_000_000, 1); // 30 MB of UTF-8: random, so no zip-bomb ratio
                    strings.write("</t></si>");
                }, null);
        ReadException e = refused(shared, ReaderOptions.DEFAULTS);
        assertEquals("长文本.xlsx: XML 中有一段超过 100000 个字符的文本或标记（单个文本的上限） "
                + "(the XML holds a text or tag longer than 100000 characters (ReaderOptions.maxTextLength))", e.getMessage());

        Path inline = xlsx("长文本2.xlsx", 1, sheet -> {
            sheet.write("<row r=\"1\"><c r=\"B1\" t=\"inlineStr\"><is><t>");
            writeRandom(sheet, 10_000_000, 2);
            sheet.write("</t></is></c></row>");
        }, null, null);
        ReadException e2 = refused(inline, ReaderOptions.DEFAULTS);
        assertEquals("Sheet1", e2.sheet().orElse(null));
        assertTrue(e2.getMessage().contains("ReaderOptions.maxTextLength"), e2.getMessage());

        Path attribute = xlsx("长属性.xlsx", 1, sheet -> {
            sheet.write("<row r=\"1\"><c r=\"A1\" s=\"");
            writeRandom(sheet, 10_000_000, 3);
            sheet.write("\"><v>1</v></c></row>");
        }, null, null);
        assertTrue(refused(attribute, ReaderOptions.DEFAULTS).getMessage().contains("maxTextLength"));
    }

    @Test
    void aStringJustUnderTheLimitIsRead() throws IOException {
        Path file = xlsx("边界.xlsx", 1, sheet -> {
            sheet.write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>");
            writeRandom(sheet, 100_000, 4);
            sheet.write("</t></is></c></row>");
        }, null, null);
        ReadResult r = JuesuanReader.create().read(file);
        assertEquals(0, r.disclosure().tables().size());
        ReadException over = refused(file, ReaderOptions.DEFAULTS.withMaxTextLength(99_999));
        assertEquals("边界.xlsx [Sheet1!A1]: 单个文本超过 99999 个字符的上限 "
                + "(a string longer than 99999 characters (ReaderOptions.maxTextLength))", over.getMessage());
    }

    @Test
    void aHundredThousandMergedRegionsAreRefusedOrReadWithTheLimitRaised() throws IOException {
        Path file = xlsx("合并.xlsx", 1, sheet -> {
            sheet.write("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData><mergeCells count=\"100000\">");
            for (int r = 1; r <= 100_000; r++) {
                sheet.write("<mergeCell ref=\"A" + r + ":B" + r + "\"/>");
            }
            sheet.write("</mergeCells><sheetData>");
        }, null, null);
        ReadException e = refused(file, ReaderOptions.DEFAULTS);
        assertEquals("合并.xlsx [Sheet1]: 合并单元格数超过上限 10000 "
                + "(the sheet has more than 10000 merged regions (ReaderOptions.maxMerges))", e.getMessage());
        assertTimeoutPreemptively(QUICK, () -> JuesuanReader.create(ReaderOptions.DEFAULTS.withMaxMerges(100_000)).read(file));
    }

    @Test
    void thousandsOfZipEntriesAreRefusedBeforeTheArchiveIsOpened() throws IOException {
        Path file = xlsx("多条目.xlsx", 1, sheet -> sheet.write("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"), null,
                zip -> {
                    for (int i = 0; i < 20_000; i++) {
                        zip.putNextEntry(new ZipEntry("customXml/item" + i + ".xml"));
                        zip.write('x');
                        zip.closeEntry();
                    }
                });
        ReadException e = refused(file, ReaderOptions.DEFAULTS);
        assertEquals("多条目.xlsx: 压缩包的条目超过 10000 个的上限（正常的 .xlsx 只有几十个），已拒绝读取 "
                + "(the zip archive has more than maxZipEntries 10000 entries (a real .xlsx has a few dozen))", e.getMessage());
        assertEquals(0, JuesuanReader.create(ReaderOptions.DEFAULTS.withMaxZipEntries(20_010)).read(file)
                .disclosure().tables().size(), "read with the limit raised");
        assertEquals(20_005, ZipDirectory.entries(file, Long.MAX_VALUE), "the central directory's headers, counted");
        assertEquals(101, ZipDirectory.entries(file, 100), "counting stops just past the limit");
    }

    @Test
    void aZipBombIsRefused() throws IOException {
        Path file = xlsx("炸弹.xlsx", 1, sheet -> {
            sheet.write("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>");
            writeRepeated(sheet, " ", 200_000_000); // 200 MB of blanks deflate to about 200 KB
        }, null, null);
        assertTrue(Files.size(file) < 1_000_000, Files.size(file) + " bytes");
        ReadException e = refused(file, ReaderOptions.DEFAULTS);
        assertTrue(e.getMessage().startsWith("炸弹.xlsx [Sheet1]: 压缩包中的「xl/worksheets/sheet1.xml」解压后异常庞大（疑似压缩炸弹），已拒绝读取"),
                e.getMessage());
    }

    @Test
    void theUncompressedBudgetCoversEveryPart() throws IOException {
        Path file = xlsx("大表.xlsx", 1, sheet -> {
            for (int r = 1; r <= 20_000; r++) {
                sheet.write("<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>" + (r * 7919 % 100_003) + "</v></c></row>");
            }
        }, null, null);
        ReadException e = refused(file, ReaderOptions.DEFAULTS.withMaxUncompressedBytes(200_000));
        assertEquals("大表.xlsx [Sheet1]: 解压后的内容超过 200000 字节的上限 "
                + "(the workbook inflates to more than 200000 bytes (ReaderOptions.maxUncompressedBytes))", e.getMessage());
    }

    @Test
    void tooManySheetsSharedStringsOrCellsAreRefused() throws IOException {
        Path sheets = xlsx("三百表.xlsx", 300, sheet -> sheet.write("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"),
                null, null);
        assertEquals("三百表.xlsx: 工作表数 300 超过上限 256 (the workbook has 300 sheets, more than maxSheets 256)",
                refused(sheets, ReaderOptions.DEFAULTS).getMessage());

        Path strings = xlsx("字符串.xlsx", 1, sheet -> sheet.write("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"),
                sst -> {
                    java.util.Random random = new java.util.Random(5);
                    for (int i = 0; i < 600_000; i++) {
                        sst.write("<si><t>" + Integer.toString(random.nextInt(Integer.MAX_VALUE), 36) + "</t></si>");
                    }
                }, null);
        assertEquals("字符串.xlsx: 共享字符串超过 500000 个的上限 (more than 500000 shared strings (ReaderOptions.maxSharedStrings))",
                refused(strings, ReaderOptions.DEFAULTS).getMessage());

        Path cells = xlsx("满表.xlsx", 3, sheet -> {
            for (int r = 1; r <= 400; r++) {
                sheet.write("<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>1</v></c></row>");
            }
        }, null, null);
        assertEquals("满表.xlsx [Sheet3!A201]: 工作簿的非空单元格总数超过上限 1000 "
                        + "(the workbook has more than 1000 non-empty cells (ReaderOptions.maxCells))",
                refused(cells, ReaderOptions.DEFAULTS.withMaxCells(1000)).getMessage());
        assertEquals(3, JuesuanReader.create(ReaderOptions.DEFAULTS.withMaxCells(1200)).read(cells).problems().stream()
                .filter(p -> p.code().equals("READ.UNRECOGNISED_SHEET")).count(), "1,200 cells are within the limit");
    }

    @Test
    void aFileWhoseNameIsNotUtf8IsReadThroughItsPath() throws Exception {
        // 决算.xlsx in GBK, as a zip made on Chinese Windows unpacks on Linux: Java lists it, but cannot spell
        // the name back, so nothing that reopens the file by its name string may be used.
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT)
                .contains("linux") && "UTF-8".equals(System.getProperty("sun.jnu.encoding")), "Linux with UTF-8 names");
        Path folder = Files.createDirectories(dir.resolve("gbk"));
        Process p = new ProcessBuilder("sh", "-c", "cp \"$0\" \"$1/$(printf '\\276\\366\\313\\343.xlsx')\"",
                Path.of("samples/shanxi-kepu-2024.xlsx").toAbsolutePath().toString(), folder.toString())
                .inheritIO().start();
        assertEquals(0, p.waitFor());
        Path listed;
        try (var files = Files.list(folder)) {
            listed = files.findFirst().orElseThrow();
        }
        assertTrue(listed.getFileName().toString().contains("\uFFFD"), "the name is not UTF-8: " + listed);
        ReadResult r = JuesuanReader.create().read(listed);
        assertEquals(10, r.disclosure().tables().size());
        assertEquals(2, io.github.juesuan.report.Checker.create().check(r).count(io.github.juesuan.model.Severity.ERROR));
    }

    @Test
    void aSheetWithoutANameIsADamagedWorkbookNotACrash() throws Exception {
        // Found by ReaderFuzzTest.rawBytes (crash-6bc3c2e1… in its inputs): a <sheet> whose name attribute
        // is gone made a NullPointerException escape the reader.
        var parts = XlsxVariants.unzip(Files.readAllBytes(Path.of("samples/shanxi-kepu-2024.xlsx")));
        String book = new String(parts.get("xl/workbook.xml"), StandardCharsets.UTF_8);
        String edited = book.replaceFirst("<sheet name=\"[^\"]*\"", "<sheet");
        assertTrue(!edited.equals(book), "the first sheet lost its name");
        parts.put("xl/workbook.xml", edited.getBytes(StandardCharsets.UTF_8));
        Path file = dir.resolve("无名表.xlsx");
        Files.write(file, XlsxVariants.zip(parts));
        ReadException e = assertThrows(ReadException.class, () -> JuesuanReader.create().read(file));
        assertEquals(ReadException.Reason.CORRUPT, e.reason());
        assertEquals("无名表.xlsx: 工作簿列出的第 1 个工作表没有名称，文件已损坏；请重新导出后再试 "
                + "(sheet 1 of the workbook has no name: the file is damaged)", e.getMessage());
    }

    @Test
    void limitsMustBePositiveAndPrintWithoutThePassword() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReaderOptions.DEFAULTS.withMaxZipEntries(0));
        assertTrue(e.getMessage().contains("maxZipEntries=0"), e.getMessage());
        assertEquals("ReaderOptions[maxFileBytes=67108864, maxUncompressedBytes=268435456, maxZipEntries=10000, "
                + "maxSheets=256, maxCells=1000000, maxCellsPerSheet=200000, maxRows=100000, maxColumns=1000, "
                + "maxTextLength=100000, maxSharedStrings=500000, maxMerges=10000, password=***]",
                ReaderOptions.DEFAULTS.withPassword("秘密").toString());
    }

    // ---------------------------------------------------------------------------------------------- helpers

    /** Reads the file with these options, expecting a limit to be exceeded within {@link #QUICK}. */
    private static ReadException refused(Path file, ReaderOptions options) {
        ReadException e = assertTimeoutPreemptively(QUICK,
                () -> assertThrows(ReadException.class, () -> JuesuanReader.create(options).read(file)));
        assertEquals(ReadException.Reason.LIMIT_EXCEEDED, e.reason(), e.getMessage());
        assertEquals(file.getFileName().toString(), e.file());
        return e;
    }

    private interface Part {
        void write(Writer w) throws IOException;
    }

    private interface Extra {
        void write(ZipOutputStream zip) throws IOException;
    }

    /**
     * A minimal .xlsx: {@code sheets} sheets whose {@code <sheetData>} content {@code sheet} writes, a shared
     * string table whose {@code <si>} elements {@code strings} writes (or none), and any {@code extra} entries.
     */
    private Path xlsx(String name, int sheets, Part sheet, Part strings, Extra extra) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_SPEED);
            StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns="
                    + "\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                    + ".spreadsheetml.sheet.main+xml\"/>");
            StringBuilder book = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns="
                    + "\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxml"
                    + "formats.org/officeDocument/2006/relationships\"><sheets>");
            StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns="
                    + "\"http://schemas.openxmlformats.org/package/2006/relationships\">");
            for (int i = 1; i <= sheets; i++) {
                types.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(".xml\" ContentType=\"application/"
                        + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
                book.append("<sheet name=\"Sheet").append(i).append("\" sheetId=\"").append(i).append("\" r:id=\"rId")
                        .append(i).append("\"/>");
                rels.append("<Relationship Id=\"rId").append(i).append("\" Type=\"http://schemas.openxmlformats.org/"
                        + "officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
            }
            if (strings != null) {
                types.append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-"
                        + "officedocument.spreadsheetml.sharedStrings+xml\"/>");
                rels.append("<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                        + "relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>");
            }
            entry(zip, "[Content_Types].xml", w -> w.write(types + "</Types>"));
            entry(zip, "_rels/.rels", w -> w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns="
                    + "\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type="
                    + "\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                    + "Target=\"xl/workbook.xml\"/></Relationships>"));
            entry(zip, "xl/workbook.xml", w -> w.write(book + "</sheets></workbook>"));
            entry(zip, "xl/_rels/workbook.xml.rels", w -> w.write(rels + "</Relationships>"));
            for (int i = 1; i <= sheets; i++) {
                entry(zip, "xl/worksheets/sheet" + i + ".xml", w -> {
                    w.write(SHEET_HEAD);
                    sheet.write(w);
                    w.write("</sheetData></worksheet>");
                });
            }
            if (strings != null) {
                entry(zip, "xl/sharedStrings.xml", w -> {
                    w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/"
                            + "spreadsheetml/2006/main\">");
                    strings.write(w);
                    w.write("</sst>");
                });
            }
            if (extra != null) {
                extra.write(zip);
            }
        }
        return file;
    }

    private static void entry(ZipOutputStream zip, String name, Part content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Writer w = new OutputStreamWriter(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                zip.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                zip.write(b, off, len);
            }
        }, StandardCharsets.UTF_8);
        Writer buffered = new java.io.BufferedWriter(w, 1 << 16);
        content.write(buffered);
        buffered.flush();
        zip.closeEntry();
    }

    /** {@code n} random common Chinese characters (seeded): text that deflates about as real text does. */
    private static void writeRandom(Writer w, int n, long seed) throws IOException {
        java.util.Random random = new java.util.Random(seed);
        char[] chunk = new char[4096];
        for (int done = 0; done < n; done += chunk.length) {
            int k = Math.min(chunk.length, n - done);
            for (int i = 0; i < k; i++) {
                chunk[i] = (char) (0x4E00 + random.nextInt(0x9FA5 - 0x4E00));
            }
            w.write(chunk, 0, k);
        }
    }

    private static void writeRepeated(Writer w, String s, int times) throws IOException {
        String block = s.repeat(4096);
        int full = times / 4096;
        for (int i = 0; i < full; i++) {
            w.write(block);
        }
        w.write(s.repeat(times % 4096));
    }
}
