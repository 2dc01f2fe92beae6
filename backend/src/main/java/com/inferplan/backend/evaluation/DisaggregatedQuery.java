package com.inferplan.backend.evaluation;

/**
 * The prefill pool of a disaggregated deployment as people and the REST API state it: its
 * hardware (may differ from the decode workers'), chips per prefill worker (null = the fewest that
 * hold the model), and how many prefill and decode workers there are. The decode workers are the
 * evaluation's own hardware and chips.
 */
public record DisaggregatedQuery(String prefillHardware, Integer prefillChips, Integer prefillWorkers,
                                 Integer decodeWorkers) {
}
