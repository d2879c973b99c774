package io.github.juesuan.read;

import io.github.juesuan.i18n.Messages;
import io.github.juesuan.model.Problem;
import io.github.juesuan.model.Severity;
import io.github.juesuan.model.Source;

/**
 * What the reader says, from the {@code Messages_zh}/{@code Messages_en} bundles beside this class: a reading
 * problem's text under its code ({@code READ.NO_HEADER}), a variant under the code and a suffix
 * ({@code READ.UNKNOWN_ROW.figures}), why a workbook is unreadable under {@code unreadable.*}, and what a file that is
 * not a workbook looks like under {@code format.*}.
 */
final class ReadMessages {
    static final String PACKAGE = "io.github.juesuan.read";
    static final Messages ZH = Messages.of(PACKAGE, false);
    static final Messages EN = Messages.of(PACKAGE, true);

    private ReadMessages() {
    }

    /** A problem whose Chinese and English text is the message of its code. */
    static Problem problem(String code, Severity severity, Source at, Object... args) {
        return problem(code, code, severity, at, args);
    }

    /** A problem whose Chinese and English text is the message of {@code key} (its code or a variant of it). */
    static Problem problem(String code, String key, Severity severity, Source at, Object... args) {
        return new Problem(code, severity, at, ZH.get(key, args), EN.get(key, args));
    }
}
