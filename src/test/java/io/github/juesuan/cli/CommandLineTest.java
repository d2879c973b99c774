package io.github.juesuan.cli;

import io.github.juesuan.report.Lang;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The command line's shape: the generated usage and version, picocli's complaints as exit 64 in both
 * languages, the options {@code read} and {@code check} share, and the bash completion script.
 */
class CommandLineTest {
    private static final String SAMPLE = "samples/shanxi-kepu-2024.xlsx";
    private static final String CHECK_HINT = "用法见 juesuan check --help (see juesuan check --help for the usage)\n";
    private static final String READ_HINT = "用法见 juesuan read --help (see juesuan read --help for the usage)\n";

    // ---- --version, --help ------------------------------------------------------------------------------

    @Test
    void versionIsTheProjectsVersion() throws Exception {
        Matcher m = Pattern.compile("<artifactId>juesuan</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8));
        assertTrue(m.find());
        for (String[] args : List.of(new String[]{"--version"}, new String[]{"-V"}, new String[]{"check", "--version"},
                new String[]{"read", "--version"})) {
            CliRun r = CliRun.run(args);
            assertEquals(Main.OK, r.code(), r.err());
            assertEquals("juesuan " + m.group(1) + "\n", r.out(), String.join(" ", args));
            assertEquals("", r.err());
        }
    }

    @Test
    void helpIsOneGeneratedUsageText() {
        CliRun top = CliRun.run("--help");
        assertEquals(Main.OK, top.code());
        assertTrue(top.out().startsWith("用法：juesuan [-hV] (check | read | help)\n"), top.out());
        assertTrue(top.out().contains("\n  check  核对决算公开工作簿的勾稽关系并列出发现的问题\n"
                + "  read   读取决算公开工作簿并列出每张表的每个数字\n"
                + "  help   显示某个命令的用法\n"), top.out());
        assertTrue(top.out().contains("退出码：0 无错误"), top.out());
        assertEquals(top.out(), CliRun.run("help").out());
        assertEquals(top.out(), CliRun.run("-h").out());

        CliRun check = CliRun.run("check", "--help");
        assertEquals(Main.OK, check.code());
        assertTrue(check.out().startsWith("用法：juesuan check [-hV] [--details] [--annotate=DIR] [--html=OUT]"),
                check.out());
        for (String option : List.of("--json=OUT", "--html=OUT", "--annotate=DIR", "--perf-csv=OUT", "--details",
                "--threads=N", "--rules=PACK", "--disable=IDS", "--only=IDS", "--severity=ID=LEVEL", "--lang=zh|en",
                "--password=PW", "FILE|DIR...")) {
            assertTrue(check.out().contains("\n      " + option + " "), option + " in\n" + check.out());
        }
        assertEquals(check.out(), CliRun.run("help", "check").out());

        CliRun read = CliRun.run("read", "--help");
        assertEquals(Main.OK, read.code());
        assertTrue(read.out().startsWith("用法：juesuan read [-hV] [--json] [--lang=zh|en] [--password=PW] FILE\n"),
                read.out());
        assertEquals(read.out(), CliRun.run("help", "read").out());
    }

    @Test
    void helpIsChineseByDefault() {
        CliRun r = CliRun.run("read", "--help");
        assertEquals(Main.OK, r.code(), r.err());
        assertEquals("""
                用法：juesuan read [-hV] [--json] [--lang=zh|en] [--password=PW] FILE

                读取决算公开工作簿并列出每张表的每个数字

                参数：
                      FILE            要读取的工作簿，- 为标准输入

                选项：
                      --json          以 JSON 输出到标准输出
                """, String.join("\n", r.out().lines().limit(9).toList()) + "\n");
        assertEquals(r.out(), CliRun.run("read", "--lang", "zh", "-h").out());
    }

    @Test
    void helpIsEnglishWithLangEnBeforeOrAfterTheHelpOption() {
        CliRun r = CliRun.run("read", "-h", "--lang", "en");
        assertEquals(Main.OK, r.code(), r.err());
        assertEquals("""
                Usage: juesuan read [-hV] [--json] [--lang=zh|en] [--password=PW] FILE

                print every table and figure

                Parameters:
                      FILE            the workbook; - is standard input

                Options:
                      --json          print JSON instead of text
                """, String.join("\n", r.out().lines().limit(9).toList()) + "\n");
        assertEquals(r.out(), CliRun.run("read", "--lang=EN", "--help").out());
        assertEquals(r.out(), CliRun.run("help", "read", "--lang", "en").out());
        // the top command has no --lang of its own, yet its help follows it too
        assertTrue(CliRun.run("--help", "--lang", "en").out()
                .startsWith("Usage: juesuan [-hV] (check | read | help)\n\nreads department final-accounts"), r.out());
        // after --, --lang en is two files
        assertTrue(CliRun.run("check", "-h", "--", "--lang", "en").out().startsWith("用法：juesuan check"));
    }

    /**
     * Every command, option and parameter has its text from the bundle in both languages: picocli found each key
     * it looks up (the annotations have none; the Chinese is not picocli's own English for the help command).
     */
    @Test
    void everyUsageTextIsInTheBundleInBothLanguages() {
        for (Lang lang : Lang.values()) {
            CommandLine top = Commands.create(InputStream.nullInputStream(), System.out, System.err, lang);
            List<CommandLine> commands = new ArrayList<>(List.of(top));
            commands.addAll(top.getSubcommands().values());
            for (CommandLine c : commands) {
                CommandSpec spec = c.getCommandSpec();
                String[] about = spec.usageMessage().description().length > 0 ? spec.usageMessage().description()
                        : spec.usageMessage().header();
                assertText(lang, about, lang + " " + spec.qualifiedName());
                for (ArgSpec arg : spec.args()) {
                    assertText(lang, arg.description(), lang + " " + spec.qualifiedName() + " " + arg);
                }
            }
        }
    }

    private static void assertText(Lang lang, String[] text, String what) {
        assertTrue(text.length > 0 && !text[0].isBlank(), what);
        boolean han = text[0].codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        assertEquals(lang == Lang.ZH, han, what + ": " + text[0]);
    }

    @Test
    void noCommandPrintsTheUsageOnStandardErrorWithExitSixtyFour() {
        CliRun r = CliRun.run();
        assertEquals(Main.USAGE, r.code());
        assertEquals("", r.out());
        assertEquals(CliRun.run("--help").out(), r.err());
    }

    // ---- picocli's complaints: exit 64, Chinese first, where to find the usage -------------------------------

    @Test
    void unknownOption() {
        CliRun r = CliRun.run("read", SAMPLE, "--bogus");
        assertEquals(Main.USAGE, r.code());
        assertEquals("未知选项 --bogus (unknown option)\n" + READ_HINT, r.err());
        assertEquals("", r.out());
    }

    @Test
    void unknownCommand() {
        CliRun r = CliRun.run("frobnicate");
        assertEquals(Main.USAGE, r.code());
        assertEquals("未知命令「frobnicate」(unknown command)\n用法见 juesuan --help (see juesuan --help for the usage)\n",
                r.err());
    }

    @Test
    void optionWithoutItsValue() {
        CliRun r = CliRun.run("check", SAMPLE, "--json");
        assertEquals(Main.USAGE, r.code());
        assertEquals("--json 需要一个参数 (--json needs a value)\n" + CHECK_HINT, r.err());
    }

    @Test
    void optionGivenTwice() {
        CliRun r = CliRun.run("check", SAMPLE, "--json", "a.json", "--json", "b.json");
        assertEquals(Main.USAGE, r.code());
        assertEquals("--json 只能给一次 (--json given more than once)\n" + CHECK_HINT, r.err());
    }

    @Test
    void readTakesOneFile() {
        CliRun two = CliRun.run("read", SAMPLE, SAMPLE);
        assertEquals(Main.USAGE, two.code());
        assertEquals("多余的参数「" + SAMPLE + "」(unexpected argument)\n" + READ_HINT, two.err());

        CliRun none = CliRun.run("read");
        assertEquals(Main.USAGE, none.code());
        assertEquals("read 需要 FILE (read takes FILE)\n" + READ_HINT, none.err());
    }

    @Test
    void checkTakesAFile() {
        CliRun r = CliRun.run("check", "--details");
        assertEquals(Main.USAGE, r.code());
        assertEquals("check 需要 FILE|DIR (check takes FILE|DIR)\n" + CHECK_HINT, r.err());
    }

    @Test
    void aWrongValueOfAKnownOptionNamesIt() {
        CliRun r = CliRun.run("check", SAMPLE, "--threads", "many");
        assertEquals(Main.USAGE, r.code());
        assertEquals("--threads 应为 1 到 256 之间的整数 (--threads takes 1–256)\n" + CHECK_HINT, r.err());
    }

    @Test
    void anInputNamedWithAnAtSignIsAFileNotAnArgumentFile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("args"), "--bogus", StandardCharsets.UTF_8);
        CliRun r = CliRun.run("read", "@" + dir.resolve("args"));
        assertEquals(Main.UNREADABLE, r.code(), r.err());
        // Expanded, the file's --bogus would be an unknown option (64); read as an input, it does not exist.
        assertEquals("args: 文件不存在 (no such file)\n", r.err());
    }

    // ---- the options read and check share --------------------------------------------------------------

    @Test
    void langInRead() {
        CliRun en = CliRun.run("read", "--lang", "en", SAMPLE);
        assertEquals(Main.OK, en.code(), en.err());
        assertTrue(en.out().startsWith("File shanxi-kepu-2024.xlsx  unit 山西省科普服务中心  year 2024\n"), en.out());
        assertTrue(en.out().contains("   01  C33   本年收入合计 [line 27]  金额  400.55\n"), en.out());
        assertTrue(en.out().contains("   total 47.06  grade 差\n"), en.out());
        assertTrue(en.out().contains("Reading problems: "), en.out());

        CliRun fr = CliRun.run("read", "--lang", "fr", SAMPLE);
        assertEquals(Main.USAGE, fr.code());
        assertEquals("--lang 只能是 zh 或 en (--lang takes zh or en)\n" + READ_HINT, fr.err());
    }

    @Test
    void langInCheck() {
        CliRun en = CliRun.run("check", "--lang", "en", SAMPLE);
        assertEquals(Main.FINDINGS, en.code(), en.err());
        assertTrue(en.out().startsWith("File shanxi-kepu-2024.xlsx  unit 山西省科普服务中心  year 2024\n"), en.out());

        CliRun fr = CliRun.run("check", "--lang", "fr", SAMPLE);
        assertEquals(Main.USAGE, fr.code());
        assertEquals("--lang 只能是 zh 或 en (--lang takes zh or en)\n" + CHECK_HINT, fr.err());
    }

    @Test
    void passwordInRead(@TempDir Path dir) throws Exception {
        Path locked = encrypted(dir);
        CliRun without = CliRun.run("read", locked.toString());
        assertEquals(Main.UNREADABLE, without.code());
        assertTrue(without.err().startsWith("加密.xlsx: 这是加密的 .xlsx 工作簿，需要密码才能读取"), without.err());

        CliRun with = CliRun.run("read", "--password", "密码pw", locked.toString());
        assertEquals(Main.OK, with.code(), with.err());
        assertTrue(with.out().startsWith("文件 加密.xlsx　单位 山西省科普服务中心　年度 2024\n"), with.out());
    }

    @Test
    void passwordInCheck(@TempDir Path dir) throws Exception {
        Path locked = encrypted(dir);
        CliRun without = CliRun.run("check", locked.toString());
        assertEquals(Main.UNREADABLE, without.code());

        CliRun with = CliRun.run("check", locked.toString(), "--password", "密码pw");
        assertEquals(Main.FINDINGS, with.code(), with.err());
        assertTrue(with.out().startsWith("文件 加密.xlsx　单位 山西省科普服务中心　年度 2024\n"), with.out());
    }

    @Test
    void standardInputInRead() throws Exception {
        CliRun r = CliRun.withStdin(Files.readAllBytes(Path.of(SAMPLE)), "read", "--lang", "en", "-");
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().startsWith("File stdin  unit 山西省科普服务中心  year 2024\n"), r.out());
    }

    @Test
    void standardInputInCheck() throws Exception {
        CliRun r = CliRun.withStdin(Files.readAllBytes(Path.of(SAMPLE)), "check", "--lang", "en", "-");
        assertEquals(Main.FINDINGS, r.code(), r.err());
        assertTrue(r.out().startsWith("File stdin  unit 山西省科普服务中心  year 2024\n"), r.out());
    }

    // ---- shell completion ------------------------------------------------------------------------------

    @Test
    void completionScriptCompletesCommandsOptionsAndFiles(@TempDir Path dir) throws Exception {
        Path script = dir.resolve(Commands.COMPLETION_SCRIPT);
        Commands.main(new String[]{script.toString()});
        String s = Files.readString(script, StandardCharsets.UTF_8);
        assertTrue(s.contains("\ncomplete -F _complete_juesuan -o default juesuan juesuan.sh juesuan.bash\n"), s);
        assertTrue(s.contains("local commands=\"check read help\""), s);
        assertTrue(s.contains("local arg_opts=\"'--json' '--html' '--annotate' '--perf-csv' '--threads' '--rules'"
                + " '--disable' '--only' '--severity' '--lang' '--password'\""), s);
        assertTrue(s.contains("local zhen_option_args=(\"zh\" \"en\") # --lang values\n"), s);
        assertTrue(s.contains("'--json')\n      local IFS=$'\\n'\n      type compopt &>/dev/null && compopt -o filenames\n"
                + "      COMPREPLY=( $( compgen -f -- \"${curr_word}\" ) ) # files"), s);
    }

    /** The sample encrypted with the password 密码pw, as Excel does. */
    private static Path encrypted(Path dir) throws Exception {
        Path locked = dir.resolve("加密.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream file = Files.newOutputStream(locked)) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("密码pw");
            try (OutputStream data = encryptor.getDataStream(fs)) {
                data.write(Files.readAllBytes(Path.of(SAMPLE)));
            }
            fs.writeFilesystem(file);
        }
        return locked;
    }
}
