package com.inferplan.ui.security;

import com.inferplan.backend.security.FirstAdmin;
import com.inferplan.backend.security.UserAccountService;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Sign-in. With no user at all yet it says how the first admin is created (nothing ships with a password). */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · InferPlan")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();

    public LoginView(UserAccountService users) {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in to InferPlan");
        i18n.getErrorMessage().setTitle("Wrong user name or password");
        i18n.getErrorMessage().setMessage("Check them and try again; an admin can reset a password.");
        login.setI18n(i18n);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        add(new H1("InferPlan"), login);
        if (!users.anyUser()) {
            Paragraph hint = new Paragraph(FirstAdmin.HOW_TO);
            hint.setId("first-admin-hint");
            hint.setMaxWidth("40em");
            add(hint);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        login.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}
