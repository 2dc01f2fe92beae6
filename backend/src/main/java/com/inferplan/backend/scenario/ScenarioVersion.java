package com.inferplan.backend.scenario;

import java.time.LocalDateTime;

/** One save of a scenario: the name and state it had, who saved it and when. */
public record ScenarioVersion(String id, int version, String name, String savedBy, LocalDateTime savedAt,
                              Scenario scenario) {
}
