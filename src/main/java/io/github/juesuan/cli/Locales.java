package io.github.juesuan.cli;

import io.github.juesuan.report.Lang;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Paths the platform's locale cannot spell. Under a POSIX locale ({@code LANG=C}) Java encodes file names as
 * ASCII, so a Chinese name given on the command line cannot become a path at all; the fix is a UTF-8 locale.
 */
final class Locales {
    private Locales() {
    }

    /** Why such a path cannot be used and how to fix the locale, in Chinese. */
    static String zh() {
        return CliWords.of(Lang.ZH).get("locale.cannotSpell", encoding());
    }

    /** The same in English. */
    static String en() {
        return CliWords.of(Lang.EN).get("locale.cannotSpell", encoding());
    }

    /** The same in both languages at once, {@code 中文 (English)}. */
    static String bothLanguages() {
        return CliWords.both("locale.cannotSpell", encoding());
    }

    /** The path, or {@code null} when the locale cannot represent it. */
    static Path pathOrNull(String s) {
        try {
            return Path.of(s);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static String encoding() {
        return System.getProperty("sun.jnu.encoding", "?");
    }
}
