package com.inferplan.backend.serving;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.inferplan.backend.hardware.HardwareService;
import com.inferplan.backend.model.ModelService;
import com.inferplan.backend.support.DraftValidator;
import com.inferplan.backend.support.InvalidInputException;
import com.inferplan.catalog.Accelerator;
import com.inferplan.engine.evaluation.Engine;
import com.inferplan.engine.evaluation.InvalidEvaluationException;
import com.inferplan.engine.model.ContextLengthException;
import com.inferplan.engine.loadtest.DeploymentChoice;
import com.inferplan.engine.loadtest.DeploymentDoesNotFitException;
import com.inferplan.engine.loadtest.LoadStudy;
import com.inferplan.engine.loadtest.LoadTest;
import com.inferplan.engine.loadtest.LoadTestJson;
import com.inferplan.engine.loadtest.ServingDeployment;
import com.inferplan.engine.loadtest.ServingPlanner;
import com.inferplan.engine.loadtest.StudyListener;
import com.inferplan.engine.loadtest.WorkloadShape;
import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.engine.serving.RunControl;
import com.inferplan.engine.serving.Slo;
import com.inferplan.engine.transport.TransportProfile;
import java.util.Objects;
import org.springframework.stereotype.Service;
import com.inferplan.backend.work.WorkGate;
import com.inferplan.engine.serving.ProgressListener;

/**
 * The load-test feature's only API: turns a {@link SimulationRequest} into a planned load test (custom
 * models and hardware included), runs it synchronously for the REST API, or as a background study with
 * progress and cancellation for the web page.
 */
@Service
public class LoadTestService {

    private final ModelService models;
    private final HardwareService hardware;
    private final DraftValidator validator;
    private final StudyExecutor executor;
    private final Engine engine;
    private final WorkGate gate;

    public LoadTestService(ModelService models, HardwareService hardware, DraftValidator validator,
                           StudyExecutor executor, ServingEngine engine, WorkGate gate) {
        this.engine = engine.engine();
        this.gate = gate;
        this.models = models;
        this.hardware = hardware;
        this.validator = validator;
        this.executor = executor;
    }

    /** Validates, plans and checks the fit; nothing is simulated yet. */
    public LoadTest prepare(SimulationRequest request) {
        validator.requireValid(request);
        try {
            WorkloadShape workload = workload(request.workload());
            ServingDeployment deployment = ServingPlanner.plan(engine, choice(request.deployment()), workload);
            return new LoadTest(deployment, workload, slo(request.slo()), transport(request.transport()));
        } catch (com.inferplan.engine.serving.validation.InvalidInputException e) {
            throw EngineFieldNames.translate(e);
        } catch (DeploymentDoesNotFitException e) {
            throw new InvalidInputException("deployment", request.deployment().model() + " on "
                    + request.deployment().hardware(), "does not fit: " + e.reason());
        } catch (ContextLengthException e) {
            throw new InvalidInputException(e.field().equals("inputTokens") ? "workload.inputMeanTokens"
                    : "workload.outputMeanTokens", e.requestedTokens(), e);
        } catch (InvalidEvaluationException e) {
            throw new InvalidInputException("workload", request.workload().inputMeanTokens() + " + "
                    + request.workload().outputMeanTokens() + " tokens", e.getMessage());
        }
    }

    /** The simulation (or the SLO search) as the CLI's JSON; runs on the caller's thread. */
    public ObjectNode simulate(SimulationRequest request) {
        LoadTest test = prepare(request);
        return gate.run(request.findMaxRate() ? "this SLO search" : "this simulation", cancelled -> {
            RunControl control = new RunControl(ProgressListener.NONE, cancelled);
            return request.findMaxRate()
                    ? LoadTestJson.maxRate(test, test.findMaxRate(control))
                    : LoadTestJson.run(test, test.run(control));
        });
    }

    /** Starts the page's study (main run, SLO search, load sweep) on a background thread. */
    public RunningStudy start(LoadTest test, StudyListener listener) {
        return executor.submit(control -> LoadStudy.run(test, listener, control));
    }

    private DeploymentChoice choice(SimulationRequest.Deployment d) {
        ModelArchitecture model = models.requireField("deployment.model", d.model());
        Accelerator chip = hardware.catalog().find(d.hardware()).orElseThrow(() -> new InvalidInputException(
                "deployment.hardware", d.hardware(), "is not in the hardware catalog (GET /api/v1/hardware lists it)"));
        return new DeploymentChoice(model, chip, d.chips(), Objects.requireNonNullElse(d.replicas(), 1));
    }

    private static WorkloadShape workload(SimulationRequest.Workload w) {
        boolean bursty = "bursty".equals(w.arrivals());
        if (!bursty && w.burstiness() != null) {
            throw new InvalidInputException("workload.burstiness", w.burstiness(), "applies to bursty arrivals only");
        }
        double burstiness = bursty ? Objects.requireNonNullElse(w.burstiness(), WorkloadShape.BURSTY_DEFAULT) : 1;
        return new WorkloadShape(w.ratePerSecond(), w.requests(), burstiness, w.inputMeanTokens(),
                Objects.requireNonNullElse(w.inputSigma(), 0.0), w.outputMeanTokens(),
                Objects.requireNonNullElse(w.outputSigma(), 0.0), Objects.requireNonNullElse(w.seed(), 1L));
    }

    private static Slo slo(SimulationRequest.Objective o) {
        Slo standard = LoadTest.DEFAULT_SLO;
        if (o == null) {
            return standard;
        }
        return new Slo(Objects.requireNonNullElse(o.ttftMs(), standard.ttftMs()),
                Objects.requireNonNullElse(o.tpotMs(), standard.tpotMs()),
                Objects.requireNonNullElse(o.attainmentPercent(), standard.attainmentPercent()));
    }

    static TransportProfile transport(String name) {
        if (name == null) {
            return TransportProfile.httpSse();
        }
        return switch (name) {
            case "websocket" -> TransportProfile.webSocket();
            case "none" -> TransportProfile.NONE;
            default -> TransportProfile.httpSse();
        };
    }
}
