package com.inferplan.backend.scenario;

import com.inferplan.backend.scenario.CandidateEvaluator.ResolvedCandidate;
import com.inferplan.engine.evaluation.EvaluationRequest;
import java.util.function.Supplier;

/**
 * Answers the calculator has given, one per option and one per frontier (decision 0717). An explorer
 * change usually touches one option or only the limits, so the other options' answers and every
 * frontier whose request is unchanged are reused rather than simulated again.
 */
interface AnswerMemo {

    /** Computes every time. */
    AnswerMemo NONE = new AnswerMemo() {
        @Override
        public CandidateResult option(OptionKey key, Supplier<CandidateResult> compute) {
            return compute.get();
        }

        @Override
        public Frontier frontier(EvaluationRequest request, Supplier<Frontier> compute) {
            return compute.get();
        }
    };

    CandidateResult option(OptionKey key, Supplier<CandidateResult> compute);

    /** {@code request} holds the model and hardware by content, and the lengths: all a frontier depends on. */
    Frontier frontier(EvaluationRequest request, Supplier<Frontier> compute);

    /**
     * What one option's answer depends on: the option with its model and hardware by content and its
     * position (the answer carries it), the workload (lengths, demand, limits) and the transport.
     */
    record OptionKey(ResolvedCandidate option, ScenarioWorkload workload, Transport transport) {
    }
}
