package io.github.juesuan.rules;

import io.github.juesuan.i18n.Messages;

/**
 * What the rules say, from the {@code Messages_zh}/{@code Messages_en} bundles beside this class: a rule pack's
 * syntax error under {@code syntax.*}, what the parser expected under {@code expected.*}, a row or column a table
 * lacks under {@code name.*}, a rule pack's line-level error under {@code pack.*}, why a rule could not be
 * evaluated (and notes on its evaluation) under {@code reason.*}.
 */
final class RulesMessages {
    static final String PACKAGE = "io.github.juesuan.rules";
    static final Messages ZH = Messages.of(PACKAGE, false);
    static final Messages EN = Messages.of(PACKAGE, true);

    private RulesMessages() {
    }

    /** A message in both languages at once: see {@link Messages#join}. */
    static String both(String key, Object... args) {
        return Messages.join(ZH.get(key, args), EN.get(key, args));
    }

    /** Why a rule cannot be evaluated, in Chinese and English: the message of {@code key} in each language. */
    static Result.NotEvaluable notEvaluable(String key, Object... args) {
        return new Result.NotEvaluable(ZH.get(key, args), EN.get(key, args));
    }
}
