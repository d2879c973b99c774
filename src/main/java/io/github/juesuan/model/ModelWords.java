package io.github.juesuan.model;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The model's words, from the {@code Messages_zh}/{@code Messages_en} bundles beside this class (both exist, so a
 * lookup never falls back to the JVM's default locale; no {@code ResourceBundle.Control}, which a named module
 * refuses).
 */
final class ModelWords {
    static final ResourceBundle ZH = ResourceBundle.getBundle("io.github.juesuan.model.Messages", Locale.CHINESE);
    static final ResourceBundle EN = ResourceBundle.getBundle("io.github.juesuan.model.Messages", Locale.ENGLISH);

    private ModelWords() {
    }
}
