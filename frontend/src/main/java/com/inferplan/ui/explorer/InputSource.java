package com.inferplan.ui.explorer;

import com.inferplan.backend.scenario.CostFigures.SourceRef;
import com.inferplan.backend.scenario.Figure.FigureInput;
import com.inferplan.backend.scenario.Origin;
import com.inferplan.ui.layout.SourceLink;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * Where one input of an explanation comes from, as the REST answer carries it: the scenario for what a
 * person typed, the performance model for its predictions, and for priced terms the cost's sources
 * with the input's status (linked, with their dates), preferring the sources of the same status.
 */
final class InputSource {

    static final String SCENARIO = "from this scenario's inputs";
    static final String ENGINE = "InferPlan performance model and serving simulation";

    private InputSource() {
    }

    static Component of(FigureInput input, List<SourceRef> sources) {
        Span where = new Span();
        where.addClassNames("ip-muted", "ipx-input-source");
        switch (input.origin()) {
            case INPUT -> where.setText(SCENARIO);
            case MODEL -> where.setText(ENGINE);
            case DERIVED -> where.setText("computed from the inputs below");
            default -> {
                List<SourceRef> matching = matching(input.origin(), sources);
                if (matching.isEmpty()) {
                    where.setText("no source recorded");
                } else {
                    where.add(new Span("source: "));
                    for (int i = 0; i < matching.size(); i++) {
                        if (i > 0) {
                            where.add(new Span("; "));
                        }
                        where.add(cited(matching.get(i)));
                    }
                }
            }
        }
        return where;
    }

    /** The source's title (linked where its address is a web address) and its date. */
    static Span cited(SourceRef s) {
        Span cited = new Span(SourceLink.of(s.url(), s.title()));
        if (s.published() != null && !s.published().isBlank()) {
            cited.add(new Span(" (" + s.published() + ")"));
        }
        return cited;
    }

    /** Sources of the input's own status when there are any, else every source of the cost. */
    static List<SourceRef> matching(Origin origin, List<SourceRef> sources) {
        List<SourceRef> same = sources.stream().filter(s -> origin.label().equals(s.status())).toList();
        return same.isEmpty() ? sources : same;
    }
}
