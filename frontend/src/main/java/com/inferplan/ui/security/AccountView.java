package com.inferplan.ui.security;

import com.inferplan.backend.security.ApiToken;
import com.inferplan.backend.security.ApiTokenService;
import com.inferplan.backend.support.InvalidInputException;
import com.inferplan.ui.layout.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** The signed-in person's API tokens: create one (its secret is shown once), see when each was used, revoke. */
@PermitAll
@Route(value = "account", layout = MainLayout.class)
@PageTitle("API tokens · InferPlan")
public class AccountView extends VerticalLayout {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ApiTokenService tokens;
    private final Grid<ApiToken> grid = new Grid<>();
    private final TextField name = new TextField("Token name");

    public AccountView(ApiTokenService tokens) {
        this.tokens = tokens;
        addClassName("ip-page");
        name.setId("token-name");
        name.setPlaceholder("e.g. CI pipeline");
        Button create = new Button("Create token", e -> create());
        create.setId("token-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, create);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.addColumn(ApiToken::name).setHeader("Name").setAutoWidth(true);
        grid.addColumn(t -> time(t.createdAt())).setHeader("Created");
        grid.addColumn(t -> time(t.lastUsedAt())).setHeader("Last used");
        grid.addColumn(t -> t.revokedAt() == null ? "active" : "revoked " + time(t.revokedAt())).setHeader("State");
        grid.addComponentColumn(this::revokeButton).setHeader("");
        grid.setId("token-grid");
        grid.setAllRowsVisible(true);
        add(new H2("API tokens"), new Paragraph("Call the REST API with a header 'Authorization: Bearer <token>'."
                + " A token acts with your role; revoke it when it is no longer needed."), form, grid);
        refresh();
    }

    private void create() {
        try {
            ApiToken.Created created = tokens.create(name.getValue());
            name.clear();
            name.setInvalid(false);
            refresh();
            showSecret(created);
        } catch (InvalidInputException e) {
            name.setErrorMessage(e.problems().get(0).message());
            name.setInvalid(true);
        }
    }

    private void showSecret(ApiToken.Created created) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Token “" + created.token().name() + "” created");
        TextField secret = new TextField("Copy it now: it is not shown again");
        secret.setValue(created.secret());
        secret.setReadOnly(true);
        secret.setWidth("32em");
        secret.setId("token-secret");
        dialog.add(secret);
        dialog.getFooter().add(new Button("Done", e -> dialog.close()));
        dialog.open();
    }

    private Button revokeButton(ApiToken token) {
        Button revoke = new Button("Revoke", e -> {
            tokens.revoke(token.id());
            refresh();
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        revoke.setEnabled(token.revokedAt() == null);
        return revoke;
    }

    private void refresh() {
        grid.setItems(tokens.mine());
    }

    static String time(LocalDateTime at) {
        return at == null ? "—" : TIME.format(at);
    }
}
