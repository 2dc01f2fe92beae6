package com.inferplan.backend.portfolio;

import com.inferplan.backend.scenario.BasisTerms;
import com.inferplan.backend.scenario.CostChoice;
import com.inferplan.backend.scenario.FleetReplica;
import com.inferplan.backend.scenario.Scenario;
import com.inferplan.backend.scenario.ScenarioCalculator;
import com.inferplan.backend.scenario.ScenarioService;
import com.inferplan.backend.work.ResultsCache;
import com.inferplan.engine.serving.RunControl;
import java.util.Optional;

/**
 * What a portfolio asks of the explorer about one pool serving one tier: the explorer's own validation,
 * sizing and pricing, so a pool is judged exactly as the same option would be in the explorer.
 */
interface PoolOptions {

    /** @throws com.inferplan.backend.support.InvalidInputException listing every invalid field of the option */
    void validate(Scenario singleOption);

    FleetReplica fleetReplica(Scenario singleOption, RunControl control);

    Optional<BasisTerms> basisTerms(CostChoice choice, String hardwareId);

    String whyNoPrice(String hardwareId);

    /**
     * Straight from a calculator on built-in data (CLI, benchmark, tests), caching each fleet replica by its
     * scenario: built-in models, hardware and prices do not change while the process runs.
     */
    static PoolOptions of(ScenarioCalculator calculator) {
        ResultsCache<Scenario, FleetReplica> replicas = new ResultsCache<>(4_096);
        return new PoolOptions() {
            public void validate(Scenario s) {
                calculator.validateSingle(s);
            }

            public FleetReplica fleetReplica(Scenario s, RunControl control) {
                return replicas.get(s, () -> calculator.fleetReplica(s, control));
            }

            public Optional<BasisTerms> basisTerms(CostChoice choice, String hardwareId) {
                return calculator.basisTerms(choice, hardwareId);
            }

            public String whyNoPrice(String hardwareId) {
                return calculator.whyNoPrice(hardwareId);
            }
        };
    }

    /** Through the explorer's service, which caches each fleet replica by its scenario and the data it read. */
    static PoolOptions of(ScenarioService service) {
        return new PoolOptions() {
            public void validate(Scenario s) {
                service.validateSingle(s);
            }

            public FleetReplica fleetReplica(Scenario s, RunControl control) {
                return service.fleetReplica(s, control);
            }

            public Optional<BasisTerms> basisTerms(CostChoice choice, String hardwareId) {
                return service.basisTerms(choice, hardwareId);
            }

            public String whyNoPrice(String hardwareId) {
                return service.whyNoPrice(hardwareId);
            }
        };
    }
}
