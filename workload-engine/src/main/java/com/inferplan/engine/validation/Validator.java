package com.inferplan.engine.validation;

import com.inferplan.catalog.Accelerator;
import com.inferplan.catalog.Precision;
import com.inferplan.engine.evaluation.DisaggregatedRequest;
import com.inferplan.engine.evaluation.Engine;
import com.inferplan.engine.evaluation.Evaluation;
import com.inferplan.engine.evaluation.EvaluationRequest;
import com.inferplan.engine.evaluation.LoadMode;
import com.inferplan.engine.evaluation.SpeculativeOptions;
import com.inferplan.engine.deployment.LayoutGoal;
import com.inferplan.engine.model.ModelArchitecture;
import java.util.List;
import java.util.Locale;

/**
 * Predicts every measurements row with the engine and scores it: error_pct = 100 × (predicted −
 * value) / value. A row the engine cannot predict (unknown id, unreadable field, model that does
 * not fit the given chips) is kept with status {@code unsupported: <reason>}.
 */
public final class Validator {

    private final Engine engine;

    public Validator(Engine engine) {
        this.engine = engine;
    }

    /** Every row's prediction, in row order; rows are independent, so they are predicted on all cores. */
    public List<RowPrediction> validate(List<Measurement> rows) {
        return rows.parallelStream().map(this::predict).toList();
    }

    public RowPrediction predict(Measurement row) {
        try {
            Metric metric = Metric.parse(row.require("metric"), row.line());
            double measured = row.number("value");
            EvaluationRequest request = request(row);
            RowLayout layout = RowLayout.read(row);
            Evaluation e = layout.disaggregated() ? engine.evaluateDisaggregated(disaggregated(row, request, layout))
                    : isSlo(row) ? engine.evaluateUnderLimits(request, SloColumns.read(row))
                    : engine.evaluate(request);
            if (!e.fits()) {
                return new RowPrediction(row, null, null, "unsupported: " + e.reason());
            }
            double predicted = metric.of(e);
            return new RowPrediction(row, predicted, 100 * (predicted - measured) / measured, status(request));
        } catch (RuntimeException ex) {
            return new RowPrediction(row, null, null, "unsupported: " + ex.getMessage());
        }
    }

    /** {@code ok}, or {@code ok; <flag>} where the row is predicted with a substitute (an unknown stack). */
    private String status(EvaluationRequest r) {
        if (r.framework() == null || engine.efficiencies().isKnownFramework(r.framework())) {
            return "ok";
        }
        return "ok; " + engine.efficiencies().genericStackFlag(r.framework(), r.hardware());
    }

    /**
     * The evaluation a row asks for. Every column is checked first, so a bad value is reported with
     * its line and column. For a disaggregated row this is the decode pool's worker; for an slo row,
     * the offline request whose rate the limits bound.
     */
    public EvaluationRequest request(Measurement row) {
        ModelArchitecture model = engine.models().require(row.require("model"));
        Accelerator hw = engine.hardware().require(row.require("hardware"));
        boolean slo = isSlo(row);
        LoadMode load = slo ? LoadMode.MAX : LoadMode.parse(row.require("load"));
        Integer concurrency = RowLayout.atLeastOne(row, "concurrency");
        if ((load == LoadMode.CLOSED || load == LoadMode.STATIC) && !slo && concurrency == null) {
            throw new MeasurementFormatException(row.line(), "concurrency", "is required for " + load.label() + " load");
        }
        RowLayout layout = RowLayout.read(row);
        if (slo) {
            SloColumns.read(row);
        }
        if (layout.disaggregated()) {
            if (load != LoadMode.CLOSED) {
                throw new MeasurementFormatException(row.line(), "load", "mode disagg is modelled for closed load");
            }
            return worker(row, model, hardware(row, "decode_hardware", hw), layout.decode(), concurrency);
        }
        return new EvaluationRequest(model, hw, layout.chips(), layout.tp(), layout.pp(), layout.ep(),
                weights(row), precision(row, "kv_precision"), row.get("framework"), row.get("date"),
                load, concurrency == null ? 1 : concurrency, requiredInt(row, "input_tokens"),
                requiredInt(row, "output_tokens"), speculative(row), LayoutGoal.LATENCY, false, layout.attentionDp());
    }

    private static boolean isSlo(Measurement row) {
        return "slo".equalsIgnoreCase(row.require("load"));
    }

    private DisaggregatedRequest disaggregated(Measurement row, EvaluationRequest decode, RowLayout layout) {
        EvaluationRequest prefill = worker(row, decode.model(), hardware(row, "prefill_hardware", decode.hardware()),
                layout.prefill(), decode.concurrency());
        return new DisaggregatedRequest(prefill, layout.prefill().workers(), decode, layout.decode().workers());
    }

    /** One worker of a pool: its chips and layout, the row's precisions, stack, load and lengths. */
    private EvaluationRequest worker(Measurement row, ModelArchitecture model, Accelerator hw, RowLayout.Pool pool,
                                     Integer concurrency) {
        return new EvaluationRequest(model, hw, pool.chipsPerWorker(), pool.tp(), null, pool.ep(),
                weights(row), precision(row, "kv_precision"), row.get("framework"), row.get("date"),
                LoadMode.CLOSED, concurrency, requiredInt(row, "input_tokens"), requiredInt(row, "output_tokens"),
                SpeculativeOptions.OFF, LayoutGoal.LATENCY, false, pool.attentionDp());
    }

    private Accelerator hardware(Measurement row, String column, Accelerator fallback) {
        String id = row.get(column);
        return id == null ? fallback : engine.hardware().require(id);
    }

    private static int requiredInt(Measurement row, String column) {
        Integer v = row.integer(column);
        if (v == null) {
            throw new MeasurementFormatException(row.line(), column, "is required");
        }
        return v;
    }

    /** The row's weight precision; left empty, the one a quantised repo's name states (nvidia/…-FP4), else native. */
    private Precision weights(Measurement row) {
        return engine.models().weightsFor(row.require("model"), precision(row, "weight_precision"));
    }

    private static Precision precision(Measurement row, String column) {
        String v = row.get(column);
        if (v == null) {
            return null;
        }
        try {
            return Precision.parse(v);
        } catch (IllegalArgumentException e) {
            throw new MeasurementFormatException(row.line(), column, e.getMessage());
        }
    }

    private static SpeculativeOptions speculative(Measurement row) {
        String v = row.get("speculative");
        if (v == null) {
            return SpeculativeOptions.STACK_DEFAULT;
        }
        boolean on = switch (v.toLowerCase(Locale.ROOT)) {
            case "yes", "true", "1" -> true;
            case "no", "false", "0" -> false;
            default -> throw new MeasurementFormatException(row.line(), "speculative", "'" + v + "' is not yes or no");
        };
        String acceptance = row.get("acceptance");
        return new SpeculativeOptions(on, row.get("draft_model"), null,
                acceptance == null ? null : Double.valueOf(acceptance));
    }
}
