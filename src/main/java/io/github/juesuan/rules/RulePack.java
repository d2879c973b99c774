package io.github.juesuan.rules;

import io.github.juesuan.model.Severity;
import io.github.juesuan.model.Vocabulary;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable, compiled set of rules. Compile once, check any number of disclosures with it.
 *
 * <pre>{@code
 * RulePack pack = RulePack.standard()                       // the built-in 公开表 and 绩效 rules
 *         .plus(Path.of("my.rules"), JuesuanReader.vocabulary()) // a user's own pack, its names checked
 *         .without(Set.of("GKW.005", "JX.W*"))               // rules disabled by id or pattern
 *         .withSeverity("GKX.019", Severity.WARNING);
 * }</pre>
 *
 * <p>The text format ({@code docs/rules.md}): {@code pack NAME VERSION}, then for each rule a line
 * {@code rule ID SEVERITY MESSAGE} followed by {@code check: …}, and optionally {@code en: …} and
 * {@code tolerance: round|exact|truncate|0.05} and {@code blank: ERROR|WARNING|INFO}. {@code #} starts a comment.
 *
 * @param name    the pack's name
 * @param version the pack's version
 * @param rules   the rules, in order, ids unique
 */
public record RulePack(String name, String version, List<Rule> rules) {
    /**
     * Checks for nulls, copies the list and checks that ids are unique.
     *
     * @param name    the pack's name
     * @param version the pack's version, or ""
     * @param rules   the rules, in order
     * @throws IllegalArgumentException when two rules have the same id
     * @throws NullPointerException     naming the argument that is null
     */
    public RulePack {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
        Set<String> ids = new java.util.HashSet<>();
        for (Rule r : rules) {
            if (!ids.add(r.id())) {
                throw new IllegalArgumentException(RulesMessages.both("pack.duplicateRule", r.id(), name));
            }
        }
    }

    /**
     * The built-in pack: every identity of the 公开 tables and of the 项目支出绩效自评表, and the checks of the words
     * (WZ.*: what 情况说明 and prose text cells claim, against the tables and against each other).
     *
     * @return the pack, compiled once per class loader
     */
    public static RulePack standard() {
        return StandardPack.PACK;
    }

    /**
     * Compiles a rule pack file, checking its syntax only; the same as {@link #fromPath(Path)}.
     *
     * @param file the pack file, UTF-8
     * @return the compiled pack
     * @throws IOException          when the file cannot be read
     * @throws RuleSyntaxException  with the line and column of the first error
     * @throws NullPointerException when {@code file} is null
     */
    public static RulePack load(Path file) throws IOException, RuleSyntaxException {
        return fromPath(file);
    }

    /**
     * Compiles a rule pack file, refusing rows and columns the vocabulary does not know; the same as
     * {@link #fromPath(Path, Vocabulary)}.
     *
     * @param file       the pack file, UTF-8
     * @param vocabulary the rows and columns a rule may name, e.g. {@code JuesuanReader.vocabulary()}
     * @return the compiled pack
     * @throws IOException          when the file cannot be read
     * @throws RuleSyntaxException  with the line and column of the first error
     * @throws NullPointerException naming the argument that is null
     */
    public static RulePack load(Path file, Vocabulary vocabulary) throws IOException, RuleSyntaxException {
        return fromPath(file, vocabulary);
    }

    /**
     * Compiles a rule pack file, checking its syntax only; see {@link #fromPath(Path, Vocabulary)}.
     *
     * @param file the pack file, UTF-8
     * @return the compiled pack
     * @throws IOException          when the file cannot be read
     * @throws RuleSyntaxException  with the line and column of the first error
     * @throws NullPointerException when {@code file} is null
     */
    public static RulePack fromPath(Path file) throws IOException, RuleSyntaxException {
        return fromPath(file, Vocabulary.ANY);
    }

    /**
     * Compiles a rule pack file in UTF-8 (a byte-order mark is allowed), refusing rows and columns the
     * vocabulary does not know. Error messages name the file by its file name.
     *
     * @param file       the pack file
     * @param vocabulary the rows and columns a rule may name, e.g. {@code JuesuanReader.vocabulary()}, or
     *                   {@link Vocabulary#ANY} to check the syntax only
     * @return the compiled pack
     * @throws IOException          when the file cannot be read
     * @throws RuleSyntaxException  with the line and column of the first error; a file that is not UTF-8
     *                              is one too, at its first bad byte
     * @throws NullPointerException naming the argument that is null
     */
    public static RulePack fromPath(Path file, Vocabulary vocabulary) throws IOException, RuleSyntaxException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(vocabulary, "vocabulary");
        return PackCompiler.compile(PackText.read(file), PackText.name(file), vocabulary, null);
    }

    /**
     * Compiles a rule pack shipped as a resource, e.g. in the jar of the application that uses it, checking
     * its syntax only; see {@link #fromResource(Class, String, Vocabulary)}.
     *
     * @param anchor the class the resource is looked up from ({@link Class#getResourceAsStream(String)})
     * @param name   the resource's name, relative to the anchor's package or absolute with a leading {@code /}
     * @return the compiled pack
     * @throws IOException          when there is no such resource or it cannot be read
     * @throws RuleSyntaxException  with the line and column of the first error
     * @throws NullPointerException naming the argument that is null
     */
    public static RulePack fromResource(Class<?> anchor, String name) throws IOException, RuleSyntaxException {
        return fromResource(anchor, name, Vocabulary.ANY);
    }

    /**
     * Compiles a rule pack shipped as a resource, in UTF-8 (a byte-order mark is allowed), refusing rows
     * and columns the vocabulary does not know. Error messages name the pack by {@code name}. In a named
     * module, the resource must be in the anchor's module, in a package that module opens (or outside any
     * package), as {@link Class#getResourceAsStream(String)} requires.
     *
     * @param anchor     the class the resource is looked up from
     * @param name       the resource's name, relative to the anchor's package or absolute with a leading
     *                   {@code /}
     * @param vocabulary the rows and columns a rule may name, e.g. {@code JuesuanReader.vocabulary()}, or
     *                   {@link Vocabulary#ANY} to check the syntax only
     * @return the compiled pack
     * @throws java.io.FileNotFoundException when there is no such resource
     * @throws IOException                   when it cannot be read
     * @throws RuleSyntaxException           with the line and column of the first error; a resource that is
     *                                       not UTF-8 is one too, at its first bad byte
     * @throws NullPointerException          naming the argument that is null
     */
    public static RulePack fromResource(Class<?> anchor, String name, Vocabulary vocabulary)
            throws IOException, RuleSyntaxException {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(vocabulary, "vocabulary");
        return PackCompiler.compile(PackText.read(anchor, name), name, vocabulary, null);
    }

    /**
     * Compiles rule-pack text read from a reader, checking its syntax only; see
     * {@link #parse(Reader, String, Vocabulary)}.
     *
     * @param text   the pack's text, read to its end and not closed
     * @param source the name the pack is known by in error messages, e.g. its file name
     * @return the compiled pack
     * @throws IOException          when the reader throws it
     * @throws RuleSyntaxException  with the line and column of the first error
     * @throws NullPointerException naming the argument that is null
     */
    public static RulePack parse(Reader text, String source) throws IOException, RuleSyntaxException {
        return parse(text, source, Vocabulary.ANY);
    }

    /**
     * Compiles rule-pack text read from a reader, refusing rows and columns the vocabulary does not know. The
     * reader decides the encoding; a leading byte-order mark is skipped.
     *
     * @param text       the pack's text, read to its end and not closed
     * @param source     the name the pack is known by in error messages, e.g. its file name
     * @param vocabulary the rows and columns a rule may name, e.g. {@code JuesuanReader.vocabulary()}, or
     *                   {@link Vocabulary#ANY} to check the syntax only
     * @return the compiled pack
     * @throws IOException          when the reader throws it
     * @throws RuleSyntaxException  with the line and column of the first error
     * @throws NullPointerException naming the argument that is null
     */
    public static RulePack parse(Reader text, String source, Vocabulary vocabulary)
            throws IOException, RuleSyntaxException {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(vocabulary, "vocabulary");
        return PackCompiler.compile(PackText.read(text), source, vocabulary, null);
    }

    /**
     * This pack and then the rules of a pack file ({@link #fromPath(Path, Vocabulary)}); a rule id this pack
     * already has is an error at the line that reuses it.
     *
     * @param file       the pack file, UTF-8
     * @param vocabulary the rows and columns a rule may name
     * @return a new pack with this pack's rules and then the file's
     * @throws IOException          when the file cannot be read
     * @throws RuleSyntaxException  with the line and column of the first error
     * @throws NullPointerException naming the argument that is null
     */
    public RulePack plus(Path file, Vocabulary vocabulary) throws IOException, RuleSyntaxException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(vocabulary, "vocabulary");
        return plus(PackCompiler.compile(PackText.read(file), PackText.name(file), vocabulary, this));
    }

    /**
     * Compiles rule-pack text held in a string, checking its syntax only. Both arguments are strings: the
     * text comes first, then its name. {@link #parse(Reader, String)}, {@link #fromPath(Path)} and
     * {@link #fromResource(Class, String)} cannot be mixed up that way.
     *
     * @param text   the pack's text
     * @param source the name the pack is known by in error messages, e.g. its file name
     * @return the compiled pack
     * @throws RuleSyntaxException  with the line and column of the first error
     * @throws NullPointerException naming the argument that is null
     */
    public static RulePack parse(String text, String source) throws RuleSyntaxException {
        return parse(text, source, Vocabulary.ANY);
    }

    /**
     * Compiles rule-pack text held in a string, refusing rows and columns the vocabulary does not know (a
     * rule that names one could never be evaluated).
     *
     * @param text       the pack's text
     * @param source     the name the pack is known by in error messages, e.g. its file name
     * @param vocabulary the rows and columns a rule may name, e.g. {@code JuesuanReader.vocabulary()}, or
     *                   {@link Vocabulary#ANY} to check the syntax only
     * @return the compiled pack
     * @throws RuleSyntaxException  with the line and column of the first error
     * @throws NullPointerException naming the argument that is null
     */
    public static RulePack parse(String text, String source, Vocabulary vocabulary) throws RuleSyntaxException {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(vocabulary, "vocabulary");
        return PackCompiler.compile(text, source, vocabulary, null);
    }

    /**
     * The rule with this id, if the pack has it.
     *
     * @param id the rule's id, e.g. {@code GK01.002}
     * @return the rule, or empty
     * @throws NullPointerException when {@code id} is null
     */
    public java.util.Optional<Rule> rule(String id) {
        Objects.requireNonNull(id, "id");
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /**
     * This pack and then another's rules.
     *
     * @param other the pack whose rules follow this one's
     * @return a new pack named {@code this+other}
     * @throws IllegalArgumentException when the two packs share a rule id
     * @throws NullPointerException     when {@code other} is null
     */
    public RulePack plus(RulePack other) {
        Objects.requireNonNull(other, "other");
        List<Rule> all = new ArrayList<>(rules);
        all.addAll(other.rules);
        return new RulePack(name + "+" + other.name, version.isEmpty() ? other.version : version, all);
    }

    /**
     * A copy without the rules matching any of these patterns: an id, or an id with {@code *} standing for
     * any text ({@code GK01.*}). A pattern that matches no rule of this pack is an error (a typo).
     *
     * @param patterns the ids or patterns of the rules to leave out
     * @return the copy
     * @throws IllegalArgumentException naming a pattern that matches no rule
     * @throws NullPointerException     when {@code patterns} is null or holds a null
     */
    public RulePack without(Collection<String> patterns) {
        Objects.requireNonNull(patterns, "patterns");
        return select(List.of(), patterns);
    }

    /**
     * A copy with only the rules matching one of these patterns (an id, or {@code *} for any text); a pattern
     * that matches no rule of this pack is an error (a typo).
     *
     * @param patterns the ids or patterns of the rules to keep
     * @return the copy
     * @throws IllegalArgumentException naming a pattern that matches no rule
     * @throws NullPointerException     when {@code patterns} is null or holds a null
     */
    public RulePack only(Collection<String> patterns) {
        Objects.requireNonNull(patterns, "patterns");
        return select(patterns, List.of());
    }

    /**
     * The rules matching one of {@code only} (every rule when it is empty) and none of {@code disabled}. Every
     * pattern must match a rule of this pack, whichever list it is in, so the two lists do not depend on each
     * other's order (disabling a rule that {@code only} already left out is fine).
     *
     * @param only     the ids or patterns of the rules to keep; empty for every rule
     * @param disabled the ids or patterns of the rules to leave out
     * @return the copy
     * @throws IllegalArgumentException naming a pattern that matches no rule
     * @throws NullPointerException     naming the argument that is null, or when one holds a null
     */
    public RulePack select(Collection<String> only, Collection<String> disabled) {
        Objects.requireNonNull(only, "only");
        Objects.requireNonNull(disabled, "disabled");
        RuleIdPattern.requireKnown(only, this);
        RuleIdPattern.requireKnown(disabled, this);
        return new RulePack(name, version, rules.stream()
                .filter(r -> (only.isEmpty() || RuleIdPattern.matchesAny(only, r.id()))
                        && !RuleIdPattern.matchesAny(disabled, r.id()))
                .toList());
    }

    /**
     * A copy in which the rules matching a pattern (an id, or {@code *} for any text) have another severity.
     *
     * @param pattern  the id or pattern of the rules
     * @param severity their new severity
     * @return the copy
     * @throws IllegalArgumentException when the pattern matches no rule
     * @throws NullPointerException     naming the argument that is null
     */
    public RulePack withSeverity(String pattern, Severity severity) {
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(severity, "severity");
        RuleIdPattern.requireKnown(List.of(pattern), this);
        return new RulePack(name, version, rules.stream()
                .map(r -> RuleIdPattern.matches(pattern, r.id()) ? r.withSeverity(severity) : r).toList());
    }
}
