package io.github.juesuan.cli;

import io.github.juesuan.read.ReaderOptions;
import io.github.juesuan.report.Lang;
import picocli.CommandLine.Option;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * The options {@code read} and {@code check} share, spelled and described once (a picocli mixin): the
 * language of what is printed and the workbook password.
 */
final class Common {
    @Option(names = "--lang", paramLabel = "zh|en", completionCandidates = Langs.class,
            description = "输出语言：zh（默认）或 en (language of the output: zh, the default, or en)")
    private String lang = "zh";

    @Option(names = "--password", paramLabel = "PW",
            description = "加密工作簿的密码 (password of an encrypted workbook)")
    private String password;

    /**
     * The language asked for.
     *
     * @throws Main.UsageException when it is neither zh nor en
     */
    Lang lang() {
        String v = lang.toLowerCase(Locale.ROOT);
        if (!v.equals("en") && !v.equals("zh")) {
            throw new Main.UsageException(CliWords.both("usage.lang"));
        }
        return v.equals("en") ? Lang.EN : Lang.ZH;
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
