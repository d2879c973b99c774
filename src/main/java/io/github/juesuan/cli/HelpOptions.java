package io.github.juesuan.cli;

import picocli.CommandLine.Option;

/**
 * {@code -h/--help} and {@code -V/--version} for every command, described by the bundle's {@code help.help} and
 * {@code help.version}.
 */
final class HelpOptions {
    @Option(names = {"-h", "--help"}, usageHelp = true)
    private boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true)
    private boolean version;
}
