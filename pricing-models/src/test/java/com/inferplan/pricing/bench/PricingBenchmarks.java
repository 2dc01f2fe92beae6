package com.inferplan.pricing.bench;

/** Entry point for the pricing JMH benchmarks; arguments go to JMH (e.g. a benchmark name regex). */
public final class PricingBenchmarks {

    private PricingBenchmarks() {
    }

    public static void main(String[] args) throws Exception {
        org.openjdk.jmh.Main.main(args);
    }
}
