package io.github.juesuan.write;

import io.github.juesuan.i18n.Messages;

import java.io.IOException;

/**
 * Why an annotated copy was not written, from the {@code Messages_zh}/{@code Messages_en} bundles beside this
 * class: {@code file：中文 (English)}, both languages at once as an exception's message says them.
 */
final class CopyMessages {
    private static final String PACKAGE = "io.github.juesuan.write";

    private CopyMessages() {
    }

    /** {@code name：} and the message of {@code key} in both languages. */
    static IOException failure(String name, Throwable cause, String key, Object... args) {
        return new IOException(name + "：" + Messages.both(PACKAGE, key, args), cause);
    }

    /** {@code name：无法为此文件写出带批注的副本：…}, with why as the message of {@code key}. */
    static IOException cannot(String name, Throwable cause, String key, Object... args) {
        Messages zh = Messages.of(PACKAGE, false);
        Messages en = Messages.of(PACKAGE, true);
        return new IOException(name + "：" + zh.get("copy.cannot", name, zh.get(key, args)) + " ("
                + en.get("copy.cannot", name, en.get(key, args)) + ")", cause);
    }
}
