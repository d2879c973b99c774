package io.github.juesuan.model;

/** How much a finding matters. */
public enum Severity {
    /** Must be fixed: an identity that must hold does not, or data could not be read. */
    ERROR,
    /** Worth a look: an advisory check failed or something looks unusual. */
    WARNING,
    /** For information only, e.g. a rounding tail within the allowed band. */
    INFO;

    /**
     * The Chinese word for this severity, the same in every report and annotated copy.
     *
     * @return 错误, 警告 or 提示
     */
    public String chinese() {
        return ModelWords.ZH.getString("Severity." + name());
    }

    /**
     * The English word for this severity, the same in every report: its name, as a rule pack and the
     * {@code --severity} option write it.
     *
     * @return ERROR, WARNING or INFO
     */
    public String english() {
        return ModelWords.EN.getString("Severity." + name());
    }
}
