package io.github.juesuan.report;

/** The language of messages and reports. */
public enum Lang {
    /** 中文 (the default). */
    ZH,
    /** English. */
    EN
}
