package io.github.juesuan.cli;

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
        return "当前区域设置的文件名编码（" + encoding() + "）无法表示此路径中的字符；请在 UTF-8 区域下运行，"
                + "如 export LANG=C.UTF-8";
    }

    /** The same in English. */
    static String en() {
        return "the locale's file-name encoding " + encoding() + " cannot represent this path; run under a UTF-8"
                + " locale, e.g. export LANG=C.UTF-8";
    }

    /** {@code zh (en)}. */
    static String message(InvalidPathException e) {
        return zh() + " (" + en() + ")";
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
