package com.inferplan.ui.serving;

import jakarta.annotation.security.PermitAll;
import com.inferplan.backend.hardware.HardwareQuery;
import com.inferplan.backend.hardware.HardwareService;
import com.inferplan.backend.model.ModelService;
import com.inferplan.backend.serving.AgenticTaskService;
import com.inferplan.backend.serving.LoadTestService;
import com.inferplan.backend.serving.RunningStudy;
import com.inferplan.backend.support.FieldProblem;
import com.inferplan.backend.support.InvalidInputException;
import com.inferplan.backend.support.Quantities;
import com.inferplan.catalog.Accelerator;
import com.inferplan.engine.loadtest.LoadStudyResult;
import com.inferplan.engine.loadtest.LoadTest;
import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.engine.serving.SimulationCancelledException;
import com.inferplan.ui.layout.MainLayout;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

/**
 * Serving under load: a discrete-event simulation of a planned deployment, run in the background with
 * progress and cancel, then the SLO-limited rate and latency and goodput against load; below it, an
 * agentic coding task compared across two options. Every input lives in the URL.
 */
@PermitAll
@Route(value = "load-test", layout = MainLayout.class)
@PageTitle("Load test · InferPlan")
public class LoadTestView extends VerticalLayout implements BeforeEnterObserver {

    private final LoadTestService service;
    private final LoadTestForm form;
    private final RunPanel runPanel = new RunPanel();
    private final LoadTestResults results = new LoadTestResults();
    private final AgenticSection agentic;
    private RunningStudy current;
    private boolean urlUpdatePending;

    public LoadTestView(LoadTestService service, AgenticTaskService agenticTasks, ModelService models,
                        HardwareService hardware) {
        this.service = service;
        addClassName("ip-page");
        Map<String, String> modelNames = models.list().stream().collect(Collectors.toMap(ModelArchitecture::id,
                ModelArchitecture::displayName, (a, b) -> a, LinkedHashMap::new));
        Map<String, String> hardwareNames = hardware.list(new HardwareQuery(null, null, null, null)).stream()
                .collect(Collectors.toMap(Accelerator::id, Accelerator::name, (a, b) -> a, LinkedHashMap::new));
        this.form = new LoadTestForm(modelNames, hardwareNames);
        this.agentic = new AgenticSection(agenticTasks, modelNames, hardwareNames, this::updateUrl);
        runPanel.run.addClickListener(e -> run());
        runPanel.cancel.addClickListener(e -> cancel());
        Paragraph intro = new Paragraph("Requests arrive at the chosen rate and pattern; each replica batches them "
                + "continuously (vLLM-style chunked prefill, paged KV cache with preemption) at the step times of the "
                + "performance model. Latencies are what clients see through the chosen transport. After the run, the "
                + "highest rate meeting the SLO is searched and load is swept up to it, each on a replay of the same "
                + "requests (at most 3,000).");
        intro.addClassName("ip-muted");
        add(new H2("Load test"), intro, form, runPanel, results, agentic);
    }

    private void run() {
        updateUrl();
        LoadTest test;
        try {
            form.show(List.of());
            test = service.prepare(form.request());
        } catch (InvalidInputException e) {
            List<FieldProblem> rest = form.show(e.problems());
            runPanel.finished("invalid", rest.isEmpty() ? "Check the highlighted fields."
                    : rest.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
            return;
        }
        results.showPlan(test);
        runPanel.started();
        UI ui = UI.getCurrent();
        current = service.start(test, new PushedStudyListener(ui, runPanel, results::showMainRun));
        RunningStudy started = current;
        started.result().whenComplete((study, error) -> PushedStudyListener.push(ui, () -> finish(test, study, error)));
    }

    private void finish(LoadTest test, LoadStudyResult study, Throwable error) {
        Throwable cause = error instanceof CompletionException ? error.getCause() : error;
        if (cause instanceof SimulationCancelledException cancelled) {
            runPanel.finished("cancelled", "Cancelled: the simulation stopped after "
                    + Quantities.number(cancelled.eventsProcessed()) + " events.");
        } else if (cause != null) {
            runPanel.finished("failed", "The simulation stopped: " + cause.getMessage());
        } else {
            results.showStudy(test, study);
            runPanel.finished("done", "Done: " + Quantities.number(test.workload().requests())
                    + " requests simulated, then " + study.maxRate().simulations() + " search probes and "
                    + study.sweep().size() + " sweep points of " + Quantities.number(study.sweep().get(0).result().completed())
                    + " requests each.");
        }
    }

    private void cancel() {
        if (current != null) {
            current.cancel();
            runPanel.cancelling();
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        super.onDetach(detachEvent);
        // Nobody is left to see the result: free the simulation thread.
        cancel();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        form.query().restore(parameters);
        agentic.restore(parameters);
    }

    /**
     * Rewrites the URL once per server round trip, however many fields changed in it: browsers drop
     * history updates that come in floods (filling an option changes a dozen fields).
     */
    private void updateUrl() {
        if (urlUpdatePending) {
            return;
        }
        getUI().ifPresent(ui -> {
            urlUpdatePending = true;
            ui.beforeClientResponse(this, context -> {
                urlUpdatePending = false;
                Map<String, String> parameters = new LinkedHashMap<>(form.query().parameters());
                parameters.putAll(agentic.parameters());
                ui.getPage().getHistory().replaceState(null,
                        "load-test?" + QueryParameters.simple(parameters).getQueryString());
            });
        });
    }
}
