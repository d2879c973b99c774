/**
 * The command line: {@code java -jar juesuan.jar read FILE [--json]}. See {@link io.github.juesuan.cli.Main}
 * for the exit codes.
 */
package io.github.juesuan.cli;
