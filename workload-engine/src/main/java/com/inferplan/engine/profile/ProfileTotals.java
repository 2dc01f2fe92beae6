package com.inferplan.engine.profile;

import java.util.List;

/** Whole-step sums over every operator times its layer count. */
public record ProfileTotals(
        double flops,
        double weightBytes,
        double activationBytesRead,
        double activationBytesWritten,
        double kvBytesRead,
        double kvBytesWritten) {

    public static ProfileTotals of(List<OperatorGroup> groups) {
        double flops = 0;
        double weights = 0;
        double actRead = 0;
        double actWritten = 0;
        double kvRead = 0;
        double kvWritten = 0;
        for (OperatorGroup group : groups) {
            for (Operator op : group.operators()) {
                int n = op.layerCount();
                flops += op.flops() * n;
                weights += op.weightBytes() * n;
                actRead += op.activationBytesRead() * n;
                actWritten += op.activationBytesWritten() * n;
                kvRead += op.kvBytesRead() * n;
                kvWritten += op.kvBytesWritten() * n;
            }
        }
        return new ProfileTotals(flops, weights, actRead, actWritten, kvRead, kvWritten);
    }

    public double bytes() {
        return weightBytes + activationBytesRead + activationBytesWritten + kvBytesRead + kvBytesWritten;
    }

    public double arithmeticIntensity() {
        return flops / bytes();
    }
}
