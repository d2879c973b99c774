package io.github.juesuan.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the tables of docs/benchmarks.md from what docs/bench.sh left in a folder, ending with issue 15's
 * targets (figure | measured | target | met or not):
 * <ul>
 *   <li>{@code jmh.json}: JMH's JSON result, run with {@code -prof gc}; sampled time ({@code Mode.SampleTime},
 *   whose medians the targets compare) or, from older runs, average time (medians of the iterations then);</li>
 *   <li>{@code cold.tsv}: label, wall ms and peak RSS kB of each cold {@code check} of the sample;</li>
 *   <li>{@code jdk25.txt}: why the JDK 25 rows are missing, when they are;</li>
 *   <li>{@code batch.tsv}, {@code folder.tsv}: label, wall ms, peak RSS kB, files, exit code and user CPU s of
 *   each run; {@code jit.txt}: HotSpot's compilation totals for one more batch.</li>
 * </ul>
 * Any of them may be missing; its tables and target rows are then left out.
 *
 * <pre>java -cp target/benchmarks.jar io.github.juesuan.bench.BenchReport target/bench</pre>
 */
public final class BenchReport {
    private BenchReport() {
    }

    /** One JMH result: a benchmark method over one workbook, times in ms, allocation in bytes per operation. */
    record Result(String bench, String workbook, String mode, double mean, double error, double median,
                  double p90, double[] iterationMedians, double alloc) {
    }

    /** One timed command of a shell step: its label, wall ms, peak RSS kB and files. */
    record Run(String label, double wallMs, double rssKb, double files, double userCpuS) {
    }

