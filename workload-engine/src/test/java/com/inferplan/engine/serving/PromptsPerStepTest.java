package com.inferplan.engine.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.inferplan.engine.serving.workload.TraceWorkload;
import com.inferplan.engine.transport.TransportProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptsPerStepTest {

    @TempDir
    Path dir;

    /** Two 500-token prompts arriving together; 10 ms per iteration and 10 µs per prompt token. */
    private double meanTtftSeconds(int promptsPerStep) throws IOException {
        Path trace = Files.writeString(dir.resolve(promptsPerStep + ".csv"),
                "arrival_s,input_tokens,output_tokens\n0,500,2\n0,500,2\n");
        SchedulerConfig scheduler = new SchedulerConfig(131_072, 16, PrefillPolicy.WHOLE_PREFILL_FIRST, promptsPerStep);
        SimulationResult r = ServingSimulator.run(TraceWorkload.fromCsv(trace),
                new AffineStepTimeModel(0.010, 0, 1e-6, 10e-6, 0, 1_000_000, 8),
                new SimulationConfig(1, RoutingPolicy.ROUND_ROBIN, scheduler, TransportProfile.NONE, new Slo(1e9, 1e9, 50)));
        return r.ttft().meanMs() / 1e3;
    }

    @Test
    void promptsWithinTheBudgetShareOneIterationUnlessTheStackTakesOneAtATime() throws IOException {
        // together: 10 ms + 1,000 tokens × 10 µs = 20 ms for both; one at a time: 15 ms, then 15 ms more = 30 ms
        assertThat(meanTtftSeconds(SchedulerConfig.ANY_PROMPTS)).isCloseTo(0.020, within(1e-9));
        assertThat(meanTtftSeconds(1)).isCloseTo(0.0225, within(1e-9));
    }
}
