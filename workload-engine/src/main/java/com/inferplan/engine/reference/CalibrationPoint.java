package com.inferplan.engine.reference;

/**
 * One step the executor ran: its analytic FLOPs and bytes (FP32 profile, equal to what the executor
 * counted), the roofline prediction from the host's calibrated rates and the measured time.
 */
public record CalibrationPoint(String workload, double flops, double bytes, double predictedSeconds, double measuredSeconds) {

    public double errorPercent() {
        return 100 * (predictedSeconds - measuredSeconds) / measuredSeconds;
    }
}
