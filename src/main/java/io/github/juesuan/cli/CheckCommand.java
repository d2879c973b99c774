package io.github.juesuan.cli;

import io.github.juesuan.model.Severity;
import io.github.juesuan.read.JuesuanReader;
import io.github.juesuan.read.ReadException;
import io.github.juesuan.read.ReaderOptions;
import io.github.juesuan.report.Checker;
import io.github.juesuan.report.JsonReport;
import io.github.juesuan.report.Lang;
import io.github.juesuan.report.ProjectCsv;
import io.github.juesuan.report.Report;
import io.github.juesuan.report.TextReport;
import io.github.juesuan.rules.RulePack;
import io.github.juesuan.rules.RuleSyntaxException;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code check FILE… [--json OUT] [--perf-csv OUT] [--rules PACK] [--disable ID,…] [--only ID,…]
 * [--severity ID=LEVEL] [--lang en] [--password PW]}.
 */
final class CheckCommand {
    private CheckCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        List<String> files = new ArrayList<>();
        List<String> packs = new ArrayList<>();
        List<String> disabled = new ArrayList<>();
        List<String> only = new ArrayList<>();
        List<String[]> severities = new ArrayList<>();
        String json = null;
        String perfCsv = null;
        String password = null;
        Lang lang = Lang.ZH;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--json":
                    json = value(args, ++i, a);
                    break;
                case "--perf-csv":
                    perfCsv = value(args, ++i, a);
                    break;
                case "--rules":
                    packs.add(value(args, ++i, a));
                    break;
                case "--disable":
                    disabled.addAll(ids(value(args, ++i, a)));
                    break;
                case "--only":
                    only.addAll(ids(value(args, ++i, a)));
                    break;
                case "--severity": {
                    String v = value(args, ++i, a);
                    int eq = v.indexOf('=');
                    if (eq < 0) {
                        throw new Main.UsageException("--severity 的格式为 规则编号=ERROR|WARNING|INFO (--severity ID=LEVEL)");
                    }
                    severities.add(new String[]{v.substring(0, eq).strip(), v.substring(eq + 1).strip()});
                    break;
                }
                case "--lang": {
                    String v = value(args, ++i, a).toLowerCase(Locale.ROOT);
                    if (!v.equals("en") && !v.equals("zh")) {
                        throw new Main.UsageException("--lang 只能是 zh 或 en (--lang takes zh or en)");
                    }
                    lang = v.equals("en") ? Lang.EN : Lang.ZH;
                    break;
                }
                case "--password":
                    password = value(args, ++i, a);
                    break;
                default:
                    if (a.startsWith("--")) {
                        throw new Main.UsageException("未知选项 " + a + " (unknown option)");
                    }
                    files.add(a);
            }
        }
        if (files.isEmpty()) {
            throw new Main.UsageException("check 需要至少一个文件 (check takes one or more FILEs)");
        }
        RulePack pack;
        try {
            pack = pack(packs, disabled, only, severities);
        } catch (RuleSyntaxException e) {
            err.println("规则包有误 (rule pack error): " + e.getMessage());
            return Main.USAGE;
        } catch (IOException e) {
            err.println("无法读取规则包 (cannot read the rule pack): " + e.getMessage());
            return Main.USAGE;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return Main.USAGE;
        }
        ReaderOptions options = password == null ? ReaderOptions.DEFAULTS : ReaderOptions.DEFAULTS.withPassword(password);
        Checker checker = Checker.create(JuesuanReader.create(options), pack);
        List<JsonReport.Entry> entries = new ArrayList<>();
        boolean errors = false;
        boolean unreadable = false;
        boolean firstFile = true;
        for (String f : files) {
            Path path = Path.of(f);
            try {
                Report r = checker.check(path);
                entries.add(new JsonReport.Entry(f, r, null));
                errors |= r.hasErrors();
                if (!firstFile) {
                    out.println();
                }
                TextReport.write(r, lang, out);
            } catch (ReadException e) {
                unreadable = true;
                entries.add(new JsonReport.Entry(f, null, e.getMessage()));
                err.println(e.getMessage());
            }
            firstFile = false;
        }
        if (perfCsv != null) {
            List<Report> reports = entries.stream().filter(e -> e.report() != null).map(JsonReport.Entry::report).toList();
            try (Writer w = Files.newBufferedWriter(Path.of(perfCsv), StandardCharsets.UTF_8)) {
                ProjectCsv.write(reports, w);
            } catch (IOException e) {
                err.println("无法写入 " + perfCsv + " (cannot write the CSV): " + e.getMessage());
                return Main.UNREADABLE;
            }
        }
        if (json != null) {
            try (Writer w = new OutputStreamWriter(json.equals("-") ? out : Files.newOutputStream(Path.of(json)),
                    StandardCharsets.UTF_8)) {
                JsonReport.write(entries, w);
            } catch (IOException e) {
                err.println("无法写入 " + json + " (cannot write the JSON report): " + e.getMessage());
                return Main.UNREADABLE;
            }
        }
        return unreadable ? Main.UNREADABLE : errors ? Main.FINDINGS : Main.OK;
    }

    private static RulePack pack(List<String> packs, List<String> disabled, List<String> only,
                                 List<String[]> severities) throws IOException, RuleSyntaxException {
        RulePack pack = RulePack.standard();
        for (String p : packs) {
            pack = pack.plus(RulePack.load(Path.of(p)));
        }
        if (!only.isEmpty()) {
            pack = pack.only(only);
        }
        if (!disabled.isEmpty()) {
            pack = pack.without(disabled);
        }
        for (String[] s : severities) {
            Severity level;
            try {
                level = Severity.valueOf(s[1].toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("未知的级别「" + s[1] + "」，应为 ERROR、WARNING 或 INFO (unknown severity)", e);
            }
            pack = pack.withSeverity(s[0], level);
        }
        return pack;
    }

    private static List<String> ids(String v) {
        return Arrays.stream(v.split("[,，]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new Main.UsageException(option + " 需要一个参数 (" + option + " needs a value)");
        }
        return args.get(i);
    }
}
