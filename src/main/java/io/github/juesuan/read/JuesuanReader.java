package io.github.juesuan.read;

import io.github.juesuan.model.Disclosure;
import io.github.juesuan.model.NarrativeParagraph;
import io.github.juesuan.model.NarrativeStatement;
import io.github.juesuan.model.PerformanceEvaluation;
import io.github.juesuan.model.Problem;
import io.github.juesuan.model.Table;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads 部门决算公开 workbooks (.xlsx or .xls), Word documents (.docx, .doc) and disclosures saved as plain text
 * from Word (paragraphs, tables as tab-separated lines), told apart by content, not by name, into a {@link Disclosure}: its tables, its
 * 绩效自评表 and what its words claim.
 *
 * <pre>{@code
 * JuesuanReader reader = JuesuanReader.create();
 * ReadResult result = reader.read(Path.of("山西省科普服务中心.xlsx"));
 * result.disclosure().summary().flatMap(SummaryTable::totalIncome)
 *       .ifPresent(f -> System.out.println(f.value() + " at " + f.source().location()));
 * }</pre>
 *
 * <p>Immutable and thread-safe: build one and share it. A file that cannot be read at all throws
 * {@link ReadException}; anything less comes back as a {@link Problem} in the result.
 */
public final class JuesuanReader {

    /**
     * The rows, columns and codes the tables this reader knows can have: pass it where a rule pack is loaded
     * ({@code RulePack.load(file, JuesuanReader.vocabulary())}) so that a rule naming a row no table has is
     * refused at its line instead of being NOT_EVALUABLE in every workbook.
     *
     * @return the vocabulary of the bundled table catalogue (the same object on every call)
     */
    public static io.github.juesuan.model.Vocabulary vocabulary() {
        return CatalogueVocabulary.STANDARD;
    }

    private final ReaderOptions options;
    private final Catalogue catalogue;

    private JuesuanReader(ReaderOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.catalogue = Catalogue.standard();
    }

    /**
     * A reader with the {@linkplain ReaderOptions#DEFAULTS default} limits.
     *
     * @return a new reader, without a password
     */
    public static JuesuanReader create() {
        return new JuesuanReader(ReaderOptions.DEFAULTS);
    }

    /**
     * A reader with the given limits and password.
     *
     * @param options the limits and the password for encrypted workbooks
     * @return a new reader applying those options
     * @throws NullPointerException if {@code options} is null
     */
    public static JuesuanReader create(ReaderOptions options) {
        return new JuesuanReader(options);
    }

    /**
     * The options this reader applies.
     *
     * @return the options the reader was created with
     */
    public ReaderOptions options() {
        return options;
    }

    /**
     * Reads the workbook at {@code path}; messages name it by its file name. The file is only read. An
     * encrypted .xlsx is decrypted in memory (at most {@link ReaderOptions#maxFileBytes()}) and the decrypted
     * workbook written to a temporary file {@code juesuan-*.xlsx} in {@code java.io.tmpdir} (readable by its
     * owner only where the file system has permissions), deleted once read, whether or not reading succeeds;
     * an .xlsx whose name the platform cannot spell back is read through such a copy too.
     *
     * @param path the workbook (.xlsx, .xls), Word document (.docx, .doc) or plain text, told apart by content;
     *             only read, never changed
     * @return the tables found and the problems met
     * @throws ReadException        when the file cannot be read as a workbook at all
     * @throws NullPointerException when {@code path} is null
     */
    public ReadResult read(Path path) throws ReadException {
        Objects.requireNonNull(path, "path");
        Path name = path.getFileName();
        return read(path, name == null ? path.toString() : name.toString());
    }

