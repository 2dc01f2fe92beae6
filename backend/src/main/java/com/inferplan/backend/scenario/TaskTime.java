package com.inferplan.backend.scenario;

import com.inferplan.backend.scenario.Figure.FigureInput;
import com.inferplan.engine.agentic.AgenticTaskModel;
import com.inferplan.engine.agentic.AttemptEstimate;
import com.inferplan.engine.agentic.CodingTask;
import com.inferplan.engine.agentic.TaskPresets;
import com.inferplan.engine.loadtest.DeploymentModelSpeed;
import com.inferplan.engine.serving.StepTimeModel;
import com.inferplan.engine.transport.TransportProfile;
import java.util.List;

/**
 * Wall time of one attempt at a coding task on a candidate's replica while it carries its share of the
 * peak (decision 0405's model with the engine's step times). {@code minutes} is null, with
 * {@code reason}, when the task's context outgrows the model or the replica's KV cache.
 */
public record TaskTime(String task, Figure minutes, String reason) {

    /** The two preset tasks behind the published Codex-Spark comparison. */
    static List<TaskTime> presets(StepTimeModel model, int maxContext, int concurrentSequences,
                                  TransportProfile transport) {
        return List.of(TaskPresets.interactiveEdit(), TaskPresets.longAgenticRun()).stream()
                .map(task -> of(task, model, maxContext, concurrentSequences, transport)).toList();
    }

    static TaskTime of(CodingTask task, StepTimeModel model, int maxContext, int concurrentSequences,
                       TransportProfile transport) {
        long context = task.finalContextTokens();
        if (context > maxContext) {
            return new TaskTime(task.name(), null, "the task grows to " + context
                    + " tokens of context, beyond the model's " + maxContext);
        }
        if (context > model.kvCapacityTokens()) {
            return new TaskTime(task.name(), null, "the task grows to " + context
                    + " tokens of context; one replica's KV cache holds " + model.kvCapacityTokens());
        }
        int others = Math.max(1, Math.min(model.maxBatch(), concurrentSequences));
        DeploymentModelSpeed speed = new DeploymentModelSpeed(model, others,
                LoadSimulation.scheduler(model).maxTokensPerStep());
        AttemptEstimate a = AgenticTaskModel.attempt(task, speed, transport);
        Figure minutes = Figure.of("minutes", a.wallSeconds() / 60, "min",
                "minutes = (ttft + generation + tools + transport) / 60, summed over the task's turns",
                List.of(FigureInput.of("ttft", a.timeToFirstTokenSeconds(), "s", Origin.MODEL),
                        FigureInput.of("generation", a.generationSeconds(), "s", Origin.MODEL),
                        FigureInput.of("tools", a.toolSeconds(), "s", Origin.ASSUMED),
                        FigureInput.of("transport", a.transportSeconds(), "s (" + transport.name() + ")", Origin.ESTIMATE),
                        FigureInput.of("concurrentSequences", others, "sequences", Origin.MODEL)),
                true, List.of(task.name() + ": " + task.turns().size() + " turns, context " + task.initialContextTokens()
                                + " → " + context + " tokens (docs/decisions/0405-agentic-task-model.md).",
                        "Decoding next to the replica's mean load at the peak (" + others + " sequences)."));
        return new TaskTime(task.name(), minutes, null);
    }
}
