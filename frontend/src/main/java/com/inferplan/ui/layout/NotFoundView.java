package com.inferplan.ui.layout;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** An address that names no view: inside the app's layout, with its navigation and a way back. */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        addClassName("ip-page");
        setId("not-found");
        removeAll();
        add(new H2("No page here"),
                new Paragraph("InferPlan has no page at /" + event.getLocation().getPath()
                        + ". The navigation menu (the ☰ button on a narrow screen) lists every page."),
                new Anchor("", "Back to the start page"));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
