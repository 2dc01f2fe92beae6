package com.inferplan.ui.layout;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a person sees when something unexpected fails while opening a view: a plain message and a
 * way back, never a stack trace. The full exception goes to the server log.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class ErrorView extends Div implements HasErrorParameter<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String incident = java.util.UUID.randomUUID().toString();
        LOG.error("incident {}: view {} failed", incident, event.getLocation().getPath(), parameter.getException());
        addClassName("ip-page");
        removeAll();
        // The exception's own message may name internals; people get the incident id to quote instead.
        add(new H2("This page could not be opened"),
                new Paragraph("An unexpected error occurred (incident " + incident + ")."),
                new Paragraph("Nothing you saved was changed. The details are in the server log."),
                new Anchor("", "Back to the start page"));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
