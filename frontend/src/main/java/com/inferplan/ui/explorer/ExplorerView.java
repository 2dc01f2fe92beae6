package com.inferplan.ui.explorer;

import jakarta.annotation.security.PermitAll;
import com.inferplan.backend.hardware.HardwareQuery;
import com.inferplan.backend.hardware.HardwareService;
import com.inferplan.backend.model.ModelService;
import com.inferplan.backend.report.ReportService;
import com.inferplan.backend.scenario.PublishedExample;
import com.inferplan.backend.scenario.Scenario;
import com.inferplan.backend.scenario.ScenarioCodec;
import com.inferplan.backend.scenario.ScenarioResults;
import com.inferplan.backend.scenario.ScenarioService;
import com.inferplan.backend.scenario.WorkloadPreset;
import com.inferplan.backend.support.InvalidInputException;
import com.inferplan.backend.support.NotFoundException;
import com.inferplan.ui.layout.MainLayout;
import com.inferplan.ui.layout.ShareLinkDialog;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The landing page for executives: one scenario, its answer in a sentence, a KPI card per option with
 * every number explained, the Pareto and cost charts. The inputs sit on the side and every change
 * recomputes. The address bar always holds the whole scenario ({@code ?s=}), plus {@code id} and
 * {@code version} when it is based on a saved one, so any view can be shared or reopened exactly.
 */
@PermitAll
@Route(value = "", layout = MainLayout.class)
@PageTitle("Explorer · InferPlan")
public class ExplorerView extends Div implements BeforeEnterObserver, SaveActions.Page {

    private final ScenarioService service;
    private final ScenarioForm form;
    private final AnswerPanel answer = new AnswerPanel();
    private final ExplorerToolbar toolbar = new ExplorerToolbar();
    private final BackgroundAnswer background;
    private final SaveActions actions;
    private Scenario scenario;
    private SavedState saved;
    private boolean example;

    public ExplorerView(ScenarioService service, ModelService models, HardwareService hardware,
                        ExplorerExecutor executor, ReportService reports) {
        this.service = service;
        this.actions = new SaveActions(service, this);
        addClassNames("ip-page", "ipx-page");
        ExplorerChoices choices = ExplorerChoices.of(models.list(),
                hardware.list(HardwareQuery.ALL), service.dealTemplates());
        form = new ScenarioForm(choices, changed -> {
            scenario = changed;
            stateChanged();
        });
        background = new BackgroundAnswer(executor.executor(), Notification::show);
        form.onIncomplete(fields -> answer.showInvalid("Missing or not a number: " + String.join(", ", fields) + "."));
        wire();
        toolbar.addExports(new ReportDownloads(reports, () -> scenario, this::reportName));
        Div main = new Div(toolbar, background, answer);
        main.addClassName("ipx-main");
        Div side = new Div(form);
        side.addClassName("ipx-side");
        side.setId("explorer-inputs");
        add(side, main);
    }

