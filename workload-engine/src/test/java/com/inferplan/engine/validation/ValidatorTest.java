package com.inferplan.engine.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.inferplan.engine.evaluation.Engine;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidatorTest {

    private static final Validator VALIDATOR = new Validator(Engine.builtIn());

    @Test
    void errorIsSignedPercentageOfTheMeasuredValue() {
        List<Measurement> rows = MeasurementsCsv.read(new StringReader(
                "metric,value,id,hardware,model,load,concurrency,input_tokens,output_tokens,chips,extra\n"
                        + "tpot_ms,5,x,nvidia-h100-sxm,llama-3.1-8b,closed,1,100,100,1,kept\n"));
        RowPrediction p = VALIDATOR.predict(rows.get(0));
        // error_pct = 100 × (predicted − 5) / 5
        assertThat(p.errorPct()).isCloseTo(100 * (p.predicted() - 5) / 5, org.assertj.core.api.Assertions.within(1e-9));
        StringWriter out = new StringWriter();
        ValidationCsvWriter.write(List.of(p), out);
        assertThat(out.toString()).startsWith("metric,value,id,hardware,model,load,concurrency,input_tokens,"
                + "output_tokens,chips,extra,predicted,error_pct,status").contains(",kept,").contains(",ok");
    }

    @Test
    void aQuantisedRepoWithoutAStatedPrecisionIsEvaluatedInTheFormatItsNameStates() {
        List<Measurement> rows = MeasurementsCsv.read(new StringReader(
                "id,hardware,chips,model,weight_precision,load,concurrency,input_tokens,output_tokens,metric,value\n"
                        + "a,nvidia-b200,8,nvidia/DeepSeek-R1-0528-FP4-v2,,closed,1,1000,100,tpot_ms,5\n"
                        + "b,nvidia-b200,8,nvidia/DeepSeek-R1-0528-FP4-v2,fp8,closed,1,1000,100,tpot_ms,5\n"));
        assertThat(VALIDATOR.request(rows.get(0)).model().id()).isEqualTo("deepseek-r1");
        assertThat(VALIDATOR.request(rows.get(0)).weights()).isEqualTo(com.inferplan.catalog.Precision.NVFP4);
        // a stated precision wins over the name
        assertThat(VALIDATOR.request(rows.get(1)).weights()).isEqualTo(com.inferplan.catalog.Precision.FP8);
    }

    @Test
    void unknownModelIsUnsupportedWithItsReason() {
        List<Measurement> rows = MeasurementsCsv.read(new StringReader(
                "id,hardware,model,load,concurrency,input_tokens,output_tokens,metric,value\n"
                        + "x,nvidia-h100-sxm,no-such-model,closed,1,10,10,tpot_ms,5\n"));
        RowPrediction p = VALIDATOR.predict(rows.get(0));
        assertThat(p.status()).startsWith("unsupported: ").contains("no-such-model");
    }

    @Test
    void extendedPublicSetIsFullyPredictedWithTheSpecifiedSummaryLine() {
        List<Measurement> rows = MeasurementsCsv.read(new InputStreamReader(
                getClass().getResourceAsStream("/measurements/public-extended.csv"), StandardCharsets.UTF_8));
        ValidationSummary summary = ValidationSummary.of(VALIDATOR.validate(rows));
        assertThat(summary.predicted()).isEqualTo(summary.rows());
        assertThat(summary.line()).matches("validation: rows=\\d+ predicted=\\d+ median_abs_pct_error=[\\d.]+ "
                + "p90_abs_pct_error=[\\d.]+ within_25pct=\\d+%");
    }

    @Test
    void medianInterpolatesBetweenTheMiddleRanks() {
        // sorted |errors| 10, 20, 30, 40 -> median 25, p90 at rank 2.7 -> 37
        assertThat(ValidationSummary.percentile(new double[] {10, 20, 30, 40}, 0.5)).isEqualTo(25);
        assertThat(ValidationSummary.percentile(new double[] {10, 20, 30, 40}, 0.9)).isCloseTo(37,
                org.assertj.core.api.Assertions.within(1e-9));
    }
}