    public static void main(String[] args) throws IOException {
        report(Path.of(args.length > 0 ? args[0] : "target/bench"),
                new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    /** Prints every table whose inputs are in {@code dir}, then the targets. */
    static void report(Path dir, PrintStream out) throws IOException {
        List<Result> jmh = Files.exists(dir.resolve("jmh.json")) ? jmh(dir.resolve("jmh.json")) : List.of();
        Map<String, List<Run>> cold = runs(dir.resolve("cold.tsv"), 3);
        Map<String, List<Run>> batch = runs(dir.resolve("batch.tsv"), 4);
        Map<String, List<Run>> folder = runs(dir.resolve("folder.tsv"), 4);
        Path jdk25Note = dir.resolve("jdk25.txt");
        String jdk25 = Files.exists(jdk25Note) ? Files.readString(jdk25Note, StandardCharsets.UTF_8).strip() : null;
        if (!jmh.isEmpty()) {
            timeTable(jmh, out);
        }
        if (!cold.isEmpty()) {
            coldTable(cold, out);
        }
        if (!batch.isEmpty()) {
            endToEndTable("Batch of " + fmt(batch.values().iterator().next().get(0).files(), 0)
                    + " workbooks, wall time of the whole command", batch, out);
            Path jit = dir.resolve("jit.txt");
            if (Files.exists(jit)) {
                out.println("JIT compilation in one more run of README's batch command "
                        + "(`JUESUAN_JAVA_OPTS=\"-XX:+UnlockDiagnosticVMOptions -XX:+CITime\"`), HotSpot's own totals:");
                out.println();
                for (String line : Files.readAllLines(jit, StandardCharsets.UTF_8)) {
                    out.println("    " + line);
                }
                out.println();
            }
        }
        if (!folder.isEmpty()) {
            endToEndTable("Folder of " + fmt(folder.values().iterator().next().get(0).files(), 0)
                    + " workbooks, one thread, JVM start included", folder, out);
        }
        List<String[]> targets = new ArrayList<>();
        List<String[]> reference = new ArrayList<>();
        jmhTargets(jmh, targets, reference);
        folderTarget(folder, targets);
        coldTargets(cold, jdk25, targets, reference);
        batchTarget(batch, targets, reference);
        table("Targets (issue 15)", new String[]{"figure", "measured", "target", "met?"}, targets, out);
        table("For reference (no target)", new String[]{"figure", "measured"}, reference, out);
    }

    private static void table(String title, String[] head, List<String[]> rows, PrintStream out) {
        if (rows.isEmpty()) {
            return;
        }
        out.println("#### " + title);
        out.println();
        out.println("| " + String.join(" | ", head) + " |");
        out.println("|" + "---|".repeat(head.length));
        for (String[] r : rows) {
            out.println("| " + String.join(" | ", r) + " |");
        }
        out.println();
    }

    // ---- JMH ----

    static List<Result> jmh(Path json) throws IOException {
        Object tree;
        try (JsonParser p = new JsonFactory().createParser(json.toFile())) {
            p.nextToken();
            tree = value(p);
        }
        List<Result> results = new ArrayList<>();
        for (Object o : (List<?>) tree) {
            Map<?, ?> m = (Map<?, ?>) o;
            String name = (String) m.get("benchmark");
            name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            Map<?, ?> params = (Map<?, ?>) m.get("params");
            String workbook = params == null ? "" : String.valueOf(params.get("workbook"));
            Map<?, ?> primary = (Map<?, ?>) m.get("primaryMetric");
            double unit = toMs(String.valueOf(primary.get("scoreUnit")));
            List<double[]> iterations = new ArrayList<>(); // each iteration's samples, as (value, count) pairs
            if (primary.get("rawDataHistogram") instanceof List<?> forks) {
                for (Object fork : forks) {
                    for (Object iteration : (List<?>) fork) {
                        List<Double> pairs = new ArrayList<>();
                        for (Object pair : (List<?>) iteration) {
                            pairs.add(num(((List<?>) pair).get(0)) * unit);
                            pairs.add(num(((List<?>) pair).get(1)));
                        }
                        iterations.add(pairs.stream().mapToDouble(Double::doubleValue).toArray());
                    }
                }
            } else if (primary.get("rawData") instanceof List<?> forks) {
                for (Object fork : forks) {
                    for (Object v : (List<?>) fork) {
                        iterations.add(new double[]{num(v) * unit, 1});
                    }
                }
            }
            double[] all = iterations.stream().flatMapToDouble(Arrays::stream).toArray();
            double[] iterationMedians = iterations.stream().mapToDouble(h -> percentile(h, 0.5)).sorted().toArray();
            double median = percentile(all, 0.5);
            double p90 = percentile(all, 0.9);
            if (!(primary.get("rawDataHistogram") instanceof List<?>)) {
                median = median(iterationMedians); // average time: the middle of the iterations' scores
            }
            if (primary.get("scorePercentiles") instanceof Map<?, ?> pct && pct.get("50.0") != null) {
                median = num(pct.get("50.0")) * unit; // JMH's own estimate over every sample
                p90 = num(pct.get("90.0")) * unit;
            }
            double alloc = Double.NaN;
            if (m.get("secondaryMetrics") instanceof Map<?, ?> secondary
                    && secondary.get("gc.alloc.rate.norm") instanceof Map<?, ?> a) {
                alloc = num(a.get("score"));
            }
            results.add(new Result(name, workbook, String.valueOf(m.get("mode")), num(primary.get("score")) * unit,
                    num(primary.get("scoreError")) * unit, median, p90, iterationMedians, alloc));
        }
        return results;
    }

    /** The factor from a JMH score unit ({@code ms/op}, {@code us/op}, …) to milliseconds. */
    private static double toMs(String unit) {
        if (unit.startsWith("ns")) {
            return 1e-6;
        }
        if (unit.startsWith("us")) {
            return 1e-3;
        }
        if (unit.startsWith("s/")) {
            return 1e3;
        }
        if (unit.startsWith("ms")) {
            return 1;
        }
        throw new IllegalArgumentException("a time per operation was expected, not " + unit
                + " (the benchmarks run in Mode.SampleTime)");
    }

    /**
     * The p-quantile (0 to 1) of samples given as (value, count) pairs, estimated as JMH estimates its
     * percentiles (Apache Commons Math's default: position p × (n + 1) among the n sorted samples, interpolated
     * between its two neighbours; the median of an even number of samples is the mean of the middle two). NaN
     * when there are none.
     */
    static double percentile(double[] pairs, double p) {
        int distinct = pairs.length / 2;
        Integer[] order = new Integer[distinct];
        long n = 0;
        for (int i = 0; i < distinct; i++) {
            order[i] = i;
            n += (long) pairs[2 * i + 1];
        }
        if (n == 0) {
            return Double.NaN;
        }
        Arrays.sort(order, (a, b) -> Double.compare(pairs[2 * a], pairs[2 * b]));
        double pos = p * (n + 1);
        long below = (long) Math.floor(pos);
        if (below < 1) {
            return nth(pairs, order, 1);
        }
        if (below >= n) {
            return nth(pairs, order, n);
        }
        double lo = nth(pairs, order, below);
        return lo + (pos - below) * (nth(pairs, order, below + 1) - lo);
    }

    /** The k-th (from 1) smallest sample of (value, count) pairs visited in {@code order}. */
    private static double nth(double[] pairs, Integer[] order, long k) {
        long seen = 0;
        for (int i : order) {
            seen += (long) pairs[2 * i + 1];
            if (seen >= k) {
                return pairs[2 * i];
            }
        }
        return pairs[2 * order[order.length - 1]];
    }

    private static Object value(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                Map<String, Object> m = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String k = p.currentName();
                    p.nextToken();
                    m.put(k, value(p));
                }
                return m;
            }
            case START_ARRAY: {
                List<Object> l = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    l.add(value(p));
                }
                return l;
            }
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return p.getDoubleValue();
            case VALUE_STRING:
                return p.getText();
            case VALUE_TRUE:
                return true;
            case VALUE_FALSE:
                return false;
            default:
                return null;
        }
    }

    private static double num(Object o) {
        if (o instanceof Double d) {
            return d;
        }
        if (o instanceof String s) {
            try {
                return Double.parseDouble(s);
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }

    static void timeTable(List<Result> results, PrintStream out) {
        boolean sampled = results.stream().allMatch(r -> r.mode().equals("sample"));
        out.println("#### JMH: time per workbook (one thread, warm" + (sampled ? ", every operation timed" : "") + ")");
        out.println();
        out.println("| benchmark | workbook | median (ms/op) | " + (sampled ? "p90 | " : "")
                + "iteration medians min – max | mean ± 99.9% error | alloc (KB/op) |");
        out.println("|---|---|---:|" + (sampled ? "---:|" : "") + "---:|---:|---:|");
        for (Result r : results) {
            double[] it = r.iterationMedians();
            out.println("| " + r.bench() + " | " + r.workbook() + " | " + fmt(r.median(), 3) + " | "
                    + (sampled ? fmt(r.p90(), 3) + " | " : "")
                    + (it.length == 0 ? "" : fmt(it[0], 3) + " – " + fmt(it[it.length - 1], 3)) + " | "
                    + fmt(r.mean(), 3) + " ± " + fmt(r.error(), 3) + " | " + fmt(r.alloc() / 1024, 0) + " |");
        }
        out.println();
    }

    private static Result find(List<Result> results, String bench, String workbook) {
        for (Result r : results) {
            if (r.bench().equals(bench) && r.workbook().equals(workbook)) {
                return r;
            }
        }
        return null;
    }

    private static final String CHECK = "XlsxBenchmark.juesuanCheck";
    private static final String XLS_CHECK = "XlsBenchmark.juesuanCheck";
    private static final String AALTO = "XlsxBenchmark.staxFloorProvider";
    private static final String JDK_STAX = "XlsxBenchmark.staxFloor";
    private static final String FASTEXCEL = "XlsxBenchmark.fastexcelReader";
    private static final String HSSF_EVENT = "XlsBenchmark.hssfEventFloor";

    static void jmhTargets(List<Result> results, List<String[]> targets, List<String[]> reference) {
        Result seed = find(results, CHECK, "seed");
        if (seed != null) {
            targets.add(row("warm read+check, seed .xlsx, median", fmt(seed.median(), 2) + " ms", "≤ 2.0 ms",
                    seed.median() <= 2.0));
        }
        List<String> xlsx = List.of("seed", "synthetic");
        for (String wb : xlsx) {
            timeRatio(targets, results, "warm read+check ÷ Aalto floor (`staxFloorProvider`), " + wb + ", medians",
                    CHECK, AALTO, wb, "≤ 2×", r -> r <= 2);
        }
        for (String wb : xlsx) {
            timeRatio(targets, results, "warm read+check ÷ fastexcel-reader reading every cell, " + wb + ", medians",
                    CHECK, FASTEXCEL, wb, "< 1× (juesuan faster)", r -> r < 1);
        }
        for (String wb : xlsx) {
            allocRatio(targets, results, "allocation per read+check ÷ Aalto floor, " + wb, CHECK, AALTO, wb,
                    "≤ 2×", r -> r <= 2);
        }
        for (String wb : List.of("seed-xls", "synthetic-xls")) {
            timeRatio(targets, results, ".xls read+check ÷ HSSF event floor, " + wb + ", medians", XLS_CHECK,
                    HSSF_EVENT, wb, "≤ 2×", r -> r <= 2);
        }
        for (String wb : List.of("seed", "synthetic")) {
            timeRatio(reference, results, "read only ÷ Aalto floor, " + wb + ", medians",
                    "XlsxBenchmark.juesuanRead", AALTO, wb, null, null);
            timeRatio(reference, results, "fastexcel-reader ÷ Aalto floor, " + wb + ", medians", FASTEXCEL, AALTO, wb,
                    null, null);
            timeRatio(reference, results, "POI usermodel ÷ read+check, " + wb + ", medians",
                    "XlsxBenchmark.poiUsermodel", CHECK, wb, null, null);
            allocRatio(reference, results, "allocation per read+check ÷ JDK StAX floor (`staxFloor`), " + wb, CHECK,
                    JDK_STAX, wb, null, null);
            allocRatio(reference, results, "allocation per read+check ÷ fastexcel-reader, " + wb, CHECK, FASTEXCEL,
                    wb, null, null);
        }
        for (String wb : List.of("seed-xls", "synthetic-xls")) {
            allocRatio(reference, results, "allocation per .xls read+check ÷ HSSF event floor, " + wb, XLS_CHECK,
                    HSSF_EVENT, wb, null, null);
        }
    }

    /** Adds a ÷ b of the medians; a target row when {@code target} is given, else a reference row. */
    private static void timeRatio(List<String[]> rows, List<Result> results, String what, String a, String b,
                                  String wb, String target, java.util.function.DoublePredicate met) {
        Result ra = find(results, a, wb);
        Result rb = find(results, b, wb);
        if (ra != null && rb != null) {
            double v = ra.median() / rb.median();
            String measured = fmt(v, 2) + "× (" + fmt(ra.median(), 2) + " ÷ " + fmt(rb.median(), 2) + " ms)";
            rows.add(target == null ? new String[]{what, measured} : row(what, measured, target, met.test(v)));
        }
    }

    /** Adds a ÷ b of the bytes allocated per operation, as {@link #timeRatio} does for time. */
    private static void allocRatio(List<String[]> rows, List<Result> results, String what, String a, String b,
                                   String wb, String target, java.util.function.DoublePredicate met) {
        Result ra = find(results, a, wb);
        Result rb = find(results, b, wb);
        if (ra != null && rb != null && !Double.isNaN(ra.alloc()) && !Double.isNaN(rb.alloc())) {
            double v = ra.alloc() / rb.alloc();
            String measured = fmt(v, 2) + "× (" + fmt(ra.alloc() / 1024, 0) + " ÷ " + fmt(rb.alloc() / 1024, 0) + " KB)";
            rows.add(target == null ? new String[]{what, measured} : row(what, measured, target, met.test(v)));
        }
    }

    private static String[] row(String what, String measured, String target, boolean met) {
        return new String[]{what, measured, target, met ? "met" : "**not met**"};
    }

    // ---- end to end ----

    /**
     * The runs of a TSV file by label, in the file's order: label, wall ms, peak RSS kB, then (when
     * {@code columns} is above 3) files, exit code and user CPU s.
     */
    static Map<String, List<Run>> runs(Path tsv, int columns) throws IOException {
        Map<String, List<Run>> byLabel = new LinkedHashMap<>();
        if (!Files.exists(tsv)) {
            return byLabel;
        }
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length >= columns && !f[0].startsWith("#")) {
                byLabel.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Run(f[0], Double.parseDouble(f[1]),
                        Double.parseDouble(f[2]), columns > 3 ? Double.parseDouble(f[3]) : 1,
                        f.length > 5 && !f[5].isBlank() ? Double.parseDouble(f[5]) : Double.NaN));
            }
        }
        return byLabel;
    }

    /** What each label of cold.tsv, batch.tsv and folder.tsv ran ({@code SEED}, {@code DIR}: the inputs). */
    static String command(String label) {
        return switch (label) {
            case "launcher" -> "`target/juesuan check SEED` (the launcher, README's first command)";
            case "default" -> "`java -jar target/juesuan.jar check SEED`, default JVM options";
            case "c1" -> "`java -XX:TieredStopAtLevel=1 -jar …`";
            case "serial" -> "`java -XX:+UseSerialGC -jar …`";
            case "cds" -> "`java -Xshare:auto -XX:SharedArchiveFile=juesuan.jsa -jar …`";
            case "heap" -> "`java -Xms64m -Xmx1g -jar …`";
            case "launcher-no-cds" -> "the launcher without its archive";
            case "jdk25" -> "JDK 25, the launcher without its archive";
            case "jdk25-aot" -> "JDK 25, the launcher without its archive, `-XX:AOTCache=juesuan.aot`";
            case "batch-launcher" -> "`target/juesuan check DIR` (README's batch command: one thread per core)";
            case "batch-default" -> "`java -jar target/juesuan.jar check DIR --threads 2`, default JVM options";
            case "folder-launcher" -> "`target/juesuan check DIR --threads 1`";
            case "folder-default" -> "`java -jar target/juesuan.jar check DIR --threads 1`, default JVM options";
            case "folder-poi" -> "POI usermodel reading every cell (`java -cp benchmarks.jar …PoiFolder DIR`)";
            default -> "`" + label + "`";
        };
    }

    static void coldTable(Map<String, List<Run>> cold, PrintStream out) {
        out.println("#### Cold `check` of the sample (SEED = samples/shanxi-kepu-2024.xlsx), interleaved runs");
        out.println();
        out.println("| command | runs | wall median | wall min – max | peak RSS median |");
        out.println("|---|---:|---:|---:|---:|");
        for (Map.Entry<String, List<Run>> e : cold.entrySet()) {
            double[] wall = sorted(e.getValue(), Run::wallMs);
            double[] rss = sorted(e.getValue(), Run::rssKb);
            out.println("| " + command(e.getKey()) + " | " + wall.length + " | " + fmt(median(wall), 0) + " ms | "
                    + fmt(wall[0], 0) + " – " + fmt(wall[wall.length - 1], 0) + " ms | " + fmt(median(rss) / 1024, 0)
                    + " MB |");
        }
        out.println();
    }

    static void endToEndTable(String title, Map<String, List<Run>> runs, PrintStream out) {
        out.println("#### " + title + " (DIR), interleaved runs");
        out.println();
        out.println("| command | runs | wall median | wall min – max | files/s median | user CPU median | peak RSS median |");
        out.println("|---|---:|---:|---:|---:|---:|---:|");
        for (Map.Entry<String, List<Run>> e : runs.entrySet()) {
            List<Run> r = e.getValue();
            double[] wall = sorted(r, Run::wallMs);
            double[] cpu = Arrays.stream(sorted(r, Run::userCpuS)).filter(v -> !Double.isNaN(v)).toArray();
            out.println("| " + command(e.getKey()) + " | " + r.size() + " | " + fmt(median(wall) / 1000, 2) + " s | "
                    + fmt(wall[0] / 1000, 2) + " – " + fmt(wall[wall.length - 1] / 1000, 2) + " s | "
                    + fmt(r.get(0).files() / (median(wall) / 1000), 1) + " | "
                    + (cpu.length == 0 ? "—" : fmt(median(cpu), 1) + " s") + " | "
                    + fmt(median(sorted(r, Run::rssKb)) / 1024, 0) + " MB |");
        }
        out.println();
    }

    private static void folderTarget(Map<String, List<Run>> folder, List<String[]> targets) {
        List<Run> poi = folder.get("folder-poi");
        List<Run> juesuan = folder.get("folder-launcher");
        if (poi != null && juesuan != null) {
            double p = median(sorted(poi, Run::wallMs)) / 1000;
            double j = median(sorted(juesuan, Run::wallMs)) / 1000;
            targets.add(row("folder of " + fmt(juesuan.get(0).files(), 0) + " workbooks, one thread, JVM start "
                            + "included: POI usermodel ÷ `target/juesuan check DIR --threads 1`, median walls",
                    fmt(p / j, 2) + "× (" + fmt(p, 2) + " ÷ " + fmt(j, 2) + " s)", "≥ 4×", p / j >= 4));
        }
    }

    private static void coldTargets(Map<String, List<Run>> cold, String jdk25Note, List<String[]> targets,
                                    List<String[]> reference) {
        List<Run> launcher = cold.get("launcher");
        if (launcher != null) {
            double s = median(sorted(launcher, Run::wallMs)) / 1000;
            targets.add(row("cold `check` of the sample through the launcher, JDK 17, median wall",
                    fmt(s, 3) + " s", "≤ 0.6 s (aim 0.4)", s <= 0.6));
        }
        List<Run> aot = cold.get("jdk25-aot");
        if (aot != null) {
            targets.add(new String[]{"the same on JDK 25 with an AOT cache (`-XX:AOTCache`), median wall",
                    fmt(median(sorted(aot, Run::wallMs)) / 1000, 3) + " s", "state it", ""});
        } else if (jdk25Note != null) {
            targets.add(new String[]{"the same on JDK 25 with an AOT cache", jdk25Note, "state it", ""});
        }
        List<Run> dflt = cold.get("default");
        if (dflt != null) {
            reference.add(new String[]{"cold `check` of the sample, `java -jar` with default options, median wall",
                    fmt(median(sorted(dflt, Run::wallMs)) / 1000, 3) + " s"});
        }
    }

    private static void batchTarget(Map<String, List<Run>> batch, List<String[]> targets, List<String[]> reference) {
        for (Map.Entry<String, List<Run>> e : batch.entrySet()) {
            List<Run> r = e.getValue();
            double rate = r.get(0).files() / (median(sorted(r, Run::wallMs)) / 1000);
            String what = "batch of " + fmt(r.get(0).files(), 0) + ", ";
            if (e.getKey().equals("batch-launcher")) {
                targets.add(row(what + "README's command as written (`target/juesuan check DIR`), files/s",
                        fmt(rate, 1), "≥ 300", rate >= 300));
            } else {
                reference.add(new String[]{what + command(e.getKey()) + ", files/s", fmt(rate, 1)});
            }
        }
    }

    // ---- helpers ----

    private static double[] sorted(List<Run> runs, java.util.function.ToDoubleFunction<Run> f) {
        return runs.stream().mapToDouble(f).sorted().toArray();
    }

    static double median(double[] sorted) {
        int n = sorted.length;
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static String fmt(double v, int decimals) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%,." + decimals + "f", v);
    }
}
