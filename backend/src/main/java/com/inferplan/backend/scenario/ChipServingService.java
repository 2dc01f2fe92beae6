package com.inferplan.backend.scenario;

import com.inferplan.backend.support.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Tokens/s per chip for the deals view, from the same sizing the explorer runs (decision 0705): the
 * model and workload preset on each hardware as options of one scenario (up to six at a time, each
 * option sized on its own), whose costs carry the serving points. The placeholder price does not
 * enter the rates; answers come from the scenario cache.
 */
@Service
public class ChipServingService {

    /** Any price gives the same serving point; one is needed so the answer carries it. */
    private static final CostChoice PLACEHOLDER_PRICE = CostChoice.onDemand(1.0);

    private final ScenarioService scenarios;

    public ChipServingService(ScenarioService scenarios) {
        this.scenarios = scenarios;
    }

    public ChipServing serving(String model, WorkloadPreset workload, String hardwareId) {
        return serving(model, workload, List.of(hardwareId)).get(hardwareId);
    }

    /** One answer per distinct hardware id, in the order given. */
    public Map<String, ChipServing> serving(String model, WorkloadPreset workload, List<String> hardwareIds) {
        if (workload == WorkloadPreset.CUSTOM) {
            throw new IllegalArgumentException("a preset workload is needed; custom has no lengths of its own");
        }
        List<String> distinct = hardwareIds.stream().distinct().toList();
        Map<String, ChipServing> answers = new LinkedHashMap<>();
        for (int from = 0; from < distinct.size(); from += ScenarioValidator.MAX_CANDIDATES) {
            List<String> batch = distinct.subList(from, Math.min(distinct.size(), from + ScenarioValidator.MAX_CANDIDATES));
            answers.putAll(batch(model, workload, batch));
        }
        return answers;
    }

    private Map<String, ChipServing> batch(String model, WorkloadPreset workload, List<String> hardwareIds) {
        List<Candidate> options = new ArrayList<>(hardwareIds.stream()
                .map(hw -> Candidate.of(hw, PLACEHOLDER_PRICE)).toList());
        while (options.size() < ScenarioValidator.MIN_CANDIDATES) {
            options.add(options.get(0));
        }
        Scenario scenario = new Scenario(workload.workload(null), model, options, Transport.HTTP,
                Scenario.Precisions.NATIVE);
        Map<String, ChipServing> answers = new LinkedHashMap<>();
        try {
            List<CandidateResult> results = scenarios.results(scenario).candidates();
            for (int i = 0; i < hardwareIds.size(); i++) {
                CandidateResult r = results.get(i);
                answers.put(hardwareIds.get(i), r.fits()
                        ? new ChipServing(model, workload, hardwareIds.get(i), r.cost().serving(), null)
                        : new ChipServing(model, workload, hardwareIds.get(i), null, "does not fit: " + r.reason()));
            }
        } catch (InvalidInputException e) {
            hardwareIds.forEach(hw -> answers.put(hw, new ChipServing(model, workload, hw, null, e.getMessage())));
        }
        return answers;
    }
}
