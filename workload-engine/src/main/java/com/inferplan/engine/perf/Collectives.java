package com.inferplan.engine.perf;

/**
 * Closed-form collective times over p ranks with per-direction link bandwidth B (bytes/s),
 * per-step latency α (s) and a fixed software cost c per call (kernel launch and the ranks'
 * synchronisation, which dominates the small messages of decode): ring all-reduce c + 2(p−1)/p ·
 * S/B + (p−1)·α; all-to-all c + (p−1)/p · S/B + (p−1)·α; point-to-point S/B + α.
 */
final class Collectives {

    private Collectives() {
    }

    static double allReduce(int p, double bytes, double bandwidth, double alpha, double callSeconds) {
        return p <= 1 ? 0 : callSeconds + 2.0 * (p - 1) / p * bytes / bandwidth + (p - 1) * alpha;
    }

    static double allToAll(int p, double bytes, double bandwidth, double alpha, double callSeconds) {
        return p <= 1 ? 0 : callSeconds + (double) (p - 1) / p * bytes / bandwidth + (p - 1) * alpha;
    }

    static double pointToPoint(double bytes, double bandwidth, double alpha) {
        return bytes / bandwidth + alpha;
    }
}
