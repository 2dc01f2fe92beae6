package com.inferplan.ui.portfolio;

import com.inferplan.backend.hardware.HardwareQuery;
import com.inferplan.backend.hardware.HardwareService;
import com.inferplan.backend.model.ModelService;
import com.inferplan.backend.portfolio.Portfolio;
import com.inferplan.backend.portfolio.PortfolioAnswer;
import com.inferplan.backend.portfolio.PortfolioBaselines;
import com.inferplan.backend.portfolio.PortfolioExample;
import com.inferplan.backend.portfolio.PortfolioService;
import com.inferplan.backend.report.Paper;
import com.inferplan.backend.report.PortfolioReportService;
import com.inferplan.backend.report.ReportFormat;
import com.inferplan.backend.scenario.ScenarioService;
import com.inferplan.backend.support.InvalidInputException;
import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.ui.explorer.BackgroundAnswer;
import com.inferplan.ui.explorer.ExplorerExecutor;
import com.inferplan.ui.layout.FileDownload;
import com.inferplan.ui.layout.ShareLinkDialog;
import com.inferplan.ui.layout.MainLayout;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * The architect's portfolio: tiers, pools and limits on the side, the optimised mix in the middle. Every
 * edit re-answers in the background (capacities are cached, so a what-if on demand, a price factor or the
 * vendor cap answers well under a second). The address bar holds the whole portfolio ({@code ?p=}) plus
 * {@code id} and {@code version} once saved, so a copied link reopens it exactly.
 */
@PermitAll
@Route(value = "portfolios", layout = MainLayout.class)
@PageTitle("Portfolios · InferPlan")
public class PortfolioView extends Div implements BeforeEnterObserver, PortfolioSaveActions.Page {

    private final PortfolioService service;
    private final PortfolioEditor editor;
    private final PortfolioAnswerPanel answer = new PortfolioAnswerPanel();
    private final PortfolioToolbar toolbar = new PortfolioToolbar();
    private final BackgroundAnswer background;
    private final PortfolioSaveActions actions;
    private final PortfolioComparing comparing;
    private final PortfolioAddress address;
    private Portfolio portfolio;
    private SavedState saved;
    private volatile Answered shown;

    /** The answer on screen and the portfolio it answers, for the CSV download. */
    record Answered(Portfolio portfolio, PortfolioAnswer answer) {
    }

    public PortfolioView(PortfolioService service, PortfolioBaselines baselines, PortfolioReportService reports,
                         ModelService models, HardwareService hardware, ScenarioService scenarios,
                         ExplorerExecutor executor) {
        this.service = service;
        this.actions = new PortfolioSaveActions(service, this);
        this.address = new PortfolioAddress(service, PortfolioView::warn);
        addClassNames("ip-page", "ipx-page", "ipp-page");
        PoolChoices choices = PoolChoices.of(models.list().stream().map(ModelArchitecture::id).toList(),
                hardware.list(HardwareQuery.ALL), scenarios.dealTemplates());
        editor = new PortfolioEditor(choices, changed -> {
            portfolio = changed;
            stateChanged();
        });
        background = new BackgroundAnswer(executor.executor(), Notification::show);
        background.setId("pf-progress");
        comparing = new PortfolioComparing(service, baselines, background, PortfolioView::warn);
        wire();
        toolbar.addExports(FileDownload.link("CSV of the answer", "pf-export-csv",
                        () -> PortfolioExport.csv(service, shown, portfolio, saved)),
                FileDownload.link("XLSX workbook", "pf-export-xlsx",
                        () -> PortfolioExport.report(reports, portfolio, saved, ReportFormat.XLSX, Paper.A4)),
                FileDownload.link("PDF (A4)", "pf-export-pdf",
                        () -> PortfolioExport.report(reports, portfolio, saved, ReportFormat.PDF, Paper.A4)),
                FileDownload.link("PDF (Letter)", "pf-export-pdf-letter",
                        () -> PortfolioExport.report(reports, portfolio, saved, ReportFormat.PDF, Paper.LETTER)));
        Div main = new Div(toolbar, background, answer);
        main.addClassName("ipx-main");
        Div side = new Div(editor);
        side.addClassName("ipx-side");
        side.setId("pf-inputs");
        add(side, main);
    }

    private void wire() {
        toolbar.example.addClickListener(e -> load(PortfolioExample.codexSpark(), null));
        toolbar.save.addClickListener(e -> actions.save());
        toolbar.saveAs.addClickListener(e -> actions.saveAs());
        toolbar.open.addClickListener(e -> actions.openSaved());
        toolbar.versions.addClickListener(e -> actions.versions());
        toolbar.compare.addClickListener(e -> new CompareChooser(service.list(),
                keys -> comparing.compare(UI.getCurrent(), portfolio, keys, this::show)).open());
        toolbar.share.addClickListener(e -> getUI().ifPresent(ui -> ui.getPage().fetchCurrentURL(
                url -> new ShareLinkDialog("Share this portfolio", "pf-link", "The link holds the whole portfolio"
                        + " (tiers, pools, limits): whoever opens it sees these inputs and gets the same optimised"
                        + " answer, whether or not it is saved.", url.toString()).open())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PortfolioAddress.Restored restored = address.restore(event.getLocation().getQueryParameters());
        saved = restored.saved();
        portfolio = restored.portfolio();
        editor.setPortfolio(portfolio);
        stateChanged();
    }

    @Override
    public Portfolio portfolio() {
        return portfolio;
    }

    @Override
    public SavedState saved() {
        return saved;
    }

    @Override
    public void savedAs(SavedState state) {
        saved = state;
        updateUrlAndStatus();
    }

    @Override
    public void load(Portfolio state, SavedState basedOn) {
        portfolio = state;
        saved = basedOn;
        editor.setPortfolio(state);
        stateChanged();
    }

    private void stateChanged() {
        updateUrlAndStatus();
        recompute();
    }

    private void updateUrlAndStatus() {
        toolbar.show(saved, saved != null && !saved.portfolio().equals(portfolio));
        String location = PortfolioAddress.location(portfolio, saved);
        UI ui = UI.getCurrent();
        // just before the response: after the router has written a navigation's address, not before it
        ui.beforeClientResponse(ui, context -> ui.getPage().getHistory().replaceState(null, location));
    }

    private void recompute() {
        Portfolio asked = portfolio;
        editor.clearProblems();
        background.start(UI.getCurrent(), (cancelled, deliver) -> {
            PortfolioAnswer a = service.answer(asked, cancelled);
            deliver.accept(() -> show(asked, a));
        }, this::failed);
    }

    private void show(Portfolio asked, PortfolioAnswer a) {
        shown = new Answered(asked, a);
        answer.show(a);
    }

    private void failed(RuntimeException e) {
        if (e instanceof InvalidInputException invalid) {
            editor.showProblems(invalid.problems());
            answer.showInvalid(invalid.problems().stream().map(p -> p.field() + " " + p.message()).toList());
        } else {
            // the previous answer is for other inputs: take it off the page rather than leave it looking current
            answer.showFailed("Could not optimise these inputs: " + e.getMessage());
        }
    }

    static void warn(String message) {
        Notification n = Notification.show(message, 8000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(com.vaadin.flow.component.notification.NotificationVariant.LUMO_CONTRAST);
    }
}
