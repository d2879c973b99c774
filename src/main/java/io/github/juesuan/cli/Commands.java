package io.github.juesuan.cli;

import io.github.juesuan.read.ReadException;
import io.github.juesuan.report.Lang;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.Callable;

/**
 * The command line's shape on picocli: the {@code juesuan} command with {@code check}, {@code read} and
 * {@code help}, the generated {@code --help} and {@code --version}, and the exit codes of {@link Main} for what
 * goes wrong — a wrong command line is 64 with a message, never picocli's exit code 2 or a stack trace.
 *
 * <p>The usage help is in one language, Chinese unless the command line says {@code --lang en}; its texts are
 * the cli bundle's {@code help.*} keys ({@link UsageBundle}). What goes wrong is said in both languages at once.
 */
@Command(name = "juesuan", versionProvider = Commands.Version.class,
        synopsisSubcommandLabel = "(check | read | help)", footerHeading = "%n")
public final class Commands implements Callable<Integer> {
    /** The name of the generated bash completion script beside target/juesuan.jar. */
    static final String COMPLETION_SCRIPT = "juesuan_completion";

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private HelpOptions help = new HelpOptions();

    private Commands() {
    }

    /**
     * The command line reading {@code in} for the input {@code -} and printing to {@code out} and {@code err},
     * its usage help in {@code lang}.
     */
    static CommandLine create(InputStream in, PrintStream out, PrintStream err, Lang lang) {
        CommandLine line = new CommandLine(new Commands());
        line.addSubcommand("check", new CheckCommand(in, out, err));
        line.addSubcommand("read", new ReadCommand(in, out));
        line.addSubcommand("help", new CommandLine.HelpCommand());
        // One look for every command's usage text: its words from the bundle, a blank line before the description.
        line.setResourceBundle(UsageBundle.of(lang));
        for (CommandLine c : line.getSubcommands().values()) {
            c.getCommandSpec().usageMessage().descriptionHeading("%n");
        }
        line.getCommandSpec().usageMessage().descriptionHeading("%n");
        // An input may be named @something: never read as a file of arguments.
        line.setExpandAtFiles(false);
        line.setUsageHelpWidth(100);
        line.setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF));
        line.setOut(writer(out));
        line.setErr(writer(err));
        line.setParameterExceptionHandler((e, args) -> {
            CommandLine at = e.getCommandLine();
            at.getErr().println(message(e));
            at.getErr().println(hint(at));
            return Main.USAGE;
        });
        line.setExecutionExceptionHandler((e, at, parsed) -> {
            PrintWriter w = at.getErr();
            if (e instanceof Main.UsageException) {
                w.println(e.getMessage());
                w.println(hint(at));
                return Main.USAGE;
            }
            if (e instanceof ReadException) {
                w.println(e.getMessage());
                return Main.UNREADABLE;
            }
            w.println(CliWords.both("error.internal") + ": " + e);
            if (Boolean.getBoolean("juesuan.debug")) {
                e.printStackTrace(w);
            }
            w.flush();
            return Main.INTERNAL;
        });
        return line;
    }

    /** Without a command: the usage on standard error, exit 64. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Main.USAGE;
    }

    /** picocli's complaint about a command line, Chinese first. */
    static String message(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String a = u.getUnmatched().get(0);
            if (u.isUnknownOption()) {
                return CliWords.both("usage.unknownOption", a);
            }
            return CliWords.both(e.getCommandLine().getParent() == null ? "usage.unknownCommand"
                    : "usage.unexpectedArgument", a);
        }
        if (e instanceof CommandLine.MissingParameterException m && !m.getMissing().isEmpty()) {
            ArgSpec missing = m.getMissing().get(0);
            if (missing instanceof OptionSpec o) {
                return CliWords.both("usage.needsValue", o.longestName());
            }
            String label = ((PositionalParamSpec) missing).paramLabel();
            return CliWords.both("usage.needsParameter", e.getCommandLine().getCommandName(), label);
        }
        if (e instanceof CommandLine.OverwrittenOptionException o) {
            String name = o.getOverwritten() instanceof OptionSpec s ? s.longestName() : o.getOverwritten().paramLabel();
            return CliWords.both("usage.givenTwice", name);
        }
        return CliWords.both("usage.wrong") + ": " + e.getMessage();
    }

    /**
     * The language of the usage help: English where the arguments give {@code --lang en} (or {@code --lang=en}),
     * wherever it stands — before or after {@code -h}, even for a command that has no {@code --lang} (picocli
     * prints the help asked for whatever else the line holds) — up to a {@code --}, after which every argument is
     * a file; otherwise Chinese.
     */
    static Lang usageLanguage(String[] args) {
        for (int i = 0; i < args.length && !args[i].equals("--"); i++) {
            String value = args[i].equals("--lang") && i + 1 < args.length ? args[i + 1]
                    : args[i].startsWith("--lang=") ? args[i].substring("--lang=".length()) : null;
            if (value != null) {
                return Common.language(value) == Lang.EN ? Lang.EN : Lang.ZH;
            }
        }
        return Lang.ZH;
    }

    private static String hint(CommandLine at) {
        String help = at.getParent() == null ? "juesuan --help" : "juesuan " + at.getCommandName() + " --help";
        return CliWords.both("usage.see", help);
    }

    private static PrintWriter writer(PrintStream s) {
        return new PrintWriter(new java.io.OutputStreamWriter(s, StandardCharsets.UTF_8), true);
    }

    /** The project's version, from the resource the build fills in. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"juesuan " + version()};
        }

        /** The version this jar was built as, e.g. {@code 0.1.0}. */
        static String version() {
            Properties p = new Properties();
            try (var in = Commands.class.getResourceAsStream("version.properties")) {
                if (in == null) {
                    throw new IllegalStateException("io/github/juesuan/cli/version.properties is missing from the build");
                }
                p.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return p.getProperty("version");
        }
    }

    /**
     * Writes the bash completion script (picocli's {@code AutoComplete}) for the command {@code juesuan}; run
     * by the build into {@code target/juesuan_completion}.
     *
     * @param args the file to write
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: Commands OUTPUT-FILE");
        }
        CommandLine line = create(InputStream.nullInputStream(), System.out, System.err, Lang.ZH);
        String script = picocli.AutoComplete.bash("juesuan", line);
        java.nio.file.Files.writeString(java.nio.file.Path.of(args[0]), script, StandardCharsets.UTF_8);
    }
}
