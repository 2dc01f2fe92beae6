package com.inferplan.engine.deployment;

import com.inferplan.engine.model.ModelArchitecture;
import java.util.Optional;

/**
 * Which tensor-parallel sizes the serving stacks accept for a model's attention: every rank holds
 * whole query heads, so tp must divide the attention heads (vLLM
 * {@code ModelConfig.verify_with_parallel_config}: "Total number of attention heads must be
 * divisible by tensor parallel size"; TensorRT-LLM and SGLang split heads the same way), and the
 * KV heads either split evenly or are replicated on tp / kvHeads ranks each. Attention run
 * data-parallel does not split heads, so it has no such limit.
 */
public final class TensorParallelRule {

    private TensorParallelRule() {
    }

    /** Why {@code tp} cannot split this model's attention, or empty when it can. */
    public static Optional<String> violation(ModelArchitecture model, int tp) {
        if (model.heads() % tp != 0) {
            return Optional.of("does not divide " + model.id() + "'s " + model.heads()
                    + " attention heads; serving stacks split whole heads over the tensor-parallel ranks");
        }
        if (model.kvHeads() % tp != 0 && tp % model.kvHeads() != 0) {
            return Optional.of("neither divides nor is a multiple of " + model.id() + "'s " + model.kvHeads()
                    + " KV heads; serving stacks split or replicate whole KV heads");
        }
        return Optional.empty();
    }

    public static boolean accepts(ModelArchitecture model, int tp) {
        return violation(model, tp).isEmpty();
    }
}
