package com.inferplan.ui.pricing;

import com.inferplan.backend.pricing.CostEstimate;
import com.inferplan.pricing.explain.CostFlag;
import com.inferplan.pricing.explain.Explained;
import com.inferplan.pricing.explain.FormulaInput;
import com.inferplan.pricing.explain.Provenance;
import com.inferplan.pricing.uncertainty.MonteCarloResult;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * "Open the formula": a figure's formula, each named input with its value, unit and status
 * (entered, reported, assumed, ...), derived inputs opened level by level, and flags such as a
 * binding take-or-pay. For P10–P90, the spread's draws, seed and the distributions sampled.
 */
final class FormulaDialog extends Dialog {

    /** The dialog's content; its id lets tests and people's tools find it in the overlay. */
    private final Div body = new Div();

    private FormulaDialog(String title) {
        setHeaderTitle(title);
        setWidth("min(980px, 96vw)");
        body.setId("formula-body");
        add(body);
        getFooter().add(new Button("Close", e -> close()));
    }

    static FormulaDialog of(String title, Explained value) {
        FormulaDialog dialog = new FormulaDialog(title);
        Set<String> estimated = value.estimatedInputs();
        if (!estimated.isEmpty()) {
            Div note = new Div("Rests on estimates: " + String.join(", ", estimated) + ".");
            note.addClassName("ip-deals-estimate-note");
            dialog.body.add(note);
        }
        dialog.body.add(explained(value));
        return dialog;
    }

    static FormulaDialog spread(String title, CostEstimate estimate) {
        FormulaDialog dialog = new FormulaDialog(title);
        MonteCarloResult r = estimate.spread().orElseThrow();
        dialog.body.add(new Div(String.format("P10 %s · P50 %s · P90 %s %s (mean %s) from %,d seeded draws (seed %d)."
                        + " Each draw samples every uncertain input below, truncated to its allowed range, and"
                        + " recomputes the formula of the figure.", CostText.amount(r.p10()), CostText.amount(r.p50()),
                CostText.amount(r.p90()), r.unit(), CostText.amount(r.mean()), r.draws(), r.seed())));
        Map<String, Provenance> statuses = estimate.spec().provenance();
        estimate.spec().sortedUncertainty().forEach((name, distribution) -> {
            Div row = new Div(new Span(name), new Span(CostText.describe(distribution)),
                    CostText.badge(statuses.getOrDefault(name, Provenance.INPUT)));
            row.addClassName("ip-deals-input");
            dialog.body.add(row);
        });
        return dialog;
    }

    private static Div explained(Explained value) {
        Div box = new Div();
        box.addClassName("ip-deals-explained");
        Div headline = new Div(value.quantity() + " = " + CostText.withUnit(value.value(), value.unit()));
        headline.addClassName("ip-deals-headline");
        Div formula = new Div(value.formula());
        formula.addClassName("ip-deals-formula");
        box.add(headline, formula);
        for (CostFlag flag : value.flags()) {
            Div remark = new Div(flag.message());
            remark.addClassNames("ip-deals-flag", "ip-deals-flag-" + flag.kind().name().toLowerCase(Locale.ROOT));
            box.add(remark);
        }
        for (FormulaInput input : value.inputs()) {
            box.add(input.derivation() == null ? inputRow(input) : derivedRow(input));
        }
        return box;
    }

    /** A computed input is labelled by what it is computed from, which opens below it. */
    private static Component inputRow(FormulaInput input) {
        Span status = input.derivation() == null ? CostText.badge(input.provenance()) : new Span("computed");
        if (input.derivation() != null) {
            status.addClassNames("ip-badge", "ip-deals-prov-computed");
        }
        Div row = new Div(new Span(input.name()), new Span(CostText.withUnit(input.value(), input.unit())), status);
        row.addClassName("ip-deals-input");
        row.getElement().setAttribute("data-input", input.name());
        return row;
    }

    private static Component derivedRow(FormulaInput input) {
        Details details = new Details(inputRow(input), explained(input.derivation()));
        details.addClassName("ip-deals-derived");
        return details;
    }
}
