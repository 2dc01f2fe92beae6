package com.inferplan.backend.portfolio.bench;

import com.inferplan.backend.portfolio.Portfolio;
import com.inferplan.backend.portfolio.PortfolioAnswer;
import com.inferplan.backend.portfolio.PortfolioCalculator;
import com.inferplan.backend.portfolio.PortfolioConstraints;
import com.inferplan.backend.portfolio.PortfolioPool;
import com.inferplan.backend.portfolio.PortfolioTier;
import com.inferplan.backend.scenario.CostChoice;
import com.inferplan.backend.scenario.ScenarioWorkload;
import com.inferplan.backend.scenario.ScenarioWorkload.Demand;
import com.inferplan.backend.scenario.Transport;
import com.inferplan.backend.scenario.WorkloadPreset;
import com.inferplan.engine.serving.RunControl;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * A 20-pool × 6-tier portfolio (targets: ≤ 2 s for the whole answer including the 120 capacity
 * simulations, ≤ 300 ms for a what-if with capacities cached). A timed main: a warm-up portfolio first
 * (JIT, performance models), then a fresh calculator answers the big one with an empty capacity cache,
 * then what-ifs (vendor cap, demand, price factor) re-answer with the capacities cached.
 * Run: see docs/benchmarks.md, section "portfolio".
 */
public final class PortfolioBenchmark {

    private static final String[] HARDWARE = {"nvidia-h100-sxm", "nvidia-h200-sxm", "nvidia-b200", "amd-mi300x",
        "amd-mi325x", "google-tpu-v5e", "google-tpu-v5p", "google-tpu-v6e", "aws-trainium2", "cerebras-cs-3",
        "nvidia-gb200", "nvidia-gb300", "intel-gaudi3", "cerebras-cs-2"};
    private static final int MEASURED = 20;

    private PortfolioBenchmark() {
    }

    public static void main(String[] args) {
        Portfolio big = portfolio();
        PortfolioCalculator.builtIn().answer(portfolio().withTiers(big.tiers().subList(0, 2)), RunControl.NONE);
        PortfolioCalculator calculator = PortfolioCalculator.builtIn();
        long start = System.nanoTime();
        PortfolioAnswer first = calculator.answer(big, RunControl.NONE);
        System.out.printf(Locale.ROOT, "20 pools x 6 tiers, empty capacity cache: %.0f ms (feasible %s, %d cells,"
                + " %d pools used, %,.0f USD/month)%n", (System.nanoTime() - start) / 1e6, first.feasible(),
                first.capacities().size(), first.pools().stream().filter(p -> p.units() > 0).count(),
                first.totalUsdPerMonth());
        report("same portfolio again, capacities cached", () -> calculator.answer(big, RunControl.NONE));
        report("what-if vendor spend cap 40%", () -> calculator.answer(big.withConstraints(
                PortfolioConstraints.NONE.withMaxVendorSpendShare(0.4)), RunControl.NONE));
        report("what-if chat demand x1.5", () -> calculator.answer(big.withTiers(scaled(big.tiers(), 1.5)),
                RunControl.NONE));
        report("what-if B200 price x0.8", () -> calculator.answer(big.withPools(big.pools().stream()
                .map(p -> p.id().equals("nvidia-b200") ? p.withPriceFactor(0.8) : p).toList()), RunControl.NONE));
    }

    static Portfolio portfolio() {
        List<PortfolioTier> tiers = List.of(
                tier("coding", "qwen3-coder-30b-a3b", WorkloadPreset.INTERACTIVE_CODING, Transport.WEBSOCKET),
                tier("agentic", "deepseek-v3", WorkloadPreset.LONG_AGENTIC, Transport.HTTP),
                tier("chat", "llama-3.3-70b", WorkloadPreset.CHAT, Transport.HTTP),
                tier("small-chat", "llama-3.1-8b", WorkloadPreset.CHAT, Transport.HTTP),
                tier("reasoning", "gpt-oss-120b", WorkloadPreset.CHAT, Transport.HTTP),
                tier("moe-chat", "qwen3-235b-a22b", WorkloadPreset.CHAT, Transport.HTTP));
        List<PortfolioPool> pools = new ArrayList<>();
        for (String hw : HARDWARE) {
            pools.add(new PortfolioPool(hw, null, hw, null, null, CostChoice.DEFAULT, null, null, null, null,
                    List.of(), null));
        }
        for (String hw : Arrays.copyOf(HARDWARE, 20 - HARDWARE.length)) {
            pools.add(new PortfolioPool(hw + "-spot", null, hw, null, null, CostChoice.DEFAULT, null, null, 40, null,
                    List.of(), 0.7));
        }
        return new Portfolio(tiers, pools, PortfolioConstraints.NONE, null);
    }

    private static PortfolioTier tier(String id, String model, WorkloadPreset preset, Transport transport) {
        ScenarioWorkload w = preset.workload(null);
        return new PortfolioTier(id, null, model, w.demand(), w.lengths(), w.slo(), transport, List.of());
    }

    private static List<PortfolioTier> scaled(List<PortfolioTier> tiers, double factor) {
        return tiers.stream().map(t -> !t.id().equals("chat") ? t : new PortfolioTier(t.id(), t.name(), t.model(),
                new Demand(t.demand().value() * factor, t.demand().unit(), t.demand().peakFactor()), t.lengths(),
                t.slo(), t.transport(), t.hourlyProfile())).toList();
    }

    private static void report(String what, Supplier<?> task) {
        double[] ms = new double[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long t = System.nanoTime();
            task.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%s: median %.0f ms, p90 %.0f ms, max %.0f ms (%d runs, %d cores)%n", what,
                ms[MEASURED / 2], ms[(int) (MEASURED * 0.9)], ms[MEASURED - 1], MEASURED,
                Runtime.getRuntime().availableProcessors());
    }
}
