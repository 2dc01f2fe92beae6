package com.inferplan.engine.serving.bench;

import com.inferplan.engine.serving.AffineStepTimeModel;
import com.inferplan.engine.serving.RoutingPolicy;
import com.inferplan.engine.serving.SchedulerConfig;
import com.inferplan.engine.serving.ServingSimulator;
import com.inferplan.engine.serving.SimulationConfig;
import com.inferplan.engine.serving.SimulationResult;
import com.inferplan.engine.serving.Slo;
import com.inferplan.engine.serving.StepTimeModel;
import com.inferplan.engine.serving.workload.LengthDistribution;
import com.inferplan.engine.serving.workload.PoissonArrivals;
import com.inferplan.engine.serving.workload.SyntheticWorkload;
import com.inferplan.engine.transport.TransportProfile;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to simulate a whole run: 8 replicas of an 8B-class model on one GPU each (8 ms per
 * iteration, 50 µs per decoding sequence, 5 ns per KV token read, 20 µs per prompt token; 500k KV
 * tokens, batch 256), chat traffic (prompts lognormal mean 1,000 σ 1, outputs mean 250 σ 1) at
 * 150 requests/s, about 83% of the saturation throughput. Single-shot: one sample = one run.
 * The heap is capped at 64 MB to show memory does not grow with the number of requests.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx64m", "-XX:ActiveProcessorCount=2"})
public class ServingSimulatorBenchmark {

  private static final StepTimeModel REPLICA =
      new AffineStepTimeModel(0.008, 0.000_05, 5e-9, 0.000_02, 0, 500_000, 256);
  private static final SimulationConfig CONFIG = new SimulationConfig(8,
      RoutingPolicy.LEAST_LOADED, SchedulerConfig.vllmDefaults(), TransportProfile.webSocket(),
      new Slo(1000, 50, 90));

  @Param({"1000000", "4000000"})
  public long requests;

  @Benchmark
  public SimulationResult simulate() {
    SyntheticWorkload workload = new SyntheticWorkload(new PoissonArrivals(150),
        LengthDistribution.lognormal(1000, 1.0, 32_000),
        LengthDistribution.lognormal(250, 1.0, 8_000),
        requests, 1);
    return ServingSimulator.run(workload, REPLICA, CONFIG);
  }

  /** Runs the serving benchmarks: {@code java -cp ... ServingSimulatorBenchmark}. */
  public static void main(String[] args) throws Exception {
    org.openjdk.jmh.Main.main(new String[] {ServingSimulatorBenchmark.class.getSimpleName()});
  }
}
