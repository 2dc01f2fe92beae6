package com.inferplan.ui.pricing;

import com.inferplan.backend.pricing.BasisRef;
import com.inferplan.backend.pricing.CostBasisService;
import com.inferplan.backend.pricing.PricedBasis;
import com.inferplan.backend.pricing.SavedCostBasis;
import com.inferplan.backend.pricing.ServingInputs;
import com.inferplan.backend.support.Quantities;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every basis the page can price: saved ones (with author and version), the catalog's default per
 * hardware, and the deal templates, with USD per million output tokens at the shared inputs.
 */
final class BasisGrid extends Grid<PricedBasis> {

    private final Map<String, SavedCostBasis> savedById = new HashMap<>();
    private final Map<String, Double> outputCost = new HashMap<>();
    private final Map<String, String> throughput = new HashMap<>();

    BasisGrid() {
        setId("bases-grid");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        addComponentColumn(BasisGrid::origin).setHeader("Origin").setAutoWidth(true).setFlexGrow(0);
        addColumn(PricedBasis::name).setHeader("Name").setFlexGrow(3).setSortable(true);
        addColumn(PricedBasis::kind).setHeader("Kind").setAutoWidth(true).setSortable(true);
        addColumn(b -> b.hardwareId() == null ? "—" : b.hardwareId()).setHeader("Hardware").setAutoWidth(true)
                .setSortable(true);
        addColumn(b -> CostText.amount(outputCost.getOrDefault(b.ref().toString(), Double.NaN)))
                .setHeader("USD / M output").setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setComparator(Comparator.comparingDouble(b -> outputCost.getOrDefault(b.ref().toString(), 0.0)));
        addColumn(b -> throughput.getOrDefault(b.ref().toString(), "")).setHeader("Tokens/s per chip (from)")
                .setAutoWidth(true);
        addColumn(this::changed).setHeader("Saved by · version").setAutoWidth(true);
        setHeight("340px");
    }

    void show(List<PricedBasis> bases, List<SavedCostBasis> saved, CostBasisService service, BasisServing serving) {
        savedById.clear();
        saved.forEach(s -> savedById.put(s.id(), s));
        recompute(bases, service, serving);
        setItems(bases);
    }

    /** Recomputes the cost column when the shared inputs change. */
    void recompute(List<PricedBasis> bases, CostBasisService service, BasisServing serving) {
        outputCost.clear();
        throughput.clear();
        for (PricedBasis b : bases) {
            ServingInputs at = serving.of(b);
            outputCost.put(b.ref().toString(), service.usdPerMillionOutputTokens(b, at));
            throughput.put(b.ref().toString(), Quantities.number(at.tokensPerSecond()) + " (" + serving.from(b) + ")");
        }
        getDataProvider().refreshAll();
    }

    Optional<SavedCostBasis> saved(PricedBasis basis) {
        return basis.ref().origin() == BasisRef.Origin.SAVED
                ? Optional.ofNullable(savedById.get(basis.ref().id())) : Optional.empty();
    }

    private String changed(PricedBasis basis) {
        return saved(basis).map(s -> s.updatedBy() + " · v" + s.version()).orElse("built-in");
    }

    private static Span origin(PricedBasis basis) {
        Span badge = new Span(switch (basis.ref().origin()) {
            case SAVED -> "saved";
            case BUILT_IN_DEFAULT -> "default";
            case DEAL_TEMPLATE -> "deal template";
        });
        badge.addClassNames("ip-badge", "ip-deals-origin-" + basis.ref().origin().prefix());
        return badge;
    }
}
