package com.inferplan.ui.pricing;

import com.inferplan.backend.pricing.CostBasisService;
import com.inferplan.backend.pricing.CostEstimate;
import com.inferplan.backend.pricing.PricedBasis;
import com.inferplan.ui.chart.ChartJson;
import com.inferplan.ui.chart.EChart;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * 2–4 bases side by side under the shared inputs: a chart of USD per million output tokens with
 * P10–P90 whiskers, and a table of every figure, each of which opens its formula.
 */
final class ComparisonPanel extends VerticalLayout {

    static final int MAX_COMPARED = 4;

    private final MultiSelectComboBox<PricedBasis> picker = new MultiSelectComboBox<>("Compare 2–4 bases");
    private final EChart chart = new EChart();
    private final Div figures = new Div();
    private final Div message = new Div();

    ComparisonPanel() {
        setPadding(false);
        picker.setId("compare-picker");
        picker.setItemLabelGenerator(PricedBasis::name);
        picker.setWidth("min(900px, 100%)");
        picker.setAutoExpand(MultiSelectComboBox.AutoExpandMode.VERTICAL);
        chart.setId("compare-chart");
        chart.setFileName("cost bases compared");
        chart.setHeight("380px");
        figures.setId("compare-figures");
        message.addClassName("ip-muted");
        add(DealPanel.title("Compare"), picker, message, chart, figures);
    }

    void setBases(List<PricedBasis> all, List<String> selectedRefs) {
        picker.setItems(all);
        select(all, selectedRefs);
    }

    void select(List<PricedBasis> all, List<String> refs) {
        Set<PricedBasis> chosen = new LinkedHashSet<>();
        refs.forEach(ref -> all.stream().filter(b -> b.ref().toString().equals(ref)).findFirst()
                .ifPresent(chosen::add));
        picker.setValue(chosen);
    }

    void onSelectionChange(Runnable listener) {
        picker.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                listener.run();
            }
        });
    }

    List<String> selectedRefs() {
        return picker.getSelectedItems().stream().map(b -> b.ref().toString()).toList();
    }

    void include(PricedBasis basis, List<PricedBasis> all) {
        List<String> refs = new ArrayList<>(selectedRefs());
        if (!refs.contains(basis.ref().toString())) {
            refs.add(basis.ref().toString());
        }
        select(all, refs);
    }

    void refresh(CostBasisService service, BasisServing serving) {
        List<PricedBasis> chosen = List.copyOf(picker.getSelectedItems());
        figures.removeAll();
        chart.setVisible(chosen.size() >= 2 && chosen.size() <= MAX_COMPARED);
        if (chosen.size() < 2) {
            message.setText("Pick two to four bases (saved, built-in defaults or deal templates) to compare them.");
            return;
        }
        if (chosen.size() > MAX_COMPARED) {
            message.setText("Compare at most " + MAX_COMPARED + " bases at a time; remove "
                    + (chosen.size() - MAX_COMPARED) + ".");
            return;
        }
        List<CostEstimate> estimates = chosen.stream().map(b -> service.estimate(b, serving.of(b))).toList();
        message.setText(note(chosen, serving));
        List<DealsCharts.CostBar> bars = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            CostEstimate e = estimates.get(i);
            bars.add(new DealsCharts.CostBar(chosen.get(i).name(), e.usdPerMillionOutputTokens(), e.p10(), e.p50(),
                    e.p90()));
        }
        chart.setOption(ChartJson.write(DealsCharts.comparison(bars)));
        figures.add(table(chosen, estimates));
    }

    private static Div table(List<PricedBasis> bases, List<CostEstimate> estimates) {
        NativeTable table = DealPanel.table("Basis", "USD per chip-hour paid", "USD / M output", "P10 – P50 – P90",
                "USD / M input", "USD / M blended");
        NativeTableBody body = table.addBody();
        Div remarks = new Div();
        remarks.addClassName("ip-deals-remarks");
        for (int i = 0; i < bases.size(); i++) {
            PricedBasis b = bases.get(i);
            CostEstimate e = estimates.get(i);
            NativeTableRow row = body.addRow();
            row.getElement().setAttribute("data-ref", b.ref().toString());
            row.addDataCell().setText(b.name());
            row.addDataCell().add(e.usdPerChipHour().<Component>map(rate -> new FigureButton(b.name()
                    + ": USD per chip-hour", rate, false)).orElse(new Div("per-token price")));
            row.addDataCell().add(new FigureButton(b.name() + ": USD per million output tokens",
                    e.cost().usdPerMillionOutputTokens(), false));
            row.addDataCell().add(spread(b, e));
            row.addDataCell().add(new FigureButton(b.name() + ": USD per million input tokens",
                    e.cost().usdPerMillionInputTokens(), false));
            row.addDataCell().add(new FigureButton(b.name() + ": USD per million blended tokens",
                    e.cost().usdPerMillionBlendedTokens(), false));
            e.cost().usdPerMillionOutputTokens().flags().forEach(f -> remarks.add(remark(b.name() + ": "
                    + f.message(), "ip-deals-flag")));
        }
        estimates.stream().flatMap(e -> e.notes().stream()).distinct()
                .forEach(n -> remarks.add(remark(n, "ip-muted")));
        return new Div(table, remarks);
    }

    private static Div remark(String text, String className) {
        Div d = new Div(text);
        d.addClassName(className);
        return d;
    }

    private static Component spread(PricedBasis b, CostEstimate e) {
        if (e.spread().isEmpty()) {
            return new Div("no uncertain inputs");
        }
        Button button = new Button(CostText.amount(e.p10()) + " – " + CostText.amount(e.p50()) + " – "
                + CostText.amount(e.p90()), ev -> FormulaDialog.spread(b.name() + ": P10–P90 of USD per million"
                + " output tokens", e).open());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.addClassName("ip-deals-figure");
        return button;
    }

    /** Throughput is shared per chip unless the engine derives it per chip; the page says which. */
    private static String note(List<PricedBasis> chosen, BasisServing serving) {
        List<String> engine = chosen.stream().map(serving::from).filter(f -> f.startsWith("engine:")).distinct().toList();
        String tail = " Bars are the figures at these inputs; whiskers span P10–P90 where a basis has uncertain inputs."
                + " Click any figure for its formula.";
        if (!engine.isEmpty()) {
            return "Each chip's bases are priced at that chip's own tokens/s (" + engine.get(0)
                    + "; the grid's Tokens/s column shows each) at the same utilization." + tail;
        }
        String base = "Same throughput, utilization and mix for every basis." + tail;
        Set<String> hardware = chosen.stream().map(PricedBasis::hardwareId).filter(h -> h != null)
                .collect(Collectors.toCollection(TreeSet::new));
        return hardware.size() < 2 ? base : base + " These bases are for different hardware (" + String.join(", ",
                hardware) + "): one chip of each rarely delivers the same tokens/s; choose a model above to price"
                + " each at its own engine-predicted throughput.";
    }
}
