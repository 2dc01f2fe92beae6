package com.inferplan.backend.serving;

import com.inferplan.engine.loadtest.DeploymentChoice;
import com.inferplan.engine.loadtest.WorkloadShape;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * A load test as the REST API and the load-test page state it. Null optional fields take defaults:
 * chips chosen by the planner, one replica, Poisson arrivals, fixed lengths (sigma 0), seed 1, HTTP/SSE,
 * and MLPerf's server SLO ({@link com.inferplan.engine.loadtest.LoadTest#DEFAULT_SLO}).
 *
 * @param findMaxRate true: search the highest rate meeting the SLO instead of simulating the given rate
 */
public record SimulationRequest(@NotNull @Valid Deployment deployment, @NotNull @Valid Workload workload,
                                @Valid Objective slo,
                                @Pattern(regexp = "http|websocket|none", message = "must be http, websocket or none")
                                String transport,
                                boolean findMaxRate) {

    /** {@code chips} per deployment (null: the fewest that hold the model); {@code replicas} identical copies. */
    public record Deployment(@NotBlank String model, @NotBlank String hardware, @Positive Integer chips,
                             @Positive @Max(DeploymentChoice.MAX_COPIES) Integer replicas) {
    }

    /** Lengths are lognormal: mean tokens and the sigma of the underlying normal (0: fixed). */
    public record Workload(@NotNull @Positive Double ratePerSecond,
                           @NotNull @Positive @Max(WorkloadShape.MAX_REQUESTS) Long requests,
                           @Pattern(regexp = "poisson|bursty", message = "must be poisson or bursty") String arrivals,
                           @Positive Double burstiness,
                           @NotNull @Positive Double inputMeanTokens, @PositiveOrZero Double inputSigma,
                           @NotNull @Positive Double outputMeanTokens, @PositiveOrZero Double outputSigma,
                           Long seed) {
    }

    /** TTFT and TPOT limits, and the share of requests that must meet both. */
    public record Objective(@Positive Double ttftMs, @Positive Double tpotMs, @Positive @Max(100) Double attainmentPercent) {
    }
}
