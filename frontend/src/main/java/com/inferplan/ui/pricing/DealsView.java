package com.inferplan.ui.pricing;

import jakarta.annotation.security.PermitAll;
import com.inferplan.backend.pricing.BasisRef;
import com.inferplan.backend.pricing.CostBasisService;
import com.inferplan.backend.pricing.PricedBasis;
import com.inferplan.backend.pricing.SavedCostBasis;
import com.inferplan.backend.pricing.ServingInputs;
import com.inferplan.backend.model.ModelService;
import com.inferplan.backend.report.BasesCsv;
import com.inferplan.backend.report.ReportFile;
import com.inferplan.backend.scenario.ChipServing;
import com.inferplan.backend.scenario.ChipServingService;
import com.inferplan.backend.support.InvalidInputException;
import com.inferplan.backend.support.NotFoundException;
import com.inferplan.backend.support.EditConflictException;
import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.pricing.PricingInputException;
import com.inferplan.ui.layout.FileDownload;
import com.inferplan.ui.layout.MainLayout;
import com.inferplan.ui.pricing.form.BasisFormDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Costs & deals: saved cost bases, the catalog's defaults and the partner-deal templates; create,
 * edit and copy bases; compare 2–4 under shared serving inputs with P10–P90; open any figure's
 * formula. The shared inputs, the compared bases and the selected one live in the URL.
 */
@PermitAll
@Route(value = "deals", layout = MainLayout.class)
@PageTitle("Costs & deals · InferPlan")
public class DealsView extends VerticalLayout implements BeforeEnterObserver {

    private final CostBasisService service;
    private final ChipServingService chips;
    private final ServingBar servingBar;
    private final BasisGrid grid = new BasisGrid();
    private final ComparisonPanel comparison = new ComparisonPanel();
    private final FocusPanel focus = new FocusPanel();
    private final Button edit = new Button("Edit", VaadinIcon.EDIT.create());
    private final Button copy = new Button("Copy", VaadinIcon.COPY.create());
    private final Button delete = new Button("Delete", VaadinIcon.TRASH.create());
    private final Button compare = new Button("Add to comparison", VaadinIcon.BAR_CHART.create());
    private final Div problem = new Div();
    private ServingInputs serving = ServingBar.DEFAULT;
    private Optional<EngineChoice> engine = Optional.empty();
    private Map<String, ChipServing> engineRates = Map.of();
    private List<PricedBasis> all = List.of();
    private PricedBasis focused;

