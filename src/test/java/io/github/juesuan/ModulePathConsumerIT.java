package io.github.juesuan;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * README's Java code, as a user's module: after {@code package}, compiles the {@code java} blocks of README's
 * "Java" section (each starts with a {@code // src/main/java/...} comment naming its file) against the packaged
 * jar and the runtime dependencies a user's build gets, all on the module path, and runs them in child JVMs on
 * the bundled sample. Also checks what README says about logging and about the host's StAX and Bean
 * Validation defaults, and the licences in the command-line jar. Run by Failsafe ({@code mvn verify}).
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ModulePathConsumerIT {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Path SAMPLE = ROOT.resolve("samples/shanxi-kepu-2024.xlsx");
    private static Path work;
    private static String modulePath;   // the library jar and its runtime dependencies
    private static String loggingPath;  // slf4j-simple and log4j-to-slf4j, as README's logging section adds
    private static Path consumer;       // README's module, compiled
    /** README's logging section: Hibernate Validator's and POI's loggers at WARN (slf4j-simple's properties). */
    private static final String HV_WARN = "-Dorg.slf4j.simpleLogger.log.org.hibernate.validator=warn";
    private static final String POI_WARN = "-Dorg.slf4j.simpleLogger.log.org.apache.poi=warn";

    @BeforeAll
    static void compileReadme() throws IOException, InterruptedException {
        Path dir = Path.of(System.getProperty("juesuan.consumer.dir"));
        work = dir.resolve("work");
        if (Files.exists(work)) { // a previous run's sources and classes
            try (var files = Files.walk(work)) {
                for (Path f : files.sorted(java.util.Comparator.reverseOrder()).collect(Collectors.toList())) {
                    Files.delete(f);
                }
            }
        }
        Files.createDirectories(work);
        modulePath = System.getProperty("juesuan.jar") + File.pathSeparator
                + Files.readString(dir.resolve("dependencies.path")).strip();
        loggingPath = Files.readString(dir.resolve("logging.path")).strip();
        Path src = work.resolve("src");
        List<String> files = new ArrayList<>();
        for (var block : readmeJavaBlocks().entrySet()) {
            Path file = src.resolve(block.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, block.getValue());
            files.add(file.toString());
        }
        assertTrue(files.stream().anyMatch(f -> f.endsWith("module-info.java")), "README declares the module");
        consumer = work.resolve("consumer");
        List<String> args = new ArrayList<>(List.of("-encoding", "UTF-8", "-Xlint:all", "-Werror", "-d", consumer.toString(),
                "--module-path", modulePath));
        args.addAll(files);
        compile(args);
    }

    /** README's Java section: each {@code java} block whose first line names its file. */
    private static java.util.Map<String, String> readmeJavaBlocks() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        String section = readme.substring(readme.indexOf("\n## Java\n"));
        section = section.substring(0, section.indexOf("\n## ", 1));
        java.util.Map<String, String> blocks = new java.util.LinkedHashMap<>();
        Matcher m = Pattern.compile("```java\n// (src/main/java/\\S+\\.java)[^\n]*\n(.*?)```", Pattern.DOTALL)
                .matcher(section);
        while (m.find()) {
            blocks.put(m.group(1).substring("src/main/java/".length()), m.group(2));
        }
        return blocks;
    }

    /** The JDK's javac in a child process (the tests are patched into juesuan's module, which reads no java.compiler). */
    private static void compile(List<String> args) throws IOException, InterruptedException {
        Run r = run("javac", args);
        assertEquals(0, r.exit(), () -> "javac " + args + "\n" + r.out() + r.err());
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("-Dfile.encoding=UTF-8");
        command.addAll(Arrays.asList(args));
        return run("java", command);
    }

    private static Run run(String tool, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", tool).toString());
        command.addAll(args);
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static String path(String... parts) {
        return String.join(File.pathSeparator, parts);
    }

    /** A host application's class, compiled on the class path: shows the StAX and Bean Validation defaults. */
    private static synchronized Path compileHost() throws IOException, InterruptedException {
        Path host = work.resolve("host");
        if (Files.exists(host.resolve("host/Host.class"))) {
            return host;
        }
        Path src = Files.createDirectories(work.resolve("host-src/host"));
        Files.writeString(src.resolve("Host.java"), """
                package host;

                import io.github.juesuan.report.Checker;
                import io.github.juesuan.write.AnnotatedWorkbook;
                import jakarta.validation.Validation;
                import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
                import javax.xml.stream.XMLInputFactory;
                import java.nio.file.Path;

                public class Host {
                    public static void main(String[] args) throws Exception {
                        if (args[0].equals("host")) {
                            System.out.println("newFactory " + XMLInputFactory.newFactory().getClass().getName());
                            System.out.println("newDefaultFactory " + XMLInputFactory.newDefaultFactory().getClass().getName());
                            try {
                                Validation.buildDefaultValidatorFactory();
                                System.out.println("default validator built");
                            } catch (RuntimeException e) {
                                System.out.println("default validator: " + e.getMessage());
                            }
                            System.out.println("parameter interpolator " + Validation.byDefaultProvider().configure()
                                    .messageInterpolator(new ParameterMessageInterpolator())
                                    .buildValidatorFactory().getValidator().getClass().getSimpleName());
                        } else if (args[0].equals("annotate")) {
                            Path in = Path.of(args[1]);
                            Path copy = AnnotatedWorkbook.write(in, Checker.create().check(in), Path.of(args[2]));
                            System.out.println(copy.getFileName());
                        } else {
                            System.out.println(Checker.create().check(Path.of(args[1])).findings().size() + " findings");
                        }
                    }
                }
                """);
        String cp = path(modulePath, loggingPath);
        compile(List.of("-encoding", "UTF-8", "-d", host.toString(), "-cp", cp, src.resolve("Host.java").toString()));
        return host;
    }

    @Test
    void readmeMavenDependencyIsThisBuild() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        String maven = readme.substring(readme.indexOf("\n## Maven\n"), readme.indexOf("\n## Java\n"));
        assertTrue(maven.contains("""
                <dependency>
                  <groupId>io.github.juesuan</groupId>
                  <artifactId>juesuan</artifactId>
                  <version>%s</version>
                </dependency>""".formatted(System.getProperty("juesuan.version"))), maven);
    }

    @Test
    void readmeCheckRunsOnTheModulePathAndLogsNothing() throws Exception {
        // README's logging set-up: log4j-api routed to SLF4J, Hibernate Validator's logger at WARN; slf4j-simple
        // prints INFO and above, so any INFO line of juesuan's or its dependencies' would show.
        Run r = java(HV_WARN, POI_WARN, "--module-path", path(consumer.toString(), modulePath, loggingPath),
                "--module", "consumer/consumer.Check", SAMPLE.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("文件 shanxi-kepu-2024.xlsx　单位 山西省科普服务中心　年度 2024\n结果：错误 2　警告 1　提示 6"),
                r.out());
        assertTrue(r.out().contains("\nJX.008 FAIL 47.06 ≠ 1.06 + 5 + 3 + 2 + 1 + 5 + 5 + 2 + 2 + 2 + 5 + 1 + 5 + 2 = 41.06 ["),
                r.out());
        assertEquals("", r.err());
    }

    @Test
    void readmeReadRunsOnTheModulePath() throws Exception {
        Run r = java(HV_WARN, POI_WARN, "--module-path", path(consumer.toString(), modulePath, loggingPath),
                "--module", "consumer/consumer.Read", SAMPLE.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("400.55 @ 公开01表!C33\n"), r.out());
        assertTrue(r.out().contains("\n91.85% 88.19 良\n"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void aCleanFileStartsNoValidatorAndLogsNothing() throws Exception {
        // README's logging section: Hibernate Validator (not juesuan) logs its version once per JVM when it is
        // started, which juesuan does only for a model that may break a constraint; the sample breaks none.
        Run r = java(POI_WARN, "--module-path", path(consumer.toString(), modulePath, loggingPath),
                "--module", "consumer/consumer.Check", SAMPLE.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
    }

    @Test
    void juesuanNeedsNoStaxLookupAndNoExpressionLanguage() throws Exception {
        // The host's own Validation.buildDefaultValidatorFactory() needs an EL implementation (there is none on
        // this path) and XMLInputFactory.newFactory() returns Aalto; the fixes README gives work; and juesuan
        // reads and checks the sample though the StAX lookup is broken on purpose: it creates Aalto's factory
        // and Hibernate Validator's directly.
        Path host = compileHost();
        String cp = path(modulePath, loggingPath);
        String hostCp = path(host.toString(), cp);

        Run r = java("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", hostCp, "host.Host", "host");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().collect(Collectors.toList());
        assertEquals("newFactory com.fasterxml.aalto.stax.InputFactoryImpl", lines.get(0));
        assertEquals("newDefaultFactory com.sun.xml.internal.stream.XMLInputFactoryImpl", lines.get(1));
        assertTrue(lines.get(2).startsWith("default validator: HV000183: Unable to initialize 'jakarta.el.ExpressionFactory'"),
                lines.get(2));
        assertEquals("parameter interpolator ValidatorImpl", lines.get(3));

        Run juesuan = java("-Djavax.xml.stream.XMLInputFactory=no.such.Factory",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", hostCp, "host.Host", "juesuan", SAMPLE.toString());
        assertEquals(0, juesuan.exit(), juesuan.err());
        assertEquals("9 findings\n", juesuan.out()); // WZ.006 in 绩效自评1!G11 too
    }

    @Test
    void poiLogsThroughLog4jUntilRoutedToSlf4j() throws Exception {
        // Writing an annotated copy sets up POI's loggers: without a Log4j provider the Log4j API complains
        // (Log4j 2.24's status logger writes it to standard output, before the host's own line).
        Path host = compileHost();
        Run bare = java("-cp", path(host.toString(), modulePath), "host.Host", "annotate", SAMPLE.toString(),
                Files.createTempDirectory(work, "annotated").toString());
        assertEquals(0, bare.exit(), bare.err());
        assertTrue(bare.out().endsWith(" main ERROR Log4j API could not find a logging provider.\nshanxi-kepu-2024.xlsx\n"),
                bare.out());

        // With README's log4j-to-slf4j and its two loggers at WARN only the host's line is printed.
        Run routed = java(HV_WARN, POI_WARN, "-cp", path(host.toString(), modulePath, loggingPath), "host.Host",
                "annotate", SAMPLE.toString(), Files.createTempDirectory(work, "annotated").toString());
        assertEquals(0, routed.exit(), routed.err());
        assertEquals("shanxi-kepu-2024.xlsx\n", routed.out());
        assertEquals("", routed.err());
    }

    @Test
    void poiLogsAtInfoWritingAnAnnotatedXlsUnlessItsLoggerIsAtWarn() throws Exception {
        // What README's logging section tells a user to silence: POI's HSSF writer reports each property set
        // it writes at INFO.
        Path host = compileHost();
        Path xls = ROOT.resolve("src/test/resources/fixtures/valid/libreoffice/lo-seed-shanxi.xls");
        Run info = java(HV_WARN, "-cp", path(host.toString(), modulePath, loggingPath), "host.Host",
                "annotate", xls.toString(), Files.createTempDirectory(work, "annotated").toString());
        assertEquals(0, info.exit(), info.err());
        assertEquals("lo-seed-shanxi.xls\n", info.out());
        List<String> lines = info.err().lines().collect(Collectors.toList());
        assertTrue(!lines.isEmpty() && lines.stream().allMatch(
                l -> l.startsWith("[main] INFO org.apache.poi.POIDocument - Wrote property set ")), info.err());

        Run quiet = java(HV_WARN, POI_WARN, "-cp", path(host.toString(), modulePath, loggingPath), "host.Host",
                "annotate", xls.toString(), Files.createTempDirectory(work, "annotated").toString());
        assertEquals(0, quiet.exit(), quiet.err());
        assertEquals("", quiet.err());
    }

    @Test
    void commandLineJarKeepsEveryLicenceAndNotice() throws IOException {
        try (ZipFile library = new ZipFile(System.getProperty("juesuan.jar"))) {
            assertEquals(Files.readString(ROOT.resolve("LICENSE")), new String(library.getInputStream(
                    library.getEntry("META-INF/LICENSE")).readAllBytes(), StandardCharsets.UTF_8));
            assertEquals(Files.readString(ROOT.resolve("NOTICE")), new String(library.getInputStream(
                    library.getEntry("META-INF/NOTICE")).readAllBytes(), StandardCharsets.UTF_8));
        }
        Path cli = ROOT.resolve("target/juesuan.jar");
        try (ZipFile jar = new ZipFile(cli.toFile())) {
            String licence = new String(jar.getInputStream(jar.getEntry("META-INF/LICENSE")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertEquals(Files.readString(ROOT.resolve("LICENSE")), licence);
            String notice = new String(jar.getInputStream(jar.getEntry("META-INF/NOTICE")).readAllBytes(),
                    StandardCharsets.UTF_8);
            for (String bundled : List.of("juesuan", "Apache POI", "Apache Commons Compress", "Apache Commons IO",
                    "Apache Log4j API", "Apache XMLBeans", "Jackson")) {
                assertTrue(notice.contains(bundled), bundled + " in\n" + notice);
            }
            String thirdParty = new String(jar.getInputStream(jar.getEntry("META-INF/THIRD-PARTY.txt")).readAllBytes(),
                    StandardCharsets.UTF_8);
            // Every bundled dependency is listed with its licence (a new one must be added there).
            for (String entry : path(modulePath, loggingPath).split(File.pathSeparator)) {
                String name = Path.of(entry).getFileName().toString();
                if (name.startsWith("juesuan-")) {
                    continue;
                }
                String artifact = name.replaceFirst("-\\d.*\\.jar$", "");
                assertTrue(thirdParty.contains(artifact), artifact + " missing from src/shade/THIRD-PARTY.txt");
            }
        }
    }
}
