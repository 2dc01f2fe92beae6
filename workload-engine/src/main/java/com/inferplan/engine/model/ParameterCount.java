package com.inferplan.engine.model;

/**
 * Parameter counts. {@code active} is what one token uses: everything except the routed experts
 * it is not sent to, including the input embedding table. {@code lookupOnlyEmbedding} is that
 * table when it is not tied to the head: publishers differ on whether it counts as active
 * (Mixtral and Qwen count it, gpt-oss and DeepSeek do not), so both figures are offered.
 * {@code untiedOutputHead} is the output projection when it is its own table (GLM's active figures
 * leave it out too).
 */
public record ParameterCount(long total, long active, long lookupOnlyEmbedding, long untiedOutputHead) {

    public ParameterCount {
        if (total <= 0 || active <= 0 || active > total || lookupOnlyEmbedding < 0 || lookupOnlyEmbedding >= active) {
            throw new IllegalArgumentException(
                    "inconsistent parameter counts: total " + total + ", active " + active + ", embedding " + lookupOnlyEmbedding);
        }
    }

    public long activeExcludingEmbedding() {
        return active - lookupOnlyEmbedding;
    }

    public static ParameterCount of(ModelArchitecture arch) {
        int topK = arch.isMoe() ? arch.moe().topK() : 1;
        long total = 0;
        long active = 0;
        long embedding = 0;
        long head = 0;
        try {
            for (WeightTensor t : WeightInventory.of(arch)) {
                total = Math.addExact(total, t.totalElements());
                active = Math.addExact(active, t.activeElements(topK));
                if (t.group() == TensorGroup.EMBEDDING) {
                    embedding = Math.addExact(embedding, t.totalElements());
                }
                if (t.group() == TensorGroup.LM_HEAD && !arch.tiedEmbeddings()) {
                    head = Math.addExact(head, t.totalElements());
                }
            }
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("the parameter count of " + arch.id()
                    + " exceeds 9.2 × 10¹⁸: its sizes describe no real model", e);
        }
        return new ParameterCount(total, active, embedding, head);
    }
}
