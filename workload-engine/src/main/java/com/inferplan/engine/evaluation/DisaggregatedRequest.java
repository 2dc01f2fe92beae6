package com.inferplan.engine.evaluation;

/**
 * Disaggregated serving: {@code prefillWorkers} workers laid out as {@code prefill} run the prompts,
 * {@code decodeWorkers} laid out as {@code decode} generate; each request's KV cache moves from one
 * to the other. Each request's chips and layout are one worker's; the load (closed loop of
 * {@code decode.concurrency()} clients), lengths and stack are the decode request's.
 */
public record DisaggregatedRequest(EvaluationRequest prefill, int prefillWorkers, EvaluationRequest decode,
                                   int decodeWorkers) {

    public DisaggregatedRequest {
        if (prefillWorkers < 1) {
            throw new InvalidEvaluationException("prefillWorkers", prefillWorkers, "must be at least 1");
        }
        if (decodeWorkers < 1) {
            throw new InvalidEvaluationException("decodeWorkers", decodeWorkers, "must be at least 1");
        }
        if (decode.load() != LoadMode.CLOSED) {
            throw new InvalidEvaluationException("load", decode.load().label(), "disaggregated serving is modelled for closed load");
        }
    }
}
