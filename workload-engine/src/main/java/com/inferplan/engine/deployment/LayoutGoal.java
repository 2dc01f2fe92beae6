package com.inferplan.engine.deployment;

/**
 * What the planner optimises when it chooses the layout itself. LATENCY: the widest tensor
 * parallelism the scale-up domain allows, so one request runs on as many chips as possible.
 * THROUGHPUT: the smallest replica that holds the model, copied data-parallel over the rest.
 */
public enum LayoutGoal {
    LATENCY,
    THROUGHPUT
}
