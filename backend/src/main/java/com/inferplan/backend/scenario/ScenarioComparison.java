package com.inferplan.backend.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Two scenarios (or two versions of one) side by side: every input line, then each one's answer. */
public record ScenarioComparison(String labelA, String labelB, List<Row> inputs, List<Row> results) {

    public ScenarioComparison {
        inputs = List.copyOf(inputs);
        results = List.copyOf(results);
    }

    /** One line; {@code differs} marks where the two disagree. */
    public record Row(String label, String a, String b, boolean differs) {
    }

    static ScenarioComparison of(String labelA, Scenario a, ScenarioResults ra, String labelB, Scenario b,
                                 ScenarioResults rb) {
        return new ScenarioComparison(labelA, labelB, rows(ScenarioFacts.of(a), ScenarioFacts.of(b)),
                rows(answers(ra), answers(rb)));
    }

    private static Map<String, String> answers(ScenarioResults r) {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("Answer", r.headline().answer());
        lines.put("Why", r.headline().why());
        boolean withModel = r.candidates().stream().map(CandidateResult::model).distinct().count() > 1;
        for (CandidateResult c : r.candidates()) {
            lines.put("Option " + (c.index() + 1), CandidateSummary.line(c, withModel));
        }
        return lines;
    }

    private static List<Row> rows(Map<String, String> a, Map<String, String> b) {
        Set<String> labels = new LinkedHashSet<>(a.keySet());
        labels.addAll(b.keySet());
        List<Row> rows = new ArrayList<>();
        for (String label : labels) {
            String left = a.getOrDefault(label, "—");
            String right = b.getOrDefault(label, "—");
            rows.add(new Row(label, left, right, !left.equals(right)));
        }
        return rows;
    }
}