    public DealsView(CostBasisService service, ChipServingService chips, ModelService models) {
        this.service = service;
        this.chips = chips;
        this.servingBar = new ServingBar(models.list().stream().map(ModelArchitecture::id).toList());
        addClassName("ip-page");
        setWidthFull();
        H2 title = new H2("Costs & deals");
        Div hint = new Div("Cost per million tokens under any cost basis: rented, reserved, owned, partner deals with"
                + " take-or-pay, or a per-token API price. Figures marked est. rest on estimates; click one for its"
                + " formula and inputs.");
        hint.addClassName("ip-muted");
        problem.addClassName("ip-deals-error");
        problem.setId("deals-problem");
        add(title, hint, servingBar, toolbar(), grid, problem, comparison, focus);
        servingBar.onChange(next -> {
            serving = next;
            grid.recompute(all, service, basisServing());
            refreshFigures();
        });
        servingBar.onEngineChange(next -> {
            engine = next;
            deriveEngineRates();
            grid.recompute(all, service, basisServing());
            refreshFigures();
        });
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                focusOn(e.getValue());
            }
        });
        comparison.onSelectionChange(this::refreshFigures);
    }

    private HorizontalLayout toolbar() {
        Button create = new Button("New basis", VaadinIcon.PLUS.create(),
                e -> BasisFormDialog.create(service, this::saved).open());
        create.setId("basis-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        edit.setId("basis-edit");
        edit.addClickListener(e -> grid.saved(focused).ifPresent(s -> unlessGone(() ->
                BasisFormDialog.edit(service, service.requireSaved(s.id()), this::saved).open())));
        copy.setId("basis-copy");
        copy.addClickListener(e -> unlessGone(this::copyFocused));
        delete.setId("basis-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> grid.saved(focused).ifPresent(this::confirmDelete));
        compare.setId("basis-compare-add");
        compare.addClickListener(e -> {
            comparison.include(focused, all);
            refreshFigures();
        });
        HorizontalLayout bar = new HorizontalLayout(create, edit, copy, delete, compare,
                FileDownload.link("CSV of every basis", "deals-export-csv", this::csv));
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        bar.setWrap(true);
        bar.setWidthFull();
        enableActions();
        return bar;
    }

    /** Every basis in the grid, priced at its serving inputs, with those inputs and where they come from on every row. */
    private ReportFile csv() {
        BasisServing at = basisServing();
        return BasesCsv.of(all, at::of, b -> service.estimate(b, at.of(b)), at::from, Instant.now());
    }

    private BasisServing basisServing() {
        return new BasisServing(serving, engineRates);
    }

    /** The engine's tokens/s for every chip a basis names, for the chosen model and workload (none without a choice). */
    private void deriveEngineRates() {
        engineRates = engine.map(e -> chips.serving(e.model(), e.workload(), all.stream().map(PricedBasis::hardwareId)
                .filter(Objects::nonNull).toList())).orElse(Map.of());
    }

    private void saved(SavedCostBasis saved) {
        Notification.show("Saved " + saved.name() + " (version " + saved.version() + ")");
        reload();
        focusOn(ref(saved.ref()));
    }

    /** Runs an action on the selected basis; if someone deleted it meanwhile, says so and refreshes the list. */
    private void unlessGone(Runnable action) {
        try {
            action.run();
        } catch (NotFoundException e) {
            Notification.show(e.getMessage() + ": it was deleted by someone else.");
            focused = null;
            focus.clear();
            reload();
        }
    }

    private void copyFocused() {
        SavedCostBasis copied = service.copy(focused.ref().toString());
        Notification.show("Copied as " + copied.name() + "; edit it to change its figures");
        reload();
        focusOn(ref(copied.ref()));
    }

    private void confirmDelete(SavedCostBasis saved) {
        Dialog confirm = new Dialog();
        confirm.setHeaderTitle("Delete " + saved.name() + "?");
        confirm.add(new Div("Version " + saved.version() + ", last saved by " + saved.updatedBy()
                + ". Links that name it will no longer show it."));
        Button yes = new Button("Delete", e -> {
            confirm.close();
            try {
                service.delete(saved.id(), saved.version());
                Notification.show("Deleted " + saved.name());
            } catch (EditConflictException | NotFoundException ex) {
                Notification.show("Not deleted: " + ex.getMessage());
            }
            focused = null;
            focus.clear();
            reload();
        });
        yes.setId("basis-delete-confirm");
        yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.getFooter().add(new Button("Cancel", e -> confirm.close()), yes);
        confirm.open();
    }

    private void reload() {
        all = service.all();
        List<String> compared = comparison.selectedRefs();
        deriveEngineRates();
        grid.show(all, service.saved(), service, basisServing());
        comparison.setBases(all, compared);
        if (focused != null) {
            focused = find(focused.ref().toString()).orElse(null);
        }
        refreshFigures();
    }

    private void focusOn(PricedBasis basis) {
        focused = basis;
        refreshFigures();
    }

    private void refreshFigures() {
        problem.setText("");
        enableActions();
        try {
            BasisServing at = basisServing();
            comparison.refresh(service, at);
            if (focused != null) {
                grid.select(focused);
                focus.show(focused, service, at.of(focused));
            }
        } catch (InvalidInputException | PricingInputException e) {
            problem.setText("These inputs cannot be priced: " + e.getMessage());
        }
        updateUrl();
    }

    private void enableActions() {
        boolean isSaved = focused != null && focused.ref().origin() == BasisRef.Origin.SAVED;
        edit.setEnabled(isSaved);
        delete.setEnabled(isSaved);
        copy.setEnabled(focused != null);
        compare.setEnabled(focused != null);
    }

    private Optional<PricedBasis> find(String ref) {
        return all.stream().filter(b -> b.ref().toString().equals(ref)).findFirst();
    }

    private PricedBasis ref(BasisRef ref) {
        return find(ref.toString()).orElseThrow();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        DealsLink link = DealsLink.parse(event.getLocation().getQueryParameters());
        serving = link.serving();
        engine = link.engine();
        link.problem().ifPresent(p -> Notification.show("Link ignored: " + p));
        servingBar.show(serving);
        servingBar.showEngine(engine);
        all = service.all();
        deriveEngineRates();
        grid.show(all, service.saved(), service, basisServing());
        comparison.setBases(all, link.compared());
        focused = link.focus().flatMap(this::find).orElse(null);
        refreshFigures();
    }

    private void updateUrl() {
        String query = new DealsLink(serving, engine, comparison.selectedRefs(),
                Optional.ofNullable(focused).map(b -> b.ref().toString()), Optional.empty()).toQuery();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "deals" + query));
    }
}
