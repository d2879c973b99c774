package io.github.juesuan.report;

import io.github.juesuan.i18n.Messages;
import io.github.juesuan.model.Severity;
import io.github.juesuan.rules.Outcome;

/**
 * The words of the text and HTML reports, from the {@code Messages_zh}/{@code Messages_en} bundles beside this
 * class: {@code report.*} for the text report, {@code html.*} for the page, {@code batch.*} for a run's files,
 * {@code severity.*} for the tags. An outcome's tag is {@link Outcome}'s own word, the same everywhere.
 */
final class ReportWords {
    private static final String PACKAGE = "io.github.juesuan.report";
    private static final ReportWords ZH = new ReportWords(Messages.of(PACKAGE, false));
    private static final ReportWords EN = new ReportWords(Messages.of(PACKAGE, true));

    private final Messages messages;

    private ReportWords(Messages messages) {
        this.messages = messages;
    }

    static ReportWords of(Lang lang) {
        return lang == Lang.EN ? EN : ZH;
    }

    /** The message of a key with its arguments as given (numbers are not regrouped: see {@link ThousandsSeparators}). */
    String get(String key, Object... args) {
        return messages.get(key, args);
    }

    /** A message in both languages at once, {@code 中文 (English)}: see {@link Messages#both}. */
    static String both(String key, Object... args) {
        return Messages.both(PACKAGE, key, args);
    }

    /** The word for a severity, {@link Severity#chinese()} or {@link Severity#english()}: 错误 / ERROR. */
    String severity(Severity s) {
        return this == EN ? s.english() : s.chinese();
    }

    /** The word for an outcome, {@link Outcome#chinese()} or {@link Outcome#english()}: 尾差 / rounding. */
    String outcome(Outcome o) {
        return this == EN ? o.english() : o.chinese();
    }
}
