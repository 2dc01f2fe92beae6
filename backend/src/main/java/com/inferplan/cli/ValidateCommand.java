package com.inferplan.cli;

import com.inferplan.engine.evaluation.Engine;
import com.inferplan.engine.validation.ValidationRun;
import com.inferplan.engine.validation.ValidationSummary;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** {@code validate}: predicts every row of a measurements CSV and prints the error summary (measurements-format.md). */
final class ValidateCommand implements Command {

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String usage() {
        return "validate --measurements IN.csv [--out OUT.csv]";
    }

    @Override
    public int run(Arguments args, PrintStream out) {
        args.allowOnly(Set.of("measurements", "out"));
        Path in = Path.of(args.require("measurements"));
        if (!Files.isReadable(in)) {
            throw new UsageException("--measurements '" + in + "' is not a readable file");
        }
        Path csv = args.text("out").map(Path::of).orElse(null);
        if (csv != null && csv.toAbsolutePath().normalize().equals(in.toAbsolutePath().normalize())) {
            throw new UsageException("--out '" + csv + "' is the measurements file; writing it would destroy the input");
        }
        ValidationSummary summary = ValidationRun.run(Engine.builtIn(), in, csv, out);
        // A file with no usable row is a failed validation, not a perfect one.
        return summary.predicted() == 0 ? 1 : 0;
    }
}
