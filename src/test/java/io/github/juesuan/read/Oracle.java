package io.github.juesuan.read;

import io.github.juesuan.fixtures.WrittenFigure;
import io.github.juesuan.model.Disclosure;
import io.github.juesuan.model.Figure;
import io.github.juesuan.model.Table;
import io.github.juesuan.model.TableId;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Compares what the reader returned with where the fixture writer put every figure. */
final class Oracle {
    private Oracle() {
    }

    /** One line per figure that was not read, read from another cell, or read with another value. */
    static List<String> mismatches(Disclosure d, List<WrittenFigure> written) {
        List<String> errors = new ArrayList<>();
        for (WrittenFigure w : written) {
            String where = w.id() + " @" + w.sheet() + "!" + w.a1();
            Optional<Figure> got = figure(d, w);
            if (got.isEmpty()) {
                errors.add(where + ": not read");
                continue;
            }
            Figure f = got.get();
            if (!f.source().sheet().equals(w.sheet()) || !f.source().cell().equals(w.a1())) {
                errors.add(where + ": read from " + f.source().location());
            }
            if (w.value() == null) {
                if (!f.isEmpty()) {
                    errors.add(where + ": expected blank/dash «" + w.printed() + "», got " + f);
                }
            } else if (f.kind() != Figure.Kind.NUMBER || f.value().compareTo(w.value()) != 0) {
                errors.add(where + ": expected " + w.value() + ", got " + f);
            }
        }
        return errors;
    }

    static Optional<Figure> figure(Disclosure d, WrittenFigure w) {
        if (w.table().startsWith("PERF")) {
            int n = Integer.parseInt(w.table().substring(4));
            if (d.evaluations().size() < n) {
                return Optional.empty();
            }
            return d.evaluations().get(n - 1).table().figure(w.rowKey(), w.columnKey());
        }
        Optional<Table> t = d.table(TableId.of(w.table(), w.table()));
        return t.flatMap(table -> table.figure(w.rowKey(), w.columnKey()));
    }

    /** Reads a {@code .figures.tsv} oracle as {@code WrittenWorkbook.toTsv()} wrote it. */
    static List<WrittenFigure> parseTsv(Path tsv) throws IOException {
        List<WrittenFigure> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            out.add(new WrittenFigure(f[0], f[1], f[2], f[3], f[4], f[5].isEmpty() ? null : new BigDecimal(f[5]), f[6]));
        }
        return out;
    }
}
