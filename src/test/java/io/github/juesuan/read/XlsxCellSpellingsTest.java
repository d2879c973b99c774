package io.github.juesuan.read;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spellings of cells, rows and values that sheet XML allows besides the plain ones writers use: each is
 * read as the general String way reads it (references with spaces, types and styles with spaces, numbers
 * with exponents or seventeen digits, values split by comments, CDATA, character references).
 */
class XlsxCellSpellingsTest {
    /** {@code _xHHHH_} is the character of that code; {@code _x005F_} the underscore; anything else stays. */
    @org.junit.jupiter.api.Test
    void escapedCharactersAreUnescapedOnce() {
        assertEquals("事业\r\n收入", XlsxSharedStrings.unescape("事业_x000D_\n收入"));
        assertEquals("_x000D_", XlsxSharedStrings.unescape("_x005F_x000D_"));
        assertEquals("a\tb", XlsxSharedStrings.unescape("a_x0009_b"));
        assertEquals("_x00G0_ _x000D 400_x", XlsxSharedStrings.unescape("_x00G0_ _x000D 400_x"));
        String plain = "本年收入合计";
        assertTrue(plain == XlsxSharedStrings.unescape(plain));
    }


    private static final String FILE = "拼写.xlsx";

    @TempDir
    Path tmp;

    private static final String SST = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<si><t>甲</t></si>"
            + "<si><r><t>乙</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\">丙 </t></r></si>"
            + "<si><t/></si>"
            + "<si></si>"
            + "</sst>";

    private static final String STYLES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\";;;\"/></numFmts>"
            + "<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"4\"/><xf numFmtId=\"164\"/></cellXfs>"
            + "</styleSheet>";

