package com.inferplan.engine.reference;

import java.util.ArrayList;
import java.util.List;

/**
 * Per layer, per sequence, two cached vectors per position: key and value for GQA layers; the
 * normalised latent and the rotated shared rope key for MLA layers, plus the indexer's key with
 * sparse attention. Every position is kept; windowed layers simply do not read the old ones.
 */
final class KvCache {

    private final List<List<float[]>> first = new ArrayList<>();
    private final List<List<float[]>> second = new ArrayList<>();
    private final List<List<float[]>> indexKeys = new ArrayList<>();
    private final int sequences;

    KvCache(int layers, int sequences) {
        this.sequences = sequences;
        for (int i = 0; i < layers * sequences; i++) {
            first.add(new ArrayList<>());
            second.add(new ArrayList<>());
            indexKeys.add(new ArrayList<>());
        }
    }

    void append(int layer, int sequence, float[] a, float[] b) {
        first.get(slot(layer, sequence)).add(a);
        second.get(slot(layer, sequence)).add(b);
    }

    void appendIndexKey(int layer, int sequence, float[] key) {
        indexKeys.get(slot(layer, sequence)).add(key);
    }

    float[] indexKey(int layer, int sequence, long position) {
        return indexKeys.get(slot(layer, sequence)).get(Math.toIntExact(position));
    }

    float[] first(int layer, int sequence, long position) {
        return first.get(slot(layer, sequence)).get(Math.toIntExact(position));
    }

    float[] second(int layer, int sequence, long position) {
        return second.get(slot(layer, sequence)).get(Math.toIntExact(position));
    }

    private int slot(int layer, int sequence) {
        return layer * sequences + sequence;
    }
}
