package com.inferplan.backend.scenario;

import com.inferplan.backend.scenario.Figure.FigureInput;
import com.inferplan.backend.scenario.LoadSimulation.LoadRun;
import com.inferplan.engine.serving.LatencySummary;
import com.inferplan.engine.transport.TransportProfile;
import java.util.ArrayList;
import java.util.List;

/**
 * What users of one candidate see at the peak, from the load simulation: TTFT and TPOT at p50 and
 * p99 (client side, transport included) and the median tokens per second per user.
 */
public record LatencyFigures(Figure ttftP50, Figure ttftP99, Figure tpotP50, Figure tpotP99,
                             Figure tokensPerSecondPerUser, SloVerdict slo) {

    static LatencyFigures of(LoadRun run, TransportProfile transport, SloVerdict verdict) {
        LatencySummary ttft = run.ttft();
        LatencySummary tpot = run.tpot();
        double ttftOverheadMs = transport.firstTokenOverheadSeconds(transport.persistentConnection()) * 1000;
        double tokenOverheadMs = transport.perTokenOverheadSeconds() * 1000;
        return new LatencyFigures(
                latency("ttftP50", ttft.p50Ms(), "median", run, transport.name(), "firstTokenOverhead", ttftOverheadMs),
                latency("ttftP99", ttft.p99Ms(), "99th percentile", run, transport.name(), "firstTokenOverhead",
                        ttftOverheadMs),
                latency("tpotP50", tpot.p50Ms(), "median", run, transport.name(), "perTokenOverhead", tokenOverheadMs),
                latency("tpotP99", tpot.p99Ms(), "99th percentile", run, transport.name(), "perTokenOverhead",
                        tokenOverheadMs),
                Figure.of("tokensPerSecondPerUser", run.tokensPerSecondPerUser(), "tokens/s",
                        "tokensPerSecondPerUser = median over simulated requests of 1 / TPOT",
                        sampleInputs(run), true, List.of("What one user sees while the replica serves its share of"
                                + " the peak; transport per-token overhead included.")),
                verdict);
    }

    private static Figure latency(String name, double valueMs, String statistic, LoadRun run, String transport,
                                  String overheadName, double overheadMs) {
        List<FigureInput> inputs = new ArrayList<>(sampleInputs(run));
        inputs.add(FigureInput.of(overheadName, overheadMs, "ms (" + transport + ")", Origin.ESTIMATE));
        return Figure.of(name, valueMs, "ms", name + " = " + statistic + " over the simulated requests of the server"
                        + " time + " + overheadName, inputs, true,
                List.of("Discrete-event simulation of one replica: Poisson arrivals at its share of the peak,"
                        + " lognormal lengths, continuous batching with chunked prefill (vLLM defaults), seed "
                        + LoadSimulation.SEED + ". Transport overheads: docs/decisions/0404-transport-defaults.md."));
    }

    private static List<FigureInput> sampleInputs(LoadRun run) {
        return List.of(FigureInput.of("ratePerReplica", run.ratePerSecond(), "requests/s", Origin.MODEL),
                FigureInput.of("simulatedRequests", run.requests(), "requests", Origin.INPUT),
                FigureInput.of("meanRequestsInSystem", run.meanRequestsInSystem(), "requests", Origin.MODEL));
    }
}
