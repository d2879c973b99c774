package io.github.juesuan.read;

import io.github.juesuan.model.NarrativeParagraph;
import io.github.juesuan.text.Labels;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A disclosure saved as plain text from Word: paragraphs one per line, tables as tab-separated lines. Read
 * into its body paragraphs and its tables, one synthetic sheet per table block, so the sheet-reading pipeline
 * can read the tables like a worksheet's.
 *
 * <p>A table block is a run of lines holding tabs, starting at one with a filled cell (a line of tabs only is a
 * row of empty cells; blank lines inside the run, page breaks, are passed over),
 * together with the short lines right above it (title, 公开01表, 部门名称, 年度, 金额单位) and the notes right below
 * it (lines starting 注, 说明, 备注, and their indented continuations). The sheet is named after the title line
 * (the line holding a catalogue title, else the first line above the block). A block whose every row is a
 * heading and a page number is a table of contents and is passed over. Every other non-blank line is a body
 * paragraph.
 *
 * <p>The encoding is found from the content: a byte-order mark (UTF-8, UTF-16), else UTF-8 if the bytes are
 * valid UTF-8, else GB18030 (which includes GBK and GB2312) if they are valid GB18030; anything else is refused
 * with a {@link ReadException} naming the file.
 *
 * <pre>{@code
 * PlainTextDisclosure d = PlainTextDisclosure.read(Path.of("决算公开.txt"));
 * List<NarrativeStatement> s = d.statements();
 * }</pre>
 */
public final class PlainTextDisclosure extends DisclosureText {

    /** Larger files are refused: a disclosure's text is well under a megabyte. */
    static final long MAX_BYTES = 32L << 20;
    /** At most this many lines above a table block are its title lines. */
    static final int MAX_PREAMBLE = 8;
    static final Pattern NOTE = Pattern.compile("^(?:注|说明|备注|附注|注释)[\\s0-9０-９]*[:：]?");
    static final Pattern CONTINUATION = Pattern.compile("^\\s+\\S|^[0-9０-９]{1,2}[、.．]");

    private final Charset charset;

    private PlainTextDisclosure(String file, Charset charset, List<NarrativeParagraph> paragraphs,
                                List<RawSheet> sheets, List<String> titles, List<NarrativeParagraph> narrative) {
        super(file, paragraphs, sheets, titles, narrative);
        this.charset = charset;
    }

    /**
     * Reads a plain-text disclosure.
     *
     * @param path the text file; only read. Messages name it by its file name
     * @return the paragraphs and table blocks found in it
     * @throws ReadException if the file is missing, empty, too large, or not text in UTF-8, UTF-16 (with a
     *                       byte-order mark) or GB18030/GBK
     */
    public static PlainTextDisclosure read(Path path) throws ReadException {
        Objects.requireNonNull(path, "path");
        String name = String.valueOf(path.getFileName());
        if (InputFiles.size(path, name) > MAX_BYTES) {
            throw tooLarge(name);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw InputFiles.unreadable(name, e, "unreadable.cannotRead");
        }
        return parse(name, bytes);
    }

