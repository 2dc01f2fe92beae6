package com.inferplan.engine.perf;

import com.inferplan.catalog.Accelerator;
import com.inferplan.catalog.Figure;

/**
 * Link bandwidths and latency a plan's collectives use: the scale-up fabric inside a domain, the
 * scale-out network beyond it (the scale-up figure where a chip records no scale-out), and the
 * per-step latency α (the catalog's hop latency, else the family default). A chip whose catalog
 * entry records no link bandwidth at all (SN40L) uses the family's assumed figure.
 */
record Links(double scaleUpBytesPerSecond, double scaleOutBytesPerSecond, double alphaSeconds, int domainChips) {

    static Links of(Accelerator hw, Efficiencies eff) {
        Figure up = hw.scaleUp() == null ? null : hw.scaleUp().bandwidthBytesPerSecond();
        Figure hop = hw.scaleUp() == null ? null : hw.scaleUp().hopLatencySeconds();
        double out = hw.scaleOutBytesPerSecond() == null ? 0 : hw.scaleOutBytesPerSecond().value();
        double upValue = up == null || up.value() <= 0 ? out : up.value();
        if (!(upValue > 0)) {
            upValue = eff.linkBytesPerSecondIfUnknown();
        }
        double outValue = out > 0 ? out : upValue;
        double alpha = hop == null ? eff.overheads().collectiveLatencySeconds() : hop.value();
        return new Links(upValue, outValue, alpha, hw.scaleUpDomainChips());
    }

    /** Bandwidth between chips of a group of {@code span} chips: scale-up if the domain holds it. */
    double bandwidthFor(int span) {
        return span <= domainChips ? scaleUpBytesPerSecond : scaleOutBytesPerSecond;
    }
}
