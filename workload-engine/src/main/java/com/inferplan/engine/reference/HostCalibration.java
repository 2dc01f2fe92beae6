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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures what the reference executor achieves on this machine and checks a roofline prediction
 * against it. Two calibration runs of a 302 MB float32 model (far larger than the caches) set the
 * rates: decode at batch 64 (64 FLOPs per weight byte read, compute bound) gives FLOP/s, decode at
 * batch 1 (weight streaming) gives bytes/s. Unseen steps (decode at batch 4 and 16, a prefill of a
 * different model) are then predicted as max(FLOPs / FLOP/s, bytes / B/s) and timed.
 *
 * <p>Run: {@code java -Xmx4g -cp ... com.inferplan.engine.reference.HostCalibration} (prints JSON).
 */
public final class HostCalibration {

    private static final int REPEATS = 5;

    private HostCalibration() {
    }

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        System.out.println(json.writeValueAsString(report(run())));
    }

    /** Calibration rates and the prediction points. */
    public record Result(double flopsPerSecond, double bytesPerSecond, List<CalibrationPoint> points) {
    }

    public static Result run() {
        ReferenceExecutor compute = new ReferenceExecutor(dense("calibration-compute", 512, 8, 1536, 2, 512), 1);
        ReferenceExecutor stream = new ReferenceExecutor(dense("calibration-stream", 1024, 8, 4096, 4, 4096), 1);
        CalibrationPoint computeBound = decode(stream, 64);
        CalibrationPoint weightStreaming = decode(stream, 1);
        double flopsPerSecond = computeBound.flops() / computeBound.measuredSeconds();
        double bytesPerSecond = weightStreaming.bytes() / weightStreaming.measuredSeconds();
        List<CalibrationPoint> points = new ArrayList<>();
        for (int batch : new int[] {4, 16}) {
            points.add(predicted(decode(stream, batch), flopsPerSecond, bytesPerSecond));
        }
        points.add(predicted(prefill(compute, 2, 64), flopsPerSecond, bytesPerSecond));
        return new Result(flopsPerSecond, bytesPerSecond, points);
    }

    private static CalibrationPoint predicted(CalibrationPoint measured, double flopsPerSecond, double bytesPerSecond) {
        double seconds = Math.max(measured.flops() / flopsPerSecond, measured.bytes() / bytesPerSecond);
        return new CalibrationPoint(measured.workload(), measured.flops(), measured.bytes(), seconds, measured.measuredSeconds());
    }

    /**
     * Times decode steps of {@code batch} sequences after a one-token prompt: one warm-up step, then
     * the fastest of {@link #REPEATS} (other load only ever slows a run down). Each step is profiled
     * at the context it actually ran at.
     */
    private static CalibrationPoint decode(ReferenceExecutor executor, int batch) {
        executor.reset();
        executor.prefill(tokens(batch, 1));
        executor.decode(new int[batch]);
        CalibrationPoint best = null;
        for (int run = 0; run < REPEATS; run++) {
            ProfileRequest request = ProfileRequest.decode(batch, Math.toIntExact(executor.context()));
            long start = System.nanoTime();
            executor.decode(new int[batch]);
            CalibrationPoint point = point(executor.architecture(), request, (System.nanoTime() - start) / 1e9);
            best = best == null || point.measuredSeconds() < best.measuredSeconds() ? point : best;
        }
        return best;
    }

    /** Times a prefill of fresh sequences: one warm-up, then the fastest of {@link #REPEATS}. */
    private static CalibrationPoint prefill(ReferenceExecutor executor, int batch, int promptTokens) {
        double best = Double.MAX_VALUE;
        for (int run = 0; run <= REPEATS; run++) {
            executor.reset();
            long start = System.nanoTime();
            executor.prefill(tokens(batch, promptTokens));
            double seconds = (System.nanoTime() - start) / 1e9;
            best = run == 0 ? best : Math.min(best, seconds);
        }
        return point(executor.architecture(), ProfileRequest.prefill(batch, 0, promptTokens), best);
    }

    private static CalibrationPoint point(ModelArchitecture arch, ProfileRequest request, double seconds) {
        ProfileRequest fp32 = request.withWeights(Precision.FP32).withKv(Precision.FP32).withActivations(Precision.FP32);
        ExecutionProfile profile = Profiler.profile(arch, fp32);
        String workload = arch.id() + " " + request.phase().name().toLowerCase(Locale.ROOT) + " batch " + request.batch()
                + (request.phase() == Phase.DECODE ? " context " + request.context() : " prompt " + request.promptTokens());
        return new CalibrationPoint(workload, profile.flops(), profile.bytes(), Double.NaN, seconds);
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
