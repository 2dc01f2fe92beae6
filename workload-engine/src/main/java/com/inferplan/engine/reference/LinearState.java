package com.inferplan.engine.reference;

import com.inferplan.engine.model.LinearAttentionSpec;

/**
 * The fixed-size state Gated DeltaNet layers keep per sequence: the last {@code convKernel - 1}
 * conv inputs (oldest first) and one keyHeadDim × valueHeadDim matrix per value head. Both start
 * at zero and never grow with the sequence.
 */
final class LinearState {

    private final float[][][][] conv;
    private final float[][][][] delta;

    LinearState(int layers, int sequences, LinearAttentionSpec l) {
        conv = new float[layers][sequences][][];
        delta = new float[layers][sequences][][];
        for (int layer = 0; layer < layers; layer++) {
            for (int b = 0; b < sequences; b++) {
                conv[layer][b] = new float[l.convKernel() - 1][Math.toIntExact(l.convChannels())];
                delta[layer][b] = new float[l.valueHeads()][l.keyHeadDim() * l.valueHeadDim()];
            }
        }
    }

    float[][] conv(int layer, int sequence) {
        return conv[layer][sequence];
    }

    /** The recurrent state of every sequence of the batch in one layer (per sequence, one matrix per value head). */
    float[][][] recurrent(int layer, int sequences) {
        float[][][] states = new float[sequences][][];
        for (int b = 0; b < sequences; b++) {
            states[b] = delta[layer][b];
        }
        return states;
    }
}
