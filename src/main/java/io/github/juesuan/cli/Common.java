package io.github.juesuan.cli;

import io.github.juesuan.read.ReaderOptions;
import io.github.juesuan.report.Lang;
import picocli.CommandLine.Option;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * The options {@code read} and {@code check} share, spelled and described once (a picocli mixin; their texts
 * are the bundle's {@code help.lang} and {@code help.password}): the language of what is printed and the
 * workbook password.
 */
final class Common {
    @Option(names = "--lang", paramLabel = "zh|en", completionCandidates = Langs.class)
    private String lang = "zh";

    @Option(names = "--password", paramLabel = "PW")
    private String password;

    /**
     * The language asked for.
     *
     * @throws Main.UsageException when it is neither zh nor en
     */
    Lang lang() {
        Lang l = language(lang);
        if (l == null) {
            throw new Main.UsageException(CliWords.both("usage.lang"));
        }
        return l;
    }

    /** The language a value of {@code --lang} names, in either case; {@code null} for neither zh nor en. */
    static Lang language(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        return v.equals("en") ? Lang.EN : v.equals("zh") ? Lang.ZH : null;
    }

    /** The reader's options: the defaults, with the password when one is given. */
    ReaderOptions readerOptions() {
        return password == null ? ReaderOptions.DEFAULTS : ReaderOptions.DEFAULTS.withPassword(password);
    }

    /** The values {@code --lang} takes, for the usage text and shell completion. */
    static final class Langs implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("zh", "en").iterator();
        }
    }
}
