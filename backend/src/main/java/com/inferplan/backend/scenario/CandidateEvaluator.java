package com.inferplan.backend.scenario;

import com.inferplan.backend.scenario.CandidateResult.OperatingPoint;
import com.inferplan.backend.scenario.ReplicaSizing.Sizing;
import com.inferplan.backend.scenario.ScenarioWorkload.Demand;
import com.inferplan.backend.scenario.ScenarioWorkload.DemandUnit;
import com.inferplan.backend.scenario.ScenarioWorkload.Lengths;
import com.inferplan.catalog.Accelerator;
import com.inferplan.catalog.Precision;
import com.inferplan.engine.evaluation.Engine;
import com.inferplan.engine.evaluation.EvaluationRequest;
import com.inferplan.engine.evaluation.LoadMode;
import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.engine.serving.RunControl;
import com.inferplan.engine.transport.TransportProfile;
import com.inferplan.pricing.PricingInputException;
import com.inferplan.pricing.catalog.PricingCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Answers one candidate of a validated scenario: plan a replica, find its SLO capacity, size and
 * simulate the fleet for the peak, price it, and time the preset coding tasks on it.
 */
final class CandidateEvaluator {

    /** Replicas in the reference fleet of {@link #evaluateAsFleetReplica}: whole-replica rounding stays under 1%. */
    static final int FLEET_REPLICAS = 100;

    private final PooledPricing prices;
    private final LayoutChooser layouts;

    CandidateEvaluator(Engine engine, PricingCatalog pricing) {
        this.prices = new PooledPricing(new BasisResolver(pricing), pricing);
        this.layouts = new LayoutChooser(engine);
    }

    CandidateResult evaluate(ResolvedCandidate rc, ScenarioWorkload workload, Transport transportChoice,
                             DemandRates demand, RunControl control) {
        TransportProfile transport = transportChoice.profile();
        LayoutChooser.Choice choice = layouts.choose(rc, workload, transport);
        if (choice.layout() == null) {
            return rc.notFitting(choice.reason());
        }
        return sized(rc, choice, workload, transport, demand, control, true);
    }

    /**
     * The candidate as one replica of a fleet of {@link #FLEET_REPLICAS} sized for its own SLO capacity: the
     * demand is set so that rounding to whole replicas no longer matters, and the sizing's load per replica is
     * then the highest load the load simulation shows the SLO holding at, whatever the real demand.
     *
     * @return the result with the reference demand it was sized for, or not fitting (demand null)
     */
    FleetReplica evaluateAsFleetReplica(ResolvedCandidate rc, ScenarioWorkload workload, Transport transportChoice,
                                        RunControl control) {
        TransportProfile transport = transportChoice.profile();
        LayoutChooser.Choice choice = layouts.choose(rc, workload, transport);
        if (choice.layout() == null) {
            return new FleetReplica(rc.notFitting(choice.reason()), null);
        }
        double peak = choice.layout().capacity().requestsPerSecond() * FLEET_REPLICAS;
        DemandRates demand = DemandRates.of(new Demand(peak, DemandUnit.REQUESTS_PER_SECOND, 1), workload.lengths());
        // The preset coding-task times describe the explorer's answer, not a replica's capacity: skipped here.
        return new FleetReplica(sized(rc, choice, workload, transport, demand, control, false), demand.peak());
    }

    private CandidateResult sized(ResolvedCandidate rc, LayoutChooser.Choice choice, ScenarioWorkload workload,
                                  TransportProfile transport, DemandRates demand, RunControl control,
                                  boolean withTaskTimes) {
        Lengths lengths = workload.lengths();
        ReplicaLayout layout = choice.layout();
        SloCapacity capacity = layout.capacity();
        Sizing sizing = ReplicaSizing.size(layout.load(lengths, transport, workload.slo()), capacity, demand, lengths,
                workload.slo(), control);
        PooledPricing.Priced pricedAs = prices.of(rc, capacity.pools());
        Optional<PricedChoice> priced = pricedAs.choice();
        DeploymentFigures deployment = DeploymentFigures.of(layout, sizing.replicasFigure(), pricedAs.unit());
        CostFigures cost = null;
        String costReason = pricedAs.whyNone();
        if (priced.isPresent()) {
            try {
                cost = TokenCosts.of(priced.get(), capacity, layout.chips(), sizing.replicas(), demand, lengths);
            } catch (PricingInputException e) {
                costReason = "Cannot price " + priced.get().label() + ": " + e.getMessage();
            }
        }
        int concurrent = (int) Math.round(sizing.run().meanRequestsInSystem());
        double perChip = sizing.run().ratePerSecond() * lengths.outputTokens() / layout.chips();
        List<String> notes = new ArrayList<>(choice.notes());
        Optional.ofNullable(layout.poolsNote()).ifPresent(notes::add);
        String termsChanged = priced.map(PricedChoice::termsChanged).orElse(null);
        if (termsChanged != null) {
            notes.add(termsChanged);
        }
        notes.addAll(sizing.notes());
        return new CandidateResult(rc.index(), rc.hardware().id(), rc.displayName(capacity.pools() != null),
                rc.model().id(),
                rc.candidate().cost().kind(), rc.costLabel() + (termsChanged == null ? "" : PinnedChoice.MARK), true,
                "", deployment,
                LatencyFigures.of(sizing.run(), transport, sizing.verdict()), cost, costReason,
                withTaskTimes ? TaskTime.presets(layout.model(), rc.model().maxContext(), concurrent, transport)
                        : List.of(),
                new OperatingPoint(sizing.run().tokensPerSecondPerUser(), perChip), notes);
    }

    /** A candidate with its model and hardware looked up, and the scenario's precisions applied. */
    record ResolvedCandidate(int index, Candidate candidate, ModelArchitecture model, Accelerator hardware,
                             Precision weights, Precision kv,
                             String costLabel, Accelerator prefillHardware) {

        ResolvedCandidate(int index, Candidate candidate, ModelArchitecture model, Accelerator hardware,
                          Precision weights, Precision kv, String costLabel) {
            this(index, candidate, model, hardware, weights, kv, costLabel, hardware);
        }

        /** The engine request for one replica on {@code chips} (null: the fewest that hold the model). */
        EvaluationRequest request(Lengths lengths, Integer chips) {
            return request(hardware, lengths, chips);
        }

        /** The same for one prefill worker, on the prefill workers' hardware. */
        EvaluationRequest prefillRequest(Lengths lengths, Integer chips) {
            return request(prefillHardware, lengths, chips);
        }

        /** "H200 SXM", "H200 SXM, separate prefill" or "H200 SXM + B200 prefill": how the answer names the option. */
        String displayName(boolean twoPools) {
            if (!twoPools) {
                return hardware.name();
            }
            return prefillOnOtherSilicon() ? hardware.name() + " + " + prefillHardware.name() + " prefill"
                    : hardware.name() + ", separate prefill";
        }

        boolean prefillOnOtherSilicon() {
            return !prefillHardware.id().equals(hardware.id());
        }

        private EvaluationRequest request(Accelerator chip, Lengths lengths, Integer chips) {
            return new EvaluationRequest(model, chip, chips, null, null, null, weights, kv, null, null,
                    LoadMode.CLOSED, 1, lengths.inputTokens(), lengths.outputTokens(), null, null, false);
        }

        CandidateResult notFitting(String reason) {
            return CandidateResult.notFitting(index, hardware.id(), hardware.name(), model.id(),
                    candidate.cost().kind(), costLabel, reason);
        }
    }
}
