package com.inferplan.backend.scenario;

/**
 * A scenario as the REST API receives it for saving: a name, the state, and for an update the version
 * it was based on (the one GET returned).
 */
public record ScenarioDocument(String name, Integer version, Scenario scenario) {
}
