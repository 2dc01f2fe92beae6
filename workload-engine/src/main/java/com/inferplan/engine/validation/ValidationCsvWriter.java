package com.inferplan.engine.validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Writes every input column of every row, then {@code predicted}, {@code error_pct}, {@code status}. */
public final class ValidationCsvWriter {

    private ValidationCsvWriter() {
    }

    public static void write(List<RowPrediction> results, Writer out) {
        Set<String> columns = new LinkedHashSet<>();
        results.forEach(r -> columns.addAll(r.row().columns().keySet()));
        List<String> header = new ArrayList<>(columns);
        try {
            out.write(String.join(",", header.stream().map(MeasurementsCsv::escape).toList()));
            out.write(",predicted,error_pct,status\n");
            for (RowPrediction r : results) {
                List<String> cells = new ArrayList<>(header.size() + 3);
                for (String column : header) {
                    cells.add(MeasurementsCsv.escape(r.row().columns().getOrDefault(column, "")));
                }
                cells.add(r.predicted() == null ? "" : String.format(Locale.ROOT, "%.4g", r.predicted()));
                cells.add(r.errorPct() == null ? "" : String.format(Locale.ROOT, "%.1f", r.errorPct()));
                cells.add(MeasurementsCsv.escape(r.status()));
                out.write(String.join(",", cells));
                out.write('\n');
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write validation output", e);
        }
    }
}
