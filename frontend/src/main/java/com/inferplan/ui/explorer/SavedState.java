package com.inferplan.ui.explorer;

import com.inferplan.backend.scenario.SavedScenario;
import com.inferplan.backend.scenario.Scenario;
import com.inferplan.backend.scenario.ScenarioVersion;
import java.time.LocalDateTime;

/** The saved scenario the page's state is based on: the version a save must name, and its contents. */
record SavedState(String id, String name, int version, String savedBy, LocalDateTime savedAt, Scenario scenario) {

    static SavedState of(SavedScenario s) {
        return new SavedState(s.id(), s.name(), s.version(), s.updatedBy(), s.updatedAt(), s.scenario());
    }

    static SavedState of(ScenarioVersion v) {
        return new SavedState(v.id(), v.name(), v.version(), v.savedBy(), v.savedAt(), v.scenario());
    }
}
