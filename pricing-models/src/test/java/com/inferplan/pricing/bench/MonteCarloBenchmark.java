package com.inferplan.pricing.bench;

import com.inferplan.pricing.catalog.DefaultBasis;
import com.inferplan.pricing.catalog.PricingCatalog;
import com.inferplan.pricing.tokens.EndToEndThroughput;
import com.inferplan.pricing.tokens.TokenMetric;
import com.inferplan.pricing.tokens.WorkloadMix;
import com.inferplan.pricing.uncertainty.CostScenario;
import com.inferplan.pricing.uncertainty.CostScenarios;
import com.inferplan.pricing.uncertainty.Distribution;
import com.inferplan.pricing.uncertainty.MonteCarlo;
import com.inferplan.pricing.uncertainty.MonteCarloResult;
import com.inferplan.pricing.uncertainty.Tornado;
import com.inferplan.pricing.uncertainty.TornadoChart;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Target: 100,000 Monte Carlo draws in at most 1 s. The scenario is the heaviest built-in one: an
 * owned CS-3 with every catalog uncertainty (purchase price, power, PUE, energy, facility,
 * depreciation, residual value, cost of capital, maintenance, staff) plus uncertain throughput and
 * utilization: 12 uncertain inputs, blended cost through the full token-cost model per draw.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MonteCarloBenchmark {

    private CostScenario ownedCs3;

    @Setup
    public void setUp() {
        DefaultBasis cs3 = PricingCatalog.builtIn().defaultBasis("cerebras-cs-3").orElseThrow();
        Map<String, Distribution> uncertainty = new HashMap<>(cs3.uncertainty());
        uncertainty.put("outputTokensPerSecond", new Distribution.Triangular(1500, 2700, 3000));
        uncertainty.put("utilization", new Distribution.Uniform(0.4, 0.9));
        ownedCs3 = CostScenarios.tokenCost(cs3.basis(), new EndToEndThroughput(2700, 0.1, 0.9),
                new WorkloadMix(3000, 1000, 0), 0.6, TokenMetric.BLENDED, uncertainty);
    }

    @Benchmark
    public MonteCarloResult monteCarlo100kDraws() {
        return MonteCarlo.run(ownedCs3, 100_000, 42, 50);
    }

    @Benchmark
    public TornadoChart tornado() {
        return Tornado.of(ownedCs3);
    }
}
