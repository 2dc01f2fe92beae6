package com.inferplan.engine.loadtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ServingPlannerTest {

    @Test
    void seventyBillionBf16ParametersDoNotFitOneEightyGigabyteH100AndThePlannerSaysWhy() {
        // 70.6e9 parameters × 2 bytes = 141 GB of weights against 80 GB of HBM.
        DeploymentChoice choice = LoadTestFixtures.choice("llama-3.1-70b", "nvidia-h100-sxm", 1, 1);

        assertThatThrownBy(() -> ServingPlanner.plan(LoadTestFixtures.ENGINE, choice, 1000, 250))
                .isInstanceOfSatisfying(DeploymentDoesNotFitException.class, e -> {
                    assertThat(e.getMessage()).startsWith("llama-3.1-70b on 1 × nvidia-h100-sxm does not fit: ");
                    assertThat(e.reason()).contains("weights 141.11 GB").contains("of 80.00 GB");
                });
    }

    @Test
    void copiesMultiplyReplicasAndChipsAndTheStepModelHoldsThePlansKvCache() {
        ServingDeployment deployment = ServingPlanner.plan(LoadTestFixtures.ENGINE,
                LoadTestFixtures.choice("llama-3.3-70b", "nvidia-h100-sxm", 4, 3), 1000, 250);

        assertThat(deployment.plan().chips()).isEqualTo(4);
        assertThat(deployment.plan().replicas()).isEqualTo(1);
        assertThat(deployment.replicas()).isEqualTo(3);
        assertThat(deployment.totalChips()).isEqualTo(12);
        assertThat(deployment.stepTimeModel().kvCapacityTokens()).isEqualTo(deployment.plan().kvCapacityTokens());
        // Decoding a full batch costs more than decoding one sequence, and both are finite and positive.
        double one = deployment.stepTimeModel().iterationSeconds(1, 1250, 0, 0);
        double full = deployment.stepTimeModel().iterationSeconds(64, 64 * 1250, 0, 0);
        assertThat(one).isPositive();
        assertThat(full).isGreaterThan(one);
    }

    @Test
    void aChosenChipCountIsKeptAndTheFewestAreChosenOtherwise() {
        ServingDeployment auto = ServingPlanner.plan(LoadTestFixtures.ENGINE,
                LoadTestFixtures.choice("llama-3.3-70b", "nvidia-h100-sxm", null, 1), 1000, 250);
        ServingDeployment eight = ServingPlanner.plan(LoadTestFixtures.ENGINE,
                LoadTestFixtures.choice("llama-3.3-70b", "nvidia-h100-sxm", 8, 1), 1000, 250);

        // 141 GB of weights need at least two 80 GB chips; the planner rounds to its tensor-parallel sizes.
        assertThat(auto.plan().chips()).isBetween(2, 4);
        assertThat(eight.plan().chips()).isEqualTo(8);
    }

    @Test
    void moreCopiesThanTheLimitAreRefusedNamingTheField() {
        assertThatThrownBy(() -> LoadTestFixtures.choice("llama-3.1-8b", "nvidia-h100-sxm", null, 1025))
                .hasMessage("replicas = 1025: must be at most 1024");
    }
}
