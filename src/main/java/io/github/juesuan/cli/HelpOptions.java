package io.github.juesuan.cli;

import picocli.CommandLine.Option;

/** {@code -h/--help} and {@code -V/--version} for every command, described in both languages. */
final class HelpOptions {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "显示此用法并退出 (show this usage and exit)")
    private boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true,
            description = "显示 juesuan 的版本并退出 (print juesuan's version and exit)")
    private boolean version;
}
