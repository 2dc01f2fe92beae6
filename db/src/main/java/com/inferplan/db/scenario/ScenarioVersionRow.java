package com.inferplan.db.scenario;

import java.time.LocalDateTime;

/** One save of a scenario: what it was, who saved it and when. */
public record ScenarioVersionRow(String scenarioId, int version, String name, String stateJson, String savedBy,
                                 LocalDateTime savedAt) {
}
