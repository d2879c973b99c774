package io.github.juesuan.cli;

import io.github.juesuan.i18n.Messages;
import io.github.juesuan.model.Severity;
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

    /** The word for a severity in the language of the output: 错误 / ERROR. */
    static String severity(Severity s, Lang lang) {
        return lang == Lang.EN ? s.english() : s.chinese();
    }

    /** A message in both languages at once, {@code 中文 (English)}: see {@link Messages#both}. */
    static String both(String key, Object... args) {
        return Messages.both(PACKAGE, key, args);
    }
}