    /**
     * Reads a plain-text disclosure from its bytes.
     *
     * @param file  the file name, for messages and provenance
     * @param bytes the file's content (at most 32 MiB)
     * @return the paragraphs and table blocks found in it
     * @throws ReadException if the bytes are empty, too many, or not text in a known encoding
     */
    public static PlainTextDisclosure parse(String file, byte[] bytes) throws ReadException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length == 0) {
            throw ReadException.of(ReadException.Reason.EMPTY, file, null, null, null, "unreadable.fileEmpty");
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(file);
        }
        TextFileDecoder.Decoded decoded = TextFileDecoder.decode(file, bytes);
        return split(file, decoded.charset(), decoded.text());
    }

    /**
     * The encoding the content was found to be in.
     *
     * @return UTF-8, UTF-16LE/BE (from a byte-order mark) or GB18030
     */
    public Charset charset() {
        return charset;
    }

    private static ReadException tooLarge(String file) {
        return ReadException.of(ReadException.Reason.LIMIT_EXCEEDED, file, null, null, null,
                "unreadable.textTooLarge", (MAX_BYTES >> 20));
    }

    // ---- blocks ----

    private enum Kind { BLANK, TABLE, TEXT }

    private static Kind kind(String line) {
        if (line.indexOf('\t') >= 0) {
            // a row of empty cells is still a row of the table (Word writes its tabs)
            return Kind.TABLE;
        }
        return TextFolding.trim(line).isEmpty() ? Kind.BLANK : Kind.TEXT;
    }

    private static PlainTextDisclosure split(String file, Charset charset, String text) {
        String[] lines = text.split("\r\n|\n|\r|\f", -1);
        Kind[] kinds = new Kind[lines.length];
        for (int i = 0; i < lines.length; i++) {
            kinds[i] = kind(lines[i]);
        }
        // owner[i]: the block a line belongs to (-1: body; -2: a table of contents, passed over)
        int[] owner = new int[lines.length];
        java.util.Arrays.fill(owner, -1);
        List<int[]> blocks = new ArrayList<>();   // {first, last} of the tab-line run
        int i = 0;
        while (i < lines.length) {
            if (kinds[i] != Kind.TABLE || TextFolding.trim(lines[i].replace('\t', ' ')).isEmpty()) {
                i++;
                continue;
            }
            int first = i;
            int last = i;
            int j = i + 1;
            while (j < lines.length && kinds[j] != Kind.TEXT) {
                if (kinds[j] == Kind.TABLE) {
                    last = j;
                }
                j++;
            }
            blocks.add(new int[] {first, last});
            i = last + 1;
        }
        List<RawSheet> sheets = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        List<NarrativeParagraph> narrative = new ArrayList<>();
        List<List<NarrativeParagraph>> cellsByBlock = new ArrayList<>();
        List<Integer> blockStart = new ArrayList<>();
        for (int[] block : blocks) {
            int first = block[0];
            int last = block[1];
            int top = first;
            int taken = 0;
            for (int k = first - 1; k >= 0 && owner[k] == -1 && taken < MAX_PREAMBLE; k--) {
                if (kinds[k] == Kind.TABLE) {
                    break;
                }
                if (kinds[k] == Kind.TEXT) {
                    if (!isPreamble(lines[k])) {
                        break;
                    }
                    taken++;
                    top = k;
                }
            }
            if (isContents(lines, kinds, first, last)) {
                // the contents and their heading go; the title lines above them stay in the body
                for (int k = top; k <= last; k++) {
                    if (k >= first || Labels.fold(lines[k]).equals("目录")) {
                        owner[k] = -2;
                    }
                }
                continue;
            }
            int bottom = last;
            boolean inNote = false;
            for (int k = last + 1; k < lines.length; k++) {
                if (kinds[k] == Kind.BLANK) {
                    continue;
                }
                if (kinds[k] == Kind.TEXT && (NOTE.matcher(TextFolding.trim(lines[k])).lookingAt()
                        || inNote && CONTINUATION.matcher(lines[k]).lookingAt())) {
                    inNote = true;
                    bottom = k;
                    continue;
                }
                break;
            }
            int index = sheets.size();
            for (int k = top; k <= bottom; k++) {
                owner[k] = index;
            }
            String name = unique(title(lines, kinds, top, first, index), seen);
            RawSheet sheet = sheet(name, index, lines, kinds, top, bottom);
            sheets.add(sheet);
            titles.add(name);
            cellsByBlock.add(NarrativeText.cells(file, sheet, tableTitle(lines, top, first, name)));
            blockStart.add(top);
        }
        List<String> bodyTexts = new ArrayList<>(lines.length);
        for (int k = 0; k < lines.length; k++) {
            bodyTexts.add(owner[k] == -1 ? lines[k] : "");
        }
        List<NarrativeParagraph> body = NarrativeText.body(file, bodyTexts);
        int b = 0;
        for (int blk = 0; blk < cellsByBlock.size(); blk++) {
            while (b < body.size() && body.get(b).source().paragraph() - 1 < blockStart.get(blk)) {
                narrative.add(body.get(b++));
            }
            narrative.addAll(cellsByBlock.get(blk));
        }
        while (b < body.size()) {
            narrative.add(body.get(b++));
        }
        return new PlainTextDisclosure(file, charset, body, List.copyOf(sheets), List.copyOf(titles),
                List.copyOf(narrative));
    }

    /** A title line above a table is short, completes no sentence and is no numbered heading of the body. */
    static boolean isPreamble(String line) {
        String t = TextFolding.trim(line);
        return t.length() <= 60 && t.indexOf('。') < 0 && !t.startsWith("第")
                && !(NarrativeText.headingLevel(t) == 1 || NarrativeText.headingLevel(t) == 2);
    }

    /** A table of contents: every row is one heading and a page number, the numbers never decreasing. */
    private static boolean isContents(String[] lines, Kind[] kinds, int first, int last) {
        List<List<String>> rows = new ArrayList<>();
        for (int k = first; k <= last; k++) {
            if (kinds[k] == Kind.TABLE) {
                rows.add(List.of(lines[k].split("\t", -1)));
            }
        }
        return isContents(rows);
    }

    /** Rows of cells that are a table of contents: each row one heading and a page number, never decreasing. */
    static boolean isContents(List<List<String>> rows) {
        int previous = -1;
        for (List<String> row : rows) {
            List<String> cells = new ArrayList<>();
            for (String c : row) {
                if (!TextFolding.trim(c).isEmpty()) {
                    cells.add(TextFolding.trim(c));
                }
            }
            if (cells.size() != 2 || !cells.get(1).matches("[0-9]{1,4}")) {
                return false;
            }
            int page = Integer.parseInt(cells.get(1));
            if (page < previous) {
                return false;
            }
            previous = page;
        }
        return true;
    }

    /** The line above the block holding the longest catalogue title, else the first line above it. */
    private static String title(String[] lines, Kind[] kinds, int top, int first, int index) {
        String[] found = catalogueTitle(lines, top, first);
        if (found != null) {
            return found[0];
        }
        for (int k = top; k < first; k++) {
            if (kinds[k] == Kind.TEXT) {
                return TextFolding.trim(lines[k]);
            }
        }
        return "表" + (index + 1);
    }

    /** The catalogue title the block's title lines hold (e.g. 项目支出绩效自评表), else the sheet name. */
    private static String tableTitle(String[] lines, int top, int first, String name) {
        String[] found = catalogueTitle(lines, top, first);
        return found == null ? name : found[1];
    }

    /** The line among top..first−1 holding the longest catalogue title alias, and that alias; or null. */
    static String[] catalogueTitle(String[] lines, int top, int first) {
        String[] best = null;
        for (int k = top; k < first; k++) {
            String folded = Labels.fold(lines[k]);
            for (Catalogue.TableDef t : Catalogue.standard().tables()) {
                for (String alias : t.titles()) {
                    if ((best == null || alias.length() > best[1].length()) && folded.contains(alias)) {
                        best = new String[] {TextFolding.trim(lines[k]), alias};
                    }
                }
            }
        }
        return best;
    }

    static String unique(String name, Map<String, Integer> seen) {
        int n = seen.merge(name, 1, Integer::sum);
        return n == 1 ? name : name + " (" + n + ")";
    }

    /** Lines top..bottom as a sheet: tab-separated fields become cells, blank lines are dropped. */
    private static RawSheet sheet(String name, int index, String[] lines, Kind[] kinds, int top, int bottom) {
        List<RawCell> cells = new ArrayList<>();
        int row = 0;
        for (int k = top; k <= bottom; k++) {
            if (kinds[k] == Kind.BLANK) {
                continue;
            }
            String[] fields = kinds[k] == Kind.TABLE ? lines[k].split("\t", -1) : new String[] {lines[k]};
            for (int col = 0; col < fields.length; col++) {
                if (!TextFolding.trim(fields[col]).isEmpty()) {
                    cells.add(RawCell.text(row, col, fields[col], false));
                }
            }
            row++;
        }
        return new RawSheet(name, index, false, cells, List.of());
    }
}
