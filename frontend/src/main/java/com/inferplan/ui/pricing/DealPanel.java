package com.inferplan.ui.pricing;

import com.inferplan.ui.layout.SourceLink;
import com.inferplan.backend.pricing.DealOutcome;
import com.inferplan.backend.pricing.PricedBasis;
import com.inferplan.pricing.catalog.DealTemplate;
import com.inferplan.pricing.catalog.ParameterNote;
import com.inferplan.pricing.catalog.Source;
import com.inferplan.pricing.deal.DealEvaluation;
import com.inferplan.pricing.finance.CashFlow;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import java.util.Map;
import java.util.TreeMap;

/**
 * A partner deal at the chosen utilization: effective rates, the derived USD per MW-year, committed
 * capacity, the take-or-pay note, NPV against on-demand (or why there is none), yearly cash flows,
 * and for a built-in template the status of every parameter and its sources.
 */
final class DealPanel extends Div {

    DealPanel(PricedBasis basis, DealOutcome outcome, DealTemplate template) {
        setId("deal-panel");
        addClassName("ip-deals-panel");
        DealEvaluation e = outcome.evaluation();
        add(title("Deal at " + CostText.percent(e.utilization()) + " use of the committed capacity"));
        Div figures = new Div(
                figure("Paid per available " + e.deal().capacity().unit().name() + "-hour",
                        new FigureButton("Rate per unit-hour", e.usdPerUnitHour())),
                figure("Paid per available chip-hour", new FigureButton("Rate per chip-hour", e.usdPerChipHour())),
                figure("Per used chip-hour", new FigureButton("Rate per used chip-hour", e.usdPerUsedChipHour())),
                figure("Per MW-year (derived)", new FigureButton("USD per MW-year", e.usdPerMegawattYear())),
                figure("Committed", new Span(CostText.amount(e.deal().capacity().units()) + " "
                        + e.deal().capacity().unit().name() + " · " + CostText.amount(e.deal().capacity().chips())
                        + " chips · " + CostText.amount(e.deal().capacity().facilityMegawatts()) + " MW")));
        figures.addClassName("ip-deals-figures");
        add(figures);
        e.takeOrPayNotes().forEach(flag -> add(note(flag.message(), "ip-deals-flag")));
        if (e.npvVersusOnDemand() != null) {
            add(figure("NPV of the deal vs on-demand (positive: deal cheaper)",
                    new FigureButton("NPV against on-demand", e.npvVersusOnDemand().npvSavingsUsd())));
        }
        add(note(outcome.comparisonNote(), "ip-muted"));
        add(title("Payments per year (USD)"), cashFlows(e));
        if (template != null) {
            add(title("What is reported and what is assumed"), parameters(template.parameters()));
            add(note(template.notes(), "ip-muted"));
        }
        if (!basis.sources().isEmpty()) {
            add(title("Sources"));
            basis.sources().forEach(s -> add(source(s)));
        }
    }

    private static NativeTable cashFlows(DealEvaluation e) {
        Map<Integer, Map<String, Double>> byYear = new TreeMap<>();
        e.cashFlows().totalsByPeriod().keySet().forEach(p -> byYear.put(p, new TreeMap<>()));
        for (CashFlow flow : e.cashFlows().flows()) {
            byYear.get(flow.period()).merge(flow.item(), flow.usdPaid(), Double::sum);
        }
        NativeTable table = table("Year", "Paid", "Of which");
        table.setId("deal-cash-flows");
        NativeTableBody body = table.addBody();
        e.cashFlows().totalsByPeriod().forEach((year, total) -> {
            StringBuilder items = new StringBuilder();
            byYear.get(year).forEach((item, usd) -> items.append(items.isEmpty() ? "" : "; ")
                    .append(item).append(" ").append(CostText.amount(usd)));
            cells(body.addRow(), year == 0 ? "0 (signing)" : String.valueOf(year), CostText.amount(total),
                    items.toString());
        });
        return table;
    }

    private static NativeTable parameters(Map<String, ParameterNote> notes) {
        NativeTable table = table("Parameter", "Status", "Note");
        NativeTableBody body = table.addBody();
        new TreeMap<>(notes).forEach((name, note) -> {
            NativeTableRow row = body.addRow();
            row.addDataCell().setText(name);
            row.addDataCell().add(CostText.badge(note.status()));
            row.addDataCell().setText(note.note());
        });
        return table;
    }

    static NativeTable table(String... headers) {
        NativeTable table = new NativeTable();
        table.addClassName("ip-figure-table");
        NativeTableRow head = table.getHead().addRow();
        for (String h : headers) {
            head.addHeaderCell().setText(h);
        }
        return table;
    }

    static void cells(NativeTableRow row, String... texts) {
        for (String text : texts) {
            row.addDataCell().setText(text);
        }
    }

    private static Div source(Source s) {
        Div line = new Div();
        line.addClassName("ip-muted");
        line.add(SourceLink.of(s.url(), s.title()));
        line.add(new Span(" · " + s.published() + " · "), CostText.badge(s.status()));
        return line;
    }

    static Div figure(String label, Component value) {
        Span caption = new Span(label);
        caption.addClassName("ip-kpi-label");
        Div figure = new Div(caption, value);
        figure.addClassName("ip-deals-figure-box");
        return figure;
    }

    static Div title(String text) {
        Div d = new Div(text);
        d.addClassName("ip-section-title");
        return d;
    }

    private static Div note(String text, String className) {
        Div d = new Div(text);
        d.addClassName(className);
        return d;
    }
}
