package com.inferplan.engine.serving;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.inferplan.engine.serving.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

class InputValidationTest {

  @Test
  void budgetSmallerThanBatchIsRejectedWithTheFieldName() {
    assertThatThrownBy(() -> ServingSimulator.run(Fixtures.chatWorkload(1, 10, 1),
        Fixtures.batchingReplica(400_000, 256),
        Fixtures.singleReplica(new SchedulerConfig(128, 16, true))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("scheduler.maxTokensPerStep = 128")
        .hasMessageContaining("maxBatch = 256");
  }

  @Test
  void nonPositiveStepTimeIsReportedWithTheBatchShape() {
    StepTimeModel free = new AffineStepTimeModel(0, 0, 0, 0, 0, 400_000, 8);

    assertThatThrownBy(() -> ServingSimulator.run(Fixtures.chatWorkload(1, 10, 1), free,
        Fixtures.singleReplica(SchedulerConfig.vllmDefaults())))
        .isInstanceOf(InvalidStepTimeException.class)
        .hasMessageContaining("StepTimeModel.iterationSeconds = 0.0")
        .hasMessageContaining("prefillTokens=");
  }

  @Test
  void sloAttainmentOutsidePercentRangeIsRejected() {
    assertThatThrownBy(() -> new Slo(500, 50, 0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("attainmentPercent = 0.0: must be in (0, 100]");
  }

  @Test
  void workloadThatNeverFitsIsAnErrorNotAnEmptyResult() {
    StepTimeModel tiny = new AffineStepTimeModel(0.01, 0, 0, 0, 0, 32, 8);

    assertThatThrownBy(() -> ServingSimulator.run(Fixtures.chatWorkload(1, 10, 1), tiny,
        Fixtures.singleReplica(SchedulerConfig.vllmDefaults())))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("none fits one replica");
  }
}
