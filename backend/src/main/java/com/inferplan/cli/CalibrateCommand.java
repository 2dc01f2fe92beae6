package com.inferplan.cli;

import com.inferplan.engine.calibration.CalibrationResult;
import com.inferplan.engine.calibration.Calibrator;
import com.inferplan.engine.evaluation.Engine;
import com.inferplan.engine.validation.Measurement;
import com.inferplan.engine.validation.MeasurementsCsv;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code calibrate}: fits one hardware family's efficiency adjustment to measured rows (least
 * squares) and reports the error on the rows each k-fold split did not see.
 */
final class CalibrateCommand implements Command {

    @Override
    public String name() {
        return "calibrate";
    }

    @Override
    public String usage() {
        return "calibrate --measurements IN.csv --family KEY [--folds K] [--format json]";
    }

    @Override
    public int run(Arguments args, PrintStream out) {
        args.allowOnly(Set.of("measurements", "family", "folds", "format"));
        args.format(Set.of("json"));
        Path in = Path.of(args.require("measurements"));
        List<Measurement> rows;
        try (Reader reader = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
            rows = MeasurementsCsv.read(reader);
        } catch (IOException e) {
            throw new UsageException("--measurements '" + in + "' cannot be read: " + e.getMessage());
        }
        CalibrationResult r = new Calibrator(Engine.builtIn())
                .calibrate(rows, args.require("family"), args.positiveInteger("folds", 5));
        out.println(String.format(Locale.ROOT, "{%n  \"family\" : \"%s\",%n  \"rows\" : %d,%n  \"adjustment\" : \"%s\",%n"
                        + "  \"fittedMedianAbsPctError\" : %.2f,%n  \"heldOutMedianAbsPctError\" : %.2f%n}",
                r.familyKey(), r.rows(), r.adjustment(), r.fittedMedianAbsPctError(), r.heldOutMedianAbsPctError()));
        return 0;
    }
}
