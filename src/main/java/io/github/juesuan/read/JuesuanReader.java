package io.github.juesuan.read;

import io.github.juesuan.model.AmountUnit;
import io.github.juesuan.model.Disclosure;
import io.github.juesuan.model.NarrativeParagraph;
import io.github.juesuan.model.NarrativeStatement;
import io.github.juesuan.model.PerformanceEvaluation;
import io.github.juesuan.model.Problem;
import io.github.juesuan.model.Table;
import io.github.juesuan.model.TableId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

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
    private static final Logger LOG = LoggerFactory.getLogger(JuesuanReader.class);

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
        Path temp = null;
        try {
            // POI's zip guard works on files; a temporary copy keeps one code path and bounded memory. It is
            // made once the first bytes are there: a stream that keeps the reader waiting (a terminal, a pipe
            // whose writer is slow) leaves nothing behind if the process is stopped meanwhile.
            byte[] buf = new byte[65536];
            int n = in.read(buf);
            temp = TempFiles.create("juesuan-", ".bin");
            try (OutputStream out = Files.newOutputStream(temp)) {
                long total = 0;
                for (; n > 0; n = in.read(buf)) {
                    total += n;
                    if (total > options.maxFileBytes()) {
                        throw tooLarge(name, total);
                    }
                    out.write(buf, 0, n);
                }
            }
            return read(temp, name);
        } catch (ReadException e) {
            throw e;
        } catch (IOException e) {
            throw ReadException.of(ReadException.Reason.IO, name, null, null, e,
                    "unreadable.ioReadingInput", e.getMessage());
        } finally {
            if (temp != null) {
                TempFiles.delete(temp);
            }
        }
    }

    private ReadException tooLarge(String name, long size) {
        return InputFiles.tooLarge(name, size, options);
    }

    private ReadResult read(Path path, String name) throws ReadException {
        Input input = input(path, name);
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
        Disclosure disclosure = assemble(name, reader, problems, statements);
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

    /** What a file holds: a workbook's sheets, or a document (plain text, Word) of words and tables. */
    private record Input(List<RawSheet> sheets, DisclosureText text) {
    }

    private Input input(Path path, String name) throws ReadException {
        long size = InputFiles.size(path, name);
        byte[] head = new byte[8];
        int got;
        try {
            if (size > options.maxFileBytes()) {
                throw tooLarge(name, size);
            }
            try (InputStream in = Files.newInputStream(path)) {
                got = in.readNBytes(head, 0, head.length);
            }
        } catch (ReadException e) {
            throw e;
        } catch (NoSuchFileException e) {
            throw ReadException.of(ReadException.Reason.NOT_FOUND, name, null, null, e, "unreadable.noSuchFile");
        } catch (IOException e) {
            throw ReadException.of(ReadException.Reason.NOT_FOUND, name, null, null, e,
                    "unreadable.cannotOpen", e.getMessage());
        }
        if (got == 0) {
            throw ReadException.of(ReadException.Reason.EMPTY, name, null, null, null, "unreadable.emptyBytes");
        }
        Containers.Kind kind = Containers.detect(got < head.length ? java.util.Arrays.copyOf(head, got) : head);
        if (kind == Containers.Kind.XLSX_ZIP) {
            if (ZipDirectory.contains(path, "word/document.xml", options.maxZipEntries())) {
                return new Input(List.of(), WordDocument.docx(path, name, options));
            }
            return new Input(zip(path, name), null);
        }
        byte[] content;
        try {
            content = Files.readAllBytes(path);
        } catch (IOException e) {
            throw ReadException.of(ReadException.Reason.IO, name, null, null, e, "unreadable.io", e.getMessage());
        }
        kind = Containers.detect(content);
        switch (kind) {
            case XLS:
                return new Input(XlsGrid.read(content, name, options), null);
            case ENCRYPTED_OOXML:
                return new Input(decrypted(Containers.decryptOoxml(content, name, options), name), null);
            case XLSX_ZIP:
                return new Input(zip(path, name), null);
            case WORD_DOC:
                return new Input(List.of(), WordDocument.doc(content, name, options));
            default:
                PlainTextDisclosure text = plainText(content, name);
                if (text != null) {
                    return new Input(List.of(), text);
                }
                throw ReadException.of(ReadException.Reason.NOT_A_WORKBOOK, name, null, null, null,
                        "unreadable.notAWorkbook", Containers.describe(content));
        }
    }

    /**
     * Plain text saved from Word (paragraphs, tables as tab-separated lines), when the content decodes as text
     * and holds a table block or a statement; else {@code null} (the caller says what the file is instead).
     */
    private static PlainTextDisclosure plainText(byte[] content, String name) {
        if (!Containers.isPlainText(content)) {
            return null;
        }
        try {
            PlainTextDisclosure text = PlainTextDisclosure.parse(name, content);
            return text.sheets().isEmpty() && text.statements().isEmpty() ? null : text;
        } catch (ReadException e) {
            return null; // not text in an encoding a disclosure is saved in
        }
    }

    /**
     * An .xlsx at {@code path}. POI's zip guard opens files by name: a name the platform cannot spell back
     * (GBK bytes in a folder unpacked on a UTF-8 Linux) opens only through the path itself, so that file is
     * read from a temporary copy.
     */
    private List<RawSheet> zip(Path path, String name) throws ReadException {
        if (path.toFile().isFile()) {
            return XlsxGrid.read(path, name, options);
        }
        return throughTemp(name, temp -> Files.copy(path, temp, java.nio.file.StandardCopyOption.REPLACE_EXISTING));
    }

    private List<RawSheet> decrypted(byte[] zip, String name) throws ReadException {
        return throughTemp(name, temp -> Files.write(temp, zip));
    }

    private interface TempWriter {
        void write(Path temp) throws IOException;
    }

    private List<RawSheet> throughTemp(String name, TempWriter writer) throws ReadException {
        Path temp = null;
        try {
            temp = TempFiles.create("juesuan-", ".xlsx");
            writer.write(temp);
            return XlsxGrid.read(temp, name, options);
        } catch (ReadException e) {
            throw e; // what the workbook itself is: not a temporary-file problem
        } catch (IOException e) {
            throw ReadException.of(ReadException.Reason.IO, name, null, null, e,
                    "unreadable.cannotWriteTemporary", e.getMessage());
        } finally {
            if (temp != null) {
                TempFiles.delete(temp);
            }
        }
    }

    /** Orders the tables, drops duplicates, and notes absent tables and disagreeing names and years. */
    private static Disclosure assemble(String file, SheetReader read, List<Problem> problems,
                                       List<NarrativeStatement> statements) {
        List<Table> found = insteadOf(read.tables);
        List<PerformanceEvaluation> evaluations = read.evaluations;
        Map<TableId, Table> byId = new TreeMap<>();
        for (Table t : found) {
            Table first = byId.putIfAbsent(t.id(), t);
            if (first != null) {
                problems.add(ReadingProblems.duplicateTable(t.source(), t.id(), first.source()));
            }
        }
        List<Table> tables = new ArrayList<>(byId.values());
        String unitName = majority(tables.stream().map(Table::unitName).toList());
        if (unitName == null) {
            // no table prints a 部门名称 field or a title naming the unit: a heading line, then the 绩效表's 实施单位
            unitName = majority(read.headingUnits);
        }
        if (unitName == null) {
            unitName = majority(read.perfUnits);
        }
        Integer year = majority(tables.stream().map(Table::year).toList());
        // The rule engine compares a table printed in 元 with ones in 万元 after converting it; the user should
        // still hear that the workbook mixes units (usually one table was pasted from another template).
        AmountUnit amountUnit = majority(tables.stream().map(Table::unit).filter(u -> u != AmountUnit.UNSTATED).toList());
        for (Table t : tables) {
            if (amountUnit != null && t.unit() != AmountUnit.UNSTATED && t.unit() != amountUnit) {
                problems.add(ReadingProblems.amountUnitMismatch(t.source(), t.id(), t.unit(), amountUnit));
            }
        }
        for (Table t : tables) {
            if (t.unitName() != null && unitName != null && !t.unitName().equals(unitName)) {
                problems.add(ReadingProblems.unitMismatch(t.source(), t.id(), t.unitName(), unitName));
            }
            if (t.year() != null && year != null && !t.year().equals(year)) {
                problems.add(ReadingProblems.yearMismatch(t.source(), t.id(), t.year(), year));
            }
        }
        // 01–09 are published everywhere, 10 only in Shanxi; a unit may publish a part of the set (a 绩效表 on its
        // own is normal), so what a workbook of the 01–09 set lacks is one note, and nothing for any other set.
        List<TableId> absent = new ArrayList<>();
        boolean standardSet = false;
        for (TableId id : TableId.standard()) {
            if (id.compareTo(TableId.T09) <= 0) {
                if (byId.containsKey(id)) {
                    standardSet = true;
                } else {
                    absent.add(id);
                }
            }
        }
        if (standardSet && !absent.isEmpty()) {
            problems.add(ReadingProblems.tablesAbsent(file, absent));
        }
        if (tables.isEmpty() && evaluations.isEmpty()) {
            problems.add(ReadingProblems.noTables(file));
        }
        return new Disclosure(file, unitName, year, tables, evaluations, statements);
    }

    /**
     * A catalogue kind declared {@code instead-of} a standard table is read as that table where the workbook
     * holds none of it (and stays a kind of its own where it does). Tables of the generic kind are different
     * tables, not copies: the second is CODED.2, the third CODED.3.
     */
    private static List<Table> insteadOf(List<Table> found) {
        Set<TableId> ids = new HashSet<>();
        found.forEach(t -> ids.add(t.id()));
        List<Table> out = new ArrayList<>(found.size());
        int generic = 0;
        for (Table t : found) {
            Catalogue.TableDef def = Catalogue.standard().table(t.id());
            TableId standard = def == null ? null : def.insteadOf();
            if (standard != null && !ids.contains(standard)) {
                ids.add(standard);
                t = withId(t, standard);
            } else if (def != null && def.generic() && ++generic > 1) {
                t = withId(t, TableId.of(t.id().code() + "." + generic, t.id().title()));
            }
            out.add(t);
        }
        return out;
    }

    private static Table withId(Table t, TableId id) {
        return new Table(id, t.title(), t.number(), t.unitName(), t.year(), t.unit(), t.columns(), t.rows(), t.notes(),
                t.source());
    }

    private static <T> T majority(List<T> values) {
        Map<T, Integer> counts = new HashMap<>();
        T best = null;
        int bestCount = 0;
        for (T v : values) {
            if (v == null) {
                continue;
            }
            int c = counts.merge(v, 1, Integer::sum);
            if (c > bestCount) {
                best = v;
                bestCount = c;
            }
        }
        return best;
    }
}
