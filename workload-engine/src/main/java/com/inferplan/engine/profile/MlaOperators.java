package com.inferplan.engine.profile;

import com.inferplan.engine.model.AttentionWindow;
import com.inferplan.engine.model.MlaSpec;
import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.engine.model.TensorGroup;

/**
 * Multi-head latent attention (docs/decisions/0201-mla-decode-path.md). Decode uses the absorbed
 * path: queries are mapped into the latent space (W_UK absorbed), attention runs over the cached
 * latent + rope key, and the latent output is mapped to values (W_UV). Prefill decompresses every
 * attended latent with kv_b_proj and runs ordinary attention with head dims qk = nope + rope, v.
 * With sparse attention ({@link IndexerOperators}) each query attends only its top-k tokens, whose
 * cached parts it gathers.
 */
final class MlaOperators {

    private MlaOperators() {
    }

    static void add(LayerOps ops, StepShape s, AttentionWindow window) {
        ModelArchitecture a = s.arch();
        MlaSpec m = a.mla();
        double t = s.tokens();
        long queryOut = (long) a.heads() * m.qkHeadDim();
        if (m.compressesQueries()) {
            ops.gemm("q_a_proj", OperatorKind.GEMM, t, a.hidden(), m.qLoraRank(), TensorGroup.ATTENTION, false);
            ops.norm("q_a_norm", t, m.qLoraRank());
            ops.gemm("q_b_proj", OperatorKind.GEMM, t, m.qLoraRank(), queryOut, TensorGroup.ATTENTION, false);
        } else {
            ops.gemm("q_proj", OperatorKind.GEMM, t, a.hidden(), queryOut, TensorGroup.ATTENTION, false);
        }
        ops.gemm("kv_a_proj", OperatorKind.GEMM, t, a.hidden(), m.latentWidth(), TensorGroup.ATTENTION, false);
        ops.norm("kv_a_norm", t, m.kvLoraRank());
        double ropeElements = t * (a.heads() + 1.0) * m.qkRopeHeadDim();
        ops.add("rope", OperatorKind.ROPE, FlopRules.ROPE_PER_ELEMENT * ropeElements, 0, ropeElements, ropeElements,
                0, 0, ops.activationPrecision());
        if (m.sparse()) {
            IndexerOperators.add(ops, s, m);
        }
        if (s.isDecode()) {
            absorbedAttention(ops, s, m, window);
        } else {
            decompressedAttention(ops, s, m, window);
        }
        ops.gemm("o_proj", OperatorKind.GEMM, t, (long) a.heads() * m.vHeadDim(), a.hidden(), TensorGroup.ATTENTION, false);
    }

    private static void absorbedAttention(LayerOps ops, StepShape s, MlaSpec m, AttentionWindow window) {
        ModelArchitecture a = s.arch();
        double t = s.tokens();
        double h = a.heads();
        double c = m.kvLoraRank();
        perHeadGemm(ops, s, "q_absorb", t * h, m.qkNopeHeadDim(), m.kvLoraRank());
        double pairs = s.batch() * h * attendedPerHead(s, m, window);
        double perPair = FlopRules.PER_MULTIPLY_ADD * (m.latentWidth() + c) + FlopRules.SOFTMAX_PER_SCORE;
        double readPositions = m.sparse() ? s.batch() * attendedPerHead(s, m, window)
                : s.batch() * AttentionSpan.readPositions(s.context(), s.newTokens(), window);
        ops.add("attention", OperatorKind.ATTENTION, pairs * perPair, 0,
                t * (h * c + h * m.qkRopeHeadDim() + m.latentWidth()), t * h * c,
                readPositions * m.latentWidth(), t * m.latentWidth(), ops.activationPrecision());
        perHeadGemm(ops, s, "v_up", t * h, m.kvLoraRank(), m.vHeadDim());
    }

    private static void decompressedAttention(LayerOps ops, StepShape s, MlaSpec m, AttentionWindow window) {
        ModelArchitecture a = s.arch();
        double t = s.tokens();
        double h = a.heads();
        double readPositions = s.batch() * AttentionSpan.readPositions(s.context(), s.newTokens(), window);
        long upWidth = (long) a.heads() * (m.qkNopeHeadDim() + m.vHeadDim());
        ops.add("kv_b_proj", OperatorKind.GEMM,
                FlopRules.PER_MULTIPLY_ADD * readPositions * m.kvLoraRank() * upWidth,
                s.weightBytes(TensorGroup.ATTENTION, (double) m.kvLoraRank() * upWidth),
                0, readPositions * upWidth, readPositions * m.kvLoraRank(), 0, s.weights().attention());
        double pairs = s.batch() * h * attendedPerHead(s, m, window);
        double perPair = FlopRules.PER_MULTIPLY_ADD * (m.qkHeadDim() + m.vHeadDim()) + FlopRules.SOFTMAX_PER_SCORE;
        double ropeKeysRead = m.sparse() ? s.batch() * attendedPerHead(s, m, window) : readPositions;
        ops.add("attention", OperatorKind.ATTENTION, pairs * perPair, 0,
                t * h * m.qkHeadDim() + readPositions * upWidth + t * m.latentWidth(), t * h * m.vHeadDim(),
                ropeKeysRead * m.qkRopeHeadDim(), t * m.latentWidth(), ops.activationPrecision());
    }

    /**
     * Keys one head of one sequence attends over the step: every key in its window, or with sparse
     * attention each query's top-k (all of them while fewer are there), which sums as a window of k.
     */
    private static double attendedPerHead(StepShape s, MlaSpec m, AttentionWindow window) {
        AttentionWindow attended = m.sparse() ? AttentionWindow.sliding(m.indexer().topK()) : window;
        return AttentionSpan.pairs(s.context(), s.newTokens(), attended);
    }

    /** Per-head products with a slice of kv_b_proj: rows = tokens × heads, weights = heads × in × out. */
    private static void perHeadGemm(LayerOps ops, StepShape s, String name, double rows, long in, long out) {
        double heads = s.arch().heads();
        ops.add(name, OperatorKind.GEMM, FlopRules.PER_MULTIPLY_ADD * rows * in * out,
                s.weightBytes(TensorGroup.ATTENTION, heads * in * out), rows * in, rows * out, 0, 0,
                s.weights().attention());
    }
}
