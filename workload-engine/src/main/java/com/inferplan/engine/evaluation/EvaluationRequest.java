package com.inferplan.engine.evaluation;

import com.inferplan.catalog.Accelerator;
import com.inferplan.catalog.Precision;
import com.inferplan.engine.deployment.LayoutGoal;
import com.inferplan.engine.model.ContextLengthException;
import com.inferplan.engine.model.ModelArchitecture;
import java.util.Objects;

/**
 * One question to the engine: this model on this hardware under this load. Nullable: chips
 * (auto), tp/pp/ep (planner's layout), precisions (native; KV 16-bit or 8-bit with 8-bit
 * weights), framework (the family's default stack), date (newest stack generation).
 * {@code concurrency} is ignored for MAX. {@code attentionDp} (nullable): the measured attention
 * data-parallel size; a MoE replica then spans tp × attentionDp chips with attention run
 * data-parallel over them (for a dense model it is plain replication); 1 = attention not
 * data-parallel; null = the stack's choice.
 */
public record EvaluationRequest(ModelArchitecture model, Accelerator hardware, Integer chips, Integer tp,
                                Integer pp, Integer ep, Precision weights, Precision kv, String framework,
                                String date, LoadMode load, int concurrency, int inputTokens, int outputTokens,
                                SpeculativeOptions speculative, LayoutGoal goal, boolean explain, Integer attentionDp) {

    public EvaluationRequest(ModelArchitecture model, Accelerator hardware, Integer chips, Integer tp, Integer pp,
                             Integer ep, Precision weights, Precision kv, String framework, String date, LoadMode load,
                             int concurrency, int inputTokens, int outputTokens, SpeculativeOptions speculative,
                             LayoutGoal goal, boolean explain) {
        this(model, hardware, chips, tp, pp, ep, weights, kv, framework, date, load, concurrency, inputTokens,
                outputTokens, speculative, goal, explain, null);
    }

    public EvaluationRequest {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(hardware, "hardware");
        Objects.requireNonNull(load, "load");
        speculative = speculative == null ? SpeculativeOptions.STACK_DEFAULT : speculative;
        goal = goal == null ? LayoutGoal.LATENCY : goal;
        if (load != LoadMode.MAX && concurrency < 1) {
            throw new InvalidEvaluationException("concurrency", concurrency, "must be at least 1 for " + load.label() + " load");
        }
        if (inputTokens < 1) {
            throw new InvalidEvaluationException("inputTokens", inputTokens, "must be at least 1");
        }
        if (outputTokens < 1) {
            throw new InvalidEvaluationException("outputTokens", outputTokens, "must be at least 1");
        }
        if (attentionDp != null && attentionDp < 1) {
            throw new InvalidEvaluationException("attentionDp", attentionDp, "must be at least 1 (1 = no attention data parallelism)");
        }
        ContextLengthException.checkPromptAndOutput(inputTokens, outputTokens, model.maxContext());
    }

    /** A single-stream request with defaults everywhere else. */
    public static EvaluationRequest singleStream(ModelArchitecture model, Accelerator hardware, Integer chips,
                                                 int inputTokens, int outputTokens) {
        return new EvaluationRequest(model, hardware, chips, null, null, null, null, null, null, null,
                LoadMode.CLOSED, 1, inputTokens, outputTokens, SpeculativeOptions.STACK_DEFAULT, LayoutGoal.LATENCY,
                false);
    }

    public EvaluationRequest withLoad(LoadMode mode, int users) {
        return new EvaluationRequest(model, hardware, chips, tp, pp, ep, weights, kv, framework, date, mode, users,
                inputTokens, outputTokens, speculative, goal, explain, attentionDp);
    }

    public EvaluationRequest withLayout(Integer chipCount, Integer tensor, Integer pipeline, LayoutGoal layoutGoal) {
        return new EvaluationRequest(model, hardware, chipCount, tensor, pipeline, ep, weights, kv, framework, date, load,
                concurrency, inputTokens, outputTokens, speculative, layoutGoal, explain, attentionDp);
    }

    /** Tensor-parallel ranks of one replica's layout: tp × attentionDp for a MoE model run attention-data-parallel. */
    public Integer layoutTp() {
        if (attentionDp == null || attentionDp == 1 || !model.isMoe()) {
            return tp;
        }
        return (tp == null ? 1 : tp) * attentionDp;
    }

    /** Whether the measured layout ran attention data-parallel; null = the stack decides. */
    public Boolean attentionDataParallel() {
        return attentionDp == null ? null : attentionDp > 1 && model.isMoe();
    }

    /**
     * The same request for a disaggregated prefill worker: {@code chips} of {@code chip} (null: the fewest), its
     * own layout, no speculative decoding (a prefill worker never decodes, so it holds no draft).
     */
    public EvaluationRequest onWorker(Accelerator chip, Integer chips) {
        return new EvaluationRequest(model, chip, chips, null, null, null, weights, kv, framework, date, load,
                concurrency, inputTokens, outputTokens, SpeculativeOptions.OFF, goal, explain, null);
    }

    public EvaluationRequest withExplain(boolean on) {
        return new EvaluationRequest(model, hardware, chips, tp, pp, ep, weights, kv, framework, date, load, concurrency,
                inputTokens, outputTokens, speculative, goal, on, attentionDp);
    }
}
