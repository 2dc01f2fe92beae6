package com.inferplan.engine.reference;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.inferplan.catalog.Precision;
import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.engine.model.config.HuggingFaceConfigImporter;
import com.inferplan.engine.profile.ExecutionProfile;
import com.inferplan.engine.profile.Phase;
import com.inferplan.engine.profile.ProfileRequest;
import com.inferplan.engine.profile.Profiler;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Measures what the reference executor achieves on this machine and checks a roofline prediction
 * against it. Two calibration runs of a 302 MB float32 model (far larger than the caches) set the
 * rates: decode at batch 32 (16 FLOPs per float32 weight byte, compute bound) gives FLOP/s, decode
 * at batch 1 (weight streaming) gives bytes/s. Unseen steps (decode at batch 4 and 16, a prefill of
 * a different model) are then predicted as max(FLOPs / FLOP/s, bytes / B/s) and timed. FLOPs and
 * bytes come from the FP32 profile, which equals what the executor counts (0200).
 *
 * <p>Run: {@code java -Xmx4g -cp ... com.inferplan.engine.reference.HostCalibration} (prints JSON).
 */
public final class HostCalibration {

    /** Timed rounds after one warm-up round; each workload keeps its fastest time (load only slows runs). */
    private static final int ROUNDS = 5;
    private static final int WORKLOADS = 5;

    private HostCalibration() {
    }

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        System.out.println(json.writeValueAsString(report(run())));
    }

    /** Calibration rates, the two runs that set them, and the prediction points. */
    public record Result(double flopsPerSecond, double bytesPerSecond, List<Measured> calibration, List<CalibrationPoint> points) {
    }

    /** A timed step with the FLOPs and bytes of its FP32 profile. */
    public record Measured(String workload, double flops, double bytes, double seconds) {
    }

    public static Result run() {
        ReferenceExecutor compute = new ReferenceExecutor(dense("calibration-compute", 512, 8, 1536, 2, 512), 1);
        ReferenceExecutor stream = new ReferenceExecutor(dense("calibration-stream", 1024, 8, 4096, 4, 4096), 1);
        double[] best = new double[WORKLOADS];
        Arrays.fill(best, Double.MAX_VALUE);
        // rounds interleave the workloads so calibration and predicted steps see the same load
        for (int round = 0; round <= ROUNDS; round++) {
            double[] seconds = {decode(stream, 32), decode(stream, 1), decode(stream, 4), decode(stream, 16),
                    prefill(compute, 2, 64)};
            for (int w = 0; round > 0 && w < WORKLOADS; w++) {
                best[w] = Math.min(best[w], seconds[w]);
            }
        }
        Measured computeBound = measured(stream, ProfileRequest.decode(32, 2), best[0]);
        Measured weightStreaming = measured(stream, ProfileRequest.decode(1, 2), best[1]);
        double flopsPerSecond = computeBound.flops() / computeBound.seconds();
        double bytesPerSecond = weightStreaming.bytes() / weightStreaming.seconds();
        List<CalibrationPoint> points = List.of(
                predicted(measured(stream, ProfileRequest.decode(4, 2), best[2]), flopsPerSecond, bytesPerSecond),
                predicted(measured(stream, ProfileRequest.decode(16, 2), best[3]), flopsPerSecond, bytesPerSecond),
                predicted(measured(compute, ProfileRequest.prefill(2, 0, 64), best[4]), flopsPerSecond, bytesPerSecond));
        return new Result(flopsPerSecond, bytesPerSecond, List.of(computeBound, weightStreaming), points);
    }

    private static CalibrationPoint predicted(Measured run, double flopsPerSecond, double bytesPerSecond) {
        double seconds = Math.max(run.flops() / flopsPerSecond, run.bytes() / bytesPerSecond);
        return new CalibrationPoint(run.workload(), run.flops(), run.bytes(), seconds, run.seconds());
    }


    /** Seconds for one decode step at context 2 (a one-token prompt and one untimed decode first). */
    private static double decode(ReferenceExecutor executor, int batch) {
        executor.reset();
        executor.prefill(tokens(batch, 1));
        executor.decode(new int[batch]);
        long start = System.nanoTime();
        executor.decode(new int[batch]);
        return (System.nanoTime() - start) / 1e9;
    }

    /** Seconds for a prefill of fresh sequences. */
    private static double prefill(ReferenceExecutor executor, int batch, int promptTokens) {
        executor.reset();
        long start = System.nanoTime();
        executor.prefill(tokens(batch, promptTokens));
        return (System.nanoTime() - start) / 1e9;
    }

    private static Measured measured(ReferenceExecutor executor, ProfileRequest request, double seconds) {
        ModelArchitecture arch = executor.architecture();
        ProfileRequest fp32 = request.withWeights(Precision.FP32).withKv(Precision.FP32).withActivations(Precision.FP32);
        ExecutionProfile profile = Profiler.profile(arch, fp32);
        String workload = arch.id() + " " + request.phase().name().toLowerCase(Locale.ROOT) + " batch " + request.batch()
                + (request.phase() == Phase.DECODE ? " context " + request.context() : " prompt " + request.promptTokens());
        return new Measured(workload, profile.flops(), profile.bytes(), seconds);
    }

    private static ModelArchitecture dense(String id, int hidden, int heads, int intermediate, int layers, int vocab) {
        String config = """
                {"model_type": "llama", "hidden_size": %d, "num_attention_heads": %d, "intermediate_size": %d,
                 "num_hidden_layers": %d, "vocab_size": %d, "max_position_embeddings": 4096, "torch_dtype": "float32"}"""
                .formatted(hidden, heads, intermediate, layers, vocab);
        return HuggingFaceConfigImporter.importConfig(config, id, id);
    }

    private static int[][] tokens(int sequences, int length) {
        int[][] tokens = new int[sequences][length];
        for (int s = 0; s < sequences; s++) {
            for (int i = 0; i < length; i++) {
                tokens[s][i] = (31 * i + 7 * s) % 512;
            }
        }
        return tokens;
    }

    private static ObjectNode report(Result result) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        root.put("host", System.getProperty("os.arch") + ", " + Runtime.getRuntime().availableProcessors()
                + " processors, Java " + System.getProperty("java.version"));
        root.put("achievedFlopsPerSecond", result.flopsPerSecond());
        root.put("achievedBytesPerSecond", result.bytesPerSecond());
        ArrayNode calibration = root.putArray("calibration");
        for (Measured run : result.calibration()) {
            ObjectNode node = calibration.addObject();
            node.put("workload", run.workload());
            node.put("flops", run.flops());
            node.put("bytes", run.bytes());
            node.put("measuredSeconds", run.seconds());
        }
        ArrayNode points = root.putArray("predictions");
        for (CalibrationPoint p : result.points()) {
            ObjectNode node = points.addObject();
            node.put("workload", p.workload());
            node.put("flops", p.flops());
            node.put("bytes", p.bytes());
            node.put("predictedSeconds", p.predictedSeconds());
            node.put("measuredSeconds", p.measuredSeconds());
            node.put("errorPercent", p.errorPercent());
        }
        return root;
    }
}
