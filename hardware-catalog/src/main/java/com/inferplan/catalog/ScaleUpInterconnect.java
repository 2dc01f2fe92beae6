package com.inferplan.catalog;

/**
 * The chip's scale-up fabric. {@code bandwidthBytesPerSecond} is per chip and per direction
 * (vendors usually quote the bidirectional sum, which is twice this); it is what one chip can
 * send while it also receives, the B of a ring collective. {@code hopLatencySeconds} is the α of
 * one collective step between neighbours, software overhead included. {@code domainChips} is
 * required unless the topology is NONE (then the domain is one chip); bandwidth and hop latency
 * may be absent where nothing defensible is published (SN40L links, on-wafer hops), and callers
 * must handle that.
 */
public record ScaleUpInterconnect(String name, Figure bandwidthBytesPerSecond, Figure domainChips,
                                  Topology topology, Figure hopLatencySeconds) {

    public static ScaleUpInterconnect none() {
        return new ScaleUpInterconnect("none", null, null, Topology.NONE, null);
    }

    public int domainSize() {
        return domainChips == null ? 1 : (int) domainChips.value();
    }
}
