package com.inferplan.backend.scenario;

import com.inferplan.backend.scenario.Figure.FigureInput;
import com.inferplan.backend.scenario.ScenarioWorkload.Lengths;
import java.util.List;

/** Explanations of a replica's SLO capacity. */
final class CapacityFigures {

    private CapacityFigures() {
    }

    static Figure requestsPerSecondAtSlo(SloCapacity c, Lengths lengths) {
        return c.pools() == null ? onePool(c, lengths) : twoPools(c, c.pools(), lengths);
    }

    private static Figure twoPools(SloCapacity c, SloCapacity.Pools pools, Lengths lengths) {
        String batchNote = c.tpotReachable()
                ? "decodeBatch = the largest number of requests one decode worker runs whose step(batch) stays within"
                + " the TPOT limit less the transport's per-token overhead; its prompts arrive as KV, so no prefill"
                + " runs between its steps"
                : "No batch meets the TPOT limit, not even one request alone: sized at batch 1 for the best latency";
        return Figure.of("requestsPerSecondAtSlo", c.requestsPerSecond(), "requests/s per replica",
                "requestsPerSecondAtSlo = min(prefillWorkers / prefillSeconds, decodeWorkers · decodeBatch / "
                        + "(outputTokens · stepSeconds))",
                List.of(FigureInput.of("prefillWorkers", pools.prefillWorkers(), "workers", Origin.MODEL),
                        FigureInput.of("prefillSeconds", c.prefillSeconds(), "s", Origin.MODEL),
                        FigureInput.of("decodeWorkers", pools.decodeWorkers(), "workers", Origin.MODEL),
                        FigureInput.of("decodeBatch", pools.decodeBatch(), "requests", Origin.MODEL),
                        FigureInput.of("outputTokens", lengths.outputTokens(), "tokens", Origin.INPUT),
                        FigureInput.of("stepSeconds", c.stepSeconds(), "s", Origin.MODEL)),
                true, List.of(batchNote, "The worker counts are the smallest, up to " + TwoPoolCapacity.MAX_DECODE_WORKERS
                        + " decode workers, within " + Math.round(TwoPoolCapacity.NEAR_BEST * 100)
                        + "% of the best requests/s per chip (decision 0719).",
                        "prefillSeconds and stepSeconds come from the performance model's step times of each worker."));
    }

    private static Figure onePool(SloCapacity c, Lengths lengths) {
        String batchNote = c.tpotReachable()
                ? "batch = the largest number of concurrent requests whose TPOT = step(batch) + batch · prefill / "
                + "outputTokens stays within the TPOT limit less the transport's per-token overhead (limit "
                + c.batchLimit() + ": the stack's batch limit or what the KV cache holds)"
                : "No batch meets the TPOT limit, not even one request alone: sized at batch 1 for the best latency";
        return Figure.of("requestsPerSecondAtSlo", c.requestsPerSecond(), "requests/s per replica",
                "requestsPerSecondAtSlo = batch / (batch · prefillSeconds + outputTokens · stepSeconds)",
                List.of(FigureInput.of("batch", c.batch(), "requests", Origin.MODEL),
                        FigureInput.of("prefillSeconds", c.prefillSeconds(), "s", Origin.MODEL),
                        FigureInput.of("outputTokens", lengths.outputTokens(), "tokens", Origin.INPUT),
                        FigureInput.of("stepSeconds", c.stepSeconds(), "s", Origin.MODEL)),
                true, List.of(batchNote, "prefillSeconds and stepSeconds come from the performance model's step times"
                        + " for this replica (roofline per operator with calibrated efficiencies)."));
    }
}
