package com.inferplan.ui.serving;

import com.inferplan.backend.serving.SimulationRequest;
import com.inferplan.backend.support.FieldProblem;
import com.inferplan.engine.loadtest.LoadTest;
import com.inferplan.engine.loadtest.WorkloadShape;
import com.inferplan.engine.serving.Slo;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import java.util.List;
import java.util.Map;

/** The load test's inputs: deployment, traffic, lengths, transport and SLO; all of them live in the URL. */
class LoadTestForm extends Div {

    private final ComboBox<String> model = new ComboBox<>("Model");
    private final ComboBox<String> hardware = new ComboBox<>("Hardware");
    private final IntegerField chips = integer("chips", "Chips per replica");
    private final IntegerField replicas = integer("replicas", "Replicas");
    private final NumberField rate = number("rate", "Arrival rate (requests/s)");
    private final Select<String> arrivals = new Select<>();
    private final NumberField burstiness = number("burstiness", "Burstiness (CV² of gaps)");
    private final IntegerField requests = integer("requests", "Requests");
    private final NumberField inputMean = number("input-mean", "Prompt tokens (mean)");
    private final NumberField inputSigma = number("input-sigma", "Prompt spread σ");
    private final NumberField outputMean = number("output-mean", "Answer tokens (mean)");
    private final NumberField outputSigma = number("output-sigma", "Answer spread σ");
    private final RadioButtonGroup<String> transport = new RadioButtonGroup<>("Transport");
    private final NumberField ttft = number("ttft", "TTFT limit (ms)");
    private final NumberField tpot = number("tpot", "TPOT limit (ms)");
    private final NumberField attainment = number("attainment", "Requests meeting both (%)");
    private final QueryFields query = new QueryFields();

    LoadTestForm(Map<String, String> modelNames, Map<String, String> hardwareNames) {
        addClassName("ip-load-form");
        choices(model, "lt-model", modelNames);
        choices(hardware, "lt-hardware", hardwareNames);
        chips.setPlaceholder("auto");
        chips.setHelperText("empty: the fewest that hold the model");
        arrivals.setLabel("Arrivals");
        arrivals.setId("lt-arrivals");
        arrivals.setItems("poisson", "bursty");
        arrivals.setItemLabelGenerator(a -> a.equals("poisson") ? "Poisson" : "Bursty (gamma gaps)");
        arrivals.addValueChangeListener(e -> burstiness.setEnabled("bursty".equals(e.getValue())));
        requests.setMax((int) WorkloadShape.MAX_REQUESTS);
        requests.setHelperText("at most 2,000,000");
        inputSigma.setHelperText("0: every prompt the same length");
        transport.setId("lt-transport");
        transport.setItems("http", "websocket");
        transport.setItemLabelGenerator(t -> t.equals("http") ? "HTTP/SSE" : "WebSocket (persistent)");
        defaults();
        register();
        add(section("Deployment", model, hardware, chips, replicas),
                section("Traffic", rate, arrivals, burstiness, requests),
                section("Lengths (lognormal)", inputMean, inputSigma, outputMean, outputSigma),
                section("Transport and SLO", transport, ttft, tpot, attainment));
    }

    SimulationRequest request() {
        return new SimulationRequest(
                new SimulationRequest.Deployment(model.getValue(), hardware.getValue(), chips.getValue(),
                        replicas.getValue()),
                new SimulationRequest.Workload(rate.getValue(), requests.getValue() == null ? null
                        : requests.getValue().longValue(), arrivals.getValue(),
                        "bursty".equals(arrivals.getValue()) ? burstiness.getValue() : null, inputMean.getValue(),
                        inputSigma.getValue(), outputMean.getValue(), outputSigma.getValue(), 1L),
                new SimulationRequest.Objective(ttft.getValue(), tpot.getValue(), attainment.getValue()),
                transport.getValue(), false);
    }

    QueryFields query() {
        return query;
    }

    /** Shows problems on their fields; returns those that belong to no single field. */
    List<FieldProblem> show(List<FieldProblem> problems) {
        return query.show(problems);
    }

    /** A light chat load on one H100: a run of a few seconds that shows every chart. */
    private void defaults() {
        model.setValue("llama-3.1-8b");
        hardware.setValue("nvidia-h100-sxm");
        replicas.setValue(1);
        rate.setValue(4.0);
        arrivals.setValue("poisson");
        burstiness.setValue(WorkloadShape.BURSTY_DEFAULT);
        requests.setValue(20_000);
        inputMean.setValue(1_000.0);
        inputSigma.setValue(0.5);
        outputMean.setValue(250.0);
        outputSigma.setValue(0.5);
        transport.setValue("http");
        Slo slo = LoadTest.DEFAULT_SLO;
        ttft.setValue(slo.ttftMs());
        tpot.setValue(slo.tpotMs());
        attainment.setValue(slo.attainmentPercent());
    }

    private void register() {
        text("model", "deployment.model", model);
        text("hardware", "deployment.hardware", hardware);
        whole("chips", "deployment.chips", chips);
        whole("replicas", "deployment.replicas", replicas);
        decimal("rate", "workload.ratePerSecond", rate);
        text("arrivals", "workload.arrivals", arrivals);
        decimal("burstiness", "workload.burstiness", burstiness);
        whole("requests", "workload.requests", requests);
        decimal("in", "workload.inputMeanTokens", inputMean);
        decimal("in-sigma", "workload.inputSigma", inputSigma);
        decimal("out", "workload.outputMeanTokens", outputMean);
        decimal("out-sigma", "workload.outputSigma", outputSigma);
        text("transport", "transport", transport);
        decimal("ttft", "slo.ttftMs", ttft);
        decimal("tpot", "slo.tpotMs", tpot);
        decimal("attain", "slo.attainmentPercent", attainment);
    }

    private void text(String parameter, String field, HasValue<?, String> component) {
        query.add(parameter, field, component, s -> s, s -> s);
    }

    private void whole(String parameter, String field, HasValue<?, Integer> component) {
        query.add(parameter, field, component, Integer::valueOf, String::valueOf);
    }

    private void decimal(String parameter, String field, HasValue<?, Double> component) {
        query.add(parameter, field, component, Double::valueOf, Texts::plain);
    }

    private static void choices(ComboBox<String> box, String id, Map<String, String> names) {
        box.setId(id);
        box.setItems(names.keySet());
        box.setItemLabelGenerator(key -> names.getOrDefault(key, key));
        box.setWidth("16em");
    }

    private static Div section(String title, Component... fields) {
        Span heading = new Span(title);
        heading.addClassName("ip-load-section-title");
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("700px", 4));
        Div section = new Div(heading, form);
        section.addClassName("ip-load-section");
        return section;
    }

    private static IntegerField integer(String id, String label) {
        IntegerField field = new IntegerField(label);
        field.setId("lt-" + id);
        field.setMin(1);
        return field;
    }

    private static NumberField number(String id, String label) {
        NumberField field = new NumberField(label);
        field.setId("lt-" + id);
        return field;
    }
}
