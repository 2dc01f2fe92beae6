package com.inferplan.engine.serving;

import com.inferplan.engine.serving.validation.InvalidInputException;
import com.inferplan.engine.serving.validation.Require;
import com.inferplan.engine.serving.workload.RequestStream;
import com.inferplan.engine.serving.workload.Workload;

/**
 * Discrete-event simulation of LLM serving: a workload's requests routed over identical replicas,
 * each running a continuous-batching scheduler whose iterations last as long as the
 * {@link StepTimeModel} says. Memory is flat in the number of requests (streamed workload, sketch
 * statistics); only requests in the system are held.
 */
public final class ServingSimulator {

  private ServingSimulator() {}

  public static SimulationResult run(Workload workload, StepTimeModel model,
      SimulationConfig config) {
    return run(workload, model, config, RunControl.NONE);
  }

  /**
   * @throws SimulationCancelledException when {@code control} reports cancellation
   * @throws InvalidInputException        on inconsistent inputs or an invalid step time
   */
  public static SimulationResult run(Workload workload, StepTimeModel model,
      SimulationConfig config, RunControl control) {
    Require.present("workload", workload);
    Require.present("model", model);
    Require.present("config", config);
    Require.present("control", control);
    validate(model, config.scheduler());
    try (RequestStream stream = workload.open()) {
      return new SimulationRun(model, config, control, workload.requestCount()).execute(stream);
    }
  }

  private static void validate(StepTimeModel model, SchedulerConfig scheduler) {
    Require.positive("model.maxBatch", model.maxBatch());
    Require.positive("model.kvCapacityTokens", model.kvCapacityTokens());
    if (scheduler.maxTokensPerStep() < model.maxBatch()) {
      throw new InvalidInputException("scheduler.maxTokensPerStep", scheduler.maxTokensPerStep(),
          "must be >= model.maxBatch = " + model.maxBatch()
              + " so every running sequence can decode in each iteration");
    }
    if (model.kvCapacityTokens() < scheduler.kvBlockTokens()) {
      throw new InvalidInputException("model.kvCapacityTokens", model.kvCapacityTokens(),
          "must hold at least one KV block of " + scheduler.kvBlockTokens() + " tokens");
    }
  }
}
