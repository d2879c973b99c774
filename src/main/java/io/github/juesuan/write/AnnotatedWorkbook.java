package io.github.juesuan.write;

import io.github.juesuan.model.Problem;
import io.github.juesuan.read.JuesuanReader;
import io.github.juesuan.read.ReadException;
import io.github.juesuan.read.ReadResult;
import io.github.juesuan.report.Report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.UUID;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidOperationException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the annotated copy of a checked workbook that a finance department sends back to a unit.
 *
 * <p>The copy has the original's file name and format (.xlsx or .xls, told apart by content). In it every
 * cell a finding concerns is filled by severity — a failed ERROR rule light red ({@code FFC7CE}), a failed
 * WARNING rule amber ({@code FFEB9C}), a rounding tail pale yellow ({@code FFF9DB}); the most severe wins
 * where findings share a cell — and carries a comment by {@code juesuan} with one line per finding
 * ({@code [错误] JX.008 不符 项目2　总分应等于… 代入 47.06 ≠ … = 41.06（差 6，容许 ±0.075）}); findings that
 * could not be evaluated and reading notes get the comment without a fill. A unit's own comment is kept
 * and ours appended to it. A new first sheet, {@value #RESULT_SHEET}, lists every finding (序号, 级别, 结果,
 * 规则, 表, 说明, 代入, 单元格) with a link to its first cell, and is the sheet the file opens on.
 *
 * <p>Nothing else changes: every value, formula, merge, sheet name and the order of the original sheets stay
 * as they were; a filled cell keeps its number format, font, borders and alignment (its style is cloned,
 * once per original style and colour). Before the copy is written it is read back with
 * {@link JuesuanReader} and must read exactly as the original does, so checking the copy reports what
 * checking the original reported; if not, nothing is written.
 *
 * <pre>{@code
 * Path file = Path.of("决算公开.xlsx");
 * Report report = Checker.create().check(file);
 * Path copy = AnnotatedWorkbook.write(file, report, Path.of("退回"));   // 退回/决算公开.xlsx
 * }</pre>
 */
public final class AnnotatedWorkbook {
    /** The name of the sheet of findings put in front of the others ({@code 校验结果 (2)} if taken). */
    public static final String RESULT_SHEET = ResultSheet.NAME;

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private enum Format { XLSX, XLS }

    private AnnotatedWorkbook() {
    }

    /**
     * Writes the annotated copy of {@code input} into {@code outputDirectory} (created if missing) under the
     * same file name, replacing a file of that name there.
     *
     * @param input           the workbook that was checked (.xlsx or .xls); only read
     * @param report          what checking it found, e.g. {@code Checker.create().check(input)}
     * @param outputDirectory where the copy goes; must not be the directory {@code input} is in
     * @return the copy's path
     * @throws IOException when the file cannot be read, is not a workbook POI can write (an encrypted file,
     *                     an Excel 95 file, an .xlsx that breaks the packaging rules as WPS files can), the
     *                     copy would not read back as the original, or writing fails; the message starts
     *                     with the file name and says what is wrong in Chinese, then in English
     */
    public static Path write(Path input, Report report, Path outputDirectory) throws IOException {
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Path fileName = Objects.requireNonNull(input, "input").getFileName();
        if (fileName == null) {
            throw new IllegalArgumentException("not a file: " + input);
        }
        String name = fileName.toString();
        Files.createDirectories(outputDirectory);
        // Resolved as a path, not as text: a name the locale cannot spell (LANG=C) still has its bytes.
        Path target = outputDirectory.resolve(fileName);
        if (target.toAbsolutePath().normalize().equals(input.toAbsolutePath().normalize())
                || Files.exists(target) && Files.isSameFile(target, input)) {
            throw CopyMessages.failure(name, null, "copy.sameDirectory");
        }
        byte[] copy = annotated(input, report);
        // Written beside the target and moved into place, so an interrupted run leaves no half-written workbook.
        // Not Files.createTempFile: its owner-only permissions would stay with the copy the unit is sent. The
        // name is short: a file system allows 255 bytes, which a long Chinese file name nearly fills alone.
        Path temp = outputDirectory.resolve(".juesuan-" + UUID.randomUUID().toString().substring(0, 8) + ".tmp");
        try {
            Files.write(temp, copy, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        return target;
    }

    /**
     * The annotated copy of {@code input}, as {@link #write} would write it, for a caller that writes it
     * itself (the command line puts each copy at its place below the folder it was found in).
     *
     * @param input  the checked workbook (.xlsx or .xls); only read
     * @param report the report of checking that workbook, whose findings are filled and commented
     * @return the bytes of the annotated copy, in the same format as {@code input}
     * @throws IOException as {@link #write} does, except for writing
     */
    public static byte[] annotated(Path input, Report report) throws IOException {
        Objects.requireNonNull(report, "report");
        Path fileName = Objects.requireNonNull(input, "input").getFileName();
        String name = fileName == null ? input.toString() : fileName.toString();
        byte[] content;
        try {
            content = Files.readAllBytes(input);
        } catch (IOException e) {
            throw CopyMessages.failure(name, e, "copy.originalUnreadable", e);
        }
        Format format = detect(content, name);
        byte[] copy = annotate(content, format, report, name);
        verify(content, copy, name);
        return copy;
    }

    /** Zip → .xlsx, OLE2 with a BIFF8 {@code Workbook} stream → .xls; anything else cannot be written. */
    private static Format detect(byte[] content, String name) throws IOException {
        if (startsWith(content, ZIP)) {
            return Format.XLSX;
        }
        if (!startsWith(content, OLE2)) {
            throw CopyMessages.cannot(name, null, "copy.notXlsxOrXls");
        }
        boolean encrypted;
        boolean biff8;
        boolean biff5;
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            DirectoryNode root = fs.getRoot();
            encrypted = root.hasEntryCaseInsensitive("EncryptionInfo");
            biff8 = root.hasEntryCaseInsensitive("Workbook");
            biff5 = root.hasEntryCaseInsensitive("Book");
        } catch (IOException | RuntimeException e) {
            throw CopyMessages.cannot(name, e, "copy.damaged", e.getMessage());
        }
        if (encrypted) {
            throw CopyMessages.cannot(name, null, "copy.encrypted");
        }
        if (biff8) {
            return Format.XLS;
        }
        if (biff5) {
            throw CopyMessages.cannot(name, null, "copy.excel95");
        }
        throw CopyMessages.cannot(name, null, "copy.notExcel");
    }

    private static byte[] annotate(byte[] content, Format format, Report report, String name) throws IOException {
        Workbook wb;
        try {
            wb = format == Format.XLSX ? new XSSFWorkbook(new ByteArrayInputStream(content))
                    : new HSSFWorkbook(new ByteArrayInputStream(content));
        } catch (IOException | RuntimeException e) {
            throw cannotOpen(name, e);
        }
        try (Workbook w = wb) {
            new Annotator(w, report).run();
            ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + (1 << 16));
            w.write(out);
            return out.toByteArray();
        } catch (RuntimeException e) {
            // A POI failure on some drawing or style this code did not foresee: no copy, but no crash either.
            throw CopyMessages.cannot(name, e, "copy.writeFailed", e);
        }
    }

