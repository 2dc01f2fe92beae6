package com.inferplan.backend.evaluation;

/**
 * One evaluation as people and the REST API state it: ids and plain values, null where the engine
 * should choose (chips, layout, precisions, framework). {@code speculative}: default, on or off.
 * {@code disaggregated}: the prefill pool when prompts and generation run on separate workers
 * (null = aggregated serving); the hardware and chips are then a decode worker's.
 */
public record EvaluationQuery(String model, String hardware, Integer chips, Integer tp, Integer pp, Integer ep,
                              String weights, String kv, String framework, String load, Integer concurrency,
                              Integer inputTokens, Integer outputTokens, String goal, String speculative,
                              Boolean explain, DisaggregatedQuery disaggregated) {

    public EvaluationQuery(String model, String hardware, Integer chips, Integer tp, Integer pp, Integer ep,
                           String weights, String kv, String framework, String load, Integer concurrency,
                           Integer inputTokens, Integer outputTokens, String goal, String speculative,
                           Boolean explain) {
        this(model, hardware, chips, tp, pp, ep, weights, kv, framework, load, concurrency, inputTokens, outputTokens,
                goal, speculative, explain, null);
    }

    /** The same workload, aggregated, on {@code hardwareId} with the chips and layout left to the engine. */
    public EvaluationQuery withHardware(String hardwareId) {
        return new EvaluationQuery(model, hardwareId, null, null, null, null, weights, kv, null, load, concurrency,
                inputTokens, outputTokens, goal, speculative, explain, null);
    }

    public EvaluationQuery withExplain(boolean on) {
        return new EvaluationQuery(model, hardware, chips, tp, pp, ep, weights, kv, framework, load, concurrency,
                inputTokens, outputTokens, goal, speculative, on, disaggregated);
    }

}
