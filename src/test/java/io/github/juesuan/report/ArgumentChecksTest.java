package io.github.juesuan.report;

import io.github.juesuan.model.Disclosure;
import io.github.juesuan.model.Problem;
import io.github.juesuan.model.Severity;
import io.github.juesuan.model.Source;
import io.github.juesuan.model.TableId;
import io.github.juesuan.model.Vocabulary;
import io.github.juesuan.read.JuesuanReader;
import io.github.juesuan.read.ReadException;
import io.github.juesuan.read.ReadResult;
import io.github.juesuan.read.ReaderOptions;
import io.github.juesuan.rules.Interval;
import io.github.juesuan.rules.RulePack;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every public method and constructor of the exported packages that takes an object refuses a null one with a
 * {@link NullPointerException} whose message is the parameter's name ({@code check(null)} says "file"), before
 * doing anything else. Each method is called once per object parameter, that one null and the others valid.
 * The parameters that may be null are listed in {@link #NULLABLE}, each with its documented meaning.
 */
class ArgumentChecksTest {
    private static final List<String> PACKAGES = List.of("model", "read", "rules", "report", "write");

    /** Class.method(parameter) that accept null, and why. */
    private static final Set<String> NULLABLE = Set.of(
            "Problem.<init>(source)",          // a problem concerning the whole file
            "HtmlReport$Line.<init>(unitName)",
            "HtmlReport$Line.<init>(year)",
            "HtmlReport$Line.<init>(unreadable)",
            "ProjectSummary.<init>(budget)",   // a 资金总额 that is not a number
            "ProjectSummary.<init>(executed)",
            "ProjectSummary.<init>(rate)",
            "ProjectSummary.<init>(total)",
            "Grading$Band.<init>(minimum)",    // the last, open band
            "ReadException.<init>(file)",      // a stream read without a name: <input>
            "ReaderOptions.<init>(password)",  // no password
            "ReaderOptions.withPassword(newPassword)",
            "Tolerance.<init>(radius)",        // any mode but ABSOLUTE
            "Words.<init>(left)",              // a check of the words other than prior A = B
            "Words.<init>(right)",
            "Claim.<init>(reference)",         // a label the vocabulary does not know
            "Column.<init>(number)",           // a column without 栏次
            "Column.<init>(standardNumber)",
            "Disclosure.<init>(unitName)",     // no table names the unit
            "Disclosure.<init>(year)",
            "Figure.<init>(value)",            // a blank, a dash or text
            "Row.<init>(code)",                // a row without 科目代码
            "Row.<init>(line)",                // without 行次
            "Row.<init>(standardLine)",
            "Table.<init>(number)",            // 公开01表 without its number printed
            "Table.<init>(unitName)",
            "Table.<init>(year)");

    /** The types every one of whose object parameters must be tried (the others: those with a sample). */
    private static final Set<Class<?>> CORE = Set.of(Checker.class, Report.class, Finding.class, TextReport.class,
            JsonReport.class, JsonReport.Streaming.class, HtmlReport.class, Batch.class, BatchFiles.class, BatchResult.class,
            FileOutcome.Checked.class, FileOutcome.Unreadable.class,
            ReadResult.class, JuesuanReader.class, RulePack.class, io.github.juesuan.write.AnnotatedWorkbook.class);

    private static final Path MISSING = Path.of("target/no-such-dir/none.xlsx");

    private static Map<Class<?>, Supplier<Object>> samples() {
        Map<Class<?>, Supplier<Object>> m = new HashMap<>();
        Disclosure empty = new Disclosure("x.xlsx", null, null, List.of(), List.of());
        Report report = TestReports.report("x.xlsx", List.of(), 0);
        m.put(String.class, () -> "x");
        m.put(CharSequence.class, () -> "x");
        m.put(Object.class, () -> "x");
        m.put(Path.class, () -> MISSING);
        m.put(Lang.class, () -> Lang.ZH);
        m.put(Severity.class, () -> Severity.ERROR);
        m.put(TableId.class, () -> TableId.T01);
        m.put(Source.class, () -> new Source("x.xlsx", "s", "A1", ""));
        m.put(Vocabulary.class, () -> Vocabulary.ANY);
        m.put(Report.class, () -> report);
        m.put(Disclosure.class, () -> empty);
        m.put(ReadResult.class, () -> new ReadResult(empty, List.of()));
        m.put(Problem.class, () -> new Problem("X", Severity.INFO, null, "x", "x"));
        m.put(Finding.class, () -> Finding.of(new Problem("X", Severity.INFO, null, "x", "x"), null));
        m.put(RulePack.class, RulePack::standard);
        m.put(JuesuanReader.class, JuesuanReader::create);
        m.put(ReaderOptions.class, () -> ReaderOptions.DEFAULTS);
        m.put(Checker.class, Checker::create);
        m.put(Batch.Check.class, () -> (Batch.Check) file -> report);
        m.put(BatchResult.class, () -> Batch.run(List.of(), Checker.create(), 1, p -> {
        }));
        m.put(FileOutcome.class, () -> new FileOutcome.Checked("x.xlsx", report));
        m.put(ReadException.class, () -> new ReadException(ReadException.Reason.NOT_FOUND, "x.xlsx", "x", "x"));
        m.put(HtmlReport.Line.class, () -> HtmlReport.Line.of(new FileOutcome.Checked("x.xlsx", report)));
        m.put(Reader.class, () -> new StringReader(""));
        m.put(Writer.class, StringWriter::new);
        m.put(Appendable.class, StringBuilder::new);
        m.put(InputStream.class, () -> new ByteArrayInputStream(new byte[0]));
        m.put(PrintStream.class, () -> new PrintStream(OutputStream.nullOutputStream()));
        m.put(Class.class, () -> ArgumentChecksTest.class);
        m.put(java.math.BigDecimal.class, () -> java.math.BigDecimal.ONE);
        m.put(Integer.class, () -> 1);
        m.put(byte[].class, () -> new byte[0]);
        m.put(Interval.class, () -> Interval.exact(java.math.BigDecimal.ONE));
        m.put(JsonReport.Streaming.class, () -> {
            try {
                return JsonReport.open(new StringWriter());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        m.put(List.class, List::of);
        m.put(Collection.class, List::of);
        m.put(Map.class, Map::of);
        m.put(Function.class, () -> (Function<Object, Object>) x -> "");
        m.put(Consumer.class, () -> (Consumer<Object>) x -> {
        });
        return m;
    }

    private static Object primitive(Class<?> t) {
        return t == boolean.class ? (Object) false : t == long.class ? (Object) 1L : t == double.class ? (Object) 1.0
                : t == float.class ? (Object) 1f : t == char.class ? (Object) 'x' : t == short.class ? (Object) (short) 1
                : t == byte.class ? (Object) (byte) 1 : (Object) 1;
    }

    private static List<Class<?>> exportedTypes() throws Exception {
        List<Class<?>> types = new ArrayList<>();
        Path classes = Path.of(Checker.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        for (String pkg : PACKAGES) {
            try (Stream<Path> files = Files.list(classes.resolve("io/github/juesuan/" + pkg))) {
                for (Path f : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                    String name = f.getFileName().toString().replace(".class", "");
                    Class<?> c = Class.forName("io.github.juesuan." + pkg + "." + name);
                    if (isPublic(c) && !c.isInterface() && !c.isEnum() && !c.isAnonymousClass()) {
                        types.add(c);
                    }
                }
            }
        }
        return types;
    }

    private static boolean isPublic(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
            if (!Modifier.isPublic(k.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    private static String key(Executable e, Parameter p) {
        String owner = e.getDeclaringClass().getName();
        owner = owner.substring(owner.lastIndexOf('.') + 1);
        return owner + "." + (e instanceof Constructor ? "<init>" : e.getName()) + "(" + p.getName() + ")";
    }

    @Test
    void everyPublicMethodNamesTheNullArgument() throws Exception {
        Map<Class<?>, Supplier<Object>> samples = samples();
        Set<String> failures = new TreeSet<>();
        Set<String> unchecked = new TreeSet<>();
        int calls = 0;
        for (Class<?> type : exportedTypes()) {
            List<Executable> all = new ArrayList<>(List.of(type.getConstructors()));
            for (Method m : type.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()
                        && !(m.getName().equals("equals") && m.getParameterCount() == 1)) {
                    all.add(m);
                }
            }
            for (Executable e : all) {
                Parameter[] params = e.getParameters();
                for (int i = 0; i < params.length; i++) {
                    if (params[i].getType().isPrimitive() || NULLABLE.contains(key(e, params[i]))) {
                        continue;
                    }
                    assertTrue(params[i].isNamePresent(), "compiled with -parameters");
                    Object[] args = new Object[params.length];
                    String missing = null;
                    for (int j = 0; j < params.length; j++) {
                        Class<?> t = params[j].getType();
                        if (j == i) {
                            continue;
                        }
                        if (t.isPrimitive()) {
                            args[j] = primitive(t);
                        } else if (t.isEnum()) {
                            args[j] = t.getEnumConstants()[0];
                        } else if (samples.containsKey(t)) {
                            args[j] = samples.get(t).get();
                        } else {
                            missing = t.getName();
                        }
                    }
                    Object receiver = null;
                    if (e instanceof Method m && !Modifier.isStatic(m.getModifiers())) {
                        Supplier<Object> s = samples.get(type);
                        if (s == null) {
                            missing = type.getName();
                        } else {
                            receiver = s.get();
                        }
                    }
                    if (missing != null) {
                        if (CORE.contains(type)) {
                            unchecked.add(key(e, params[i]) + " needs a sample " + missing);
                        }
                        continue;
                    }
                    calls++;
                    Throwable thrown;
                    try {
                        if (e instanceof Method m) {
                            m.invoke(receiver, args);
                        } else {
                            ((Constructor<?>) e).newInstance(args);
                        }
                        thrown = null;
                    } catch (InvocationTargetException x) {
                        thrown = x.getCause();
                    } catch (IllegalArgumentException x) {
                        throw new AssertionError(key(e, params[i]) + ": " + x.getMessage(), x);
                    }
                    if (!(thrown instanceof NullPointerException) || !params[i].getName().equals(thrown.getMessage())) {
                        failures.add(key(e, params[i]) + " gave " + thrown);
                    }
                }
            }
        }
        assertEquals(Set.of(), unchecked, "every object parameter is tried");
        assertEquals(Set.of(), failures);
        assertTrue(calls > 150, calls + " calls");
    }
}
