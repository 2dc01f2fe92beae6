package com.inferplan.ui.serving;

import com.inferplan.ui.layout.SourceLink;
import com.inferplan.backend.serving.AgenticComparison;
import com.inferplan.backend.serving.AgenticTaskService;
import com.inferplan.backend.serving.CodexSparkCase;
import com.inferplan.backend.serving.CodexSparkCase.PublishedTaskTime;
import com.inferplan.backend.serving.CodexSparkCase.Source;
import com.inferplan.backend.serving.CodexSparkCase.TransportCut;
import com.inferplan.backend.support.Quantities;
import com.inferplan.engine.transport.TransportProfile;
import com.inferplan.pricing.catalog.ApiPrice;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * OpenAI's published Codex-Spark figures beside what InferPlan computes for the same case: task wall
 * times for both presets and the WebSocket transport cuts, with the sources.
 */
class PublishedCasePanel extends Div {

    private final AgenticTaskService service;

    PublishedCasePanel(AgenticTaskService service) {
        this.service = service;
        setId("ag-published");
        addClassName("ip-load-published");
        setVisible(false);
    }

    void show() {
        removeAll();
        Span title = new Span("Published case: GPT-5.3-Codex-Spark on Cerebras WSE-3 against GPT-5.3-Codex on GPUs");
        title.addClassName("ip-load-section-title");
        add(title, taskTimes(), transport(), notes());
        setVisible(true);
    }

    private Div taskTimes() {
        FigureTable table = new FigureTable(List.of("Task", "Spark published", "Spark InferPlan", "Codex published",
                "Codex InferPlan"));
        for (PublishedTaskTime published : CodexSparkCase.taskTimes()) {
            AgenticComparison modelled = service.compare(CodexSparkCase.request(published.preset()));
            table.row(published.preset(), published.caseName() + " (" + published.preset().replace('-', ' ') + ")",
                    List.of(Durations.range(published.compactLowSeconds(), published.compactHighSeconds()),
                            Durations.of(modelled.options().get(0).attempt().wallSeconds()),
                            Durations.range(published.largeLowSeconds(), published.largeHighSeconds()),
                            Durations.of(modelled.options().get(1).attempt().wallSeconds())));
        }
        return titled("Wall time per task: Spark at 1,000 tok/s over a WebSocket, Codex at 67 tok/s over HTTP/SSE", table);
    }

    private static Div transport() {
        FigureTable table = new FigureTable(List.of("Overhead", "HTTP/SSE", "WebSocket", "Cut (InferPlan)",
                "Cut (published)"));
        for (TransportCut cut : CodexSparkCase.transportCuts()) {
            table.row(cut.what(), cut.what(), List.of(Quantities.format(cut.httpSeconds(), "s"),
                    Quantities.format(cut.webSocketSeconds(), "s"), cut(cut.modelledCutPercent()),
                    cut(cut.publishedCutPercent())));
        }
        double http = TransportProfile.httpSse().firstTokenOverheadSeconds(false);
        double webSocket = TransportProfile.webSocket().firstTokenOverheadSeconds(true);
        table.row("first-token-total", "All transport before a first token (network included)",
                List.of(Quantities.format(http, "s"), Quantities.format(webSocket, "s"),
                        cut(100 * (1 - webSocket / http)), "—"));
        return titled("Persistent WebSocket against a new HTTP/SSE request per round trip", table);
    }

    private static Div notes() {
        ApiPrice price = CodexSparkCase.price();
        Paragraph assumptions = new Paragraph("Speeds, transport cuts, wall times and pass rates (Terminal-Bench 2.0: "
                + "58.4% and 77.3%) are published. First-token time (0.3 s and 1 s plus prefill at 20,000 and 5,000 "
                + "tokens/s) and the task shapes are InferPlan's assumptions (docs/decisions/0405). Spark has no "
                + "published API price, so both options pay GPT-5.3-Codex's list price ($"
                + Quantities.number(price.usdPerMillionInput()) + " input, $"
                + Quantities.number(price.usdPerMillionOutput())
                + " output per million tokens, " + price.source().title() + ").");
        assumptions.addClassName("ip-muted");
        Div sources = new Div();
        sources.addClassName("ip-load-sources");
        for (Source source : List.of(CodexSparkCase.OPENAI, CodexSparkCase.SNAKE_DEMO, CodexSparkCase.LARGE_SPEED,
                CodexSparkCase.PASS_RATES)) {
            sources.add(new Div(SourceLink.of(source.url(), source.title()), new Span(" (" + source.status() + ")")));
        }
        return new Div(assumptions, sources);
    }

    private static String cut(double percent) {
        return "−" + Math.round(percent) + "%";
    }

    private static Div titled(String title, Div content) {
        Span heading = new Span(title);
        heading.addClassName("ip-muted");
        return new Div(heading, content);
    }
}
