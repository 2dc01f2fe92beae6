package com.inferplan.backend.scenario;

import com.inferplan.backend.scenario.Figure.FigureInput;
import com.inferplan.backend.scenario.LoadSimulation.LoadRun;
import com.inferplan.backend.scenario.LoadSimulation.ReplicaLoad;
import com.inferplan.backend.scenario.ScenarioWorkload.Lengths;
import com.inferplan.backend.scenario.ScenarioWorkload.SloTarget;
import com.inferplan.engine.serving.RunControl;
import java.util.List;

/**
 * Replicas needed for the peak. Each replica is first planned at {@link #FIRST_LOAD_FACTOR} of its SLO
 * capacity and one replica is simulated at its share of the peak. Prompts queueing for prefill or
 * Poisson bursts can still push the tail past the limits; the planned load is then halved until the
 * simulation meets the SLO and the gap narrowed by bisection, so "not met" means the candidate cannot
 * meet the SLO at any fleet size, not that it was sized too tightly (docs/decisions/0700). The search
 * stops early where halving the load no longer helps: the replica's own latency is then the limit.
 */
final class ReplicaSizing {

    static final double FIRST_LOAD_FACTOR = 0.85;
    /** Below this share of its capacity a replica that still misses the SLO is reported as missing it. */
    static final double MIN_LOAD_FACTOR = 0.05;
    /** Bisection steps between the last load that missed and the first that met the SLO. */
    static final int REFINEMENTS = 2;
    /**
     * Halving the load yet improving the worse of TTFT and TPOT by less than this factor means the replica's
     * own latency, not queueing, misses the SLO: more replicas would only cost more.
     */
    static final double PLATEAU = 0.95;

    private ReplicaSizing() {
    }

    /** The replicas chosen, the run that judged them, and how the count was reached. */
    record Sizing(int replicas, double loadFactor, LoadRun run, SloVerdict verdict, Figure replicasFigure,
                  List<String> notes) {
    }

    static Sizing size(ReplicaLoad load, SloCapacity capacity, DemandRates demand, Lengths lengths, SloTarget slo,
                       RunControl control) {
        Trials trials = new Trials(load, capacity, demand, lengths, slo, control);
        Trial first = trials.at(FIRST_LOAD_FACTOR);
        if (first.verdict().met() || !capacity.sloReachable()) {
            return trials.sizing(first, null);
        }
        Trial missed = first;
        Trial met = null;
        for (double f = FIRST_LOAD_FACTOR / 2; met == null && f >= MIN_LOAD_FACTOR; f /= 2) {
            Trial t = trials.at(f);
            if (t.verdict().met()) {
                met = t;
            } else if (t.verdict().shortfall() > PLATEAU * missed.verdict().shortfall()) {
                return trials.floor(missed, t);
            } else {
                missed = t;
            }
        }
        if (met == null) {
            return trials.sizing(missed, first);
        }
        for (int i = 0; i < REFINEMENTS; i++) {
            double mid = (missed.loadFactor() + met.loadFactor()) / 2;
            if (replicas(demand, capacity, mid) == met.replicas() || replicas(demand, capacity, mid) == missed.replicas()) {
                break;
            }
            Trial t = trials.at(mid);
            if (t.verdict().met()) {
                met = t;
            } else {
                missed = t;
            }
        }
        return trials.sizing(met, missed);
    }

    static int replicas(DemandRates demand, SloCapacity capacity, double loadFactor) {
        // The small epsilon keeps an exact multiple (hand-worked cases) from rounding up by float error.
        return (int) Math.max(1, Math.ceil(demand.peakRequestsPerSecond() / (loadFactor * capacity.requestsPerSecond())
                - 1e-9));
    }

    private record Trial(double loadFactor, int replicas, LoadRun run, SloVerdict verdict) {
    }

