package com.inferplan.ui.layout;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;

/**
 * The application shell: a header with the signed-in user and sign-out, and a side navigation
 * listing every feature view the user's role opens.
 */
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication) {
        H1 title = new H1("InferPlan");
        title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE);
        Span tagline = new Span("Which silicon, at what speed, at what cost per million tokens");
        tagline.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        Anchor api = new Anchor("/api/v1/openapi", "REST API");
        api.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.Margin.Left.AUTO, LumoUtility.Margin.Right.MEDIUM);

        String name = authentication.getPrincipalName().orElse("");
        Span user = new Span(name + " · " + role(authentication));
        user.setId("signed-in-user");
        user.addClassNames(LumoUtility.FontSize.SMALL);
        Button signOut = new Button("Sign out", e -> authentication.logout());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, tagline, api, user, signOut);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        addToNavbar(header);
        addToDrawer(navigation(authentication.hasRole("ADMIN")));
        setPrimarySection(Section.DRAWER);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        attachEvent.getUI().getPage().addStyleSheet("context://styles/inferplan.css");
    }

    private static String role(AuthenticationContext authentication) {
        return authentication.hasRole("ADMIN") ? "admin" : authentication.hasRole("ANALYST") ? "analyst" : "viewer";
    }

    private static SideNav navigation(boolean admin) {
        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem("Explorer", "", VaadinIcon.HOME.create()));
        nav.addItem(new SideNavItem("Hardware catalog", "hardware", VaadinIcon.SERVER.create()));
        nav.addItem(new SideNavItem("Models", "models", VaadinIcon.CUBES.create()));
        nav.addItem(new SideNavItem("Evaluate", "evaluate", VaadinIcon.DASHBOARD.create()));
        nav.addItem(new SideNavItem("Validation", "validation", VaadinIcon.SCATTER_CHART.create()));
        nav.addItem(new SideNavItem("Costs & deals", "deals", VaadinIcon.MONEY.create()));
        nav.addItem(new SideNavItem("Portfolios", "portfolios", VaadinIcon.CLUSTER.create()));
        nav.addItem(new SideNavItem("Load test", "load-test", VaadinIcon.TRENDING_UP.create()));
        nav.addItem(new SideNavItem("API tokens", "account", VaadinIcon.KEY.create()));
        if (admin) {
            nav.addItem(new SideNavItem("Users", "admin/users", VaadinIcon.USERS.create()));
            nav.addItem(new SideNavItem("Audit trail", "admin/audit", VaadinIcon.RECORDS.create()));
        }
        return nav;
    }
}
