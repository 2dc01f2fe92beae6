package com.inferplan.ui.admin;

import com.inferplan.backend.audit.AuditCsv;
import com.inferplan.backend.audit.AuditEvent;
import com.inferplan.backend.audit.AuditFilter;
import com.inferplan.backend.audit.AuditService;
import com.inferplan.ui.layout.MainLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The audit trail for admins: every write and sign-in, newest first, filtered, exported as CSV. */
@RolesAllowed("ADMIN")
@Route(value = "admin/audit", layout = MainLayout.class)
@PageTitle("Audit trail · InferPlan")
public class AuditView extends VerticalLayout {

    private static final int SHOWN = 1_000;
    private static final String ANY = "any";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditService audit;
    private final TextField actor = new TextField("Who");
    private final Select<String> entity = new Select<>();
    private final TextField action = new TextField("Action");
    private final TextField text = new TextField("Record id or detail contains");
    private final Grid<AuditEvent> grid = new Grid<>();

    public AuditView(AuditService audit) {
        this.audit = audit;
        addClassName("ip-page");
        setSizeFull();
        entity.setLabel("What");
        entity.setItems(ANY, "scenario", "cost-basis", "hardware", "model", "user", "api-token", "session");
        entity.setValue(ANY);
        actor.setId("audit-actor");
        text.setId("audit-text");
        for (TextField field : List.of(actor, action, text)) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setClearButtonVisible(true);
            field.addValueChangeListener(e -> refresh());
        }
        entity.addValueChangeListener(e -> refresh());
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = AuditCsv.of(audit.find(query(AuditService.MAX_ROWS))).getBytes(StandardCharsets.UTF_8);
            return new com.vaadin.flow.server.streams.DownloadResponse(new java.io.ByteArrayInputStream(csv),
                    "inferplan-audit.csv", "text/csv", csv.length);
        }), "Export CSV");
        export.setId("audit-export");
        export.getElement().setAttribute("download", true);
        HorizontalLayout filters = new HorizontalLayout(actor, entity, action, text, export);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.addColumn(e -> TIME.format(e.at())).setHeader("When").setAutoWidth(true);
        grid.addColumn(AuditEvent::actor).setHeader("Who").setAutoWidth(true);
        grid.addColumn(AuditEvent::action).setHeader("Action").setAutoWidth(true);
        grid.addColumn(AuditEvent::entity).setHeader("What").setAutoWidth(true);
        grid.addColumn(AuditEvent::entityId).setHeader("Record").setAutoWidth(true);
        grid.addColumn(e -> e.entityVersion() == null ? "" : "v" + e.entityVersion()).setHeader("Version");
        grid.addColumn(AuditEvent::detail).setHeader("Detail").setFlexGrow(1);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(AuditView::change));
        grid.setId("audit-grid");
        grid.setSizeFull();
        add(new H2("Audit trail"), filters, grid);
        refresh();
    }

    private static Pre change(AuditEvent e) {
        Pre pre = new Pre("before: " + (e.before() == null ? "—" : e.before().toPrettyString())
                + "\nafter:  " + (e.after() == null ? "—" : e.after().toPrettyString()));
        pre.getStyle().set("max-height", "20em").set("overflow", "auto").set("font-size", "var(--lumo-font-size-xs)");
        return pre;
    }

    private AuditFilter query(int limit) {
        return new AuditFilter(actor.getValue(), ANY.equals(entity.getValue()) ? null : entity.getValue(),
                action.getValue(), text.getValue(), limit);
    }

    private void refresh() {
        grid.setItems(audit.find(query(SHOWN)));
    }
}
