package io.github.juesuan.model;

import java.util.Objects;

/**
 * Part of a sentence that prints a figure the extractor could not interpret. Never guessed: a rule reports it
 * at most as information, never compares it with anything.
 *
 * @param reason   why
 * @param fragment the characters that were not understood (a clause of the sentence)
 * @param sentence the whole sentence the statement was read from
 */
public record NotUnderstood(Reason reason, NarrativeSource fragment, NarrativeSource sentence)
        implements NarrativeStatement {

    /** Why a part of a sentence was not understood. */
    public enum Reason {
        /** A number with a unit but no words naming what it counts ({@code 0人次}). */
        NO_LABEL,
        /** A share ({@code 占比…%}) with no amount before it in the sentence. */
        SHARE_WITHOUT_PART,
        /** A rate of change ({@code 增长…%}) with nothing before it saying what changed. */
        RATE_WITHOUT_SUBJECT,
        /** {@code 与上年相同} with nothing before it saying what stayed the same. */
        SAME_WITHOUT_SUBJECT,
        /** {@code 无此项…} under a heading the vocabulary does not know. */
        ZERO_SUBJECT_UNKNOWN,
        /** Several numbers in one clause, or a number in a form not listed. */
        UNKNOWN_FORM;

        /**
         * The reason in Chinese.
         *
         * @return a short phrase for a user, in Chinese
         */
        public String zh() {
            return ModelWords.ZH.getString("NotUnderstood." + name());
        }

        /**
         * The reason in English.
         *
         * @return a short phrase for a user, in English
         */
        public String en() {
            return ModelWords.EN.getString("NotUnderstood." + name());
        }
    }

    /**
     * Checks for nulls.
     *
     * @param reason   why the fragment was not understood
     * @param fragment the characters that were not understood
     * @param sentence the whole sentence holding them
     * @throws NullPointerException if any argument is null
     */
    public NotUnderstood {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(fragment, "fragment");
        Objects.requireNonNull(sentence, "sentence");
    }
}
