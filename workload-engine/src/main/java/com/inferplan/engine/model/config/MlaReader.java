package com.inferplan.engine.model.config;

import com.inferplan.engine.model.MlaSpec;

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
        return new MlaSpec(qLoraRank, kvLoraRank, nope, rope, v);
    }
}
