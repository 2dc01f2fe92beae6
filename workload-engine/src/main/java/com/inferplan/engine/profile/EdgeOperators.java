package com.inferplan.engine.profile;

import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.engine.model.TensorGroup;

/**
 * Operators outside the layers. The embedding gather reads one table row per token (duplicates
 * counted). Logits are computed only for the last position of each sequence, as serving engines do.
 */
final class EdgeOperators {

    private EdgeOperators() {
    }

    static OperatorGroup embedding(StepShape s) {
        ModelArchitecture a = s.arch();
        LayerOps ops = new LayerOps(s, 1);
        TensorGroup table = a.tiedEmbeddings() ? TensorGroup.LM_HEAD : TensorGroup.EMBEDDING;
        double elements = (double) s.tokens() * a.hidden();
        ops.add("embedding", OperatorKind.EMBEDDING, 0, s.weightBytes(table, elements), 0, elements, 0, 0,
                ops.activationPrecision());
        return ops.toGroup("embedding");
    }

    static OperatorGroup head(StepShape s) {
        ModelArchitecture a = s.arch();
        LayerOps ops = new LayerOps(s, 1);
        double sequences = s.batch();
        double logits = sequences * a.vocab();
        ops.norm("final_norm", sequences, a.hidden());
        ops.gemm("lm_head", OperatorKind.LM_HEAD, sequences, a.hidden(), a.vocab(), TensorGroup.LM_HEAD, false);
        ops.add("sampling", OperatorKind.SAMPLING, FlopRules.SAMPLING_PER_LOGIT * logits, 0, logits, sequences, 0, 0,
                ops.activationPrecision());
        return ops.toGroup("head");
    }
}
