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
 * Prints the tables of docs/benchmarks.md from what docs/bench.sh left in a folder: {@code jmh.json} (JMH's
 * JSON result, run with {@code -prof gc}), {@code cold.tsv} (wall ms and peak RSS kB of each cold
 * {@code check}), {@code batch.tsv} (variant, wall ms, peak RSS kB, files, exit code of each batch run).
 * Any of them may be missing; its tables are then left out.
 *
 * <pre>java -cp target/benchmarks.jar io.github.juesuan.bench.BenchReport target/bench</pre>
 */
public final class BenchReport {
    private BenchReport() {
    }

    /** One JMH result: a benchmark method over one workbook. */
    record Result(String bench, String workbook, double score, double error, double[] raw, double alloc,
                  double allocError) {
        double lo() {
            return Double.isNaN(error) ? score : score - error;
        }

        double hi() {
            return Double.isNaN(error) ? score : score + error;
        }

        double allocLo() {
            return Double.isNaN(allocError) ? alloc : alloc - allocError;
        }

        double allocHi() {
            return Double.isNaN(allocError) ? alloc : alloc + allocError;
        }
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench");
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<Result> results = Files.exists(dir.resolve("jmh.json")) ? jmh(dir.resolve("jmh.json")) : List.of();
        List<String[]> ratios = new ArrayList<>();
        if (!results.isEmpty()) {
            timeTable(results, out);
            ratios(results, ratios);
        }
        double coldMedian = Double.NaN;
        if (Files.exists(dir.resolve("cold.tsv"))) {
            coldMedian = coldTable(dir.resolve("cold.tsv"), out);
            if (!Double.isNaN(coldMedian)) {
                ratios.add(new String[]{"cold `check` of the seed, median wall time", "seed",
                        fmt(coldMedian / 1000, 3) + " s", "", "< 1.0 s", coldMedian < 1000 ? "met" : "**not met**"});
            }
        }
        if (Files.exists(dir.resolve("batch.tsv"))) {
            batchTable(dir.resolve("batch.tsv"), out, ratios);
        }
        if (Files.exists(dir.resolve("folder.tsv"))) {
            folderTable(dir.resolve("folder.tsv"), out, ratios);
        }
        if (!ratios.isEmpty()) {
            out.println("### Targets");
            out.println();
            out.println("| figure | workbook | value | range | target | |");
            out.println("|---|---|---:|---|---|---|");
            for (String[] r : ratios) {
                out.println("| " + String.join(" | ", r) + " |");
            }
            out.println();
        }
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
            List<Double> raw = new ArrayList<>();
            for (Object fork : (List<?>) primary.get("rawData")) {
                for (Object v : (List<?>) fork) {
                    raw.add(num(v));
                }
            }
            double alloc = Double.NaN;
            double allocError = Double.NaN;
            Map<?, ?> secondary = (Map<?, ?>) m.get("secondaryMetrics");
            if (secondary != null && secondary.get("gc.alloc.rate.norm") instanceof Map<?, ?> a) {
                alloc = num(a.get("score"));
                allocError = num(a.get("scoreError"));
            }
            results.add(new Result(name, workbook, num(primary.get("score")), num(primary.get("scoreError")),
                    raw.stream().mapToDouble(Double::doubleValue).toArray(), alloc, allocError));
        }
        return results;
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
        out.println("### JMH: average time per workbook (single thread, warm)");
        out.println();
        out.println("| benchmark | workbook | mean ± 99.9% error (ms/op) | median (ms/op) | min – max (ms/op) | alloc (KB/op) |");
        out.println("|---|---|---:|---:|---:|---:|");
        for (Result r : results) {
            double[] raw = r.raw().clone();
            Arrays.sort(raw);
            out.println("| " + r.bench() + " | " + r.workbook() + " | " + fmt(r.score(), 3) + " ± "
                    + fmt(r.error(), 3) + " | " + fmt(median(raw), 3) + " | " + fmt(raw[0], 3) + " – "
                    + fmt(raw[raw.length - 1], 3) + " | "
                    + (Double.isNaN(r.alloc()) ? "" : fmt(r.alloc() / 1024, 0) + " ± " + fmt(r.allocError() / 1024, 0))
                    + " |");
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

    static void ratios(List<Result> results, List<String[]> rows) {
        for (String wb : List.of("seed", "synthetic")) {
            ratio(rows, results, "read+check ÷ StAX floor (JDK StAX)", "XlsxBenchmark.juesuanCheck",
                    "XlsxBenchmark.staxFloor", wb, false, 1.5, true);
            ratio(rows, results, "read+check ÷ StAX floor (class-path provider, Aalto)",
                    "XlsxBenchmark.juesuanCheck", "XlsxBenchmark.staxFloorProvider", wb, false, Double.NaN, true);
            ratio(rows, results, "read only ÷ StAX floor (JDK StAX)", "XlsxBenchmark.juesuanRead",
                    "XlsxBenchmark.staxFloor", wb, false, Double.NaN, true);
            ratio(rows, results, "POI usermodel ÷ read+check", "XlsxBenchmark.poiUsermodel",
                    "XlsxBenchmark.juesuanCheck", wb, false, 2.7, false);
            ratio(rows, results, "allocation: read+check ÷ StAX floor (JDK StAX)", "XlsxBenchmark.juesuanCheck",
                    "XlsxBenchmark.staxFloor", wb, true, 2, true);
        }
        for (String wb : List.of("seed-xls", "synthetic-xls")) {
            ratio(rows, results, ".xls read+check ÷ HSSF event floor", "XlsBenchmark.juesuanCheck",
                    "XlsBenchmark.hssfEventFloor", wb, false, 2, true);
            ratio(rows, results, ".xls read only ÷ HSSF event floor", "XlsBenchmark.juesuanRead",
                    "XlsBenchmark.hssfEventFloor", wb, false, Double.NaN, true);
            ratio(rows, results, "HSSF usermodel ÷ .xls read+check", "XlsBenchmark.hssfUsermodel",
                    "XlsBenchmark.juesuanCheck", wb, false, Double.NaN, false);
            ratio(rows, results, "allocation: .xls read+check ÷ HSSF event floor", "XlsBenchmark.juesuanCheck",
                    "XlsBenchmark.hssfEventFloor", wb, true, 2, true);
        }
    }

    /**
     * Adds the ratio a ÷ b, its range from the two confidence intervals, and whether it meets the target
     * ({@code atMost}: the ratio must not exceed it; otherwise it must reach it). No target: NaN.
     */
    private static void ratio(List<String[]> rows, List<Result> results, String what, String a, String b,
                              String wb, boolean alloc, double target, boolean atMost) {
        Result ra = find(results, a, wb);
        Result rb = find(results, b, wb);
        if (ra == null || rb == null) {
            return;
        }
        double v = alloc ? ra.alloc() / rb.alloc() : ra.score() / rb.score();
        double lo = alloc ? ra.allocLo() / rb.allocHi() : ra.lo() / rb.hi();
        double hi = alloc ? ra.allocHi() / rb.allocLo() : ra.hi() / rb.lo();
        if (Double.isNaN(v)) {
            return;
        }
        String targetText = Double.isNaN(target) ? "(for reference)" : (atMost ? "≤ " : "≥ ") + fmt(target, 1);
        String met = Double.isNaN(target) ? "" : (atMost ? v <= target : v >= target) ? "met" : "**not met**";
        rows.add(new String[]{what, wb, fmt(v, 2) + "×", fmt(lo, 2) + " – " + fmt(hi, 2), targetText, met});
    }

    // ---- end to end ----

    static double coldTable(Path tsv, PrintStream out) throws IOException {
        List<double[]> runs = new ArrayList<>();
        for (String line : Files.readAllLines(tsv)) {
            String[] f = line.split("\t");
            if (f.length >= 2 && !f[0].startsWith("#")) {
                runs.add(new double[]{Double.parseDouble(f[0]), Double.parseDouble(f[1])});
            }
        }
        if (runs.isEmpty()) {
            return Double.NaN;
        }
        double[] wall = runs.stream().mapToDouble(r -> r[0]).sorted().toArray();
        double[] rss = runs.stream().mapToDouble(r -> r[1]).sorted().toArray();
        out.println("### Cold `java -jar target/juesuan.jar check samples/shanxi-kepu-2024.xlsx`");
        out.println();
        out.println("| runs | wall median | wall min – max | wall mean | peak RSS median | peak RSS min – max |");
        out.println("|---:|---:|---:|---:|---:|---:|");
        out.println("| " + wall.length + " | " + fmt(median(wall), 0) + " ms | " + fmt(wall[0], 0) + " – "
                + fmt(wall[wall.length - 1], 0) + " ms | " + fmt(Arrays.stream(wall).average().orElse(0), 0)
                + " ms | " + fmt(median(rss) / 1024, 0) + " MB | " + fmt(rss[0] / 1024, 0) + " – "
                + fmt(rss[rss.length - 1] / 1024, 0) + " MB |");
        out.println();
        return median(wall);
    }

    static void batchTable(Path tsv, PrintStream out, List<String[]> targets) throws IOException {
        Map<String, List<double[]>> byVariant = new LinkedHashMap<>();
        for (String line : Files.readAllLines(tsv)) {
            String[] f = line.split("\t");
            if (f.length >= 4 && !f[0].startsWith("#")) {
                byVariant.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new double[]{
                        Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]),
                        f.length > 5 && !f[5].isBlank() ? Double.parseDouble(f[5]) : Double.NaN});
            }
        }
        if (byVariant.isEmpty()) {
            return;
        }
        out.println("### Batch: `java -jar target/juesuan.jar check DIR --threads 2` (wall time of the whole command)");
        out.println();
        out.println("| JVM options | runs | files | wall median | files/s median | files/s min – max | user CPU median "
                + "| peak RSS median | peak RSS min – max |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Map.Entry<String, List<double[]>> e : byVariant.entrySet()) {
            List<double[]> runs = e.getValue();
            double files = runs.get(0)[2];
            double[] wall = runs.stream().mapToDouble(r -> r[0]).sorted().toArray();
            double[] rate = runs.stream().mapToDouble(r -> r[2] / (r[0] / 1000)).sorted().toArray();
            double[] rss = runs.stream().mapToDouble(r -> r[1]).sorted().toArray();
            double[] cpu = runs.stream().mapToDouble(r -> r[3]).filter(v -> !Double.isNaN(v)).sorted().toArray();
            out.println("| " + e.getKey() + " | " + runs.size() + " | " + fmt(files, 0) + " | "
                    + fmt(median(wall) / 1000, 2) + " s | " + fmt(median(rate), 1) + " | " + fmt(rate[0], 1) + " – "
                    + fmt(rate[rate.length - 1], 1) + " | " + (cpu.length == 0 ? "—" : fmt(median(cpu), 1) + " s")
                    + " | " + fmt(median(rss) / 1024, 0) + " MB | "
                    + fmt(rss[0] / 1024, 0) + " – " + fmt(rss[rss.length - 1] / 1024, 0) + " MB |");
            targets.add(new String[]{"batch files/s, --threads 2, " + e.getKey(), fmt(files, 0) + " files",
                    fmt(median(rate), 1), fmt(rate[0], 1) + " – " + fmt(rate[rate.length - 1], 1), "≥ 200",
                    median(rate) >= 200 ? "met" : "**not met**"});
        }
        out.println();
        Path jit = tsv.resolveSibling("jit.txt");
        if (Files.exists(jit)) {
            out.println("JIT compilation in one more default run (`-XX:+UnlockDiagnosticVMOptions -XX:+CITime`), "
                    + "HotSpot's own totals:");
            out.println();
            for (String line : Files.readAllLines(jit)) {
                out.println("    " + line);
            }
            out.println();
        }
    }

    /** The one-thread folder comparison: juesuan's check against POI's usermodel reading every cell. */
    static void folderTable(Path tsv, PrintStream out, List<String[]> targets) throws IOException {
        Map<String, List<double[]>> bySide = new LinkedHashMap<>();
        for (String line : Files.readAllLines(tsv)) {
            String[] f = line.split("\t");
            if (f.length >= 4) {
                bySide.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new double[]{
                        Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3])});
            }
        }
        if (!bySide.containsKey("juesuan") || !bySide.containsKey("poi")) {
            return;
        }
        out.println("### Folder, one thread, JVM start included: `check DIR --threads 1` against POI's usermodel");
        out.println();
        out.println("| program | runs | files | wall median | wall min – max | files/s median | peak RSS median |");
        out.println("|---|---:|---:|---:|---:|---:|---:|");
        Map<String, double[]> walls = new LinkedHashMap<>();
        for (Map.Entry<String, List<double[]>> e : bySide.entrySet()) {
            List<double[]> runs = e.getValue();
            double files = runs.get(0)[2];
            double[] wall = runs.stream().mapToDouble(r -> r[0]).sorted().toArray();
            double[] rss = runs.stream().mapToDouble(r -> r[1]).sorted().toArray();
            walls.put(e.getKey(), wall);
            String name = switch (e.getKey()) {
                case "poi" -> "POI usermodel, every cell (`PoiFolder`)";
                case "juesuan-tuned" -> "`java " + TUNED + " -jar juesuan.jar check DIR --threads 1`";
                default -> "`java -jar juesuan.jar check DIR --threads 1`";
            };
            out.println("| " + name + " | " + runs.size() + " | " + fmt(files, 0) + " | " + fmt(median(wall) / 1000, 2)
                    + " s | " + fmt(wall[0] / 1000, 2) + " – " + fmt(wall[wall.length - 1] / 1000, 2) + " s | "
                    + fmt(files / (median(wall) / 1000), 1) + " | " + fmt(median(rss) / 1024, 0) + " MB |");
        }
        out.println();
        double[] p = walls.get("poi");
        for (String side : List.of("juesuan", "juesuan-tuned")) {
            double[] j = walls.get(side);
            if (j == null) {
                continue;
            }
            double ratio = median(p) / median(j);
            targets.add(new String[]{"POI usermodel folder ÷ juesuan `check` folder (one thread, end to end"
                    + (side.equals("juesuan") ? ")" : ", juesuan with " + TUNED + ")"),
                    fmt(bySide.get("poi").get(0)[2], 0) + " files", fmt(ratio, 2) + "×",
                    fmt(p[0] / j[j.length - 1], 2) + " – " + fmt(p[p.length - 1] / j[0], 2), "≥ 4",
                    ratio >= 4 ? "met" : "**not met**"});
        }
    }

    /** The JVM options docs/bench.sh's tuned variants use (its BATCH_TUNED default). */
    static final String TUNED = "-Xmx256m -XX:TieredStopAtLevel=1 -XX:+UseParallelGC";

    // ---- helpers ----

    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static String fmt(double v, int decimals) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%,." + decimals + "f", v);
    }
}
