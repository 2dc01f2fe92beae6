package com.inferplan.backend.evaluation;

import com.inferplan.backend.support.InvalidInputException;
import com.inferplan.engine.validation.MeasurementFormatException;
import com.inferplan.engine.validation.MeasurementsCsv;
import com.inferplan.engine.validation.RowPrediction;
import com.inferplan.engine.validation.ValidationSummary;
import com.inferplan.engine.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Predicts published measurements (shipped sets or a pasted CSV) and scores the engine on them. */
@Service
public class ValidationService {

    /** The shipped sets: name → classpath resource; each row carries its own source. */
    public static final Map<String, String> SETS = Map.of(
            "public", "measurements/public.csv",
            "extended", "measurements/public-extended.csv");

    private final EvaluationService evaluations;

    public ValidationService(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    public Result validateSet(String name) {
        String resource = SETS.get(name);
        if (resource == null) {
            throw new InvalidInputException("set", name, "must be one of " + SETS.keySet());
        }
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("measurement set " + resource + " is missing from the build");
            }
            return validate(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Result validateCsv(String csv) {
        return validate(new StringReader(csv));
    }

    private Result validate(Reader reader) {
        try {
            List<RowPrediction> rows = new Validator(evaluations.engine()).validate(MeasurementsCsv.read(reader));
            return new Result(rows, ValidationSummary.of(rows));
        } catch (MeasurementFormatException e) {
            throw new InvalidInputException("measurements", null, e.getMessage());
        }
    }

    public record Result(List<RowPrediction> rows, ValidationSummary summary) {
    }
}
