package com.inferplan.backend.scenario;

import com.inferplan.backend.scenario.CandidateResult.OperatingPoint;
import com.inferplan.backend.scenario.ReplicaSizing.Sizing;
import com.inferplan.backend.scenario.ScenarioWorkload.Lengths;
import com.inferplan.catalog.Accelerator;
import com.inferplan.catalog.Precision;
import com.inferplan.engine.evaluation.Engine;
import com.inferplan.engine.evaluation.Evaluation;
import com.inferplan.engine.evaluation.EvaluationRequest;
import com.inferplan.engine.evaluation.InvalidEvaluationException;
import com.inferplan.engine.evaluation.LoadMode;
import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.engine.serving.RunControl;
import com.inferplan.engine.serving.StepTimeModel;
import com.inferplan.engine.transport.TransportProfile;
import com.inferplan.pricing.PricingInputException;
import com.inferplan.pricing.catalog.PricingCatalog;
import java.util.Optional;

/**
 * Answers one candidate of a validated scenario: plan a replica, find its SLO capacity, size and
 * simulate the fleet for the peak, price it, and time the preset coding tasks on it.
 */
final class CandidateEvaluator {

    private final Engine engine;
    private final PricingCatalog pricing;
    private final BasisResolver bases;

    CandidateEvaluator(Engine engine, PricingCatalog pricing) {
        this.engine = engine;
        this.pricing = pricing;
        this.bases = new BasisResolver(pricing);
    }

    CandidateResult evaluate(ResolvedCandidate rc, ScenarioWorkload workload, Transport transportChoice,
                             DemandRates demand, RunControl control) {
        Lengths lengths = workload.lengths();
        Evaluation evaluation;
        EvaluationRequest request;
        try {
            request = rc.request(lengths);
            evaluation = engine.evaluate(request);
        } catch (InvalidEvaluationException e) {
            return rc.notFitting(e.getMessage());
        }
        if (!evaluation.fits()) {
            return rc.notFitting(evaluation.reason());
        }
        StepTimeModel model = engine.stepTimeModel(request, evaluation);
        if (model.kvCapacityTokens() < lengths.inputTokens() + lengths.outputTokens()) {
            return rc.notFitting("one replica's KV cache holds " + model.kvCapacityTokens()
                    + " tokens, less than one typical request of " + (lengths.inputTokens() + lengths.outputTokens()));
        }
        TransportProfile transport = transportChoice.profile();
        double tpotLimit = workload.slo().tpotMs() / 1000 - transport.perTokenOverheadSeconds();
        double ttftLimit = workload.slo().ttftMs() / 1000
                - transport.firstTokenOverheadSeconds(transport.persistentConnection());
        long maxSequence = Math.min(rc.model().maxContext(), model.kvCapacityTokens());
        int tailPrompt = SloCapacity.promptAtPercentile(lengths.inputTokens(), lengths.spread(),
                workload.slo().percentile(), maxSequence - lengths.outputTokens());
        SloCapacity capacity = SloCapacity.of(model, lengths.inputTokens(), lengths.outputTokens(), tpotLimit,
                ttftLimit, tailPrompt, LoadSimulation.scheduler(model).maxTokensPerStep());
        Sizing sizing = ReplicaSizing.size(model, capacity, demand, lengths, workload.slo(), maxSequence, transport,
                control);
        Optional<PricedChoice> priced = bases.resolve(rc.candidate().cost(), rc.hardware().id());
        FacilityUnit unit = FacilityUnit.of(rc.candidate().cost(), priced.orElse(null), rc.hardware(), pricing);
        DeploymentFigures deployment = DeploymentFigures.of(evaluation.plan(), sizing.replicasFigure(), unit);
        CostFigures cost = null;
        String costReason = priced.isEmpty() ? bases.whyNone(rc.hardware().id()) : null;
        if (priced.isPresent()) {
            try {
                cost = TokenCosts.of(priced.get(), capacity, deployment.chipsPerReplica(), sizing.replicas(), demand,
                        lengths);
            } catch (PricingInputException e) {
                costReason = "Cannot price " + priced.get().label() + ": " + e.getMessage();
            }
        }
        int concurrent = (int) Math.round(sizing.run().result().meanRequestsInSystem());
        double perChip = sizing.run().ratePerSecond() * lengths.outputTokens() / deployment.chipsPerReplica();
        return new CandidateResult(rc.index(), rc.hardware().id(), rc.hardware().name(), rc.model().id(),
                rc.costLabel(), true, "", deployment, LatencyFigures.of(sizing.run(), transport, sizing.verdict()), cost,
                costReason, TaskTime.presets(model, rc.model().maxContext(), concurrent, transport),
                new OperatingPoint(sizing.run().result().tokensPerSecondPerUser(), perChip), sizing.notes());
    }

    /** A candidate with its model and hardware looked up, and the scenario's precisions applied. */
    record ResolvedCandidate(int index, Candidate candidate, ModelArchitecture model, Accelerator hardware,
                             Precision weights, Precision kv,
                             String costLabel) {

        EvaluationRequest request(Lengths lengths) {
            return new EvaluationRequest(model, hardware, candidate.chipsPerReplica(), null, null, null, weights, kv,
                    null, null, LoadMode.CLOSED, 1, lengths.inputTokens(),
                    lengths.outputTokens(), null, null, false);
        }

        CandidateResult notFitting(String reason) {
            return CandidateResult.notFitting(index, hardware.id(), hardware.name(), model.id(), costLabel, reason);
        }
    }
}
