package io.github.juesuan.report;

import io.github.juesuan.fixtures.FixtureWriter;
import io.github.juesuan.fixtures.Format;
import io.github.juesuan.fixtures.Layout;
import io.github.juesuan.fixtures.SyntheticDocument;
import io.github.juesuan.fixtures.WrittenFigure;
import io.github.juesuan.fixtures.WrittenWorkbook;
import io.github.juesuan.model.Disclosure;
import io.github.juesuan.model.Figure;
import io.github.juesuan.model.Row;
import io.github.juesuan.model.Severity;
import io.github.juesuan.model.Table;
import io.github.juesuan.read.JuesuanReader;
import io.github.juesuan.read.ReadException;
import io.github.juesuan.read.ReadResult;
import io.github.juesuan.rules.Outcome;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The HTML report, checked by parsing the page (it is well-formed XML as well as HTML) rather than by
 * searching its text: the bundled sample, a synthetic workbook with one figure broken, and an unreadable file.
 *
 * <p>{@link #main} writes the page for any workbooks; {@code docs/screenshot.sh} uses it.
 */
class HtmlReportTest {
    private static final Path SAMPLE = Path.of("samples/shanxi-kepu-2024.xlsx");
    /** Text with every character HTML gives a meaning to, put where a workbook or a caller supplies text. */
    private static final String NASTY = "<b>单位</b> & \"引号\" 'x' &amp;";
    private static final String UNREADABLE = "上传/坏<&>\"表'.xlsx";

    @TempDir
    static Path dir;

    private static Built zh;
    private static Built en;

    /** One file as the page was built from it. */
    private record Input(String file, ReadResult read, Report report) {
    }

    /** The inputs, the page and its parsed form. */
    private record Built(List<Input> inputs, String html, Document dom, WrittenFigure broken, String unreadableReason) {
        Input sample() {
            return inputs.get(0);
        }

        Input synthetic() {
            return inputs.get(1);
        }
    }

    @BeforeAll
    static void build() throws Exception {
        Path synthetic = dir.resolve("示例 & 单位's.xlsx");
        WrittenWorkbook w = FixtureWriter.write(SyntheticDocument.generate(20240101L), Layout.SHANXI, Format.XLSX,
                synthetic);
        WrittenFigure total = w.find("01", "inc.grand", "amount").orElseThrow();
        try (InputStream in = Files.newInputStream(synthetic); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet(total.sheet());
            CellReference ref = new CellReference(total.a1());
            sheet.getRow(ref.getRow()).getCell(ref.getCol()).setCellValue(total.value().doubleValue() + 1);
            noteCell(sheet).setCellValue("注：" + NASTY);
            try (OutputStream out = Files.newOutputStream(synthetic)) {
                wb.write(out);
            }
        }
        Path empty = dir.resolve("空.xlsx");
        Files.write(empty, new byte[0]);
        String reason;
        try {
            JuesuanReader.create().read(empty);
            throw new AssertionError("an empty file must not be readable");
        } catch (ReadException e) {
            reason = e.getMessage() + " " + NASTY;
        }
        List<Input> inputs = List.of(input(SAMPLE), input(synthetic));
        zh = page(inputs, total, reason, Lang.ZH);
        en = page(inputs, total, reason, Lang.EN);
    }

    private static Cell noteCell(Sheet sheet) {
        for (org.apache.poi.ss.usermodel.Row r : sheet) {
            for (Cell c : r) {
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().strip().startsWith("注")) {
                    return c;
                }
            }
        }
        throw new AssertionError("no note under " + sheet.getSheetName());
    }

    private static Input input(Path file) throws Exception {
        ReadResult read = JuesuanReader.create().read(file);
        return new Input(file.toString(), read, Checker.create().check(read));
    }

    private static Built page(List<Input> inputs, WrittenFigure broken, String reason, Lang lang) throws Exception {
        List<FileOutcome> entries = new ArrayList<>();
        Map<String, String> sections = new LinkedHashMap<>();
        for (Input in : inputs) {
            entries.add(new FileOutcome.Checked(in.file(), in.report()));
            sections.put(in.file(), HtmlReport.section(in.report(), in.read().disclosure(), lang));
        }
        entries.add(new FileOutcome.Unreadable(UNREADABLE, "EMPTY", reason));
        StringWriter out = new StringWriter();
        HtmlReport.write(entries, sections, lang, out);
        return new Built(inputs, out.toString(), parse(out.toString()), broken, reason);
    }

    /** Parses the page as XML: it fails on anything unescaped, unclosed or not well-formed. */
    private static Document parse(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setExpandEntityReferences(false);
        f.setNamespaceAware(false);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
    }

    // ---------------------------------------------------------------- the page

    @Test
    void isOneSelfContainedUtf8Page() {
        String html = zh.html();
        assertTrue(html.startsWith("<!DOCTYPE html>"), html.substring(0, 40));
        Element root = zh.dom().getDocumentElement();
        assertEquals("html", root.getTagName());
        assertEquals("zh-CN", root.getAttribute("lang"));
        List<Element> metas = all(root, "meta");
        assertEquals(1, metas.stream().filter(m -> m.getAttribute("charset").equalsIgnoreCase("utf-8")).count());
        assertEquals("部门决算公开核对报告", text(first(root, "title")));
        assertEquals(1, all(root, "style").size());
        assertEquals(List.of(), all(root, "script"));
        assertEquals(List.of(), all(root, "link"));
        assertEquals(List.of(), all(root, "img"));
        for (Element a : all(root, "a")) {
            assertTrue(a.getAttribute("href").startsWith("#"), "only links within the page: " + a.getAttribute("href"));
        }
        // every link lands on an element of the page
        Set<String> ids = new HashSet<>();
        for (Element e : all(root, "*")) {
            if (e.hasAttribute("id")) {
                assertTrue(ids.add(e.getAttribute("id")), "duplicate id " + e.getAttribute("id"));
            }
        }
        for (Element a : all(root, "a")) {
            assertTrue(ids.contains(a.getAttribute("href").substring(1)), "dangling link " + a.getAttribute("href"));
        }
        assertFalse(html.contains("url("), "no external resources in the CSS either");
    }

    @Test
    void summaryCountsEachFileBySeverityAndLinksToItsSection() {
        Element summary = byClass(zh.dom().getDocumentElement(), "table", "summary").get(0);
        List<Element> rows = all(first(summary, "tbody"), "tr");
        assertEquals(3, rows.size());
        int[] totals = new int[Severity.values().length];
        for (int i = 0; i < 2; i++) {
            Input in = zh.inputs().get(i);
            Element row = rows.get(i);
            assertEquals(in.file(), row.getAttribute("data-file"));
            for (Severity s : Severity.values()) {
                assertEquals(Integer.toString(in.report().count(s)), text(severityCell(row, s)), in.file() + " " + s);
                totals[s.ordinal()] += in.report().count(s);
            }
            Element link = first(row, "a");
            assertEquals(in.file(), text(link));
            Element target = byId(zh, link.getAttribute("href").substring(1));
            Element section = first(target, "section");
            assertEquals(in.report().file(), section.getAttribute("data-file"));
            assertEquals(in.report().file(), text(first(section, "h2")));
        }
        assertEquals("st-error", rows.get(0).getAttribute("class"));
        assertEquals("st-error", rows.get(1).getAttribute("class"));
        Element foot = first(summary, "tfoot");
        for (Severity s : Severity.values()) {
            assertEquals(Integer.toString(totals[s.ordinal()]), text(severityCell(foot, s)), "total " + s);
        }
        assertEquals(2, zh.sample().report().count(Severity.ERROR)); // JX.008, WZ.006
        assertEquals(1, zh.sample().report().count(Severity.WARNING)); // JX.007, on the 分值 the form does not print
        assertEquals(6, zh.sample().report().count(Severity.INFO));
    }

    @Test
    void anUnreadableFileIsListedWithItsReasonAndAllTextIsEscaped() {
        Element summary = byClass(zh.dom().getDocumentElement(), "table", "summary").get(0);
        Element row = all(first(summary, "tbody"), "tr").get(2);
        assertEquals("st-unreadable", row.getAttribute("class"));
        assertEquals(UNREADABLE, row.getAttribute("data-file"));
        assertEquals(UNREADABLE, text(first(row, "a")));
        Element reason = byClass(row, "td", "reason").get(0);
        assertEquals("无法读取 " + zh.unreadableReason(), text(reason));
        assertTrue(zh.unreadableReason().startsWith("空.xlsx: 文件为空"), zh.unreadableReason());
        Element section = first(byId(zh, first(row, "a").getAttribute("href").substring(1)), "section");
        assertEquals(UNREADABLE, text(first(section, "h2")));
        // the workbook's own text (a note under 01 saying NASTY) comes back exactly, never as markup
        Element block = block(zh, zh.synthetic(), "01", 0);
        List<String> notes = byClass(block, "p", "note").stream().map(HtmlReportTest::text).toList();
        assertTrue(notes.contains("注：" + NASTY), notes.toString());
        assertEquals(List.of(), all(zh.dom().getDocumentElement(), "b").stream()
                .filter(b -> text(b).equals("单位")).toList(), "no <b> from a workbook");
        assertFalse(zh.html().contains(NASTY), "raw text never reaches the page");
        assertEquals("示例 & 单位's.xlsx", zh.synthetic().report().file());
        assertEquals(zh.synthetic().report().file(), text(first(section(zh, zh.synthetic()), "h2")));
    }

    // ---------------------------------------------------------------- sections

    @Test
    void everyFindingIsInItsFileSectionWithItsSeverity() {
        for (Input in : zh.inputs()) {
            Element section = section(zh, in);
            List<Element> shown = byClass(section, "div", "finding");
            assertEquals(in.report().findings().size(), shown.size(), in.file());
            Map<String, Integer> expected = new TreeMap<>();
            in.report().findings().forEach(f -> expected.merge(f.ruleId() + " " + f.severity(), 1, Integer::sum));
            Map<String, Integer> actual = new TreeMap<>();
            shown.forEach(e -> actual.merge(e.getAttribute("data-rule") + " " + e.getAttribute("data-severity"), 1,
                    Integer::sum));
            assertEquals(expected, actual, in.file());
            for (Severity s : Severity.values()) {
                Element count = byClass(first(section, "header"), "span", "cnt").stream()
                        .filter(e -> e.getAttribute("data-severity").equals(s.name())).findFirst().orElseThrow();
                assertEquals(Severity.valueOf(s.name()).chinese() + " " + in.report().count(s), text(count));
            }
        }
    }

    /** A 04 whose template shades rows 60–64: 分项未填 at WARNING, the blank cells highlighted, no comparison. */
    @Test
    void shadedRowsOf04ShowAsPartsNotFilled() throws Exception {
        Path file = dir.resolve("shaded-04.xlsx");
        WrittenWorkbook w = FixtureWriter.write(SyntheticDocument.generate(20240101L).shaded04(), Layout.SHANXI,
                Format.XLSX, file);
        Input in = input(file);
        for (Lang lang : Lang.values()) {
            Built b = page(List.of(in), null, "—", lang);
            Element t04 = block(b, in, "04", 0);
            WrittenFigure general = w.find("04", "exp.grand", "general").orElseThrow();
            Element f = byClass(t04, "div", "finding").stream()
                    .filter(e -> e.getAttribute("data-outcome").equals("PARTS_BLANK")
                            && text(e).contains(general.sheet() + "!" + general.a1() + (lang == Lang.ZH ? "、" : ",")))
                    .findFirst().orElseThrow(() -> new AssertionError("no 分项未填 at 总计 in\n" + byClass(t04, "div", "finding")
                            .stream().map(HtmlReportTest::text).collect(java.util.stream.Collectors.joining("\n"))));
            assertEquals("GK04.004", f.getAttribute("data-rule"));
            assertEquals("WARNING", f.getAttribute("data-severity"));
            assertTrue(text(f).contains(lang == Lang.ZH ? "分项未填" : "parts not filled"), text(f));
            assertFalse(text(f).contains("≠"), text(f));
            assertTrue(classes(cell(t04, general.sheet() + "!" + general.a1())).contains("hl-warning"));
        }
    }

    @Test
    void sampleShowsTheRoundingTailOf01AndTheTwoErrorsOfProjectTwo() {
        Input sample = zh.sample();
        assertEquals(List.of("PERF:2", ":0", "01:0", "PERF:1", "04:0"), blocks(zh, sample),
                "tables with findings only, worst first; 绩效自评表 per project; the words after the tables at the same"
                        + " severity");
        // the words: the sentence of 绩效自评1!G11 with every number that took part marked
        Element words = byClass(section(zh, sample), "div", "block").get(1);
        assertTrue(text(words).startsWith("文字（情况说明与表内文字）"), text(words));
        Element wz006 = finding(words, "WZ.006");
        assertEquals("ERROR", wz006.getAttribute("data-severity"));
        assertTrue(text(wz006).contains("0 + 10 + 5 + 35 + 5 + 3 + 40.33 = 98.33 ≠ 190.33"), text(wz006));
        Element q = byClass(wz006, "q", "words").get(0);
        assertEquals(List.of("0万元", "10万元", "5万元", "35万元", "5万元", "3万元", "40.33万元", "190.33万元"),
                all(q, "mark").stream().map(HtmlReportTest::text).toList());
        assertTrue(text(q).endsWith("自然科学职称评审40.33万元,合计190.33万元"), text(q));
        Element perf2 = block(zh, sample, "PERF", 2);
        assertTrue(text(first(perf2, "h3")).contains("山西省自然科学研究系列科学传播专业职称评审项目"), text(first(perf2, "h3")));
        Element jx007 = finding(perf2, "JX.007");
        Element jx008 = finding(perf2, "JX.008");
        assertEquals("WARNING", jx007.getAttribute("data-severity"), "its 分值 of 预算执行率 is not printed");
        assertTrue(text(jx007).contains("绩效自评2!B7 资金总额/分值 未列示，按标准表样的默认值计算"), text(jx007));
        assertEquals("FAIL", jx008.getAttribute("data-outcome"));
        assertTrue(text(jx008).contains("47.06 ≠ 1.06 + 5 + 3 + 2 + 1 + 5 + 5 + 2 + 2 + 2 + 5 + 1 + 5 + 2 = 41.06"),
                text(jx008));
        assertTrue(text(jx008).contains("（差 6，容许 ±0.075）"), text(jx008));
        assertTrue(text(jx008).contains("[PERF] {summary}.{total} = {total}.{score} + sum({ind.*}.{points})"));
        assertTrue(text(jx008).contains("绩效自评2!J25 总分/总分 47.06"), text(jx008));

        Element total = cell(perf2, "绩效自评2!J25");
        assertEquals(Set.of("sum", "hl", "hl-error"), classes(total));
        assertEquals("47.06", ownText(total));
        assertTrue(total.getAttribute("title").contains("JX.008"), total.getAttribute("title"));
        Element weight = cell(perf2, "绩效自评2!I12");
        assertTrue(classes(weight).contains("hl-warning"), classes(weight).toString());
        assertTrue(weight.getAttribute("title").contains("JX.007"), weight.getAttribute("title"));
        assertFalse(weight.getAttribute("title").contains("JX.008"), weight.getAttribute("title"));
        // the execution score takes part in JX.008 only, in the funds block above the indicators
        assertTrue(cell(perf2, "绩效自评2!I7").getAttribute("title").contains("JX.008"));

        Element t01 = block(zh, sample, "01", 0);
        Element gk = finding(t01, "GK01.002");
        assertEquals("INFO", gk.getAttribute("data-severity"));
        assertEquals("ROUNDING", gk.getAttribute("data-outcome"));
        assertTrue(text(gk).contains("400.55 + 0 + 9.79 = 410.34 ≠ 410.33（差 0.01，容许 ±0.015）"), text(gk));
        for (String a1 : List.of("C33", "C34", "C35", "C37")) {
            Element c = cell(t01, "公开01表!" + a1);
            assertTrue(classes(c).contains("hl-rounding"), a1 + " " + classes(c));
            assertTrue(c.getAttribute("title").contains("GK01.002"), c.getAttribute("title"));
        }
        assertEquals("410.33", ownText(cell(t01, "公开01表!C37")));
        assertEquals("", ownText(cell(t01, "公开01表!C34")), "a blank stays blank");
        // reading notes mark the label of the row they concern
        Element t04 = block(zh, sample, "04", 0);
        assertEquals(3, byClass(t04, "td", "hl-info").size());
        assertEquals(3, byClass(t04, "div", "finding").stream()
                .filter(f -> f.getAttribute("data-rule").equals("READ.ROW_BY_LINE")).count());
        // tagged with the outcomes' one vocabulary: 读取问题, as the annotated copy says (it said 读取)
        assertEquals("读取问题", text(byClass(finding(t04, "READ.ROW_BY_LINE"), "span", "oc").get(0)));
        assertEquals("尾差", text(byClass(gk, "span", "oc").get(0)));
    }

    @Test
    void renderedTablesShowEveryRowAndFigureAsPrinted() {
        Disclosure d = zh.sample().read().disclosure();
        assertShownAsPrinted(block(zh, zh.sample(), "01", 0), d.table(io.github.juesuan.model.TableId.T01).orElseThrow());
        assertShownAsPrinted(block(zh, zh.sample(), "04", 0), d.table(io.github.juesuan.model.TableId.T04).orElseThrow());
        assertShownAsPrinted(block(zh, zh.sample(), "PERF", 2), d.evaluations().get(1).table());
        Element t01 = first(block(zh, zh.sample(), "01", 0), "table");
        List<String> lines = byClass(t01, "td", "line").stream().map(HtmlReportTest::text).toList();
        assertTrue(lines.containsAll(List.of("1", "8", "27", "31", "32", "62")), lines.toString());
        List<String> heads = all(t01, "th").stream().map(HtmlReportTest::text).toList();
        assertTrue(heads.containsAll(List.of("项目", "行次", "金额", "科目代码")), heads.toString());
    }

    private static void assertShownAsPrinted(Element block, Table table) {
        Element html = first(block, "table");
        List<String> labels = byClass(html, "td", "lab").stream().map(HtmlReportTest::ownText).toList();
        List<String> cells = all(html, "td").stream().map(HtmlReportTest::ownText).toList();
        Map<String, Integer> available = new HashMap<>();
        cells.forEach(c -> available.merge(c, 1, Integer::sum));
        for (Row r : table.rows()) {
            assertTrue(labels.contains(r.label()), table.id() + " row " + r.label());
            if (r.code() != null) {
                assertTrue(cells.contains(r.code()), table.id() + " code " + r.code());
            }
            for (Figure f : r.figures().values()) {
                if (!f.text().isEmpty()) {
                    assertTrue(available.merge(f.text(), -1, Integer::sum) >= 0,
                            table.id() + " " + f.source().location() + " " + f.text());
                }
            }
        }
    }

    @Test
    void everyCellTakingPartIsHighlightedByItsWorstFinding() {
        for (Input in : zh.inputs()) {
            Disclosure d = in.read().disclosure();
            Set<String> figures = new HashSet<>();
            List<Table> tables = new ArrayList<>(d.tables());
            d.evaluations().forEach(p -> tables.add(p.table()));
            tables.forEach(t -> t.rows().forEach(r -> r.figures().values()
                    .forEach(f -> figures.add(f.source().location()))));
            Map<String, Integer> worst = new HashMap<>();
            Map<String, Set<String>> rules = new HashMap<>();
            for (Finding f : in.report().findings()) {
                int rank = f.severity() == Severity.ERROR ? 0 : f.severity() == Severity.WARNING ? 1
                        : f.outcome() == Outcome.ROUNDING ? 2 : 3;
                List<String> locations = new ArrayList<>();
                f.cells().forEach(p -> locations.add(p.source().location()));
                if (f.location().isPresent()) {
                    locations.add(f.location().orElseThrow().location());
                }
                for (String loc : locations) {
                    if (figures.contains(loc)) {
                        worst.merge(loc, rank, Math::min);
                        rules.computeIfAbsent(loc, k -> new HashSet<>()).add(f.ruleId());
                    }
                }
            }
            assertFalse(worst.isEmpty(), in.file());
            Element section = section(zh, in);
            Map<String, Element> shown = new HashMap<>();
            for (Element td : all(section, "td")) {
                if (td.hasAttribute("data-cell") && !classes(td).contains("lab")) {
                    assertNull(shown.put(td.getAttribute("data-cell"), td), "one cell per location: "
                            + td.getAttribute("data-cell"));
                }
            }
            assertEquals(worst.keySet(), shown.keySet(), in.file());
            String[] level = {"error", "warning", "rounding", "info"};
            worst.forEach((loc, rank) -> {
                Element td = shown.get(loc);
                assertTrue(classes(td).contains("hl-" + level[rank]), loc + " " + classes(td));
                for (String rule : rules.get(loc)) {
                    assertTrue(td.getAttribute("title").contains(rule), loc + " " + rule + " " + td.getAttribute("title"));
                }
            });
        }
    }

    @Test
    void theBrokenSyntheticFigureIsAnErrorOn01() {
        Input in = zh.synthetic();
        assertEquals(Set.of("GK01.002", "GK01.005"), in.report().findings().stream()
                .filter(f -> f.severity() == Severity.ERROR).map(Finding::ruleId).collect(java.util.stream.Collectors.toSet()));
        List<String> order = blocks(zh, in);
        assertEquals("01:0", order.get(0), "the table with errors comes first: " + order);
        Element t01 = block(zh, in, "01", 0);
        WrittenFigure broken = zh.broken();
        Element td = cell(t01, broken.sheet() + "!" + broken.a1());
        assertTrue(classes(td).contains("hl-error"), classes(td).toString());
        assertTrue(td.getAttribute("title").contains("GK01.002") && td.getAttribute("title").contains("GK01.005"),
                td.getAttribute("title"));
        String printed = in.read().disclosure().table(io.github.juesuan.model.TableId.T01).orElseThrow()
                .figure("inc.grand", "amount").orElseThrow().text();
        assertEquals(printed, ownText(td));
        assertEquals(0, broken.value().add(BigDecimal.ONE).compareTo(new BigDecimal(printed.replace(",", ""))));
        for (Element link : all(td, "a")) {
            Element target = byId(zh, link.getAttribute("href").substring(1));
            assertTrue(Set.of("GK01.002", "GK01.005").contains(target.getAttribute("data-rule")));
            List<String> cells = byClass(target, "span", "cell").stream().map(c -> text(first(c, "code"))).toList();
            assertTrue(cells.get(0).startsWith(broken.sheet() + "!"), cells.toString());
            assertTrue(cells.contains(broken.a1()) || cells.contains(broken.sheet() + "!" + broken.a1()), cells.toString());
        }
        // a table is rendered only for its own findings or for cells other tables' findings use
        Set<String> withFindings = new HashSet<>();
        in.report().findings().forEach(f -> withFindings.add(f.table().map(io.github.juesuan.model.TableId::code).orElse("")));
        for (Element b : byClass(section(zh, in), "div", "block")) {
            assertTrue(withFindings.contains(b.getAttribute("data-table")) || !byClass(b, "td", "hl").isEmpty(),
                    b.getAttribute("data-table"));
        }
    }

    @Test
    void englishOnRequest() {
        Element root = en.dom().getDocumentElement();
        assertEquals("en", root.getAttribute("lang"));
        assertEquals("Final-accounts disclosure check report", text(first(root, "title")));
        List<String> heads = all(byClass(root, "table", "summary").get(0), "th").stream()
                .map(HtmlReportTest::text).toList();
        assertEquals(List.of("#", "File", "Unit", "Year", "Errors", "Warnings", "Info", "Held", "Result"), heads);
        Element jx008 = finding(block(en, en.sample(), "PERF", 2), "JX.008");
        Finding f = en.sample().report().findings("JX.008").get(0);
        assertEquals(f.messageEn(), text(byClass(jx008, "span", "msg").get(0)));
        assertTrue(text(jx008).contains("(difference 6, allowed ±0.075)"), text(jx008));
        assertTrue(text(first(section(en, en.sample()), "header")).contains("ERROR 2"));
        assertEquals("fails", text(byClass(jx008, "span", "oc").get(0)));
        Element readNote = finding(block(en, en.sample(), "04", 0), "READ.ROW_BY_LINE");
        assertEquals("reading problem", text(byClass(readNote, "span", "oc").get(0)));
    }

    @Test
    void findingsWithoutATableAreListedWithoutOneAndACleanFileSaysSo() throws Exception {
        Disclosure none = new Disclosure("空表.xlsx", null, null, List.of(), List.of());
        Finding workbook = new Finding("READ.NO_TABLES", Severity.ERROR, Outcome.STRUCTURAL, null, 0, "",
                "空表.xlsx：工作簿中没有找到任何决算公开表或绩效自评表", "no table", "", "", null, null, null, null,
                List.of(), "", "", null, null);
        Finding missing = new Finding("GK07.001", Severity.INFO, Outcome.NOT_EVALUABLE,
                io.github.juesuan.model.TableId.T07, 0, "", "本年支出小计应等于基本支出与项目支出之和", "subtotal", "[07] C3 = C4 + C5",
                "", null, null, null, null, List.of(), "缺少公开07表", "table 07 is missing", null, null);
        Report report = new Report("空表.xlsx", null, null, null, List.of(), List.of(), List.of(workbook, missing), 0);
        Report clean = new Report("好<表>.xlsx", null, "单位", 2024, List.of(), List.of(), List.of(), 12);
        Map<String, String> sections = Map.of("a", HtmlReport.section(report, none, Lang.ZH),
                "b", HtmlReport.section(clean, none, Lang.ZH));
        StringWriter out = new StringWriter();
        HtmlReport.write(List.of(new FileOutcome.Checked("a", report), new FileOutcome.Checked("b", clean)),
                sections, Lang.ZH, out);
        Element root = parse(out.toString()).getDocumentElement();
        List<Element> sectionsShown = all(root, "section");
        Element first = sectionsShown.get(0);
        assertEquals(List.of(":0", "07:0"), byClass(first, "div", "block").stream()
                .map(e -> e.getAttribute("data-table") + ":0").toList());
        assertEquals(List.of(), all(first, "table").stream().filter(t -> classes(t).contains("sheet")).toList());
        Element t07 = byClass(first, "div", "block").get(1);
        assertTrue(text(t07).contains("工作簿中没有读到此表"), text(t07));
        assertTrue(text(finding(t07, "GK07.001")).contains("缺少公开07表"), text(t07));
        assertEquals("ERROR", finding(byClass(first, "div", "block").get(0), "READ.NO_TABLES").getAttribute("data-severity"));
        Element second = sectionsShown.get(1);
        assertEquals("好<表>.xlsx", second.getAttribute("data-file"));
        assertEquals(List.of(), byClass(second, "div", "block"));
        assertEquals(1, byClass(second, "p", "clean").size());
        Element okRow = all(first(byClass(root, "table", "summary").get(0), "tbody"), "tr").get(1);
        assertEquals("st-ok", okRow.getAttribute("class"));
        assertEquals("通过", text(byClass(okRow, "td", "verdict").get(0)));
    }

    // ---------------------------------------------------------------- DOM helpers

    private static Element section(Built b, Input in) {
        for (Element s : all(b.dom().getDocumentElement(), "section")) {
            if (s.getAttribute("data-file").equals(in.report().file())) {
                return s;
            }
        }
        throw new AssertionError("no section for " + in.file());
    }

    private static List<String> blocks(Built b, Input in) {
        return byClass(section(b, in), "div", "block").stream()
                .map(e -> e.getAttribute("data-table") + ":" + (e.hasAttribute("data-project") ? e.getAttribute("data-project") : "0"))
                .toList();
    }

    private static Element block(Built b, Input in, String table, int project) {
        for (Element e : byClass(section(b, in), "div", "block")) {
            if (e.getAttribute("data-table").equals(table)
                    && (project == 0 ? !e.hasAttribute("data-project") : e.getAttribute("data-project").equals(Integer.toString(project)))) {
                return e;
            }
        }
        throw new AssertionError("no block " + table + "/" + project + " in " + in.file());
    }

    private static Element finding(Element scope, String rule) {
        return byClass(scope, "div", "finding").stream().filter(e -> e.getAttribute("data-rule").equals(rule))
                .findFirst().orElseThrow(() -> new AssertionError("no finding " + rule));
    }

    private static Element cell(Element scope, String location) {
        return all(scope, "td").stream().filter(e -> e.getAttribute("data-cell").equals(location)).findFirst()
                .orElseThrow(() -> new AssertionError("no highlighted cell " + location));
    }

    private static Element severityCell(Element row, Severity s) {
        return all(row, "td").stream().filter(e -> e.getAttribute("data-severity").equals(s.name())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + s + " cell"));
    }

    private static Element byId(Built b, String id) {
        for (Element e : all(b.dom().getDocumentElement(), "*")) {
            if (e.getAttribute("id").equals(id)) {
                return e;
            }
        }
        throw new AssertionError("no element #" + id);
    }

    private static List<Element> all(Element scope, String tag) {
        NodeList nodes = scope.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    private static Element first(Element scope, String tag) {
        List<Element> all = all(scope, tag);
        if (all.isEmpty()) {
            throw new AssertionError("no <" + tag + "> in <" + scope.getTagName() + ">");
        }
        return all.get(0);
    }

    private static List<Element> byClass(Element scope, String tag, String cls) {
        return all(scope, tag).stream().filter(e -> classes(e).contains(cls)).toList();
    }

    private static Set<String> classes(Element e) {
        Set<String> out = new HashSet<>();
        for (String c : e.getAttribute("class").split("\\s+")) {
            if (!c.isEmpty()) {
                out.add(c);
            }
        }
        return out;
    }

    private static String text(Element e) {
        return e.getTextContent().strip();
    }

    /** The element's own text, without the finding numbers in its {@code <sup>}. */
    private static String ownText(Element e) {
        StringBuilder sb = new StringBuilder();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE) {
                sb.append(n.getNodeValue());
            }
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- for docs/screenshot.sh

    /**
     * Writes the HTML report of the given workbooks: {@code OUT.html [--lang en] FILE…} (the bundled sample
     * when no file is given). Used by {@code docs/screenshot.sh}.
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: HtmlReportTest OUT.html [--lang en] [FILE…]");
            System.exit(64);
        }
        Lang lang = Lang.ZH;
        List<String> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                lang = args[++i].toLowerCase(Locale.ROOT).equals("en") ? Lang.EN : Lang.ZH;
            } else {
                files.add(args[i]);
            }
        }
        if (files.isEmpty()) {
            files.add(SAMPLE.toString());
        }
        Checker checker = Checker.create();
        JuesuanReader reader = JuesuanReader.create();
        List<FileOutcome> entries = new ArrayList<>();
        Map<String, String> sections = new LinkedHashMap<>();
        for (String file : files) {
            try {
                ReadResult read = reader.read(Path.of(file));
                Report report = checker.check(read);
                entries.add(new FileOutcome.Checked(file, report));
                sections.put(file, HtmlReport.section(report, read.disclosure(), lang));
            } catch (ReadException e) {
                entries.add(FileOutcome.Unreadable.of(file, e));
            }
        }
        try (Writer out = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
            HtmlReport.write(entries, sections, lang, out);
        }
    }
}
