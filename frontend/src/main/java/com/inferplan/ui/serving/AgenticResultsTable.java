package com.inferplan.ui.serving;

import com.inferplan.backend.serving.AgenticComparison;
import com.inferplan.backend.serving.AgenticComparison.OptionResult;
import com.inferplan.backend.support.Quantities;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Per option: wall time per attempt and its parts, then per solved task: minutes, tokens and dollars. */
class AgenticResultsTable extends Div {

    AgenticResultsTable() {
        setId("ag-results");
        addClassName("ip-load-agentic-results");
        Span hint = new Span("Press Compare to time the task with both options.");
        hint.addClassName("ip-muted");
        add(hint);
    }

    void show(AgenticComparison comparison) {
        removeAll();
        AgenticComparison.TaskSummary task = comparison.task();
        Span summary = new Span(task.name() + ": " + task.turns() + " turns, context "
                + Quantities.number(task.initialContextTokens()) + " → " + Quantities.number(task.finalContextTokens())
                + " tokens, " + Quantities.number(task.outputTokens()) + " tokens generated per attempt.");
        summary.addClassName("ip-muted");
        List<String> headers = new ArrayList<>(List.of(""));
        comparison.options().forEach(o -> headers.add(o.label()));
        FigureTable table = new FigureTable(headers);
        List<OptionResult> options = comparison.options();
        table.row("speed", "Decode speed at the start", cells(options, o -> Quantities.number(o.outputTokensPerSecond())
                + " tok/s" + (o.deployment() == null ? " (stated)" : " on " + o.deployment().chips() + " chips")));
        table.row("transport", "Transport", cells(options, OptionResult::transport));
        table.row("minutes-per-task", "Wall time per attempt",
                cells(options, o -> Durations.of(o.attempt().wallSeconds())));
        table.row("parts", "… generating · first tokens · tools · transport", cells(options, AgenticResultsTable::parts));
        table.row("pass-rate", "Pass rate (attempts for 90% sure)", cells(options, o ->
                Quantities.number(100 * o.passRate()) + "% (" + o.attemptsFor90Percent() + ")"));
        table.row("minutes-per-solved-task", "Wall time per solved task",
                cells(options, o -> Durations.of(60 * o.minutesPerSolvedTask())));
        table.row("tokens-per-solved-task", "Tokens per solved task (input · output)", cells(options, o ->
                Quantities.count(o.inputTokensPerSolvedTask()) + " · "
                        + Quantities.count(o.outputTokensPerSolvedTask())));
        table.row("usd-per-solved-task", "Cost per solved task",
                cells(options, o -> "$" + Quantities.number(o.usdPerSolvedTask())));
        add(summary, table);
    }

    private static String parts(OptionResult o) {
        return Durations.of(o.attempt().generationSeconds()) + " · " + Durations.of(o.attempt().timeToFirstTokenSeconds())
                + " · " + Durations.of(o.attempt().toolSeconds()) + " · " + Durations.of(o.attempt().transportSeconds());
    }

    private static List<String> cells(List<OptionResult> options, Function<OptionResult, String> text) {
        return options.stream().map(text).toList();
    }
}
