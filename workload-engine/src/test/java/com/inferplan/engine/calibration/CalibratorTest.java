package com.inferplan.engine.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.inferplan.engine.evaluation.Engine;
import com.inferplan.engine.perf.EfficiencyAdjustment;
import com.inferplan.engine.validation.Measurement;
import com.inferplan.engine.validation.MeasurementsCsv;
import com.inferplan.engine.validation.Metric;
import com.inferplan.engine.validation.Validator;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The calibrator must find a family multiplier that the engine itself hid in synthetic rows: rows
 * are predicted by an engine whose GPU family runs at a known fraction of its documented
 * efficiency, then fitted starting from the documented table.
 */
class CalibratorTest {

    private static final Engine ENGINE = Engine.builtIn();
    private static final String HEADER = "id,hardware,chips,model,weight_precision,framework,load,concurrency,"
            + "input_tokens,output_tokens,metric,value\n";
    /** Decode-heavy and prefill-heavy rows on H100s (family gpu) and one Cerebras row (another family). */
    private static final String[] ROWS = {
        "s1,nvidia-h100-sxm,1,llama-3.1-8b,bf16,vllm,closed,1,1000,1000,tpot_ms",
        "s2,nvidia-h100-sxm,2,llama-3.1-70b,fp8,trtllm,closed,1,2000,500,tpot_ms",
        "s3,nvidia-h100-sxm,1,llama-3.1-8b,fp8,trtllm,max,,1000,1000,throughput_tok_s_total",
        "s4,nvidia-h100-sxm,4,llama-3.1-70b,bf16,trtllm,static,16,1024,1024,e2e_latency_ms",
        "s5,nvidia-h100-sxm,1,mistral-7b,bf16,vllm,static,16,1024,1,ttft_ms",
        "s6,nvidia-h100-sxm,8,llama-3.1-405b,fp8,trtllm,max,,128,2048,throughput_tok_s_total",
        "s7,nvidia-h100-sxm,1,llama-2-7b,bf16,vllm,closed,8,512,256,tpot_ms",
        "s8,nvidia-h100-sxm,1,llama-3.1-8b,bf16,trtllm,static,32,2048,16,ttft_ms",
        "c1,cerebras-cs-3,1,llama-3.1-8b,bf16,cerebras,closed,1,1000,1000,output_tok_s_per_user"};

    /** The rows with the values the given engine predicts for them. */
    private static List<Measurement> rowsPredictedBy(Engine truth) {
        Validator validator = new Validator(truth);
        StringBuilder csv = new StringBuilder(HEADER);
        for (String row : ROWS) {
            Measurement probe = MeasurementsCsv.read(new StringReader(HEADER + row + ",1\n")).get(0);
            double value = Metric.parse(probe.get("metric"), 2).of(truth.evaluate(validator.request(probe)));
            csv.append(row).append(',').append(String.format(Locale.ROOT, "%.6g", value)).append('\n');
        }
        return MeasurementsCsv.read(new StringReader(csv.toString()));
    }

    private static Engine withGpu(EfficiencyAdjustment a) {
        return ENGINE.withEfficiencies(ENGINE.efficiencies().withAdjustment("gpu", a));
    }

    @Test
    void fitRecoversTheMemoryMultiplierHiddenInTheRows() {
        List<Measurement> rows = rowsPredictedBy(withGpu(new EfficiencyAdjustment(1, 0.8, 1, 1)));
        CalibrationResult r = new Calibrator(ENGINE).calibrate(rows, "gpu", 4, EnumSet.of(Knob.MEMORY));
        assertThat(r.adjustment().memoryScale()).isCloseTo(0.8, within(0.01));
        assertThat(r.adjustment().computeScale()).isEqualTo(1);
        // the Cerebras row belongs to another family and is not fitted
        assertThat(r.rows()).isEqualTo(8);
        assertThat(r.fittedMedianAbsPctError()).isLessThan(1);
        assertThat(r.heldOutMedianAbsPctError()).isLessThan(1);
    }

    @Test
    void fitRecoversComputeAndMemoryTogetherAndReportsHeldOutError() {
        List<Measurement> rows = rowsPredictedBy(withGpu(new EfficiencyAdjustment(0.9, 1.1, 1, 1)));
        CalibrationResult r = new Calibrator(ENGINE).calibrate(rows, "gpu", 4,
                EnumSet.of(Knob.COMPUTE, Knob.MEMORY));
        assertThat(r.adjustment().computeScale()).isCloseTo(0.9, within(0.02));
        assertThat(r.adjustment().memoryScale()).isCloseTo(1.1, within(0.02));
        assertThat(r.heldOutMedianAbsPctError()).isLessThan(2);
    }

    @Test
    void documentedDefaultsFitUnperturbedRowsWithMultipliersOfOne() {
        List<Measurement> rows = new ArrayList<>(rowsPredictedBy(ENGINE));
        CalibrationResult r = new Calibrator(ENGINE).calibrate(rows, "gpu", 3, EnumSet.of(Knob.MEMORY));
        assertThat(r.adjustment().memoryScale()).isCloseTo(1, within(0.005));
    }

    @Test
    void aFamilyWithFewerThanTwoRowsCannotBeCalibrated() {
        List<Measurement> rows = rowsPredictedBy(ENGINE);
        assertThatThrownBy(() -> new Calibrator(ENGINE).calibrate(rows, "wafer-scale", 3))
                .hasMessageContaining("wafer-scale").hasMessageContaining("at least 2");
    }
}
