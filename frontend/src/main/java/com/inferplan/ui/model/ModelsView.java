package com.inferplan.ui.model;

import jakarta.annotation.security.PermitAll;
import com.inferplan.backend.model.ModelService;
import com.inferplan.backend.model.ModelSummary;
import com.inferplan.backend.support.Quantities;
import com.inferplan.ui.layout.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.Map;

/** Built-in and imported model architectures with their key facts and an operator-level profile. */
@PermitAll
@Route(value = "models", layout = MainLayout.class)
@PageTitle("Models · InferPlan")
public class ModelsView extends VerticalLayout implements BeforeEnterObserver {

    private final ModelService service;
    private final Grid<ModelSummary> grid = new Grid<>();
    private final H2 profileTitle = new H2("Select a model to see its execution profile");
    private final ProfilePanel profile;
    private final ModelFilters filters = new ModelFilters(this::applyFilters);
    private final Div facts = new Div();

    public ModelsView(ModelService service) {
        this.service = service;
        this.profile = new ProfilePanel(service);
        setSizeFull();
        grid.setId("models-grid");
        grid.addColumn(ModelSummary::displayName).setHeader("Model").setAutoWidth(true).setFrozen(true);
        grid.addColumn(m -> ModelFilters.familyLabel(m.family())).setHeader("Family").setAutoWidth(true);
        grid.addColumn(ModelSummary::attentionKind).setHeader("Attention").setAutoWidth(true);
        grid.addColumn(ModelSummary::layers).setHeader("Layers").setTextAlign(ColumnTextAlign.END);
        grid.addColumn(ModelSummary::hidden).setHeader("Hidden").setTextAlign(ColumnTextAlign.END);
        grid.addColumn(m -> m.heads() + " / " + m.kvHeads()).setHeader("Heads / KV").setTextAlign(ColumnTextAlign.END);
        grid.addColumn(m -> m.experts() == null ? "dense" : m.experts() + " (top " + m.expertsPerToken() + ")")
                .setHeader("Experts").setAutoWidth(true);
        grid.addColumn(m -> Quantities.number(m.maxContext())).setHeader("Context").setTextAlign(ColumnTextAlign.END);
        grid.addColumn(m -> Quantities.count(m.totalParameters())).setHeader("Total params").setTextAlign(ColumnTextAlign.END);
        grid.addColumn(m -> Quantities.count(m.activeParameters())).setHeader("Active params").setTextAlign(ColumnTextAlign.END);
        grid.addColumn(m -> m.builtIn() ? "built-in" : "imported").setHeader("Source").setAutoWidth(true);
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::open));
        refresh();

        Button importButton = new Button("Import config.json", e -> new ImportModelDialog(service, m -> {
            refresh();
            showImported(m.id());
            Notification.show("Imported " + m.displayName());
        }).open());
        importButton.setId("import-model");
        facts.setId("model-facts");
        VerticalLayout profileSide = new VerticalLayout(profileTitle, facts, profile);
        profileSide.setPadding(false);
        SplitLayout split = new SplitLayout(grid, profileSide);
        split.setOrientation(SplitLayout.Orientation.VERTICAL);
        split.setSplitterPosition(40);
        split.setSizeFull();
        HorizontalLayout top = new HorizontalLayout(filters, importButton);
        // The filters wrap on narrow windows instead of pushing the view sideways.
        top.getStyle().set("flex-wrap", "wrap");
        top.setWidthFull();
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
        add(top, split);
    }

    private void refresh() {
        List<ModelSummary> models = service.list().stream().map(m -> ModelSummary.of(m, service.isBuiltIn(m.id()))).toList();
        grid.setItems(models);
        filters.offer(models);
        applyFilters();
    }

    private void applyFilters() {
        grid.getListDataView().setFilter(filters.predicate()::test);
    }

    /** Repo id and the sources of the architecture facts and the parameter figures. */
    private void showFacts(ModelSummary m) {
        facts.removeAll();
        if (!m.builtIn()) {
            facts.add(new Span("Imported config.json"));
            return;
        }
        facts.add(new Span("Hugging Face: " + m.huggingFaceId() + " · "), link("architecture source", m.configSource()),
                new Span(" · "), link("parameter figures", m.parametersSource()));
    }

    private static Anchor link(String text, String url) {
        Anchor anchor = new Anchor(url, text);
        anchor.setTarget("_blank");
        return anchor;
    }

    /** An imported model lands at the end of the list: scroll to it and open its profile. */
    private void showImported(String id) {
        List<ModelSummary> items = grid.getListDataView().getItems().toList();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(id)) {
                grid.scrollToIndex(i);
                grid.select(items.get(i));
                return;
            }
        }
    }

    private void open(ModelSummary m) {
        profileTitle.setText("Execution profile: " + m.displayName());
        showFacts(m);
        profile.show(m.id());
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                "models?" + QueryParameters.simple(Map.of("model", m.id())).getQueryString()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> model = event.getLocation().getQueryParameters().getParameters().get("model");
        if (model != null && !model.isEmpty()) {
            service.find(model.get(0)).ifPresent(m -> grid.select(ModelSummary.of(m, service.isBuiltIn(m.id()))));
        }
    }
}
