package com.inferplan.engine.loadtest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.inferplan.engine.deployment.DeploymentPlan;
import com.inferplan.engine.serving.SimulationJson;
import com.inferplan.engine.serving.SimulationResult;
import com.inferplan.engine.serving.SloSearchResult;
import com.inferplan.engine.transport.TransportProfile;
import java.util.Locale;

/**
 * The {@code simulate} command's and {@code POST /api/v1/simulations}' output: the simulator's
 * figures ({@link SimulationJson}) at the top level, with the deployment, workload and transport
 * that produced them. Field names are a public contract.
 */
public final class LoadTestJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private LoadTestJson() {
    }

    public static ObjectNode run(LoadTest test, SimulationResult result) {
        ObjectNode root = SimulationJson.toJson(result);
        root.set("deployment", deployment(test.deployment()));
        root.set("workload", workload(test.workload()));
        root.set("transport", transport(test.transport()));
        return root;
    }

    /** The search's answer under {@code maxRate}, and the simulation at that rate at the top level. */
    public static ObjectNode maxRate(LoadTest test, SloSearchResult search) {
        ObjectNode found = MAPPER.createObjectNode();
        found.put("outcome", search.outcome().name());
        found.put("ratePerSecond", search.ratePerSecond());
        found.put("simulations", search.simulations());
        found.put("searchedFromRatePerSecond", test.searchBounds().minRatePerSecond());
        found.put("searchedToRatePerSecond", test.searchBounds().maxRatePerSecond());
        ObjectNode root = run(test.withWorkload(test.workload().withRate(search.ratePerSecond())), search.atRate());
        root.set("maxRate", found);
        return root;
    }

    public static ObjectNode deployment(ServingDeployment deployment) {
        DeploymentPlan plan = deployment.plan();
        ObjectNode node = MAPPER.createObjectNode();
        node.put("model", plan.model().id());
        node.put("hardware", plan.hardware().id());
        node.put("chipsPerDeployment", plan.chips());
        node.put("copies", deployment.copies());
        node.put("replicas", deployment.replicas());
        node.put("chipsPerReplica", plan.chipsPerReplica());
        node.put("totalChips", deployment.totalChips());
        node.put("parallelism", plan.parallelism().label());
        node.put("style", plan.style().name().toLowerCase(Locale.ROOT));
        node.put("weightPrecision", plan.weightPrecision().label());
        node.put("kvPrecision", plan.kvPrecision().label());
        node.put("kvCapacityTokensPerReplica", deployment.stepTimeModel().kvCapacityTokens());
        node.put("maxBatchPerReplica", deployment.stepTimeModel().maxBatch());
        plan.flags().forEach(node.putArray("flags")::add);
        return node;
    }

    private static ObjectNode workload(WorkloadShape shape) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("ratePerSecond", shape.ratePerSecond());
        node.put("requests", shape.requests());
        node.put("arrivals", shape.poisson() ? "poisson" : "bursty");
        node.put("burstiness", shape.burstiness());
        node.put("inputMeanTokens", shape.inputMeanTokens());
        node.put("inputSigma", shape.inputSigma());
        node.put("outputMeanTokens", shape.outputMeanTokens());
        node.put("outputSigma", shape.outputSigma());
        node.put("seed", shape.seed());
        return node;
    }

    private static ObjectNode transport(TransportProfile profile) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("name", profile.name());
        node.put("persistentConnection", profile.persistentConnection());
        node.put("connectionSetupMs", profile.connectionSetupSeconds() * 1000);
        node.put("networkRoundTripMs", profile.networkRoundTripSeconds() * 1000);
        node.put("roundTripOverheadMs", profile.roundTripOverheadSeconds() * 1000);
        node.put("timeToFirstTokenOverheadMs", profile.timeToFirstTokenOverheadSeconds() * 1000);
        node.put("perTokenOverheadMs", profile.perTokenOverheadSeconds() * 1000);
        return node;
    }
}
