package io.github.juesuan.cli;

import io.github.juesuan.read.ReadException;
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
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;

/**
 * The command line's shape on picocli: the {@code juesuan} command with {@code check}, {@code read} and
 * {@code help}, the generated {@code --help} and {@code --version}, and the exit codes of {@link Main} for what
 * goes wrong — a wrong command line is 64 with a message, never picocli's exit code 2 or a stack trace.
 */
@Command(name = "juesuan", versionProvider = Commands.Version.class,
        description = "读取部门决算公开工作簿并核对其勾稽关系 (reads department final-accounts disclosures and checks"
                + " their identities)",
        synopsisSubcommandLabel = "(check | read | help)",
        footerHeading = "%n",
        footer = {"FILE 为 - 时读标准输入；OUT 为 - 时写标准输出 (- reads standard input / writes standard output)",
                "退出码 (exit codes): 0 无错误 (no ERROR); 1 发现错误 (an ERROR found); 2 文件无法读取 (an input"
                        + " unreadable); 64 用法或规则包错误 (wrong usage or rule pack); 70 内部错误 (internal"
                        + " error); 73 输出无法写入 (an output unwritable)"})
public final class Commands implements Callable<Integer> {
    /** The name of the generated bash completion script beside target/juesuan.jar. */
    static final String COMPLETION_SCRIPT = "juesuan_completion";

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private HelpOptions help = new HelpOptions();

    private Commands() {
    }

    /** The command line reading {@code in} for the input {@code -} and printing to {@code out} and {@code err}. */
    static CommandLine create(InputStream in, PrintStream out, PrintStream err) {
        CommandLine line = new CommandLine(new Commands());
        line.addSubcommand("check", new CheckCommand(in, out, err));
        line.addSubcommand("read", new ReadCommand(in, out));
        line.addSubcommand("help", new CommandLine.HelpCommand());
        line.getSubcommands().get("help").getCommandSpec().usageMessage()
                .header("显示某个命令的用法 (show a command's usage)")
                .description("不给 COMMAND 时显示 juesuan 的用法 (without a COMMAND, juesuan's usage)");
        // One look for every command's usage text: headings in both languages.
        for (CommandLine c : List.of(line, line.getSubcommands().get("check"), line.getSubcommands().get("read"),
                line.getSubcommands().get("help"))) {
            c.getCommandSpec().usageMessage()
                    .synopsisHeading("用法 (usage): ")
                    .descriptionHeading("%n")
                    .parameterListHeading("%n参数 (parameters):%n")
                    .optionListHeading("%n选项 (options):%n")
                    .commandListHeading("%n命令 (commands):%n");
        }
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
            return e.getCommandLine().getParent() == null ? "未知命令「" + a + "」(unknown command)"
                    : "多余的参数「" + a + "」(unexpected argument)";
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
        CommandLine line = create(InputStream.nullInputStream(), System.out, System.err);
        String script = picocli.AutoComplete.bash("juesuan", line);
        java.nio.file.Files.writeString(java.nio.file.Path.of(args[0]), script, StandardCharsets.UTF_8);
    }
}
