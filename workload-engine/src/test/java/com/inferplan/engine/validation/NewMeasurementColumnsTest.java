package com.inferplan.engine.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.inferplan.engine.evaluation.Engine;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The columns measurements-format.md added: slo load and limits, attention_dp, mode and pools, framework. */
class NewMeasurementColumnsTest {

    private static final Engine ENGINE = Engine.builtIn();
    private static final Validator VALIDATOR = new Validator(ENGINE);
    private static final String HEADER = "id,hardware,model,framework,load,concurrency,input_tokens,output_tokens,"
            + "chips,tp,ep,attention_dp,mode,prefill_workers,prefill_tp,decode_workers,decode_tp,"
            + "ttft_limit_ms,tpot_limit_ms,limit_percentile,metric,value\n";

    private static RowPrediction predict(String row) {
        return VALIDATOR.predict(MeasurementsCsv.read(new StringReader(HEADER + row + "\n")).get(0));
    }

    @Test
    void aZeroTensorParallelSizeIsAFieldErrorWithItsLineAndColumn() {
        RowPrediction p = predict("x,nvidia-h100-sxm,qwen3-32b,vllm,closed,8,1000,100,1,0,,,agg,,,,,,,,tpot_ms,10");
        assertThat(p.status()).isEqualTo("unsupported: line 2, column 'tp': 0 must be a whole number of at least 1 (or empty)");
    }

    @Test
    void aZeroChipCountExpertOrAttentionDpSizeReadsAsNotStatedAsAiConfiguratorWritesIt() {
        RowPrediction zeros = predict("x,nvidia-h100-sxm,qwen3-32b,vllm,closed,8,1000,100,0,2,0,0,agg,,,,,,,,tpot_ms,10");
        RowPrediction empty = predict("x,nvidia-h100-sxm,qwen3-32b,vllm,closed,8,1000,100,,2,,,agg,,,,,,,,tpot_ms,10");
        assertThat(zeros.status()).isEqualTo("ok");
        assertThat(zeros.predicted()).isEqualTo(empty.predicted());
    }

    @Test
    void anUnknownModeIsAFieldError() {
        RowPrediction p = predict("x,nvidia-h100-sxm,qwen3-32b,vllm,closed,8,1000,100,1,1,,,split,,,,,,,,tpot_ms,10");
        assertThat(p.status()).contains("column 'mode'").contains("agg or disagg");
    }

    @Test
    void disaggregatedPoolsNeedWorkersAndLayoutsThatAddUpToTheChips() {
        RowPrediction wrong = predict("x,nvidia-b200,qwen3-32b,trtllm,closed,8,1000,100,10,,,,disagg,2,1,1,4,,,,ttft_ms,100");
        assertThat(wrong.status()).contains("column 'chips'").contains("= 6");
        RowPrediction missing = predict("x,nvidia-b200,qwen3-32b,trtllm,closed,8,1000,100,6,,,,disagg,2,1,,4,,,,ttft_ms,100");
        assertThat(missing.status()).contains("column 'decode_workers'").contains("required for mode disagg");
        RowPrediction wellFormed = predict("x,nvidia-b200,qwen3-32b,trtllm,closed,8,1000,100,6,,,,disagg,2,1,1,4,,,,ttft_ms,100");
        assertThat(wellFormed.status()).isEqualTo("ok");
    }

    @Test
    void sloRowsNeedALimitAndAPercentileTheSimulatorHolds() {
        RowPrediction noLimit = predict("x,nvidia-h100-sxm,qwen3-32b,vllm,slo,,1000,100,1,,,,,,,,,,,,throughput_tok_s_total,1000");
        assertThat(noLimit.status()).contains("column 'ttft_limit_ms'");
        RowPrediction badPercentile = predict(
                "x,nvidia-h100-sxm,qwen3-32b,vllm,slo,,1000,100,1,,,,,,,,,2000,50,100,throughput_tok_s_total,1000");
        assertThat(badPercentile.status()).contains("column 'limit_percentile'").contains("50, 90 or 99");
        RowPrediction wellFormed = predict(
                "x,nvidia-h100-sxm,qwen3-32b,vllm,slo,,1000,100,1,,,,,,,,,2000,50,,throughput_tok_s_total,1000");
        assertThat(wellFormed.status()).isEqualTo("ok");
    }

    @Test
    void attentionDataParallelMultipliesTheMoeReplicaAndRunsAttentionPerRank() {
        RowPrediction p = predict("x,nvidia-b200,gpt-oss-120b,trtllm,closed,64,1000,100,4,1,4,4,agg,,,,,,,,tpot_ms,10");
        assertThat(p.supported()).as(p.status()).isTrue();
        var request = VALIDATOR.request(MeasurementsCsv.read(new StringReader(HEADER
                + "x,nvidia-b200,gpt-oss-120b,trtllm,closed,64,1000,100,4,1,4,4,agg,,,,,,,,tpot_ms,10\n")).get(0));
        var plan = ENGINE.evaluate(request).plan();
        assertThat(plan.parallelism().tp()).isEqualTo(4);
        assertThat(plan.parallelism().attentionDataParallel()).isTrue();
    }

    @Test
    void anUnknownServingStackIsPredictedWithTheFamilysGenericStackAndFlagged() {
        RowPrediction p = predict("x,nvidia-h100-sxm,qwen3-32b,my-own-server,closed,8,1000,100,1,1,,,agg,,,,,,,,tpot_ms,10");
        assertThat(p.supported()).isTrue();
        assertThat(p.status()).startsWith("ok; serving stack 'my-own-server' is not known: predicted with the gpu family's generic stack");
    }
}
