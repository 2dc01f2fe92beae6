package com.inferplan.engine.perf;

import com.inferplan.engine.deployment.DeploymentPlan;

/**
 * The KV cache of a prompt sent from a prefill worker to a decode worker (disaggregated serving):
 * bytes = KV bytes per token of the whole model (every layer, at the KV precision) × prompt tokens,
 * plus the sequence's linear-attention state where the model has Gated DeltaNet layers,
 * sent over min(prefill chips, decode chips) links in parallel (each rank sends its shard), over the
 * scale-up fabric when both workers sit in one scale-up domain, else the scale-out network, at no
 * more than the sending stack's transceiver moves per rank (TensorRT-LLM's cache transceiver posts
 * per-block transfers far below the NVLink rate, decision 0547), plus one link latency:
 * seconds = bytes / (lanes × min(B, B_stack)) + α.
 */
public final class KvTransfer {

    private KvTransfer() {
    }

    /**
     * @param sameDomain both workers' chips sit in one scale-up domain (e.g. one NVL72 rack)
     * @param stackBytesPerSecond the sending stack's transceiver rate per rank; 0 where only the fabric limits it
     */
    public static double seconds(DeploymentPlan prefill, DeploymentPlan decode, Efficiencies decodeEfficiencies,
                                 int promptTokens, boolean sameDomain, double stackBytesPerSecond) {
        Links links = Links.of(decode.hardware(), decodeEfficiencies);
        double fabric = sameDomain ? links.scaleUpBytesPerSecond() : links.scaleOutBytesPerSecond();
        double bandwidth = stackBytesPerSecond > 0 ? Math.min(fabric, stackBytesPerSecond) : fabric;
        int lanes = Math.max(1, Math.min(prefill.chipsPerReplica(), decode.chipsPerReplica()));
        double bytes = prefill.kvBytesPerToken() * promptTokens + prefill.stateBytesPerSequence();
        return bytes / (lanes * bandwidth) + links.alphaSeconds();
    }
}