    private Path workbook(String sheetData) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("_rels/.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>").getBytes(UTF_8));
        parts.put("xl/workbook.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<sheets><sheet name=\"表\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>").getBytes(UTF_8));
        String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
        parts.put("xl/_rels/workbook.xml.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + rel + "worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + rel + "sharedStrings\" Target=\"sharedStrings.xml\"/>"
                + "<Relationship Id=\"rId3\" Type=\"" + rel + "styles\" Target=\"styles.xml\"/>"
                + "</Relationships>").getBytes(UTF_8));
        parts.put("xl/sharedStrings.xml", SST.getBytes(UTF_8));
        parts.put("xl/styles.xml", STYLES.getBytes(UTF_8));
        parts.put("xl/worksheets/sheet1.xml", sheet(sheetData).getBytes(UTF_8));
        Path path = tmp.resolve("w" + System.nanoTime() + ".xlsx");
        Files.write(path, XlsxVariants.zip(parts));
        return path;
    }

    private static String sheet(String sheetData) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetData>" + sheetData + "</sheetData></worksheet>";
    }

    private RawSheet read(String sheetData) throws Exception {
        List<RawSheet> sheets = XlsxGrid.read(workbook(sheetData), FILE, ReaderOptions.DEFAULTS);
        assertEquals(1, sheets.size());
        return sheets.get(0);
    }

    private static Map<String, RawCell> byRef(RawSheet sheet) {
        Map<String, RawCell> cells = new TreeMap<>();
        for (RawCell c : sheet.cells()) {
            assertEquals(null, cells.put(c.a1(), c), "two cells at " + c.a1());
        }
        return cells;
    }

    @Test
    void valuesInEverySpellingAreReadExactly() throws Exception {
        RawSheet sheet = read("<row r=\"1\">"
                + "<c r=\"A1\" t=\"s\"><v>0</v></c>"
                + "<c r=\"B1\" s=\"1\"><v> 12.5 </v></c>"
                + "<c r=\"C1\"><v>1.5E3</v></c>"
                + "<c r=\"D1\"><v>0.10000000000000001</v></c>"
                + "<c r=\"E1\"><v>-0</v></c>"
                + "<c r=\"F1\"><v>1<!-- a comment -->2</v></c>"
                + "<c r=\"G1\"><v><![CDATA[7.25]]></v></c>"
                + "<c r=\"H1\"><v>&#52;2</v></c>"
                + "<c r=\"I1\"><v>5</v><f>H1</f></c>"
                + "<c r=\"J1\" t=\" s\"><v>0</v></c>"
                + "<c r=\"K1\" s=\" 1 \"><v>3</v></c>"
                + "<c r=\"L1\" t=\"b\"><v> 1 </v></c>"
                + "<c r=\"M1\" t=\"e\"><v>#N/A</v></c>"
                + "<c r=\"N1\" t=\"s\"><v> 1 </v></c>"
                + "<c r=\"O1\"><v>123456789012345678</v></c>"
                + "<c r=\"P1\" t=\"n\"><v>-.5</v></c>"
                + "<c r=\"Q1\" s=\"2\" t=\"s\"><v>0</v></c>"
                + "<c r=\"R1\" t=\"s\"><v>2</v></c>"
                + "<c r=\"S1\" t=\"s\"><v>3</v></c>"
                + "<c r=\"T1\" t=\"str\"><f>A1</f><v>甲乙</v></c>"
                + "<c r=\"U1\" s=\"9\"><v>8</v></c>"
                + "<c r=\"V1\" s=\"-1\"><v>+8</v></c>"
                + "<c r=\"W1\"><v></v></c>"
                + "<c r=\"X1\"><f>1/0</f><v/></c>"
                + "<c r=\"Y1\" t=\"inlineStr\" s=\"1\"><is><t>行内</t></is></c>"
                + "</row>");
        Map<String, RawCell> cells = byRef(sheet);
        assertEquals(RawCell.text(0, 0, "甲", false), cells.get("A1"));
        assertEquals(RawCell.number(0, 1, 12.5, 4, "#,##0.00", false), cells.get("B1"));
        assertEquals(RawCell.number(0, 2, 1500, 0, "General", false), cells.get("C1"));
        assertEquals(RawCell.number(0, 3, 0.1, 0, "General", false), cells.get("D1"));
        assertEquals(RawCell.number(0, 4, -0.0, 0, "General", false), cells.get("E1"));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(cells.get("E1").number()));
        assertEquals(RawCell.number(0, 5, 12, 0, "General", false), cells.get("F1"));
        assertEquals(RawCell.number(0, 6, 7.25, 0, "General", false), cells.get("G1"));
        assertEquals(RawCell.number(0, 7, 42, 0, "General", false), cells.get("H1"));
        assertEquals(RawCell.number(0, 8, 5, 0, "General", true), cells.get("I1"));
        // " s" is no type Excel knows: the value is kept as text
        assertEquals(RawCell.text(0, 9, "0", false), cells.get("J1"));
        assertEquals(RawCell.number(0, 10, 3, 4, "#,##0.00", false), cells.get("K1"));
        assertEquals(RawCell.of(0, 11, RawType.BOOLEAN, "TRUE", false), cells.get("L1"));
        assertEquals(RawCell.of(0, 12, RawType.ERROR, "#N/A", false), cells.get("M1"));
        assertEquals(RawCell.text(0, 13, "乙丙 ", false), cells.get("N1"));
        assertEquals(RawCell.number(0, 14, 1.23456789012345677E17, 0, "General", false), cells.get("O1"));
        assertEquals(RawCell.number(0, 15, -0.5, 0, "General", false), cells.get("P1"));
        // a format that hides text (;;;) stays with the string
        assertEquals(new RawCell(0, 16, RawType.TEXT, "甲", 0, 164, ";;;", false), cells.get("Q1"));
        assertEquals(RawCell.text(0, 17, "", false), cells.get("R1"));
        assertEquals(RawCell.text(0, 18, "", false), cells.get("S1"));
        assertEquals(RawCell.text(0, 19, "甲乙", true), cells.get("T1"));
        // a style beyond the cell formats, or negative: format 0
        assertEquals(RawCell.number(0, 20, 8, 0, "General", false), cells.get("U1"));
        assertEquals(RawCell.number(0, 21, 8, 0, "General", false), cells.get("V1"));
        assertEquals(null, cells.get("W1"));
        assertEquals(RawCell.of(0, 23, RawType.NO_CACHED_VALUE, null, true), cells.get("X1"));
        assertEquals(RawCell.text(0, 24, "行内", false), cells.get("Y1"));
        assertEquals(24, cells.size());
    }

    @Test
    void referencesWithSpacesOrLowerCaseAreReadAsTheirLettersAndDigitsSay() throws Exception {
        RawSheet sheet = read("<row r=\" 2 \">"
                // a leading space: neither column nor row, so the next position (A2)
                + "<c r=\" B2\"><v>1</v></c>"
                // a trailing space: the column (C), but no row, so the row so far
                + "<c r=\"C7 \"><v>2</v></c>"
                + "<c r=\"d2\"><v>3</v></c>"
                + "<c r=\"AB2\" s=\"1\"><v>4</v></c>"
                // a row of 0: no row; more than 7 digits: no row either
                + "<c r=\"E0\"><v>5</v></c>"
                + "<c r=\"F12345678\"><v>6</v></c>"
                + "</row>"
                + "<row><c><v>7</v></c><c r=\"ALL3\"><v>8</v></c></row>"
                + "<row r=\"x\"><c><v>9</v></c></row>");
        assertEquals(List.of(
                RawCell.number(1, 0, 1, 0, "General", false),
                RawCell.number(1, 2, 2, 0, "General", false),
                RawCell.number(1, 3, 3, 0, "General", false),
                RawCell.number(1, 4, 5, 0, "General", false),
                RawCell.number(1, 5, 6, 0, "General", false),
                RawCell.number(1, 27, 4, 4, "#,##0.00", false),
                RawCell.number(2, 0, 7, 0, "General", false),
                RawCell.number(2, 999, 8, 0, "General", false),
                RawCell.number(3, 0, 9, 0, "General", false)), sheet.cells());
    }

    @Test
    void hiddenRowsInEverySpelling() throws Exception {
        RawSheet sheet = read("<row r=\"1\" ht=\"0.0\"><c r=\"A1\"><v>1</v></c></row>"
                + "<row r=\"2\" hidden=\" 1\" ht=\"15\"><c r=\"A2\"><v>1</v></c></row>"
                + "<row r=\"3\" ht=\"0e0\"><c r=\"A3\"><v>1</v></c></row>"
                + "<row r=\"4\" hidden=\"true\"><c r=\"A4\"><v>1</v></c></row>"
                + "<row r=\"5\" hidden=\"false\" ht=\" 12.75 \"><c r=\"A5\"><v>1</v></c></row>"
                + "<row r=\"6\" hidden=\"1\"><c r=\"A6\"><v>1</v></c></row>"
                + "<row r=\"7\" ht=\"-0\"><c r=\"A7\"><v>1</v></c></row>"
                + "<row r=\"8\" ht=\"tall\"><c r=\"A8\"><v>1</v></c></row>");
        assertEquals(Set.of(0, 2, 3, 5, 6), sheet.hiddenRows());
    }

    @Test
    void aNumberCellOfSpacesIsDamageNamingTheCell() throws Exception {
        Path path = workbook("<row r=\"3\"><c r=\"B3\"><v>  </v></c></row>");
        ReadException e = assertThrows(ReadException.class, () -> XlsxGrid.read(path, FILE, ReaderOptions.DEFAULTS));
        assertEquals(ReadException.Reason.CORRUPT, e.reason());
        assertEquals("拼写.xlsx [表!B3]: 数值单元格的内容「  」不是数字 (numeric cell holds a non-number)", e.getMessage());
    }

    @Test
    void aSharedStringIndexOutOfRangeNamesTheIndexAsWritten() throws Exception {
        Path path = workbook("<row r=\"1\"><c r=\"A1\" t=\"s\"><v> 4 </v></c></row>");
        ReadException e = assertThrows(ReadException.class, () -> XlsxGrid.read(path, FILE, ReaderOptions.DEFAULTS));
        assertEquals("拼写.xlsx [表!A1]: 共享字符串索引  4  不存在 (shared string index out of range)", e.getMessage());
    }

    /** An element inside a value is the damage the parser's getElementText() reports, in its words. */
    @Test
    void anElementInsideAValueIsTheParsersOwnError() throws Exception {
        String data = "<row r=\"1\"><c r=\"A1\"><v>1<x/></v></c></row>";
        ReadException e = assertThrows(ReadException.class,
                () -> XlsxGrid.read(workbook(data), FILE, ReaderOptions.DEFAULTS));
        assertEquals(ReadException.Reason.CORRUPT, e.reason());
        XMLStreamReader r = new com.fasterxml.aalto.stax.InputFactoryImpl()
                .createXMLStreamReader(new ByteArrayInputStream(sheet(data).getBytes(UTF_8)));
        while (!(r.next() == XMLStreamConstants.START_ELEMENT && "v".equals(r.getLocalName()))) {
            // to the value
        }
        XMLStreamException expected = assertThrows(XMLStreamException.class, r::getElementText);
        assertTrue(expected.getMessage().contains("Expected a text token, got START_ELEMENT."), expected.getMessage());
        assertEquals("拼写.xlsx [表]: 文件已损坏或不完整，无法读取为 .xlsx 工作簿，请重新导出后再试 "
                + "(the .xlsx workbook is damaged or truncated: " + expected.getMessage() + ")", e.getMessage());
    }
}
