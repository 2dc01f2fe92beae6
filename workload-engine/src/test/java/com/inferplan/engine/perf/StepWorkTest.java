package com.inferplan.engine.perf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StepWorkTest {

    @Test
    void aLonePromptRunsWholeOnOneAttentionDataParallelRank() {
        StepWork prompt = StepWork.prefill(1, 1024);
        assertThat(prompt.busiestRankOf(8)).isEqualTo(prompt);
    }

    @Test
    void theBusiestRankRunsTheCeilingOfItsShareOfWholeSequences() {
        // 9 prompts over 8 ranks: one rank runs 2 of them, 2 × 100 tokens and 2 × 5,050 query-key pairs
        StepWork busiest = StepWork.prefill(9, 100).busiestRankOf(8);
        assertThat(busiest.prefillSequences()).isEqualTo(2.0, within(1e-12));
        assertThat(busiest.prefillTokens()).isEqualTo(200.0, within(1e-9));
        assertThat(busiest.prefillAttendedPairs()).isEqualTo(2 * 5050.0, within(1e-9));
        // 4 decodes over 8 ranks: one each on four ranks, each attending its own 1,000 positions
        StepWork decode = StepWork.decode(4, 1000).busiestRankOf(8);
        assertThat(decode.decodeSequences()).isEqualTo(1.0, within(1e-12));
        assertThat(decode.decodeContextTokens()).isEqualTo(1000.0, within(1e-9));
        // 16 decodes over 8 ranks divide evenly
        assertThat(StepWork.decode(16, 1000).busiestRankOf(8).decodeSequences())
                .isEqualTo(2.0, within(1e-12));
    }
}