    private void wire() {
        toolbar.save.addClickListener(e -> actions.save());
        toolbar.saveAs.addClickListener(e -> actions.saveAs());
        toolbar.rename.addClickListener(e -> actions.rename());
        toolbar.delete.addClickListener(e -> actions.delete());
        toolbar.open.addClickListener(e -> actions.openSaved());
        toolbar.versions.addClickListener(e -> actions.versions());
        toolbar.share.addClickListener(e -> getUI().ifPresent(ui -> ui.getPage().fetchCurrentURL(
                url -> new ShareLinkDialog("Share this scenario", "explorer-link", "The link holds the whole scenario:"
                        + " whoever opens it sees these inputs and recomputes the same answer, whether or not it is"
                        + " saved.", url.toString()).open())));
        toolbar.example.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("",
                QueryParameters.simple(Map.of("example", PublishedExample.ID)))));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        example = PublishedExample.ID.equals(first(params, "example"));
        saved = savedFrom(first(params, "id"), first(params, "version"));
        scenario = initialScenario(first(params, "s"));
        form.setScenario(scenario);
        stateChanged();
    }

    private Scenario initialScenario(String link) {
        if (link != null) {
            try {
                return ScenarioCodec.fromLink(link);
            } catch (InvalidInputException e) {
                warn("This link does not hold a scenario (" + e.problems().get(0).message() + "); showing "
                        + (saved != null ? "the saved version." : "the default."));
            }
        }
        if (saved != null) {
            return saved.scenario();
        }
        return example ? PublishedExample.scenario() : service.defaultScenario();
    }

    private SavedState savedFrom(String id, String version) {
        if (id == null) {
            return null;
        }
        try {
            return version == null ? SavedState.of(service.get(id))
                    : SavedState.of(service.version(id, Integer.parseInt(version)));
        } catch (NotFoundException | NumberFormatException e) {
            warn("No saved scenario “" + id + "”" + (version == null ? "" : " version " + version)
                    + ": it may have been deleted.");
            return null;
        }
    }

    /** The name a report carries: the saved name and version (marked when edited since), or what it is. */
    private String reportName() {
        if (saved != null) {
            return saved.name() + " v" + saved.version() + (service.sameAnswers(saved.scenario(), scenario) ? "" : " edited");
        }
        return example ? "Codex-Spark published example" : "Unsaved scenario";
    }

    @Override
    public Scenario scenario() {
        return scenario;
    }

    @Override
    public SavedState saved() {
        return saved;
    }

    @Override
    public void savedAs(SavedState state) {
        saved = state;
        updateUrlAndStatus();
    }

    @Override
    public void load(Scenario state, SavedState basedOn) {
        scenario = state;
        saved = basedOn;
        form.setScenario(state);
        stateChanged();
    }

    private void stateChanged() {
        long start = System.nanoTime();
        answer.serverMillis("change-at", System.currentTimeMillis());
        recompute();
        answer.serverMillis("change", (System.nanoTime() - start) / 1_000_000);
    }

    private void updateUrlAndStatus() {
        toolbar.show(saved, saved != null && !service.sameAnswers(saved.scenario(), scenario));
        Map<String, String> params = new LinkedHashMap<>();
        if (saved != null) {
            params.put("id", saved.id());
            params.put("version", String.valueOf(saved.version()));
        }
        if (example) {
            params.put("example", PublishedExample.ID);
        }
        // The link carries today's terms of every cost choice, so it reproduces these numbers later (0708).
        params.put("s", ScenarioCodec.toLink(service.pinned(scenario)));
        String location = "?" + QueryParameters.simple(params).getQueryString();
        // Just before the response: after the router has written the address of a navigation, not before it.
        UI ui = UI.getCurrent();
        ui.beforeClientResponse(ui, context -> ui.getPage().getHistory().replaceState(null, location));
    }

    private void recompute() {
        UI ui = UI.getCurrent();
        Scenario asked = scenario;
        boolean withClaims = example;
        background.start(ui, (cancelled, deliver) -> {
            long start = System.nanoTime();
            ScenarioResults results = service.results(asked, cancelled);
            long computed = System.nanoTime();
            long answerMs = (computed - start) / 1_000_000;
            boolean coding = asked.workload().preset() == WorkloadPreset.INTERACTIVE_CODING
                    || asked.workload().preset() == WorkloadPreset.LONG_AGENTIC;
            deliver.accept(() -> {
                long shown = System.nanoTime();
                answer.show(results, coding);
                answer.hideClaims();
                answer.serverMillis("answer", answerMs);
                answer.serverMillis("lock-wait", (shown - computed) / 1_000_000);
                answer.serverMillis("show", (System.nanoTime() - shown) / 1_000_000);
                answer.serverMillis("shown-at", System.currentTimeMillis());
            });
            long frontiersStart = System.nanoTime();
            var frontiers = service.frontiers(asked);
            long frontiersMs = (System.nanoTime() - frontiersStart) / 1_000_000;
            deliver.accept(() -> {
                answer.showFrontiers(frontiers);
                answer.serverMillis("frontiers", frontiersMs);
            });
            if (withClaims) {
                var claims = service.publishedClaims(asked, results);
                deliver.accept(() -> answer.showClaims(claims));
                var sweep = service.sloSweep(asked);
                deliver.accept(() -> answer.showSloSweep(sweep));
            }
        }, this::failed, this::updateUrlAndStatus);
    }

    private void failed(RuntimeException e) {
        if (e instanceof InvalidInputException invalid) {
            form.showProblems(invalid.problems());
            answer.showInvalid(form.describe(invalid.problems()));
        } else {
            warn("Could not compute this scenario: " + e.getMessage());
        }
    }

    private static void warn(String message) {
        Notification n = Notification.show(message, 8000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() || values.get(0).isBlank() ? null : values.get(0);
    }
}
