package com.inferplan.engine.evaluation.bench;

import com.inferplan.engine.deployment.LayoutGoal;
import com.inferplan.engine.evaluation.Engine;
import com.inferplan.engine.evaluation.Evaluation;
import com.inferplan.engine.evaluation.EvaluationRequest;
import com.inferplan.engine.evaluation.LoadMode;
import com.inferplan.engine.evaluation.ParetoPoint;
import com.inferplan.engine.evaluation.SpeculativeOptions;
import com.inferplan.engine.evaluation.Sweep;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One evaluate (warm plan cache), a Pareto sweep of 8 chip counts × layouts × 1..1,500 batches, and
 * a 104,262-point sweep (1..256 chips × TP/PP layouts × batches 1..3,500).
 * Run: mvn -o -q -Dinferplan.build.dir=target-perf -pl workload-engine test-compile, then
 * java -cp "workload-engine/target-perf/test-classes:workload-engine/target-perf/classes:..." \
 * com.inferplan.engine.evaluation.bench.EvaluationBenchmark (see docs/benchmarks.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class EvaluationBenchmark {

    private Engine engine;
    private EvaluationRequest closed;
    private EvaluationRequest sweepBase;

    @Setup
    public void setUp() {
        engine = Engine.builtIn();
        closed = new EvaluationRequest(engine.models().require("llama-3.1-70b"), engine.hardware().require("nvidia-h100-sxm"),
                4, null, null, null, null, null, "vllm", null, LoadMode.CLOSED, 32, 1000, 1000,
                SpeculativeOptions.OFF, LayoutGoal.LATENCY, false);
        sweepBase = closed.withLoad(LoadMode.STATIC, 1);
        engine.evaluate(closed);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Evaluation evaluateClosedLoad() {
        return engine.evaluate(closed);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public List<ParetoPoint> sweepParetoFrontier() {
        return Sweep.frontier(engine, sweepBase, 128, 1500);
    }

    /** Every operating point of 70B on 1..256 H100s, 1..3,500 sequences: 104,262 points. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public List<ParetoPoint> sweepHundredThousandPoints() {
        return Sweep.points(engine, sweepBase, 256, 3500);
    }

    public static void main(String[] args) throws Exception {
        org.openjdk.jmh.Main.main(new String[] {EvaluationBenchmark.class.getName()});
    }
}
