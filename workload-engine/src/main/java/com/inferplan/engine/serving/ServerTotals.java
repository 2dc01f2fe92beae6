package com.inferplan.engine.serving;

import java.util.List;

/** Run-level figures gathered by the event loop rather than per request. */
record ServerTotals(
    long rejected,
    long preemptions,
    double utilization,
    double meanRequestsInSystem,
    List<KvSample> kvOccupancy) {}
