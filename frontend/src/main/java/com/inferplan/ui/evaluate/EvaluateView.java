package com.inferplan.ui.evaluate;

import jakarta.annotation.security.PermitAll;
import com.inferplan.backend.evaluation.EvaluationQuery;
import com.inferplan.backend.evaluation.EvaluationService;
import com.inferplan.backend.hardware.HardwareService;
import com.inferplan.backend.model.ModelService;
import com.inferplan.backend.report.EvaluationCsv;
import com.inferplan.backend.support.InvalidInputException;
import com.inferplan.backend.support.Quantities;
import com.inferplan.catalog.Accelerator;
import com.inferplan.engine.evaluation.Evaluation;
import com.inferplan.engine.model.ContextLengthException;
import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.ui.chart.KpiCard;
import com.inferplan.ui.layout.FileDownload;
import com.inferplan.ui.layout.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import java.time.Instant;
import java.util.List;

/** One deployment's predicted speed and throughput, why, and how hardware options compare. */
@PermitAll
@Route(value = "evaluate", layout = MainLayout.class)
@PageTitle("Evaluate · InferPlan")
public class EvaluateView extends VerticalLayout implements BeforeEnterObserver {

    private final EvaluationService service;
    private final EvaluationForm form;
    private final KpiCard ttft = new KpiCard("Time to first token", "kpi-ttft");
    private final KpiCard tpot = new KpiCard("Time per output token", "kpi-tpot");
    private final KpiCard perUser = new KpiCard("Tokens/s per user", "kpi-per-user");
    private final KpiCard throughput = new KpiCard("Throughput (output tokens/s)", "kpi-throughput");
    private final KpiCard perChip = new KpiCard("Tokens/s per chip", "kpi-per-chip");
    private final KpiCard deployment = new KpiCard("Deployment", "kpi-deployment");
    private final Div status = new Div();
    private final Button explain = new Button("Explain these numbers");
    private final Button useLongest = new Button();
    private final ModelService models;
    private Runnable useLongestAction = () -> { };
    private final ParetoComparison pareto;
    private Evaluation current;
    private boolean restoring;

    public EvaluateView(EvaluationService service, ModelService models, HardwareService hardware) {
        this.service = service;
        this.models = models;
        setWidthFull();
        addClassName("ip-page");
        List<String> hardwareIds = hardware.list(com.inferplan.backend.hardware.HardwareQuery.ALL).stream()
                .map(Accelerator::id).toList();
        form = new EvaluationForm(models.list().stream().map(ModelArchitecture::id).toList(), hardwareIds, q -> {
            if (!restoring) {
                refresh();
            }
        });
        status.setId("eval-status");
        explain.setId("eval-explain");
        explain.addClickListener(e -> new ExplainDialog(service.evaluate(form.query().withExplain(true))).open());
        var export = FileDownload.link("CSV", "eval-export-csv",
                () -> EvaluationCsv.of(form.query(), service.evaluate(form.query()), Instant.now()));
        FlexLayout actions = new FlexLayout(explain, export);
        actions.setAlignItems(Alignment.CENTER);
        actions.getStyle().set("gap", "var(--lumo-space-m)");
        FlexLayout cards = new FlexLayout(ttft, tpot, perUser, throughput, perChip, deployment);
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.getStyle().set("gap", "var(--lumo-space-m)");
        H2 compareTitle = new H2("Compare hardware: Pareto frontiers");
        pareto = new ParetoComparison(service, hardwareIds, form::query);
        useLongest.setId("eval-use-longest");
        useLongest.setVisible(false);
        useLongest.addClickListener(e -> useLongestAction.run());
        add(new H2("Evaluate a deployment"), form, status, useLongest, cards, actions, compareTitle, pareto);
    }

    private void refresh() {
        EvaluationQuery q = form.query();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                "evaluate?" + QueryParameters.simple(form.urlParameters()).getQueryString()));
        try {
            current = service.evaluate(q);
            show(current);
            useLongest.setVisible(false);
        } catch (InvalidInputException e) {
            current = null;
            status.setText("Cannot evaluate: " + e.getMessage());
            clearCards();
            suggestLongest(e);
        }
    }

    /** A prompt + output past the model's context: offer the longest length that fits. */
    private void suggestLongest(InvalidInputException e) {
        if (e.getCause() instanceof ContextLengthException c && c.longestFitting() > 0) {
            boolean output = c.field().equals("outputTokens");
            int longest = (int) c.longestFitting();
            useLongest.setText("Use " + Quantities.number(longest) + (output ? " output" : " input") + " tokens");
            useLongestAction = () -> (output ? form.output : form.input).setValue(longest);
            useLongest.setVisible(true);
        } else {
            useLongest.setVisible(false);
        }
    }

    private void show(Evaluation e) {
        explain.setEnabled(true);
        if (!e.fits()) {
            status.setText("Does not fit: " + e.reason());
            clearCards();
            return;
        }
        status.setText("Bottleneck: " + e.bottleneck().label() + ". Predictions are model estimates (see Explain).");
        ttft.show(Quantities.format(e.ttftSeconds(), "s"), "prefill " + e.prefillBottleneck().label() + "-bound");
        tpot.show(Quantities.format(e.tpotSeconds(), "s"), "decode " + e.decodeBottleneck().label() + "-bound");
        perUser.show(Quantities.number(e.outputTokensPerSecondPerUser()), "1 / TPOT");
        throughput.show(Quantities.number(e.throughputTokensPerSecond()), "batch " + e.batchPerReplica() + " per replica");
        perChip.show(Quantities.number(e.throughputTokensPerSecondPerChip()), e.throughputTokensPerSecondPerKilowatt() == null
                ? "no power figure in the catalog"
                : Quantities.number(e.throughputTokensPerSecondPerKilowatt()) + " tokens/s per kW");
        var pools = form.query().disaggregated();
        if (pools == null) {
            deployment.show(e.plan().chips() + " chips", e.plan().parallelism().label());
        } else {
            deployment.show(e.chipsServing() + " chips", pools.prefillWorkers() + " prefill worker(s) on " + pools.prefillHardware()
                    + " + " + pools.decodeWorkers() + " decode worker(s) of " + e.plan().chips() + " × "
                    + e.plan().hardware().id() + " " + e.plan().parallelism().label());
        }
    }

    private void clearCards() {
        List.of(ttft, tpot, perUser, throughput, perChip, deployment).forEach(c -> c.show("—", ""));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        restoring = true;
        form.setValues(EvaluationForm.fromUrl(event.getLocation().getQueryParameters().getParameters(), form.query(),
                id -> models.find(id).map(ModelArchitecture::id).orElse(id)));
        restoring = false;
        refresh();
        pareto.draw();
    }
}
