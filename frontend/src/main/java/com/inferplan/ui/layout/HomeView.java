package com.inferplan.ui.layout;

import com.inferplan.ui.hardware.CatalogView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;

/** The landing URL opens the hardware catalog until the scenario explorer takes its place. */
@Route(value = "", layout = MainLayout.class)
public class HomeView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(CatalogView.class);
    }
}
