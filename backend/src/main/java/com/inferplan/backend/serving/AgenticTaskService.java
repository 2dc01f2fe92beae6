package com.inferplan.backend.serving;

import com.inferplan.backend.hardware.HardwareService;
import com.inferplan.backend.model.ModelService;
import com.inferplan.backend.serving.AgenticComparison.OptionResult;
import com.inferplan.backend.serving.AgenticComparison.PlannedDeployment;
import com.inferplan.backend.serving.AgenticTaskRequest.Option;
import com.inferplan.backend.support.DraftValidator;
import com.inferplan.backend.support.FieldProblem;
import com.inferplan.backend.support.InvalidInputException;
import com.inferplan.catalog.Accelerator;
import com.inferplan.engine.agentic.AgenticTaskModel;
import com.inferplan.engine.agentic.CodingTask;
import com.inferplan.engine.agentic.LinearModelSpeed;
import com.inferplan.engine.agentic.ModelSpeed;
import com.inferplan.engine.agentic.SolvedTaskEstimate;
import com.inferplan.engine.agentic.TokenPrices;
import com.inferplan.engine.agentic.Turn;
import com.inferplan.engine.evaluation.Engine;
import com.inferplan.engine.loadtest.DeploymentChoice;
import com.inferplan.engine.loadtest.DeploymentDoesNotFitException;
import com.inferplan.engine.loadtest.DeploymentModelSpeed;
import com.inferplan.engine.loadtest.ServingDeployment;
import com.inferplan.engine.loadtest.ServingPlanner;
import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.engine.serving.SchedulerConfig;
import com.inferplan.engine.transport.TransportProfile;
import com.inferplan.pricing.catalog.ApiPrice;
import com.inferplan.pricing.catalog.PricingCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;

/**
 * The agentic-task feature's only API: wall time, tokens and cost of a coding task per attempt and per
 * solved task, for options whose speed comes from a planned deployment or is stated.
 */
@Service
public class AgenticTaskService {

    private final ModelService models;
    private final HardwareService hardware;
    private final DraftValidator validator;
    private final Engine engine;

    public AgenticTaskService(ModelService models, HardwareService hardware, DraftValidator validator,
                              ServingEngine engine) {
        this.engine = engine.engine();
        this.models = models;
        this.hardware = hardware;
        this.validator = validator;
    }

    /** The per-token list prices the pricing catalog has for a model, with their sources. */
    public List<ApiPrice> apiPrices(String modelId) {
        return PricingCatalog.builtIn().apiPrices(modelId);
    }

    public AgenticComparison compare(AgenticTaskRequest request) {
        validator.requireValid(request);
        CodingTask task = AgenticTasks.of(request.task());
        List<OptionResult> results = new ArrayList<>();
        for (int i = 0; i < request.options().size(); i++) {
            results.add(run(task, request.options().get(i), "options[" + i + "]"));
        }
        long output = task.turns().stream().mapToLong(Turn::outputTokens).sum();
        return new AgenticComparison(new AgenticComparison.TaskSummary(task.name(), task.turns().size(),
                task.initialContextTokens(), task.finalContextTokens(), output), results);
    }

    private OptionResult run(CodingTask task, Option option, String field) {
        boolean planned = option.model() != null || option.hardware() != null;
        if (planned == (option.speed() != null)) {
            throw new InvalidInputException(field, option.label(), "give either model and hardware or a stated speed");
        }
        PlannedDeployment deployment = null;
        ModelSpeed speed;
        if (planned) {
            ServingDeployment serving = plan(task, option, field);
            deployment = new PlannedDeployment(serving.plan().model().id(), serving.plan().hardware().id(),
                    serving.plan().chips(), serving.plan().parallelism().label());
            speed = deploymentSpeed(serving, option, field);
        } else {
            speed = new LinearModelSpeed(option.speed().firstTokenSeconds(), option.speed().prefillTokensPerSecond(),
                    option.speed().outputTokensPerSecond());
        }
        TransportProfile transport = LoadTestService.transport(option.transport());
        TokenPrices prices = new TokenPrices(AgenticTasks.effectiveInputPrice(task, option), option.usdPerMillionOutput());
        SolvedTaskEstimate solved = AgenticTaskModel.solved(task, speed, transport, option.passRate(), prices);
        return new OptionResult(option.label(), planned ? "deployment" : "stated", deployment, transport.name(),
                speed.outputTokensPerSecond(task.initialContextTokens()), solved.attempt(), solved.passRate(),
                solved.expectedAttempts(), solved.attemptsFor90Percent(), solved.attempt().wallSeconds() / 60,
                solved.wallSecondsPerSolvedTask() / 60, solved.inputTokensPerSolvedTask(),
                solved.outputTokensPerSolvedTask(), solved.usdPerAttempt(), solved.usdPerSolvedTask());
    }

    /** Planned to hold the task's whole final context: its last answer on top of everything before it. */
    private ServingDeployment plan(CodingTask task, Option option, String field) {
        ModelArchitecture model = models.requireField(field + ".model", option.model());
        Accelerator chip = hardware.catalog().find(Objects.requireNonNullElse(option.hardware(), ""))
                .orElseThrow(() -> new InvalidInputException(field + ".hardware", option.hardware(),
                        "is not in the hardware catalog (GET /api/v1/hardware lists it)"));
        if (task.finalContextTokens() > model.maxContext()) {
            throw new InvalidInputException(field + ".model", model.id(), "the task grows to "
                    + task.finalContextTokens() + " tokens of context, beyond the model's " + model.maxContext());
        }
        int answer = task.turns().stream().mapToInt(Turn::outputTokens).max().orElse(1);
        try {
            return ServingPlanner.plan(engine, new DeploymentChoice(model, chip, option.chips(), 1),
                    (int) task.finalContextTokens() - answer, answer);
        } catch (DeploymentDoesNotFitException e) {
            throw new InvalidInputException(field, option.label(), "does not fit: " + e.reason());
        }
    }

    /** Prompts are prefilled in chunks of the vLLM step budget, next to the other users' decodes. */
    private static ModelSpeed deploymentSpeed(ServingDeployment serving, Option option, String field) {
        try {
            return new DeploymentModelSpeed(serving.stepTimeModel(),
                    Objects.requireNonNullElse(option.concurrentUsers(), 1),
                    SchedulerConfig.vllmDefaults().maxTokensPerStep());
        } catch (com.inferplan.engine.serving.validation.InvalidInputException e) {
            throw new InvalidInputException(List.of(new FieldProblem(field + ".concurrentUsers", e.value(), e.reason())));
        }
    }
}
