package io.github.juesuan.cli;

import io.github.juesuan.i18n.Messages;
import io.github.juesuan.report.Lang;

/**
 * The words the command line prints, from the {@code Messages_zh}/{@code Messages_en} bundles beside this class
 * (see {@link Messages}: arguments are filled in one pass, never read as a pattern).
 */
final class CliWords {
    static final String PACKAGE = "io.github.juesuan.cli";

    private CliWords() {
    }

    static Messages of(Lang lang) {
        return Messages.of(PACKAGE, lang == Lang.EN);
    }

    /**
     * A message in both languages at once, {@code 中文 (English)}, the English left out where it is empty (as
     * {@link Messages#both}); no space before the parenthesis where the Chinese ends in a closing corner bracket
     * 」, whose full width already sets the two apart: {@code 未知命令「frobnicate」(unknown command)}.
     */
    static String both(String key, Object... args) {
        String zh = of(Lang.ZH).get(key, args);
        String en = of(Lang.EN).get(key, args);
        return en.isEmpty() ? zh : zh + (zh.endsWith("」") ? "(" : " (") + en + ")";
    }
}
