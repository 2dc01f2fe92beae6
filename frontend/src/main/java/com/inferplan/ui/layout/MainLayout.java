package com.inferplan.ui.layout;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** The application shell: a header and a side navigation listing every feature view. */
public class MainLayout extends AppLayout {

    public MainLayout() {
        H1 title = new H1("InferPlan");
        title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE);
        Span tagline = new Span("Which silicon, at what speed, at what cost per million tokens");
        tagline.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        Anchor api = new Anchor("/api/v1/openapi", "REST API");
        api.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.Margin.Left.AUTO, LumoUtility.Margin.Right.MEDIUM);

        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, tagline, api);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        addToNavbar(header);
        addToDrawer(navigation());
        setPrimarySection(Section.DRAWER);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        attachEvent.getUI().getPage().addStyleSheet("context://styles/inferplan.css");
    }

    private static SideNav navigation() {
        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem("Explorer", "", VaadinIcon.HOME.create()));
        nav.addItem(new SideNavItem("Hardware catalog", "hardware", VaadinIcon.SERVER.create()));
        nav.addItem(new SideNavItem("Models", "models", VaadinIcon.CUBES.create()));
        nav.addItem(new SideNavItem("Evaluate", "evaluate", VaadinIcon.DASHBOARD.create()));
        nav.addItem(new SideNavItem("Validation", "validation", VaadinIcon.SCATTER_CHART.create()));
        nav.addItem(new SideNavItem("Costs & deals", "deals", VaadinIcon.MONEY.create()));
        nav.addItem(new SideNavItem("Load test", "load-test", VaadinIcon.TRENDING_UP.create()));
        return nav;
    }
}
