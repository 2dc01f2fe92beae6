package com.inferplan.ui.hardware;

import jakarta.annotation.security.PermitAll;
import com.inferplan.backend.hardware.HardwareQuery;
import com.inferplan.backend.hardware.HardwareService;
import com.inferplan.catalog.Accelerator;
import com.inferplan.ui.layout.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hardware catalog: filter, sort, read every figure with its source, compare 2–4 chips, add
 * custom hardware. Filters, the selected chip and the compared chips live in the URL.
 */
@PermitAll
@Route(value = "hardware", layout = MainLayout.class)
@PageTitle("Hardware catalog · InferPlan")
public class CatalogView extends VerticalLayout implements BeforeEnterObserver {

    private final HardwareService service;
    private final ComboBox<String> vendor = new ComboBox<>("Vendor");
    private final ComboBox<String> kind = new ComboBox<>("Kind");
    private final ComboBox<String> memory = new ComboBox<>("Memory type");
    private final TextField text = new TextField("Search");
    private final AcceleratorGrid grid;
    private final AcceleratorDetails details = new AcceleratorDetails();
    private final Button compare = new Button("Compare selected");
    private boolean restoring;

    public CatalogView(HardwareService service) {
        this.service = service;
        this.grid = new AcceleratorGrid(service);
        setSizeFull();
        addClassName("ip-page");
        configureFilters();
        Button add = new Button("Add custom hardware", e -> new CustomHardwareDialog(service, saved -> {
            grid.refresh(query());
            grid.select(saved.id());
            Notification.show("Saved " + saved.name() + " (user-defined)");
        }).open());
        add.setId("add-custom-hardware");
        compare.setId("compare-selected");
        compare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        compare.addClickListener(e -> openComparison(grid.checked()));
        HorizontalLayout toolbar = new HorizontalLayout(vendor, kind, memory, text, compare, add);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWidthFull();
        toolbar.setWrap(true);
        Span hint = new Span("Tick 2–4 chips and press Compare. Peaks are dense; estimates are labelled.");
        hint.addClassName("ip-muted");

        grid.onOpened(a -> {
            details.show(a);
            updateUrl();
        });
        grid.onChecked(ids -> {
            compare.setEnabled(ids.size() >= 2 && ids.size() <= 4);
            updateUrl();
        });
        SplitLayout split = new SplitLayout(grid, details);
        split.setSplitterPosition(60);
        // Side by side leaves a phone a sliver of grid: below 900 px the details go under the grid.
        split.getElement().executeJs("""
                const narrow = matchMedia('(max-width: 900px)');
                const orient = () => { this.orientation = narrow.matches ? 'vertical' : 'horizontal'; };
                narrow.addEventListener('change', orient);
                orient();""");
        split.setSizeFull();
        add(toolbar, hint, split);
        compare.setEnabled(false);
    }

    private void configureFilters() {
        vendor.setItems(service.vendors());
        vendor.setId("filter-vendor");
        kind.setItems("gpu", "tpu", "wafer-scale", "lpu", "rdu", "asic-accelerator", "cpu");
        kind.setId("filter-kind");
        kind.setItemLabelGenerator(FieldLabels::kind);
        memory.setItems("hbm", "on_chip_sram", "dram", "external_store");
        memory.setId("filter-memory");
        memory.setItemLabelGenerator(FieldLabels::tier);
        text.setId("filter-text");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        List.of(vendor, kind, memory).forEach(c -> c.setWidth("11em"));
        text.setWidth("12em");
        vendor.setClearButtonVisible(true);
        kind.setClearButtonVisible(true);
        memory.setClearButtonVisible(true);
        text.setClearButtonVisible(true);
        List.of(vendor, kind, memory).forEach(c -> c.addValueChangeListener(e -> filterChanged()));
        text.addValueChangeListener(e -> filterChanged());
    }

    private void filterChanged() {
        if (restoring) {
            return;
        }
        grid.refresh(query());
        updateUrl();
    }

    private HardwareQuery query() {
        return new HardwareQuery(vendor.getValue(), kind.getValue(), memory.getValue(), text.getValue());
    }

    private void openComparison(List<Accelerator> chips) {
        Dialog dialog = new Dialog(new ComparisonTable(chips));
        dialog.setHeaderTitle("Side-by-side comparison");
        dialog.setWidth("min(1100px, 95vw)");
        dialog.getFooter().add(new Button("Close", e -> dialog.close()));
        dialog.open();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        restoring = true;
        vendor.setValue(first(params, "vendor"));
        kind.setValue(first(params, "kind"));
        memory.setValue(first(params, "memory"));
        text.setValue(first(params, "q") == null ? "" : first(params, "q"));
        restoring = false;
        grid.refresh(query());
        String selected = first(params, "selected");
        if (selected != null) {
            service.catalog().find(selected).ifPresent(a -> {
                grid.select(a.id());
                details.show(a);
            });
        }
        String compared = first(params, "compare");
        if (compared != null) {
            grid.check(List.of(compared.split(",")));
        }
    }

    private void updateUrl() {
        Map<String, String> params = new LinkedHashMap<>();
        put(params, "vendor", vendor.getValue());
        put(params, "kind", kind.getValue());
        put(params, "memory", memory.getValue());
        put(params, "q", text.getValue());
        grid.opened().ifPresent(a -> params.put("selected", a.id()));
        List<String> checked = grid.checked().stream().map(Accelerator::id).toList();
        if (!checked.isEmpty()) {
            params.put("compare", String.join(",", checked));
        }
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                "hardware" + (params.isEmpty() ? "" : "?" + QueryParameters.simple(params).getQueryString())));
    }

    private static void put(Map<String, String> params, String key, String value) {
        if (value != null && !value.isBlank()) {
            params.put(key, value);
        }
    }

    private static String first(Map<String, List<String>> params, String key) {
        List<String> values = params.get(key);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
