package com.inferplan.engine.model.config;

import com.inferplan.engine.model.MlaSpec;
import com.inferplan.engine.model.SparseIndexer;

/** Reads DeepSeek's multi-head latent attention ranks; {@code q_lora_rank: null} means uncompressed queries. */
final class MlaReader {

    private MlaReader() {
    }

    static MlaSpec read(ConfigFields f) {
        int qLoraRank = f.optionalPositiveInt("q_lora_rank", 0);
        int kvLoraRank = f.requiredPositiveInt("kv_lora_rank");
        int nope = f.requiredPositiveInt("qk_nope_head_dim");
        int rope = f.requiredPositiveInt("qk_rope_head_dim");
        int v = f.requiredPositiveInt("v_head_dim");
        if (kvLoraRank == 0 || nope == 0 || rope == 0 || v == 0) {
            return null;
        }
        return new MlaSpec(qLoraRank, kvLoraRank, nope, rope, v, indexer(f));
    }

    /** DeepSeek sparse attention (V3.2, GLM-5): present when the config names its top-k. */
    private static SparseIndexer indexer(ConfigFields f) {
        if (!f.has("index_topk")) {
            return null;
        }
        int heads = f.requiredPositiveInt("index_n_heads");
        int dim = f.requiredPositiveInt("index_head_dim");
        int topK = f.requiredPositiveInt("index_topk");
        return heads == 0 || dim == 0 || topK == 0 ? null : new SparseIndexer(heads, dim, topK);
    }
}
