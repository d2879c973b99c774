package io.github.juesuan.read;

import io.github.juesuan.model.NarrativeParagraph;
import io.github.juesuan.model.NarrativeStatement;

import java.util.List;

/**
 * A disclosure read as a document rather than a workbook (plain text, Word): its body paragraphs, its tables
 * as synthetic sheets for the sheet-reading pipeline, and all its words in print order.
 */
abstract class DisclosureText {

    private final String file;
    private final List<NarrativeParagraph> paragraphs;
    private final List<RawSheet> sheets;
    private final List<String> titles;
    private final List<NarrativeParagraph> narrative;

    DisclosureText(String file, DocumentTables.Content content) {
        this.file = file;
        this.paragraphs = List.copyOf(content.paragraphs());
        this.sheets = List.copyOf(content.sheets());
        this.titles = List.copyOf(content.titles());
        this.narrative = List.copyOf(content.narrative());
    }

    /**
     * The file name as given.
     *
     * @return the name used in messages and in every {@link io.github.juesuan.model.NarrativeSource}
     */
    public String file() {
        return file;
    }

    /**
     * The body paragraphs (outside the tables and their title and note lines), numbered in print order (by line
     * in a text file, among the body's paragraphs in a Word document), with their headings.
     *
     * @return the paragraphs in print order; empty when the document holds only tables
     */
    public List<NarrativeParagraph> paragraphs() {
        return paragraphs;
    }

    /**
     * The names of the synthetic sheets, one per table, in print order.
     *
     * @return the names that {@link io.github.juesuan.model.Source#sheet()} gives the tables' cells
     */
    public List<String> tableNames() {
        return titles;
    }

    /** The tables as sheets, in print order, for the sheet-reading pipeline. */
    List<RawSheet> sheets() {
        return sheets;
    }

    /**
     * All words in print order: the body paragraphs and the prose text cells of the tables (e.g. a 绩效表's
     * 实际完成情况), the latter with their sheet and cell.
     *
     * @return the paragraphs and text cells in print order
     */
    public List<NarrativeParagraph> narrative() {
        return narrative;
    }

    /**
     * The statements of {@link #narrative()}, read with {@link StatementExtractor#standard()}.
     *
     * @return the statements in print order, computed anew on each call
     */
    public List<NarrativeStatement> statements() {
        return StatementExtractor.standard().extract(narrative);
    }
}
