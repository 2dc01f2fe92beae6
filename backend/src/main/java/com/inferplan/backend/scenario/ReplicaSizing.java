package com.inferplan.backend.scenario;

import com.inferplan.backend.scenario.Figure.FigureInput;
import com.inferplan.backend.scenario.LoadSimulation.LoadRun;
import com.inferplan.backend.scenario.ScenarioWorkload.Lengths;
import com.inferplan.backend.scenario.ScenarioWorkload.SloTarget;
import com.inferplan.engine.serving.RunControl;
import com.inferplan.engine.serving.StepTimeModel;
import com.inferplan.engine.transport.TransportProfile;
import java.util.ArrayList;
import java.util.List;

/**
 * Replicas needed for the peak: each replica is planned at a share ({@code loadFactor}) of its SLO
 * capacity, then one replica is simulated at its share of the peak. Poisson bursts can still push the
 * tail past the limits; the share is then lowered (more replicas) and simulated again, so a verdict of
 * "not met" means the candidate cannot meet the SLO, not that it was sized too tightly.
 */
final class ReplicaSizing {

    /** Peak load as a share of SLO capacity: first try, then after one and two missed simulations. */
    static final double[] LOAD_FACTORS = {0.85, 0.7, 0.55};

    private ReplicaSizing() {
    }

    /** The replicas chosen, the run that judged them, and how the count was reached. */
    record Sizing(int replicas, double loadFactor, LoadRun run, SloVerdict verdict, Figure replicasFigure,
                  List<String> notes) {
    }

    static Sizing size(StepTimeModel model, SloCapacity capacity, DemandRates demand, Lengths lengths,
                       SloTarget slo, long maxSequenceTokens, TransportProfile transport, RunControl control) {
        List<String> notes = new ArrayList<>();
        Sizing last = null;
        for (double loadFactor : LOAD_FACTORS) {
            int replicas = replicas(demand, capacity, loadFactor);
            if (last != null && replicas == last.replicas()) {
                continue;
            }
            double rate = demand.peakRequestsPerSecond() / replicas;
            double concurrency = capacity.batch() * rate / capacity.requestsPerSecond();
            LoadRun run = LoadSimulation.run(model, lengths, maxSequenceTokens, rate, concurrency, transport, slo,
                    control);
            SloVerdict verdict = SloVerdict.judge(run.result(), slo, capacity);
            if (last != null) {
                notes.add("At " + percent(last.loadFactor()) + " of SLO capacity (" + last.replicas()
                        + " replicas) the simulation missed: " + last.verdict().explanation() + ".");
            }
            last = new Sizing(replicas, loadFactor, run, verdict, figure(demand, capacity, loadFactor, lengths, replicas),
                    List.copyOf(notes));
            if (verdict.met() || !capacity.sloReachable()) {
                break;
            }
        }
        return last;
    }

    static int replicas(DemandRates demand, SloCapacity capacity, double loadFactor) {
        // The small epsilon keeps an exact multiple (hand-worked cases) from rounding up by float error.
        return (int) Math.max(1, Math.ceil(demand.peakRequestsPerSecond() / (loadFactor * capacity.requestsPerSecond())
                - 1e-9));
    }

    private static Figure figure(DemandRates demand, SloCapacity capacity, double loadFactor, Lengths lengths,
                                 int replicas) {
        Figure peakTokens = Figure.of("peakTokensPerSecond", demand.peakTokensPerSecond(), "tokens/s",
                "peakTokensPerSecond = peakRequestsPerSecond · (inputTokens + outputTokens)",
                List.of(FigureInput.derived(demand.peak()),
                        FigureInput.of("inputTokens + outputTokens", demand.tokensPerRequest(), "tokens", Origin.INPUT)),
                false, List.of());
        Figure perReplica = Figure.of("replicaTokensPerSecond",
                loadFactor * capacity.requestsPerSecond() * demand.tokensPerRequest(), "tokens/s",
                "replicaTokensPerSecond = loadFactor · requestsPerSecondAtSlo · (inputTokens + outputTokens)",
                List.of(FigureInput.of("loadFactor", loadFactor, "of SLO capacity", Origin.ASSUMED),
                        FigureInput.derived(CapacityFigures.requestsPerSecondAtSlo(capacity, lengths)),
                        FigureInput.of("inputTokens + outputTokens", demand.tokensPerRequest(), "tokens", Origin.INPUT)),
                true, List.of("Input and output tokens both count: the demand is stated in tokens per day of both."));
        return Figure.of("replicas", replicas, "replicas",
                "replicas = ceil(peakTokensPerSecond / replicaTokensPerSecond)",
                List.of(FigureInput.derived(peakTokens), FigureInput.derived(perReplica)), true, List.of());
    }

    private static String percent(double fraction) {
        return Math.round(fraction * 100) + "%";
    }
}