    /**
     * Reads a workbook from a stream (read to its end, not closed); {@code name} is used in messages.
     *
     * <p>The stream is first copied to a temporary file {@code juesuan-*.bin} (owner-only where the file
     * system has permissions) in the directory named by the system property {@code java.io.tmpdir} (at most {@link ReaderOptions#maxFileBytes()} bytes), which
     * is read as {@link #read(Path)} reads a file and deleted afterwards, whether or not reading succeeds; the
     * copy is made once the first bytes arrive. The decrypted content of an encrypted .xlsx goes, as for a
     * file, to a second temporary file {@code juesuan-*.xlsx} in the same directory, deleted once read.
     * Point {@code java.io.tmpdir} at a private directory when the workbooks are confidential.
     *
     * @param in   the workbook's bytes, .xlsx or .xls
     * @param name the name messages and {@link io.github.juesuan.model.Disclosure#file()} give it
     * @return the tables found and the problems met
     * @throws ReadException        when the content cannot be read as a workbook at all
     * @throws NullPointerException naming the argument that is null
     */
    public ReadResult read(InputStream in, String name) throws ReadException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(name, "name");
        byte[] buf = new byte[65536];
        try {
            // POI's zip guard works on files; a temporary copy keeps one code path and bounded memory. It is
            // made once the first bytes are there: a stream that keeps the reader waiting (a terminal, a pipe
            // whose writer is slow) leaves nothing behind if the process is stopped meanwhile.
            int first = in.read(buf);
            return TempFiles.readCopy(".bin", out -> copy(in, buf, first, out, name), temp -> read(temp, name));
        } catch (ReadException e) {
            throw e;
        } catch (IOException e) {
            throw ReadException.of(ReadException.Reason.IO, name, null, null, e,
                    "unreadable.ioReadingInput", e.getMessage());
        }
    }

    /** Writes the stream to {@code out}, {@code buf} holding its first {@code first} bytes; refused over the limit. */
    private void copy(InputStream in, byte[] buf, int first, OutputStream out, String name) throws IOException {
        long total = 0;
        for (int n = first; n > 0; n = in.read(buf)) {
            total += n;
            if (total > options.maxFileBytes()) {
                throw InputFiles.tooLarge(name, total, options);
            }
            out.write(buf, 0, n);
        }
    }

    private ReadResult read(Path path, String name) throws ReadException {
        FileContent input = FileContent.of(path, name, options);
        if (input.text() != null) {
            return fromText(name, input.text().narrative(), input.text().sheets(), List.of());
        }
        List<RawSheet> sheets = input.sheets();
        List<Problem> problems = new ArrayList<>();
        SheetReader reader = new SheetReader(name, catalogue, problems);
        for (RawSheet sheet : sheets) {
            reader.read(sheet);
        }
        // the prose text cells of a workbook (a 绩效表's 年度总体目标完成情况, 偏差原因, notes under a table), each
        // under the title of the table its sheet holds
        List<NarrativeParagraph> words = new ArrayList<>();
        for (RawSheet sheet : sheets) {
            words.addAll(NarrativeText.cells(name, sheet, titleOf(sheet.name(), reader)));
        }
        return finish(name, sheets, reader, words, problems);
    }

    /**
     * Reads a disclosure given as words and table blocks, the way every non-workbook input is read: a plain-text
     * file saved from Word ({@link PlainTextDisclosure}), and any other document format that can be turned into
     * the same two parts. The tables go through the sheet-reading pipeline like a worksheet's; the words through
     * {@link StatementExtractor#standard()} into {@link Disclosure#statements()}.
     *
     * @param file     the file name, for messages and provenance
     * @param words    every paragraph of words in print order: the body's paragraphs (numbered, with their
     *                 headings, e.g. from {@link NarrativeText#body}) and the prose text cells of the table blocks
     *                 ({@link NarrativeText#cells}), as {@link PlainTextDisclosure#narrative()} gives them
     * @param sheets   one sheet per table block, in print order
     * @param problems problems already met while taking the document apart (kept first, in order)
     */
    ReadResult fromText(String file, List<NarrativeParagraph> words, List<RawSheet> sheets, List<Problem> problems) {
        List<Problem> all = new ArrayList<>(problems);
        SheetReader reader = new SheetReader(file, catalogue, all);
        for (RawSheet sheet : sheets) {
            reader.read(sheet);
        }
        return finish(file, sheets, reader, words, all);
    }

    private ReadResult finish(String name, List<RawSheet> sheets, SheetReader reader, List<NarrativeParagraph> words,
                              List<Problem> problems) {
        List<NarrativeStatement> statements = StatementExtractor.standard().extract(words);
        Disclosure disclosure = DisclosureAssembly.assemble(name, reader, problems, statements);
        problems.addAll(HiddenFigures.notes(sheets, disclosure));
        problems.addAll(ModelValidator.validate(disclosure));
        return new ReadResult(disclosure, problems);
    }

    /** The title of the first table read from a sheet, else the sheet's name. */
    private static String titleOf(String sheet, SheetReader reader) {
        for (Table t : reader.tables) {
            if (t.sheet().equals(sheet)) {
                return t.title();
            }
        }
        for (PerformanceEvaluation p : reader.evaluations) {
            if (p.table().sheet().equals(sheet)) {
                return p.table().title();
            }
        }
        return sheet;
    }
}
