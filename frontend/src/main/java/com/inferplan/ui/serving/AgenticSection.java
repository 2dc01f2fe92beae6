package com.inferplan.ui.serving;

import com.inferplan.backend.serving.AgenticTaskRequest;
import com.inferplan.backend.serving.AgenticTaskService;
import com.inferplan.backend.serving.CodexSparkCase;
import com.inferplan.backend.support.FieldProblem;
import com.inferplan.backend.support.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An agentic coding task (preset) run by two options: wall time per task and per solved task, tokens and
 * cost. "Published case: Codex-Spark" fills both options with OpenAI's figures and shows them beside ours.
 */
class AgenticSection extends Div {

    static final String CASE_PARAMETER = "case";
    static final String CODEX_SPARK = "codex-spark";
    static final String TASK_PARAMETER = "task";

    private final AgenticTaskService service;
    private final Select<String> preset = new Select<>();
    private final QueryFields query = new QueryFields();
    private final AgenticOptionForm first;
    private final AgenticOptionForm second;
    private final Span error = new Span();
    private final AgenticResultsTable results = new AgenticResultsTable();
    private final PublishedCasePanel published;

    AgenticSection(AgenticTaskService service, Map<String, String> models, Map<String, String> hardware,
                   Runnable urlChanged) {
        this.service = service;
        this.published = new PublishedCasePanel(service);
        setId("agentic");
        addClassName("ip-load-agentic");
        preset.setLabel("Task");
        preset.setId("ag-preset");
        preset.setItems("interactive-edit", "long-agentic-run");
        preset.setItemLabelGenerator(p -> p.equals("interactive-edit")
                ? "Interactive edit (3 turns, ~2,250 tokens out)" : "Long agentic run (30 turns, 12k → 105k context)");
        preset.setWidth("24em");
        query.add(TASK_PARAMETER, "task", preset, s -> s, s -> s);
        first = new AgenticOptionForm("a", models, hardware, query, 0, service::apiPrices);
        second = new AgenticOptionForm("b", models, hardware, query, 1, service::apiPrices);
        defaults();
        query.onChange(urlChanged);
        Button compare = new Button("Compare", e -> compare());
        compare.setId("ag-compare");
        compare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button publishedCase = new Button("Published case: Codex-Spark", e -> loadPublishedCase(urlChanged));
        publishedCase.setId("ag-published-case");
        error.setId("ag-error");
        error.addClassName("ip-load-error");
        Div options = new Div(first, second);
        options.addClassName("ip-load-options");
        Div actions = new Div(preset, compare, publishedCase);
        actions.addClassName("ip-load-actions");
        add(new H3("Agentic coding task"), actions, options, error, results, published);
    }

    Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>(query.parameters());
        if (published.isVisible()) {
            parameters.put(CASE_PARAMETER, CODEX_SPARK);
        }
        return parameters;
    }

    /** A link with agentic inputs shows their comparison at once; a bare page waits for Compare. */
    void restore(Map<String, List<String>> parameters) {
        if (List.of(CODEX_SPARK).equals(parameters.get(CASE_PARAMETER))) {
            fill(CodexSparkCase.request(preset.getValue()));
            published.show();
        }
        query.restore(parameters);
        if (parameters.containsKey(CASE_PARAMETER) || parameters.containsKey(TASK_PARAMETER)) {
            compare();
        }
    }

    private void loadPublishedCase(Runnable urlChanged) {
        fill(CodexSparkCase.request(preset.getValue()));
        published.show();
        compare();
        urlChanged.run();
    }

    private void compare() {
        query.clearErrors();
        error.setText("");
        try {
            results.show(service.compare(new AgenticTaskRequest(new AgenticTaskRequest.Task(preset.getValue(), null,
                    null, null), List.of(first.option(), second.option()))));
        } catch (InvalidInputException e) {
            List<FieldProblem> rest = query.show(e.problems());
            error.setText(rest.isEmpty() ? "Check the highlighted fields."
                    : rest.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
        }
    }

    private void fill(AgenticTaskRequest request) {
        first.fill(request.options().get(0));
        second.fill(request.options().get(1));
    }

    /** A compact coding model on one wafer system against a large model on an 8-GPU server. */
    private void defaults() {
        preset.setValue("long-agentic-run");
        first.fill(deploymentOption("Compact model on Cerebras CS-3", "qwen3-coder-30b-a3b", "cerebras-cs-3", "websocket"));
        second.fill(deploymentOption("Large model on 8 × H200", "deepseek-v3", "nvidia-h200-sxm", "http"));
        first.fillCatalogPrice("qwen3-coder-30b-a3b");
        second.fillCatalogPrice("deepseek-v3");
    }

    private static AgenticTaskRequest.Option deploymentOption(String label, String model, String hardware,
                                                              String transport) {
        return new AgenticTaskRequest.Option(label, model, hardware, null, 1, null, transport, 1.0, 0.0, null, 0.0);
    }
}
