package com.inferplan.engine.validation;

import com.inferplan.engine.evaluation.Engine;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code validate --measurements IN.csv --out OUT.csv}: reads, predicts, writes the scored file
 * and prints the summary line last. The CLI wires this; {@link #main} runs it standalone.
 */
public final class ValidationRun {

    private ValidationRun() {
    }

    public static ValidationSummary run(Engine engine, Path measurements, Path out, PrintStream console) {
        List<RowPrediction> results;
        try (Reader in = Files.newBufferedReader(measurements, StandardCharsets.UTF_8)) {
            results = new Validator(engine).validate(MeasurementsCsv.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + measurements, e);
        }
        if (out != null) {
            try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                ValidationCsvWriter.write(results, w);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + out, e);
            }
        }
        ValidationSummary summary = ValidationSummary.of(results);
        console.println(summary.line());
        return summary;
    }

    /** Arguments: measurements CSV, optional output CSV. */
    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: ValidationRun MEASUREMENTS.csv [OUT.csv]");
            System.exit(2);
        }
        run(Engine.builtIn(), Path.of(args[0]), args.length > 1 ? Path.of(args[1]) : null, System.out);
    }
}
