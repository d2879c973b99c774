package io.github.juesuan.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.juesuan.i18n.Messages;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ContainersTest {

    private static final String FILE = "决算.xlsx";

    // ---------------------------------------------------------------- detect

    /** What {@link Containers#describe} names, in both languages at once as a message shows it. */
    private static String describe(byte[] content) {
        return Messages.both("io.github.juesuan.read", Containers.describe(content).key());
    }

    @Test
    void detectsWorkbooks() throws Exception {
        assertEquals(Containers.Kind.XLSX_ZIP, Containers.detect(xlsx("值")));
        assertEquals(Containers.Kind.XLS, Containers.detect(xls()));
        assertEquals(Containers.Kind.ENCRYPTED_OOXML, Containers.detect(encrypt(xlsx("值"), EncryptionMode.agile, "pw")));
    }

    @Test
    void detectsWhatIsNotAWorkbook() throws Exception {
        assertEquals(Containers.Kind.EMPTY, Containers.detect(new byte[0]));
        assertEquals(Containers.Kind.EMPTY, Containers.detect(null));
        assertEquals(Containers.Kind.UNKNOWN, Containers.detect(ascii("%PDF-1.7\n%âãÏÓ\n")));
        assertEquals(Containers.Kind.UNKNOWN, Containers.detect(ascii("项目,金额\n收入,100\n")));
        assertEquals(Containers.Kind.WORD_DOC, Containers.detect(ole2("WordDocument")));
        assertEquals(Containers.Kind.OLE2_OTHER, Containers.detect(ole2("PowerPoint Document")));
        // The empty zip has only its end-of-directory record; still a zip, so the .xlsx reader explains it.
        assertEquals(Containers.Kind.XLSX_ZIP, Containers.detect(emptyZip()));
        assertEquals(Containers.Kind.XLSX_ZIP, Containers.detect(docx()));
    }

    @Test
    void aDamagedOle2FileIsLeftToTheXlsReader() throws Exception {
        byte[] xls = xls();
        assertEquals(Containers.Kind.XLS, Containers.detect(Arrays.copyOf(xls, 600)));
        ReadException e = assertThrows(ReadException.class,
                () -> XlsGrid.read(Arrays.copyOf(xls, 600), "a.xls", ReaderOptions.DEFAULTS));
        assertEquals(ReadException.Reason.CORRUPT, e.reason());
    }

    // ---------------------------------------------------------------- describe

    @Test
    void describesCommonNonWorkbooks() throws Exception {
        assertEquals("PDF 文档 (a PDF document)", describe(ascii("%PDF-1.4\n1 0 obj\n")));
        assertEquals("PNG 图片 (a PNG image)", describe(
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'}));
        assertEquals("JPEG 图片 (a JPEG image)", describe(
                new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'}));
        assertEquals("GIF 图片 (a GIF image)", describe(ascii("GIF89a\u0001\u0000")));
        assertEquals("Word 文档 .docx (a Word .docx document)", describe(docx()));
        assertEquals("空文件 (an empty file)", describe(new byte[0]));
        assertEquals("未知格式 (unknown format)", describe(new byte[] {0, 1, 2, 3, 4, 5, 6, 7, 0, 0}));
    }

    @Test
    void describesTextInTheEncodingsChineseFilesComeIn() {
        String csv = "\uFEFF项目,本年收入,本年支出\r\n一般公共预算财政拨款,1200.00,1180.50\r\n";
        assertEquals("文本/CSV 文件 (a text or CSV file)", describe(csv.getBytes(StandardCharsets.UTF_8)));
        assertEquals("文本/CSV 文件 (a text or CSV file)", describe(csv.getBytes(Charset.forName("GBK"))));
        byte[] utf16 = ("\uFEFF" + csv.replace(',', '\t')).getBytes(StandardCharsets.UTF_16LE);
        assertEquals("文本/CSV 文件 (a text or CSV file)", describe(utf16));
        assertEquals("文本文件 (a text file)", describe("部门决算说明\n".getBytes(StandardCharsets.UTF_8)));
        assertTrue(describe(ascii("<html><body><table><tr><td>1</td></tr></table></body></html>"))
                .startsWith("HTML 网页"));
        assertTrue(describe(ascii("<?xml version=\"1.0\"?>\n<Workbook xmlns="
                + "\"urn:schemas-microsoft-com:office:spreadsheet\">")).startsWith("Excel 2003 XML"));
    }

    @Test
    void describesZipsAndOle2FilesByWhatTheyHold() throws Exception {
        assertEquals("Excel .xlsx 工作簿 (an .xlsx workbook)", describe(xlsx("值")));
        assertEquals("ZIP 压缩包 (a zip archive)", describe(emptyZip()));
        assertEquals("Excel 97-2003 .xls 工作簿 (an Excel 97-2003 .xls workbook)", describe(xls()));
        assertEquals("Word 97-2003 文档 .doc (a Word 97-2003 .doc document)",
                describe(ole2("WordDocument")));
        assertEquals("加密的 Office 文档 (an encrypted Office document)",
                describe(encrypt(xlsx("值"), EncryptionMode.standard, "pw")));
    }

    // ---------------------------------------------------------------- decryptOoxml

    @Test
    void decryptsAgileAndStandardEncryption() throws Exception {
        for (EncryptionMode mode : new EncryptionMode[] {EncryptionMode.agile, EncryptionMode.standard}) {
            byte[] plain = xlsx("机密 " + mode);
            byte[] encrypted = encrypt(plain, mode, "密码pw");
            assertEquals(Containers.Kind.ENCRYPTED_OOXML, Containers.detect(encrypted), mode.toString());

            byte[] zip = Containers.decryptOoxml(encrypted, FILE, ReaderOptions.DEFAULTS.withPassword("密码pw"));
            assertEquals('P', zip[0]);
            assertEquals('K', zip[1]);
            assertEquals(Containers.Kind.XLSX_ZIP, Containers.detect(zip));
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(zip))) {
                assertEquals("机密 " + mode, wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
            }
        }
    }

    @Test
    void anEncryptedXlsxNeedsTheRightPassword() throws Exception {
        byte[] encrypted = encrypt(xlsx("值"), EncryptionMode.agile, "pw");

        ReadException missing = assertThrows(ReadException.class,
                () -> Containers.decryptOoxml(encrypted, FILE, ReaderOptions.DEFAULTS));
        assertEquals(ReadException.Reason.ENCRYPTED, missing.reason());
        assertEquals("决算.xlsx: 这是加密的 .xlsx 工作簿，需要密码才能读取，请提供密码：命令行用 --password，程序中用 "
                + "ReaderOptions.withPassword (this is an encrypted .xlsx workbook; supply the password with "
                + "--password on the command line or ReaderOptions.withPassword)", missing.getMessage());

        ReadException wrong = assertThrows(ReadException.class,
                () -> Containers.decryptOoxml(encrypted, FILE, ReaderOptions.DEFAULTS.withPassword("PW")));
        assertEquals(ReadException.Reason.ENCRYPTED, wrong.reason());
        assertEquals("决算.xlsx: 密码不正确 (wrong password)", wrong.getMessage());
    }

    @Test
    void excelsDefaultPasswordNeedsNoPassword() throws Exception {
        // Excel stores some files encrypted with its built-in password and opens them without asking.
        byte[] encrypted = encrypt(xlsx("值"), EncryptionMode.agile, "VelvetSweatshop");
        byte[] zip = Containers.decryptOoxml(encrypted, FILE, ReaderOptions.DEFAULTS);
        assertEquals(Containers.Kind.XLSX_ZIP, Containers.detect(zip));
    }

    @Test
    void aDamagedEncryptedXlsxIsCorruptOrEncryptedNeverAnotherException() throws Exception {
        byte[] encrypted = encrypt(xlsx("值"), EncryptionMode.agile, "pw");
        for (int length : new int[] {8, 512, encrypted.length / 2, encrypted.length - 1000}) {
            ReadException e = assertThrows(ReadException.class, () -> Containers.decryptOoxml(
                    Arrays.copyOf(encrypted, length), FILE, ReaderOptions.DEFAULTS.withPassword("pw")));
            assertTrue(e.reason() == ReadException.Reason.CORRUPT || e.reason() == ReadException.Reason.ENCRYPTED,
                    length + ": " + e.getMessage());
            assertTrue(e.getMessage().startsWith(FILE), e.getMessage());
        }
    }

    @Test
    void aDecryptedPackageLargerThanTheFileLimitIsALimit() throws Exception {
        byte[] plain = xlsx("值");
        byte[] encrypted = encrypt(plain, EncryptionMode.agile, "pw");
        ReadException e = assertThrows(ReadException.class, () -> Containers.decryptOoxml(encrypted, FILE,
                ReaderOptions.DEFAULTS.withPassword("pw").withMaxFileBytes(plain.length - 1)));
        assertEquals(ReadException.Reason.LIMIT_EXCEEDED, e.reason());
    }

    // ---------------------------------------------------------------- helpers

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] xlsx(String text) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("表").createRow(0).createCell(0).setCellValue(text);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] xls() throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            wb.createSheet("表").createRow(0).createCell(0).setCellValue(1);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** The .xlsx bytes encrypted with POI in an OLE2 container, as Excel does with a password. */
    static byte[] encrypt(byte[] xlsx, EncryptionMode mode, String password) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(mode);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(xlsx);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static byte[] ole2(String entry) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[4200]), entry);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static byte[] docx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(ascii("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(ascii("<w:document/>"));
        }
        return out.toByteArray();
    }

    private static byte[] emptyZip() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ZipOutputStream(out).close();
        return out.toByteArray();
    }
}
