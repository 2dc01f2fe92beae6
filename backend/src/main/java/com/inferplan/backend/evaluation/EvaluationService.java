package com.inferplan.backend.evaluation;

import com.inferplan.backend.hardware.HardwareService;
import com.inferplan.backend.model.ModelService;
import com.inferplan.backend.support.InvalidInputException;
import com.inferplan.backend.support.NotFoundException;
import com.inferplan.catalog.Accelerator;
import com.inferplan.catalog.Precision;
import com.inferplan.engine.deployment.LayoutGoal;
import com.inferplan.engine.evaluation.DisaggregatedRequest;
import com.inferplan.engine.evaluation.Engine;
import com.inferplan.engine.evaluation.Evaluation;
import com.inferplan.engine.evaluation.EvaluationRequest;
import com.inferplan.engine.evaluation.InvalidEvaluationException;
import com.inferplan.engine.evaluation.LoadMode;
import com.inferplan.engine.evaluation.ParetoPoint;
import com.inferplan.engine.evaluation.SpeculativeOptions;
import com.inferplan.engine.evaluation.Sweep;
import com.inferplan.engine.model.ContextLengthException;
import com.inferplan.engine.serving.validation.Require;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;

/**
 * The evaluation feature's only API: turns a query into an engine request (built-in and custom
 * models and hardware alike) and returns the engine's answer, its Pareto frontier, or a precise
 * field error. A deployment that does not fit is an answer ({@code fits = false} with the reason),
 * not an error.
 */
@Service
public class EvaluationService {

    static final int MAX_FRONTIER_CHIPS = 1_024;
    static final int MAX_FRONTIER_BATCH = 1_024;

    private final Engine engine = Engine.builtIn();
    private final ModelService models;
    private final HardwareService hardware;

    public EvaluationService(ModelService models, HardwareService hardware) {
        this.models = models;
        this.hardware = hardware;
    }

    /** Aggregated, or with {@code disaggregated} stated, prefill and decode on separate workers. */
    public Evaluation evaluate(EvaluationQuery query) {
        if (query.disaggregated() != null) {
            try {
                return engine.evaluateDisaggregated(disaggregated(query));
            } catch (InvalidEvaluationException e) {
                throw new InvalidInputException(e.field(), null, e.getMessage());
            }
        }
        return engine.evaluate(request(query));
    }

    private DisaggregatedRequest disaggregated(EvaluationQuery q) {
        DisaggregatedQuery d = q.disaggregated();
        require(d.prefillHardware() != null && !d.prefillHardware().isBlank(), "prefillHardware",
                d.prefillHardware(), "choose the prefill workers' hardware");
        require(d.prefillWorkers() != null && d.prefillWorkers() >= 1, "prefillWorkers", d.prefillWorkers(),
                "must be at least 1 worker");
        require(d.decodeWorkers() != null && d.decodeWorkers() >= 1, "decodeWorkers", d.decodeWorkers(),
                "must be at least 1 worker");
        require(q.load() == null || q.load().equals("closed"), "load", q.load(),
                "disaggregated serving is modelled for closed-loop load (clients waiting for answers)");
        EvaluationRequest decode = request(q);
        Accelerator prefillChip;
        try {
            prefillChip = hardware.require(d.prefillHardware());
        } catch (NotFoundException e) {
            throw new InvalidInputException("prefillHardware", d.prefillHardware(), e.getMessage());
        }
        return new DisaggregatedRequest(decode.onWorker(prefillChip, positive("prefillChips", d.prefillChips())),
                d.prefillWorkers(), decode, d.decodeWorkers());
    }

    /**
     * The sweep visits every batch size for every power-of-two layout, so both bounds are limits a
     * caller sees (decision 0811), never a loop that runs away.
     */
    public List<ParetoPoint> frontier(EvaluationQuery query, int maxChips, int maxBatch) {
        Require.within("maxChips", maxChips, 1, MAX_FRONTIER_CHIPS);
        Require.within("maxBatch", maxBatch, 1, MAX_FRONTIER_BATCH);
        return Sweep.frontier(engine, request(query), maxChips, maxBatch);
    }

    public Engine engine() {
        return engine;
    }

    EvaluationRequest request(EvaluationQuery q) {
        require(q.model() != null && !q.model().isBlank(), "model", q.model(), "choose a model");
        require(q.hardware() != null && !q.hardware().isBlank(), "hardware", q.hardware(), "choose hardware");
        try {
            return new EvaluationRequest(models.requireField("model", q.model()), hardware.require(q.hardware()),
                    positive("chips", q.chips()), positive("tp", q.tp()), positive("pp", q.pp()), positive("ep", q.ep()),
                    models.weightsFor(q.model(), precision("weights", q.weights())), precision("kv", q.kv()),
                    blankToNull(q.framework()), null,
                    q.load() == null ? LoadMode.CLOSED : LoadMode.parse(q.load()),
                    q.concurrency() == null ? 1 : q.concurrency(),
                    q.inputTokens() == null ? 1000 : q.inputTokens(), q.outputTokens() == null ? 1000 : q.outputTokens(),
                    speculative(q.speculative()), goal(q.goal()), Boolean.TRUE.equals(q.explain()));
        } catch (InvalidEvaluationException e) {
            throw new InvalidInputException(e.field(), null, e.getMessage());
        } catch (ContextLengthException e) {
            throw new InvalidInputException(e.field(), e.requestedTokens(), e);
        }
    }


    private static SpeculativeOptions speculative(String text) {
        if (text == null || text.isBlank() || text.equals("default")) {
            return SpeculativeOptions.STACK_DEFAULT;
        }
        return switch (text) {
            case "on" -> new SpeculativeOptions(true, null, null, null);
            case "off" -> SpeculativeOptions.OFF;
            default -> throw new InvalidInputException("speculative", text, "must be default, on or off");
        };
    }

    private static LayoutGoal goal(String text) {
        if (text == null || text.isBlank()) {
            return LayoutGoal.LATENCY;
        }
        try {
            return LayoutGoal.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("goal", text, "must be latency or throughput");
        }
    }

    private static Precision precision(String field, String text) {
        if (text == null || text.isBlank() || text.equals("native")) {
            return null;
        }
        try {
            return Precision.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, text, e.getMessage());
        }
    }

    private static Integer positive(String field, Integer value) {
        require(value == null || value >= 1, field, value, "must be at least 1 (or empty for automatic)");
        return value;
    }

    private static void require(boolean ok, String field, Object value, String message) {
        if (!ok) {
            throw new InvalidInputException(field, value, message);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
