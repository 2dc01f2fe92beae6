package com.inferplan.backend.portfolio;

import com.inferplan.backend.scenario.CostChoice;
import com.inferplan.backend.scenario.ScenarioWorkload;
import com.inferplan.backend.scenario.ScenarioWorkload.SloTarget;
import com.inferplan.backend.scenario.Transport;
import com.inferplan.backend.scenario.WorkloadPreset;
import java.util.List;

/**
 * The published case as a portfolio (docs/decisions/0903): OpenAI serves the interactive Codex-Spark tier
 * on Cerebras CS-3 under its 750 MW deal (a compact coding model at 1,000+ tokens/s) and keeps GPUs for
 * broad inference; here long agentic runs of a large model are the second tier and broad chat the third,
 * with GPU, CS-3, TPU and Trainium pools to choose from. The tiers' demand and lengths are the explorer's
 * presets; their SLOs: interactive coding at the Codex-Spark scenario's 2 ms TPOT, long agentic runs at
 * 20 s TTFT / 50 ms TPOT (assumed: an agent waits on tools, not on the first token), chat as preset. The
 * committed CS-3 units are an assumption (a slice of the 750 MW deal for this fleet), not a published figure.
 */
public final class PortfolioExample {

    public static final String ID = "codex-spark";
    static final String DEAL = "openai-cerebras-2026";
    /** Assumed: the slice of the deal's capacity this portfolio commits to (the deal itself is 750 MW). */
    static final int COMMITTED_CS3_UNITS = 64;

    private PortfolioExample() {
    }

    public static Portfolio codexSpark() {
        ScenarioWorkload coding = WorkloadPreset.INTERACTIVE_CODING.workload(null);
        ScenarioWorkload agentic = WorkloadPreset.LONG_AGENTIC.workload(null);
        PortfolioTier interactive = new PortfolioTier("interactive-coding", "Interactive coding (Codex-Spark)",
                "qwen3-coder-30b-a3b", coding.demand(), coding.lengths(), new SloTarget(coding.slo().ttftMs(), 2, 90),
                Transport.WEBSOCKET, List.of());
        PortfolioTier longRuns = new PortfolioTier("long-agentic", "Long agentic runs", "deepseek-v3", agentic.demand(),
                agentic.lengths(), new SloTarget(20_000, 50, 90), Transport.HTTP, List.of());
        ScenarioWorkload chat = WorkloadPreset.CHAT.workload(null);
        PortfolioTier broad = new PortfolioTier("chat", "Broad chat", "llama-3.3-70b", chat.demand(), chat.lengths(),
                chat.slo(), Transport.HTTP, List.of());
        List<PortfolioPool> pools = List.of(
                pool("cs3-deal", "CS-3 under the OpenAI–Cerebras deal", "cerebras-cs-3", CostChoice.deal(DEAL),
                        COMMITTED_CS3_UNITS),
                pool("b200", "HGX B200 (catalog default)", "nvidia-b200", CostChoice.DEFAULT, null),
                pool("h100", "HGX H100 (catalog default)", "nvidia-h100-sxm", CostChoice.DEFAULT, null),
                pool("tpu-v6e", "TPU v6e (catalog default)", "google-tpu-v6e", CostChoice.DEFAULT, null),
                pool("trn2", "Trainium2 (catalog default)", "aws-trainium2", CostChoice.DEFAULT, null));
        return new Portfolio(List.of(interactive, longRuns, broad), pools, PortfolioConstraints.NONE, null);
    }

    private static PortfolioPool pool(String id, String name, String hardware, CostChoice cost, Integer committed) {
        return new PortfolioPool(id, name, hardware, null, null, cost, committed, null, null, null, List.of(), null);
    }
}