    /** Why POI could not open the file, with WPS's packaging faults named as such. */
    private static IOException cannotOpen(String name, Exception e) {
        if (e instanceof EncryptedDocumentException) {
            return CopyMessages.cannot(name, e, "copy.passwordProtected");
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidFormatException || t instanceof InvalidOperationException
                    || t instanceof POIXMLException || String.valueOf(t.getMessage()).contains("OPC Compliance")) {
                return CopyMessages.cannot(name, e, "copy.opcCompliance", e.getMessage());
            }
        }
        return CopyMessages.cannot(name, e, "copy.poiCannotOpen", e.getMessage());
    }

    /**
     * Reads the original and the copy with the default reader and requires the same result: the same
     * tables, figures and sources, and the same reading problems. This catches whatever POI might lose or
     * change in the round trip of a file from a writer it handles less well, and anything on the 校验结果
     * sheet the reader might take for a table or a figure.
     */
    private static void verify(byte[] original, byte[] copy, String name) throws IOException {
        JuesuanReader reader = JuesuanReader.create();
        ReadResult before;
        try {
            before = reader.read(new ByteArrayInputStream(original), name);
        } catch (ReadException e) {
            return; // the default reader cannot read the original either: there is nothing to compare with
        }
        ReadResult after;
        try {
            after = reader.read(new ByteArrayInputStream(copy), name);
        } catch (ReadException e) {
            throw CopyMessages.cannot(name, e, "copy.notReadBack", e.getMessage());
        }
        if (!before.equals(after)) {
            String difference = difference(before, after);
            throw CopyMessages.cannot(name, null, "copy.readsDifferently", difference);
        }
    }

    private static String difference(ReadResult before, ReadResult after) {
        for (Problem p : after.problems()) {
            if (!before.problems().contains(p)) {
                return "+ " + p;
            }
        }
        for (Problem p : before.problems()) {
            if (!after.problems().contains(p)) {
                return "- " + p;
            }
        }
        if (before.disclosure().tables().size() != after.disclosure().tables().size()) {
            return "tables " + before.disclosure().tables().size() + " → " + after.disclosure().tables().size();
        }
        for (int i = 0; i < before.disclosure().tables().size(); i++) {
            if (!before.disclosure().tables().get(i).equals(after.disclosure().tables().get(i))) {
                return "table " + before.disclosure().tables().get(i).id().code();
            }
        }
        return "绩效自评表 / performance evaluations";
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
