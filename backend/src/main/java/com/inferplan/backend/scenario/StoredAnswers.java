package com.inferplan.backend.scenario;

import com.inferplan.backend.scenario.AnswerMemo.OptionKey;
import com.inferplan.backend.work.ResultsCache;
import com.inferplan.engine.evaluation.EvaluationRequest;
import java.util.function.Supplier;

/**
 * The service's {@link AnswerMemo}: options and frontiers kept by their key and the generation of the
 * stored data (custom hardware, models, cost bases) at the time, like whole answers (decision 0814).
 */
final class StoredAnswers {

    private final ResultsCache<Generation<OptionKey>, CandidateResult> options = new ResultsCache<>(1024);
    private final ResultsCache<Generation<EvaluationRequest>, Frontier> frontiers = new ResultsCache<>(256);

    /** The memo for answers computed while the stored data is at {@code generation}. */
    AnswerMemo at(long generation) {
        return new AnswerMemo() {
            @Override
            public CandidateResult option(OptionKey key, Supplier<CandidateResult> compute) {
                return options.get(new Generation<>(key, generation), compute);
            }

            @Override
            public Frontier frontier(EvaluationRequest request, Supplier<Frontier> compute) {
                return frontiers.get(new Generation<>(request, generation), compute);
            }
        };
    }

    private record Generation<K>(K key, long dataGeneration) {
    }
}
