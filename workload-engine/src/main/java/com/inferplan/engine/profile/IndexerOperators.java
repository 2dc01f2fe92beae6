package com.inferplan.engine.profile;

import com.inferplan.engine.model.AttentionWindow;
import com.inferplan.engine.model.MlaSpec;
import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.engine.model.SparseIndexer;
import com.inferplan.engine.model.TensorGroup;

/**
 * DeepSeek sparse attention's lightning indexer (DeepSeek-V3.2-Exp §2.1): index queries from the
 * compressed query (wq_b), one index key per token from the hidden state (wk, LayerNorm), per-head
 * weights (weights_proj), RoPE on the first qk_rope_head_dim channels of each; then every query
 * scores every earlier token, Σ_h w_h · ReLU(q_h · k_j), over the full context, reading the cached
 * index keys, and keeps the top-k. Selection is comparisons, counted as no arithmetic.
 */
final class IndexerOperators {

    /** Per head and scored token: the q·k dot product, the ReLU and the weighted sum. */
    static final int SCORE_PER_HEAD_EXTRA = 3;

    private IndexerOperators() {
    }

    static void add(LayerOps ops, StepShape s, MlaSpec m) {
        ModelArchitecture a = s.arch();
        SparseIndexer x = m.indexer();
        double t = s.tokens();
        long queryIn = m.compressesQueries() ? m.qLoraRank() : a.hidden();
        ops.gemm("indexer_q", OperatorKind.GEMM, t, queryIn, (long) x.heads() * x.headDim(), TensorGroup.ATTENTION, false);
        ops.gemm("indexer_k", OperatorKind.GEMM, t, a.hidden(), x.headDim(), TensorGroup.ATTENTION, false);
        double keyElements = t * x.headDim();
        ops.add("indexer_k_norm", OperatorKind.NORM,
                (FlopRules.RMS_NORM_PER_ELEMENT + FlopRules.BIAS_PER_ELEMENT) * keyElements,
                s.vectorBytes(2L * x.headDim()), keyElements, keyElements, 0, 0, ops.activationPrecision());
        ops.gemm("indexer_weights", OperatorKind.GEMM, t, a.hidden(), x.heads(), TensorGroup.ATTENTION, false);
        double ropeElements = t * (x.heads() + 1.0) * m.qkRopeHeadDim();
        ops.add("indexer_rope", OperatorKind.ROPE, FlopRules.ROPE_PER_ELEMENT * ropeElements, 0, ropeElements,
                ropeElements, 0, 0, ops.activationPrecision());
        double pairs = s.batch() * AttentionSpan.pairs(s.context(), s.newTokens(), AttentionWindow.FULL);
        double perPair = x.heads() * (FlopRules.PER_MULTIPLY_ADD * x.headDim() + SCORE_PER_HEAD_EXTRA);
        double keysRead = s.batch() * AttentionSpan.readPositions(s.context(), s.newTokens(), AttentionWindow.FULL);
        ops.add("indexer", OperatorKind.ATTENTION, pairs * perPair, 0, t * x.heads() * (x.headDim() + 1.0), 0,
                keysRead * x.headDim(), keyElements, ops.activationPrecision());
    }
}
