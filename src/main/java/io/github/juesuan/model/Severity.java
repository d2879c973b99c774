package io.github.juesuan.model;

/** How much a finding matters. */
public enum Severity {
    /** Must be fixed: an identity that must hold does not, or data could not be read. */
    ERROR("错误"),
    /** Worth a look: an advisory check failed or something looks unusual. */
    WARNING("警告"),
    /** For information only, e.g. a rounding tail within the allowed band. */
    INFO("提示");

    private final String chinese;

    Severity(String chinese) {
        this.chinese = chinese;
    }

    /**
     * The Chinese word for this severity.
     *
     * @return 错误, 警告 or 提示
     */
    public String chinese() {
        return chinese;
    }
}
