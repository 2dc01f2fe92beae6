package com.inferplan.engine.perf;

/**
 * Closed-form collective times over p ranks with per-direction link bandwidth B (bytes/s) and
 * per-step latency α (s): ring all-reduce 2(p−1)/p · S/B + (p−1)·α; all-to-all (p−1)/p · S/B +
 * (p−1)·α; point-to-point S/B + α.
 */
final class Collectives {

    private Collectives() {
    }

    static double allReduce(int p, double bytes, double bandwidth, double alpha) {
        return p <= 1 ? 0 : 2.0 * (p - 1) / p * bytes / bandwidth + (p - 1) * alpha;
    }

    static double allToAll(int p, double bytes, double bandwidth, double alpha) {
        return p <= 1 ? 0 : (double) (p - 1) / p * bytes / bandwidth + (p - 1) * alpha;
    }

    static double pointToPoint(double bytes, double bandwidth, double alpha) {
        return bytes / bandwidth + alpha;
    }
}
