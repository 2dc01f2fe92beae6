package com.inferplan.engine.loadtest;

import com.inferplan.engine.serving.SimulationResult;

/** One rate of a load sweep and what the deployment delivered there. */
public record LoadPoint(double ratePerSecond, SimulationResult result) {
}
