package io.github.juesuan.read;

import io.github.juesuan.text.Labels;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The label vocabulary: which words of a disclosure's text name which table figure, loaded from
 * {@code narrative.txt} (format described there). Immutable and shared.
 */
final class NarrativeVocabulary {

    /**
     * The kinds of words an entry is for; {@code NARROWER} words, just before a {@code MONEY} alias, name a part of
     * its figure (事业收入总计, 一般公共预算财政拨款支出总计), so the label names none.
     */
    enum Section { MONEY, COUNT, SUBJECT, NARROWER }

    /** One alias: folded words, the folded heading word it needs (or null), and the reference it names. */
    record Entry(String alias, String heading, String reference) {
    }

    private static final NarrativeVocabulary STANDARD = load();

    private final Map<Section, List<Entry>> entries;
    /**
     * The entries of {@link Section#MONEY} and {@link Section#COUNT} by their alias's last character, in file
     * order: a label ends with an alias only if it ends with that character.
     */
    private final Map<Section, Map<Character, List<Entry>>> byLast = new EnumMap<>(Section.class);

    private NarrativeVocabulary(Map<Section, List<Entry>> entries) {
        this.entries = entries;
        for (Section s : List.of(Section.MONEY, Section.COUNT)) {
            Map<Character, List<Entry>> m = new HashMap<>();
            for (Entry e : entries.get(s)) {
                if (!e.alias().isEmpty()) {
                    m.computeIfAbsent(e.alias().charAt(e.alias().length() - 1), k -> new ArrayList<>()).add(e);
                }
            }
            m.replaceAll((k, v) -> List.copyOf(v));
            byLast.put(s, m);
        }
    }

    static NarrativeVocabulary standard() {
        return STANDARD;
    }

    private static NarrativeVocabulary load() {
        return BundledData.load("narrative.txt", NarrativeVocabulary::parse);
    }

    /** Parses the vocabulary format; a malformed line is a programming error in the bundled data. */
    static NarrativeVocabulary parse(BufferedReader reader) throws IOException {
        Map<Section, List<Entry>> entries = new EnumMap<>(Section.class);
        for (Section s : Section.values()) {
            entries.put(s, new ArrayList<>());
        }
        BundledData.readSections(reader, "narrative.txt", new BundledData.Sections() {
            private Section section;

            @Override
            public void section(String name, int n) {
                section = Section.valueOf(name.toUpperCase(java.util.Locale.ROOT));
            }

            @Override
            public void entry(String ref, String value, int n) {
                if (section == null) {
                    throw new IllegalArgumentException("narrative.txt line " + n + ": an entry before any [section]");
                }
                for (String alias : value.split("\\|")) {
                    String a = alias.strip();
                    String heading = null;
                    int at = a.indexOf('@');
                    if (at > 0) {
                        heading = Labels.fold(a.substring(at + 1));
                        a = a.substring(0, at);
                    }
                    entries.get(section).add(new Entry(Labels.fold(a), heading, ref));
                }
            }
        });
        entries.replaceAll((k, v) -> List.copyOf(v));
        return new NarrativeVocabulary(entries);
    }

    /**
     * The reference a label names, or null: the longest alias the folded label ends with (for
     * {@link Section#SUBJECT}: contains) whose heading word, if any, appears in one of the folded headings; at
     * equal length an alias with a heading word wins. A {@code MONEY} label whose words before the alias end with
     * a {@link Section#NARROWER} word names no figure.
     */
    String lookup(Section section, String foldedLabel, List<String> foldedHeadings) {
        Entry best = null;
        List<Entry> candidates;
        if (section == Section.SUBJECT) {
            candidates = entries.get(section);
        } else if (foldedLabel.isEmpty()) {
            return null;
        } else {
            candidates = byLast.get(section).getOrDefault(foldedLabel.charAt(foldedLabel.length() - 1), List.of());
        }
        for (Entry e : candidates) {
            boolean matches = section == Section.SUBJECT ? foldedLabel.contains(e.alias())
                    : foldedLabel.endsWith(e.alias());
            if (!matches || e.alias().isEmpty()) {
                continue;
            }
            if (e.heading() != null && foldedHeadings.stream().noneMatch(h -> h.contains(e.heading()))) {
                continue;
            }
            if (best == null || e.alias().length() > best.alias().length()
                    || e.alias().length() == best.alias().length() && best.heading() == null && e.heading() != null) {
                best = e;
            }
        }
        if (best == null) {
            return null;
        }
        if (section == Section.MONEY) {
            String before = foldedLabel.substring(0, foldedLabel.length() - best.alias().length());
            for (Entry narrower : entries.get(Section.NARROWER)) {
                if (before.endsWith(narrower.alias())) {
                    return null;
                }
            }
        }
        return best.reference();
    }
}
