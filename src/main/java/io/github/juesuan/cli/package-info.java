/**
 * The command line, {@code java -jar juesuan.jar check|read …}, on picocli (an optional dependency bundled in the
 * command-line jar). See {@link io.github.juesuan.cli.Main} for the commands and exit codes.
 */
package io.github.juesuan.cli;
