package com.inferplan.backend.report;

import com.inferplan.backend.scenario.SavedScenario;
import com.inferplan.backend.scenario.Scenario;
import com.inferplan.backend.scenario.ScenarioService;
import com.inferplan.backend.scenario.ScenarioVersion;
import com.inferplan.pricing.catalog.PricingCatalog;
import java.time.Clock;
import org.springframework.stereotype.Service;

/**
 * Reports of saved and unsaved scenarios, from the same answer {@code /results} gives. Open to every
 * signed-in role: exporting is reading (decision 0801).
 */
@Service
public class ReportService {

    private final ScenarioService scenarios;
    private final ReportRenderer renderer = new ReportRenderer(PricingCatalog.builtIn(), Clock.systemUTC());

    public ReportService(ScenarioService scenarios) {
        this.scenarios = scenarios;
    }

    /** The current version of a saved scenario, or {@code version} of its history. */
    public ReportFile saved(String id, Integer version, ReportFormat format, Paper paper) {
        if (version != null) {
            ScenarioVersion v = scenarios.version(id, version);
            return unsaved(v.name() + " v" + v.version(), v.scenario(), format, paper);
        }
        SavedScenario saved = scenarios.get(id);
        return unsaved(saved.name() + " v" + saved.version(), saved.scenario(), format, paper);
    }

    public ReportFile unsaved(String name, Scenario scenario, ReportFormat format, Paper paper) {
        return renderer.render(name, scenario, scenarios.results(scenario), format, paper);
    }
}
