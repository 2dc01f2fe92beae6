package com.inferplan.engine.profile.bench;

import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.engine.model.ModelCatalog;
import com.inferplan.engine.profile.ExecutionProfile;
import com.inferplan.engine.profile.ProfileRequest;
import com.inferplan.engine.profile.Profiler;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to profile one step (target: at most 50 µs for DeepSeek-V3 decode at batch 64, context
 * 4096). A performance model sweeping batch and context calls this in its inner loop. Sampled
 * times give percentiles, which stay readable on a machine shared with other builds (a
 * descheduled sample inflates the mean, not the median).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-XX:ActiveProcessorCount=2"})
public class ProfilerBenchmark {

    @Param({"deepseek-v3", "gpt-oss-120b", "llama-3.1-405b"})
    public String model;

    private ModelArchitecture architecture;
    private ProfileRequest decode;
    private ProfileRequest prefill;

    @Setup
    public void load() {
        architecture = ModelCatalog.builtIn().require(model);
        decode = ProfileRequest.decode(64, 4096);
        prefill = ProfileRequest.prefill(4, 0, 2048);
    }

    @Benchmark
    public ExecutionProfile decodeBatch64Context4096() {
        return Profiler.profile(architecture, decode);
    }

    @Benchmark
    public ExecutionProfile prefill4x2048() {
        return Profiler.profile(architecture, prefill);
    }

    /** Runs the profiler benchmarks: {@code java -cp ... ProfilerBenchmark}. */
    public static void main(String[] args) throws Exception {
        org.openjdk.jmh.Main.main(new String[] {ProfilerBenchmark.class.getName()});
    }
}
