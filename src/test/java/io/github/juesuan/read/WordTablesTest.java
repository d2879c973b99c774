package io.github.juesuan.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.juesuan.fixtures.SeedWord;
import io.github.juesuan.fixtures.TextDocumentWriter;
import io.github.juesuan.fixtures.SeedText;
import io.github.juesuan.model.Disclosure;
import io.github.juesuan.model.NarrativeSource;
import io.github.juesuan.model.NarrativeStatement;
import io.github.juesuan.model.StatedEnumeration;
import io.github.juesuan.model.Severity;
import io.github.juesuan.model.Table;
import io.github.juesuan.model.TableId;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed written as a .docx: every figure of the ten tables and the two 绩效表 is read from its Word table at
 * the place the writer put it, and the sheet reader reads the tables as it reads a workbook's.
 */
class WordTablesTest {

    @TempDir
    static Path dir;
    private static Path docx;
    private static TextDocumentWriter.TextDocument oracle;
    private static WordDocument word;

    @BeforeAll
    static void write() throws Exception {
        docx = dir.resolve("seed.docx");
        oracle = SeedWord.write(docx);
        word = WordDocument.read(docx);
    }

    @Test
    void everyFigureIsInItsTableAtItsPlace() {
        assertEquals(oracle.tables().size(), word.sheets().size(), word.tableNames().toString());
        for (TextDocumentWriter.TextFigure f : oracle.figures()) {
            RawSheet sheet = word.sheets().get(f.block());
            String at = sheet.cells().stream().filter(c -> c.row() == f.row() && c.col() == f.col())
                    .map(RawCell::text).findFirst().orElse("");
            String where = f.table() + "/" + f.rowKey() + "/" + f.columnKey() + " at " + sheet.name() + "!"
                    + CellRefs.a1(f.row(), f.col());
            assertEquals(f.printed().strip(), at.strip(), where);
        }
    }

    @Test
    void mergedHeaderCellsOfTheWordTablesAreMergedRegionsOfTheSheets() {
        RawSheet t02 = word.sheets().get(1);
        assertEquals("收入决算表", t02.name());
        // rows 0–2 are the title lines; the header's 科目 spans two columns, 本年收入合计 two rows
        assertTrue(t02.merges().contains(new Merge(3, 0, 3, 1)), t02.merges().toString());
        assertTrue(t02.merges().contains(new Merge(3, 2, 4, 2)), t02.merges().toString());
        assertEquals(List.of("收入支出决算总表", "收入决算表", "支出决算表", "财政拨款收入支出决算总表",
                "一般公共预算财政拨款支出决算表", "一般公共预算财政拨款基本支出决算明细表", "政府性基金预算财政拨款收入支出决算表",
                "国有资本经营预算财政拨款支出决算表", "财政拨款“三公”经费支出决算表", "部门决算公开相关信息统计表"),
                word.tableNames().subList(0, 10));
    }

    @Test
    void theSheetReaderReadsEveryTableOfTheDocument() {
        SeedTables.assertRead("seed.docx", word.sheets(), oracle.figures());
    }

    @Test
    void theReaderTakesTheDocumentByContentWithItsTablesAndTheSameWordsAsItsPlainText() throws Exception {
        Path misnamed = dir.resolve("决算公开.xlsx"); // the name says workbook; the content says Word
        Files.copy(docx, misnamed, StandardCopyOption.REPLACE_EXISTING);
        ReadResult r = JuesuanReader.create().read(misnamed);
        Disclosure d = r.disclosure();
        assertEquals(TableId.standard().subList(0, 10), d.tables().stream().map(Table::id).toList());
        assertEquals(2, d.evaluations().size());
        assertTrue(r.problems().stream().noneMatch(p -> p.severity() == Severity.ERROR), r.problems().toString());
        // every statement of the words, read as from the plain text Word saves, with the same sentences
        PlainTextDisclosure text = PlainTextDisclosure.parse("seed.txt",
                SeedText.write(dir).text().getBytes(StandardCharsets.UTF_8));
        assertEquals(claims(text.statements()), claims(d.statements()));
        // and with the Word document's provenance: the paragraph, the offsets, the sentence
        for (NarrativeStatement s : d.statements()) {
            NarrativeSource at = s.sentence();
            assertEquals("决算公开.xlsx", at.file());
            String whole = at.paragraph() > 0
                    ? word.paragraphs().stream().filter(p -> p.source().paragraph() == at.paragraph()).findFirst()
                            .orElseThrow().text()
                    : word.narrative().stream().filter(p -> p.source().sheet().equals(at.sheet())
                            && p.source().cell().equals(at.cell())).findFirst().orElseThrow().text();
            assertEquals(at.text(), whole.substring(at.start(), at.end()), at.toString());
        }
        StatedEnumeration e = d.statements().stream().filter(s -> s instanceof StatedEnumeration)
                .map(s -> (StatedEnumeration) s).findFirst().orElseThrow();
        assertEquals("项目支出绩效自评表", e.sentence().sheet());
        assertEquals("190.33万元", e.total().number().text());
    }

    /** A statement without its provenance: its kind and its sentence. */
    static List<String> claims(List<NarrativeStatement> statements) {
        return statements.stream().map(s -> s.getClass().getSimpleName() + " " + s.sentence().text()).toList();
    }
}