    /** Simulations of one candidate at different planned loads, sharing everything but the rate. */
    private record Trials(ReplicaLoad load, SloCapacity capacity, DemandRates demand, Lengths lengths,
                          SloTarget slo, RunControl control) {

        Trial at(double loadFactor) {
            int replicas = replicas(demand, capacity, loadFactor);
            double rate = demand.peakRequestsPerSecond() / replicas;
            // Little's law at the capacity: batch requests in flight at requestsPerSecond.
            double concurrency = capacity.batch() * rate / capacity.requestsPerSecond();
            LoadRun run = load.run(rate, concurrency, control);
            return new Trial(loadFactor, replicas, run, SloVerdict.judge(run, slo, capacity));
        }

        /** Lower load stopped helping: keep the higher load, and say so. */
        Sizing floor(Trial kept, Trial lower) {
            String note = "At " + percent(kept.loadFactor()) + " of SLO capacity the simulation gave "
                    + kept.verdict().explanation() + "; at " + percent(lower.loadFactor()) + " it gave "
                    + lower.verdict().explanation() + ". Less load barely helps, so the replica's own latency, not"
                    + " queueing, misses the SLO; planned at " + percent(kept.loadFactor()) + ".";
            return new Sizing(kept.replicas(), kept.loadFactor(), kept.run(), kept.verdict(), figure(kept),
                    List.of(note));
        }

        /** The chosen trial; {@code other} is the one that explains the choice (the first miss), if any. */
        Sizing sizing(Trial chosen, Trial other) {
            List<String> notes = other == null ? List.of() : List.of("At " + percent(other.loadFactor())
                    + " of SLO capacity (" + other.replicas() + " replicas) the simulation gave "
                    + other.verdict().explanation() + "; planned at " + percent(chosen.loadFactor()) + " ("
                    + chosen.replicas() + " replicas)" + (chosen.verdict().met() ? "." : ", the lowest load tried."));
            return new Sizing(chosen.replicas(), chosen.loadFactor(), chosen.run(), chosen.verdict(),
                    figure(chosen), notes);
        }

        private Figure figure(Trial chosen) {
            Figure peakTokens = Figure.of("peakTokensPerSecond", demand.peakTokensPerSecond(), "tokens/s",
                    "peakTokensPerSecond = peakRequestsPerSecond · (inputTokens + outputTokens)",
                    List.of(FigureInput.derived(demand.peak()), tokensPerRequest()), false, List.of());
            Origin loadOrigin = chosen.loadFactor() == FIRST_LOAD_FACTOR ? Origin.ASSUMED : Origin.MODEL;
            Figure perReplica = Figure.of("replicaTokensPerSecond",
                    chosen.loadFactor() * capacity.requestsPerSecond() * demand.tokensPerRequest(), "tokens/s",
                    "replicaTokensPerSecond = loadFactor · requestsPerSecondAtSlo · (inputTokens + outputTokens)",
                    List.of(FigureInput.of("loadFactor", chosen.loadFactor(), "of SLO capacity", loadOrigin),
                            FigureInput.derived(CapacityFigures.requestsPerSecondAtSlo(capacity, lengths)),
                            tokensPerRequest()),
                    true, List.of("loadFactor: " + percent(FIRST_LOAD_FACTOR) + " of SLO capacity leaves room for"
                            + " Poisson bursts; lower when the load simulation at that share missed the SLO.",
                            "Input and output tokens both count: the demand is stated in tokens of both."));
            return Figure.of("replicas", chosen.replicas(), "replicas",
                    "replicas = ceil(peakTokensPerSecond / replicaTokensPerSecond)",
                    List.of(FigureInput.derived(peakTokens), FigureInput.derived(perReplica)), true, List.of());
        }

        private FigureInput tokensPerRequest() {
            return FigureInput.of("inputTokens + outputTokens", demand.tokensPerRequest(), "tokens", Origin.INPUT);
        }
    }

    private static String percent(double fraction) {
        return Math.round(fraction * 100) + "%";
    }
}
